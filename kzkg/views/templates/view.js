// kzkg view: draws the network and wires search, filters and the side panel.
// Every string from the graph is written with textContent, never as markup,
// and only Wikidata and http(s) URLs ever become links.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kzkg-data").textContent);
  var WIKIDATA = /^http:\/\/www\.wikidata\.org\/entity\/Q\d+$/;
  window.kzkg = { data: data, ready: false };
  var container = document.getElementById("network");
  if (!container || data.nodes.length === 0) {
    window.kzkgReady = true;
    window.kzkgReadyAt = performance.now();
    return;
  }

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  // Neighbours of each node, with the edge label and direction.
  var links = {};
  data.edges.forEach(function (e) {
    var label = e.label || e.title;  // large views keep the label in the title
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
    if (shown.indexOf(info.category) < 0) return false;
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

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visible(n.id); } });
  var network = new vis.Network(container, { nodes: nodesView, edges: edges }, data.options);
  window.kzkg = { data: data, network: network, nodes: nodes, edges: edges, nodesView: nodesView };

  function refresh() { nodesView.refresh(); }
  classBoxes.concat(typeBoxes).forEach(function (b) { b.addEventListener("change", refresh); });
  [docFilter, keepUndated].forEach(function (c) { c.addEventListener("change", refresh); });
  [dateFrom, dateTo].forEach(function (c) { c.addEventListener("input", refresh); });

  // Ready means usable: drawn, and with physics on, done with the initial
  // stabilization (then stopped, or loose nodes keep drifting and a clicked
  // node moves away; dragging a node restarts the simulation).
  function markReady() {
    if (window.kzkgReady) return;
    window.kzkgReady = true;
    window.kzkgReadyAt = performance.now();
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.stopSimulation();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
  }
  network.on("stabilized", function () {
    if (!window.kzkgStabilizedAt) window.kzkgStabilizedAt = performance.now();
  });

  // ---- side panel ------------------------------------------------------------
  var panel = document.getElementById("panel");

  function evidenceList(info) {
    var items = info.evidence;
    var list = el("ul", null, "evidence");
    items.forEach(function (ev) {
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
    if (info.quotes > items.length) {
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
    name.addEventListener("click", function (event) { event.preventDefault(); focusNode(id); });
    head.appendChild(name);
    head.appendChild(el("span", " (" + info.type + ")", "type"));
    box.appendChild(head);
    var props = el("ul", null, "props");
    info.facts.forEach(function (f) { props.appendChild(el("li", f[0] + ": " + f[1])); });
    if (info.facts.length) box.appendChild(props);
    if (info.evidence.length) box.appendChild(evidenceList(info));
    return box;
  }

  function showPanel(id) {
    var info = data.info[id];
    if (!info) return;
    panel.hidden = false;
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
    var facts = document.getElementById("panel-facts");
    var evidence = document.getElementById("panel-evidence");
    facts.textContent = "";
    evidence.textContent = "";
    if (info.kind === "fact") {
      facts.appendChild(el("h3", "Facts"));
      var props = el("ul", null, "props");
      info.facts.forEach(function (f) { props.appendChild(el("li", f[0] + ": " + f[1])); });
      (links[id] || []).forEach(function (l) {
        var other = data.info[l.other];
        if (other) props.appendChild(el("li", (l.out ? "\u2192 " : "\u2190 ") + l.label + ": " + other.label));
      });
      facts.appendChild(props);
      evidence.appendChild(el("h3", "Evidence"));
      evidence.appendChild(info.evidence.length ? evidenceList(info) : el("p", "No quotes."));
    } else {
      var related = (links[id] || []).filter(function (l) {
        return data.info[l.other] && data.info[l.other].kind === "fact";
      });
      facts.appendChild(el("h3", "Facts (" + related.length + ")"));
      related.forEach(function (l) { facts.appendChild(factBlock(l.other, l.out ? l.label : "as " + l.label)); });
      var others = (links[id] || []).filter(function (l) {
        return data.info[l.other] && data.info[l.other].kind !== "fact";
      });
      if (others.length) {
        var rel = el("ul", null, "props");
        others.forEach(function (l) {
          rel.appendChild(el("li", (l.out ? "\u2192 " : "\u2190 ") + l.label + ": " + data.info[l.other].label));
        });
        facts.appendChild(rel);
      }
      if (info.evidence.length) {
        evidence.appendChild(el("h3", "Mentions"));
        evidence.appendChild(evidenceList(info));
      }
    }
  }

  // Large views draw edge labels only around the selected node: measuring
  // thousands of labels would delay the first drawing by seconds.
  var labelled = [];
  function labelEdgesOf(id) {
    if (!data.lazyEdgeLabels) return;
    edges.update(labelled.map(function (e) { return { id: e, label: undefined }; }));
    labelled = id === null ? [] : network.getConnectedEdges(id);
    edges.update(labelled.map(function (e) { return { id: e, label: edges.get(e).title }; }));
  }

  document.getElementById("panel-close").addEventListener("click", function () { panel.hidden = true; });
  network.on("click", function (params) {
    if (params.nodes.length) showPanel(params.nodes[0]);
  });
  network.on("selectNode", function (params) { labelEdgesOf(params.nodes[0]); });
  network.on("deselectNode", function () { labelEdgesOf(null); });

  // ---- search ----------------------------------------------------------------
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

  function focusNode(id) {
    if (!nodesView.get(id)) {
      // Filters hide the node: show everything again rather than fail silently.
      classBoxes.concat(typeBoxes).forEach(function (b) { b.checked = true; });
      docFilter.value = "";
      dateFrom.value = dateTo.value = "";
      refresh();
    }
    network.selectNodes([id]);
    labelEdgesOf(id);
    showPanel(id);
    // Centre the node in the part of the canvas the side panel leaves free.
    network.focus(id, { scale: 1.2, animation: false, offset: { x: -panel.offsetWidth / 2, y: 0 } });
    window.kzkg.focused = id;
  }

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("search").value;
    var status = document.getElementById("search-status");
    var id = find(text);
    if (id) {
      status.textContent = "Found: " + data.info[id].label;
      focusNode(id);
    } else {
      status.textContent = "No node matches \u201c" + text + "\u201d.";
    }
  });

  if (data.focus && data.info[data.focus]) {
    network.once("afterDrawing", function () { network.selectNodes([data.focus]); showPanel(data.focus); });
  }
})();
