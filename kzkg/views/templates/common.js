// kzkg views, shared by the network and the timeline: the filters, the legend
// counts and the side panel with its facts and quotes. Every string from the
// graph is written with textContent, never as markup, and only Wikidata and
// http(s) URLs ever become links.
(function () {
  "use strict";
  var WIKIDATA = /^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/;
  var WEB_URL = /^https?:\/\/[^\s<>"'`]+$/;

  // data: the page's JSON (info, edges, documents); hooks.refresh(): redraw
  // after a filter changed; hooks.focus(id): show a node the panel links to;
  // hooks.opened(id): the panel has just opened.
  window.kzkgCommon = function (data, hooks) {
    function el(tag, text, cls) {
      var node = document.createElement(tag);
      if (text !== undefined && text !== null) node.textContent = String(text);
      if (cls) node.className = cls;
      return node;
    }

    // Neighbours of each node, with the edge label and direction.
    var links = {};
    data.edges.forEach(function (e) {
      var label = e.title;
      (links[e.from] = links[e.from] || []).push({ other: e.to, label: label, out: true });
      (links[e.to] = links[e.to] || []).push({ other: e.from, label: label, out: false });
    });

    // ---- filters -------------------------------------------------------------
    var classBoxes = Array.prototype.slice.call(document.querySelectorAll(".class-filter"));
    var typeBoxes = Array.prototype.slice.call(document.querySelectorAll(".type-filter"));
    var docFilter = document.getElementById("doc-filter");
    var dateFrom = document.getElementById("date-from");
    var dateTo = document.getElementById("date-to");
    var keepUndated = document.getElementById("keep-undated");
    var known = classBoxes.map(function (b) { return b.value; });

    // Partial dates as the first and last day they can mean ("2022-01": the 1st
    // to the 31st; day 31 of any month compares correctly as an upper bound).
    function low(d) { return d ? (d + "-01-01").slice(0, 10) : null; }
    function high(d) {
      if (!d) return null;
      return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d.slice(0, 10);
    }

    function visible(id) {
      var info = data.info[id];
      if (!info) return true;
      var shown = classBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      // A category the legend does not list (the timeline's actors) is never hidden.
      if (shown.indexOf(info.category) < 0 && known.indexOf(info.category) >= 0) return false;
      var hidden = typeBoxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.value; });
      if (hidden.indexOf(info["class"]) >= 0) return false;
      var doc = docFilter.value;
      if (doc && info.documents.indexOf(doc) < 0) return false;
      if (info.kind !== "fact") return true;
      var from = low(dateFrom.value.trim()), to = high(dateTo.value.trim());
      if (!from && !to) return true;
      var start, end;
      if (info.start || info.end) {
        // A tenure with one end open runs from (or until) any time.
        start = low(info.start) || "0000-00-00";
        end = high(info.end) || "9999-99-99";
      } else if (info.date) {
        start = low(info.date);
        end = high(info.date);
      } else {
        return keepUndated.checked;
      }
      return !((from && end < from) || (to && start > to));
    }

    // Legend counts say how many nodes of each class the filters leave.
    var countSpans = Array.prototype.slice.call(document.querySelectorAll("#legend .count[data-key]"));
    function updateCounts() {
      var shown = {}, total = {};
      Object.keys(data.info).forEach(function (id) {
        var info = data.info[id];
        var on = visible(id);
        [info.category, "class:" + info["class"]].forEach(function (key) {
          total[key] = (total[key] || 0) + 1;
          if (on) shown[key] = (shown[key] || 0) + 1;
        });
      });
      countSpans.forEach(function (span) {
        var key = span.getAttribute("data-key");
        var n = shown[key] || 0, all = total[key] || 0;
        span.textContent = "(" + (n === all ? all : n + " of " + all) + ")";
      });
    }

    // ---- side panel ------------------------------------------------------------
    var panel = document.getElementById("panel");
    var current = null; // the node the side panel shows

    // A curated fact's evidence (graph/curated.yaml): the curator's note and
    // source instead of a quote from a document.
    function curatedItem(ev) {
      var li = el("li", null, "curated");
      if (ev.note) li.appendChild(el("p", ev.note, "note"));
      var cite = el("p", null, "cite");
      cite.appendChild(el("span", "Curated by " + ev.curator));
      if (ev.source && WEB_URL.test(ev.source)) {
        cite.appendChild(el("span", " \u00b7 "));
        var a = el("a", ev.source);
        a.href = ev.source;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        cite.appendChild(a);
      }
      li.appendChild(cite);
      return li;
    }

    // The document filter also narrows the quotes the panel shows.
    function evidenceList(info) {
      var doc = docFilter.value;
      var items = info.evidence.filter(function (ev) { return !doc || ev.document === doc; });
      var list = el("ul", null, "evidence");
      items.forEach(function (ev) {
        if (ev.quote === null || ev.quote === undefined) {
          list.appendChild(curatedItem(ev));
          return;
        }
        var li = el("li");
        li.appendChild(el("blockquote", ev.quote));
        var cite = el("p", null, "cite");
        var doc = data.documents[ev.document] || {};
        cite.appendChild(el("cite", ev.title || doc.title || ev.document || "unknown document"));
        var when = ev.date || doc.date;
        if (when) cite.appendChild(el("span", " (" + when + ")"));
        if (ev.start !== null && ev.start !== undefined) {
          cite.appendChild(el("span", " \u00b7 chars " + ev.start + "\u2013" + ev.end, "offsets"));
        }
        if (ev.curator) cite.appendChild(el("span", " \u00b7 curated by " + ev.curator));
        li.appendChild(cite);
        list.appendChild(li);
      });
      if (!doc && info.quotes > items.length) {
        list.appendChild(el("li", "\u2026 and " + (info.quotes - items.length) + " more quotes from " +
          info.documents.length + " documents (kzkg query gives them all)", "more"));
      }
      return list;
    }

    function factBlock(id, role) {
      var info = data.info[id];
      var box = el("div", null, "fact");
      var head = el("p", null, "fact-head");
      if (role) head.appendChild(el("span", role + ": ", "role"));
      var name = el("a", info.label, "node-link");
      name.href = "#";
      name.addEventListener("click", function (event) { event.preventDefault(); hooks.focus(id); });
      head.appendChild(name);
      head.appendChild(el("span", " (" + info.type + ")", "type"));
      box.appendChild(head);
      var props = el("ul", null, "props");
      info.facts.forEach(function (f) { props.appendChild(el("li", f[0] + ": " + f[1])); });
      if (info.facts.length) box.appendChild(props);
      if (info.evidence.length) box.appendChild(evidenceList(info));
      return box;
    }

    // Figures (statistics) the node reported or that are about it, one line
    // each: measure, value, number and unit, date, claimants; figures of one
    // measure stay side by side, marked when their values differ.
    function figureList(info) {
      var shown = (info.figures || []).filter(function (f) { return !data.info[f.id] || visible(f.id); });
      var box = el("div", null, "figures");
      if (!shown.length) return null;
      // The heading counts what is listed, or all of them when only the cap left some out.
      var total = shown.length === info.figures.length ? info.figureCount : shown.length;
      box.appendChild(el("h3", "Figures (" + total + ")"));
      var list = el("ul", null, "props figure-list");
      shown.forEach(function (f) {
        var li = el("li", null, f.contested ? "figure contested" : "figure");
        var name = el(data.info[f.id] ? "a" : "span", f.measure, "node-link");
        if (data.info[f.id]) {
          name.href = "#";
          name.addEventListener("click", function (event) { event.preventDefault(); hooks.focus(f.id); });
        }
        li.appendChild(name);
        li.appendChild(el("span", ": " + (f.value || "")));
        var about = [];
        if (f.number !== null && f.number !== undefined) about.push(String(f.number) + (f.unit ? " " + f.unit : ""));
        else if (f.unit) about.push(f.unit);
        if (f.date) about.push(f.date);
        if (f.claimants.length) about.push("reported by " + f.claimants.join(", "));
        if (about.length) li.appendChild(el("span", " \u00b7 " + about.join(" \u00b7 "), "type"));
        if (f.contested) li.appendChild(el("span", " \u00b7 contested", "contested"));
        list.appendChild(li);
      });
      if (info.figureCount > info.figures.length) {
        list.appendChild(el("li", "\u2026 and " + (info.figureCount - info.figures.length) +
          " more (kzkg query figures gives them all)", "more"));
      }
      box.appendChild(list);
      return box;
    }

    function showPanel(id) {
      var info = data.info[id];
      if (!info) return;
      current = id;
      var opening = panel.hidden;
      panel.hidden = false;
      if (opening && hooks.opened) hooks.opened(id);
      document.getElementById("panel-title").textContent = info.label;
      var span = info.start && info.end ? info.start + " \u2013 " + info.end
        : info.start ? "from " + info.start : info.end ? "until " + info.end : "";
      document.getElementById("panel-type").textContent = "Type: " + info.type +
        (info.date ? " \u00b7 " + info.date : "") + (span ? " \u00b7 " + span : "");
      document.getElementById("panel-aliases").textContent =
        info.aliases.length ? "Also: " + info.aliases.join(", ") : "";
      var wd = document.getElementById("panel-wikidata");
      wd.textContent = "";
      if (info.wikidata && WIKIDATA.test(info.wikidata)) {
        var a = el("a", "Wikidata " + info.wikidata.split("/").pop());
        a.href = info.wikidata;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        wd.appendChild(a);
      }
      // Links to the same node in the other kind of view (network or timeline).
    var more = document.getElementById("panel-links");
    more.textContent = "";
    (hooks.links ? hooks.links(id) : []).forEach(function (link) {
      var a = el("a", link.text);
      a.href = link.href;
      more.appendChild(a);
    });
    var facts = document.getElementById("panel-facts");
      var evidence = document.getElementById("panel-evidence");
      facts.textContent = "";
      evidence.textContent = "";
      if (!visible(id)) {
        facts.appendChild(el("p", "Hidden by the filters on the left.", "hint"));
        return;
      }
      // Only what the filters leave is listed, and the headings count what is listed.
      var shownLinks = (links[id] || []).filter(function (l) { return data.info[l.other] && visible(l.other); });
      if (info.kind === "fact") {
        facts.appendChild(el("h3", "Facts"));
        var props = el("ul", null, "props");
        info.facts.forEach(function (f) { props.appendChild(el("li", f[0] + ": " + f[1])); });
        shownLinks.forEach(function (l) {
          props.appendChild(el("li", (l.out ? "\u2192 " : "\u2190 ") + l.label + ": " + data.info[l.other].label));
        });
        facts.appendChild(props);
        var figures = figureList(info);
        if (figures) facts.appendChild(figures);
        evidence.appendChild(el("h3", "Evidence (" + info.quotes + ")"));
        evidence.appendChild(info.evidence.length ? evidenceList(info) : el("p", "No evidence."));
      } else {
        // Figures are listed apart, one line each, not again among the facts.
        var figureIds = (info.figures || []).map(function (f) { return f.id; });
        var entityFigures = figureList(info);
        if (entityFigures) facts.appendChild(entityFigures);
        var related = shownLinks.filter(function (l) {
          return data.info[l.other].kind === "fact" && figureIds.indexOf(l.other) < 0;
        });
        if (related.length) facts.appendChild(el("h3", "Facts (" + related.length + ")"));
        related.forEach(function (l) { facts.appendChild(factBlock(l.other, l.out ? l.label : "as " + l.label)); });
        var others = shownLinks.filter(function (l) { return data.info[l.other].kind !== "fact"; });
        if (others.length) {
          facts.appendChild(el("h3", "Links (" + others.length + ")"));
          var rel = el("ul", null, "props");
          others.forEach(function (l) {
            rel.appendChild(el("li", (l.out ? "\u2192 " : "\u2190 ") + l.label + ": " + data.info[l.other].label));
          });
          facts.appendChild(rel);
        }
        if (!related.length && !others.length && !entityFigures) facts.appendChild(el("p", "No facts in this view."));
        if (info.evidence.length) {
          evidence.appendChild(el("h3", "Mentions"));
          evidence.appendChild(evidenceList(info));
        }
      }
    }


    function refresh() {
      hooks.refresh();
      updateCounts();
      if (current !== null && !panel.hidden) showPanel(current);
    }
    classBoxes.concat(typeBoxes).forEach(function (b) { b.addEventListener("change", refresh); });
    [docFilter, keepUndated].forEach(function (c) { c.addEventListener("change", refresh); });
    [dateFrom, dateTo].forEach(function (c) { c.addEventListener("input", refresh); });

    function closePanel() {
      panel.hidden = true;
      current = null;
    }
    // Show every node again (a search found one the filters hide).
    function resetFilters() {
      classBoxes.concat(typeBoxes).forEach(function (b) { b.checked = true; });
      docFilter.value = "";
      dateFrom.value = dateTo.value = "";
      refresh();
    }

    // ---- search: a node by label or alias, exact, then prefix, then anywhere --
    var names = [];
    var datalist = document.getElementById("search-names");
    Object.keys(data.info).forEach(function (id) {
      var info = data.info[id];
      [info.label].concat(info.aliases).forEach(function (n) { names.push([n.toLowerCase(), id]); });
      var option = document.createElement("option");
      option.value = info.label;
      datalist.appendChild(option);
    });
    function find(text) {
      var q = text.trim().toLowerCase();
      if (!q) return null;
      var tests = [
        function (n) { return n === q; },
        function (n) { return n.indexOf(q) === 0; },
        function (n) { return n.indexOf(q) >= 0; },
      ];
      for (var i = 0; i < tests.length; i++) {
        var hit = names.filter(function (p) { return tests[i](p[0]); });
        if (hit.length) return hit[0][1];
      }
      return null;
    }

    return {
      el: el, visible: visible, find: find, low: low, high: high, showPanel: showPanel, closePanel: closePanel,
      refresh: refresh, resetFilters: resetFilters, panel: panel,
      dateFrom: dateFrom, dateTo: dateTo, docFilter: docFilter,
    };
  };
})();
