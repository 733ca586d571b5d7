// kzkg timeline: dated facts on a time axis, in lanes by actor or by class.
// Drawn with plain elements (no library, no request); every string is written
// with textContent. Filters and the side panel are common.js's.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kzkg-data").textContent);
  var box = document.getElementById("timeline");
  window.kzkg = { data: data };
  function ready() {
    window.kzkgReady = true;
    window.kzkgReadyAt = performance.now();
  }
  if (!box) { ready(); return; }

  var DAY = 86400000;
  var ROW = 22; // px per row of items in a lane
  var HEAD = 180; // px of the lane names
  var MIN_BAR = 6;
  var FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  function day(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY : null;
  }
  var items = data.items.map(function (it) {
    return { id: it.id, start: day(it.start), end: day(it.end) + 1, openStart: it.openStart,
      openEnd: it.openEnd, actors: it.actors, text: data.info[it.id].label };
  });
  var byId = {};
  items.forEach(function (it) { byId[it.id] = it; });

  var selected = null;
  var windowSpan = null; // [first day, day after the last] chosen by the buttons or a search
  var groupBy = document.getElementById("group-by");
  var common = window.kzkgCommon(data, {
    refresh: function () { draw(); },
    focus: function (id) { select(id); },
    opened: function () { draw(); },
    links: function (id) {
      if (!data.siblingLinks) return [];
      return [{ text: "Show in the network view", href: "overview.html#node=" + encodeURIComponent(id) }];
    },
  });
  var el = common.el;
  var measure = document.createElement("canvas").getContext("2d");
  measure.font = FONT;

  // ---- the window of time on the axis ---------------------------------------
  function span(list, closedOnly) {
    var a = Infinity, b = -Infinity;
    list.forEach(function (it) {
      if (!it.openStart || !closedOnly) a = Math.min(a, it.start);
      if (!it.openEnd || !closedOnly) b = Math.max(b, it.end);
    });
    return a < b ? [a, b] : null;
  }
  function busiest() {
    var w = data.window;
    if (w[0] && w[1]) return [day(w[0]), day(w[1]) + 1];
    return span(items, true) || span(items, false) || [0, 1];
  }
  // The date filter, when filled in, also sets the axis.
  function currentWindow() {
    var w = windowSpan || busiest();
    var from = day(common.low(common.dateFrom.value.trim()));
    var to = day(common.high(common.dateTo.value.trim()));
    var a = from === null ? w[0] : from, b = to === null ? w[1] : to + 1;
    if (b <= a) b = a + 1;
    var pad = Math.max(0.5, (b - a) * 0.03);
    return [a - pad, b + pad];
  }

  // ---- ticks ------------------------------------------------------------------
  var STEPS = [[1, "day"], [7, "week"], [30.4, "month"], [91, "quarter"], [365.25, "year"], [1826, "5 years"], [3652, "10 years"]];
  function ticks(a, b, width) {
    var step = STEPS[STEPS.length - 1];
    for (var i = 0; i < STEPS.length; i++) {
      if (STEPS[i][0] * width / (b - a) >= 64) { step = STEPS[i]; break; }
    }
    var out = [], d = new Date(Math.floor(a) * DAY);
    var unit = step[1];
    if (unit === "day" || unit === "week") {
      for (var t = Math.ceil(a); t < b; t += step[0]) {
        var x = new Date(t * DAY);
        out.push([t, x.getUTCDate() + " " + MONTHS[x.getUTCMonth()] + (x.getUTCDate() <= step[0] || t === Math.ceil(a) ? " " + x.getUTCFullYear() : "")]);
      }
      return out;
    }
    var months = { month: 1, quarter: 3, year: 12, "5 years": 60, "10 years": 120 }[unit];
    var y = d.getUTCFullYear(), m = d.getUTCMonth();
    m = Math.floor((y * 12 + m) / months) * months;
    for (;;) {
      var when = Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY;
      if (when >= b) break;
      if (when >= a) out.push([when, months < 12 ? MONTHS[m % 12] + " " + Math.floor(m / 12) : String(Math.floor(m / 12))]);
      m += months;
    }
    return out;
  }

  // ---- lanes ------------------------------------------------------------------
  function lanes(shown) {
    var found = {};
    shown.forEach(function (it) {
      var keys;
      if (groupBy.value === "class") keys = [data.info[it.id].type];
      else keys = it.actors.filter(function (a) { return data.info[a]; });
      if (!keys.length) keys = [""];
      keys.forEach(function (k) { (found[k] = found[k] || []).push(it); });
    });
    var name = function (k) {
      if (k === "") return groupBy.value === "class" ? "other" : "no actor named";
      return groupBy.value === "class" ? k : data.info[k].label;
    };
    return Object.keys(found).map(function (k) { return { key: k, name: name(k), items: found[k] }; })
      .sort(function (p, q) {
        if ((p.key === data.focus) !== (q.key === data.focus)) return p.key === data.focus ? -1 : 1;
        if ((p.key === "") !== (q.key === "")) return p.key === "" ? 1 : -1;
        return q.items.length - p.items.length || (p.name < q.name ? -1 : p.name > q.name ? 1 : 0);
      });
  }

  // ---- drawing ----------------------------------------------------------------
  function draw() {
    var w = currentWindow();
    var width = Math.max(200, box.clientWidth - HEAD - 16);
    var px = width / (w[1] - w[0]);
    function x(t) { return (t - w[0]) * px; }
    var shown = items.filter(function (it) { return common.visible(it.id) && it.end > w[0] && it.start < w[1]; });
    var scroll = box.scrollTop;
    box.textContent = "";
    var drawn = {};

    var axis = el("div", null, "tl-axis");
    axis.style.marginLeft = HEAD + "px";
    ticks(w[0], w[1], width).forEach(function (t) {
      var tick = el("span", t[1], "tl-tick");
      tick.style.left = x(t[0]) + "px";
      axis.appendChild(tick);
    });
    box.appendChild(axis);

    var rows = el("div", null, "tl-lanes");
    var grouped = lanes(shown);
    grouped.forEach(function (lane) {
      var row = el("div", null, "tl-lane");
      var head = el("div", lane.name + " (" + lane.items.length + ")", "tl-lane-name");
      if (data.info[lane.key]) {
        head.classList.add("tl-actor");
        head.addEventListener("click", function () { common.showPanel(lane.key); });
      }
      head.style.width = HEAD + "px";
      head.title = lane.name;
      row.appendChild(head);
      var track = el("div", null, "tl-track");
      var ends = []; // per row, the x where the last item (with its label) ends
      lane.items.slice().sort(function (p, q) { return p.start - q.start || p.end - q.end; }).forEach(function (it) {
        var x0 = it.openStart ? 0 : Math.max(0, x(it.start));
        var x1 = it.openEnd ? width : Math.min(width, x(it.end));
        var bar = Math.max(MIN_BAR, x1 - x0);
        var textWidth = measure.measureText(it.text).width;
        // The label goes inside a long bar, else after it, or before it at the right edge.
        // A label that fits nowhere goes inside, cut short with an ellipsis.
        var after = x0 + bar + 4 + textWidth <= width;
        var before = !after && x0 - 4 - textWidth >= 0;
        var inside = bar >= textWidth + 10 || (!after && !before && bar >= 40);
        before = before && !inside;
        var left = before ? x0 - 4 - textWidth : x0;
        var right = inside || before ? x0 + bar : x0 + bar + 4 + textWidth;
        var r = 0;
        while (r < ends.length && ends[r] > left - 4) r++;
        ends[r] = right;
        var info = data.info[it.id];
        var item = el("div", null, "tl-item" + (it.id === selected ? " selected" : "") + (inside ? " labelled-inside" : ""));
        item.setAttribute("data-id", it.id);
        item.style.left = x0 + "px";
        item.style.top = r * ROW + "px";
        item.style.width = right - x0 + "px";
        item.title = it.text + "\n" + info.type + " \u00b7 " + (info.date || ((info.start || "\u2026") + " \u2013 " + (info.end || "\u2026")));
        var barEl = el("span", null, "tl-bar" + (it.openStart ? " open-start" : "") + (it.openEnd ? " open-end" : ""));
        barEl.style.width = bar + "px";
        barEl.style.background = (data.categories[info.category] || {}).color || "#999";
        item.appendChild(barEl);
        var label = el("span", it.text, "tl-text" + (inside ? " inside" : ""));
        label.style.left = (inside ? 4 : before ? -4 - textWidth : bar + 4) + "px";
        if (inside) label.style.maxWidth = bar - 8 + "px";
        item.appendChild(label);
        item.addEventListener("click", function () { select(it.id); });
        track.appendChild(item);
        (drawn[it.id] = drawn[it.id] || []).push({ lane: lane.name, x: x0, row: r, width: bar, left: left, right: right });
      });
      track.style.height = Math.max(1, ends.length) * ROW + "px";
      row.appendChild(track);
      rows.appendChild(row);
    });
    box.appendChild(rows);

    var undated = data.undated.filter(function (id) { return common.visible(id); });
    var hidden = items.filter(function (it) { return common.visible(it.id); }).length - shown.length;
    var foot = el("div", null, "tl-undated");
    if (hidden > 0) foot.appendChild(el("p", hidden + " dated fact" + (hidden === 1 ? " lies" : "s lie") + " outside this span of time (\u201cwhole span\u201d shows them).", "hint"));
    foot.appendChild(el("h3", "Undated facts (" + undated.length + ")"));
    var list = el("ul");
    undated.forEach(function (id) {
      var li = el("li");
      var a = el("a", data.info[id].label);
      a.href = "#";
      a.setAttribute("data-id", id);
      a.addEventListener("click", function (event) { event.preventDefault(); select(id); });
      li.appendChild(a);
      li.appendChild(el("span", " (" + data.info[id].type + ")", "type"));
      list.appendChild(li);
    });
    foot.appendChild(list);
    box.appendChild(foot);
    box.scrollTop = scroll;
    window.kzkg.drawn = drawn;
    window.kzkg.lanes = grouped.map(function (l) { return l.name; });
    window.kzkg.window = w;
  }

  // ---- selection, search and the buttons ----------------------------------------
  function select(id) {
    var it = byId[id];
    if (it && !common.visible(id)) common.resetFilters();
    if (it) {
      var w = currentWindow();
      if (it.end <= w[0] || it.start >= w[1]) {
        // Bring the item into the span, keeping its width.
        var half = (w[1] - w[0]) / 2, mid = (it.start + it.end) / 2;
        windowSpan = [mid - half, mid + half];
        common.dateFrom.value = common.dateTo.value = "";
      }
    }
    selected = id;
    common.showPanel(id);
    draw();
    var shown = box.querySelector(".tl-item.selected") || box.querySelector("[data-id='" + CSS.escape(id) + "']");
    if (shown && shown.scrollIntoView) shown.scrollIntoView({ block: "nearest" });
    window.kzkg.selected = id;
  }

  groupBy.addEventListener("change", draw);
  document.getElementById("span-busy").addEventListener("click", function () {
    windowSpan = null;
    common.dateFrom.value = common.dateTo.value = "";
    draw();
  });
  document.getElementById("span-all").addEventListener("click", function () {
    windowSpan = span(items, false);
    common.dateFrom.value = common.dateTo.value = "";
    common.refresh();
  });
  document.getElementById("panel-close").addEventListener("click", function () {
    common.closePanel();
    selected = null;
    draw();
  });
  document.getElementById("controls-toggle").addEventListener("click", function () {
    var hidden = document.querySelector("main").classList.toggle("controls-hidden");
    this.textContent = hidden ? "\u00bb controls" : "\u00ab";
    draw();
  });
  window.addEventListener("resize", draw);

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("search").value;
    var status = document.getElementById("search-status");
    var id = common.find(text);
    if (id === null) {
      status.textContent = "Nothing on this timeline matches \u201c" + text + "\u201d.";
      return;
    }
    status.textContent = "Found: " + data.info[id].label;
    if (byId[id] || data.undated.indexOf(id) >= 0) {
      select(id);
    } else {
      // An actor: its lane, and its panel.
      groupBy.value = "actor";
      selected = null;
      common.showPanel(id);
      draw();
      var lane = Array.prototype.slice.call(box.querySelectorAll(".tl-lane-name")).filter(function (h) {
        return h.textContent.indexOf(data.info[id].label + " (") === 0;
      })[0];
      if (lane) lane.scrollIntoView({ block: "nearest" });
    }
  });

  draw();
  var wanted = null;
  try { wanted = decodeURIComponent((/^#node=(.+)$/.exec(window.location.hash) || [])[1] || ""); } catch (err) { wanted = null; }
  if (wanted && data.info[wanted]) select(wanted);
  else if (data.focus && data.info[data.focus]) common.showPanel(data.focus);
  ready();
})();
