// kzkg view: draws the network and wires search, filters and the side panel
// (common.js) to it; labels are written by labels.js.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kzkg-data").textContent);
  var FEW_EDGES = 150; // up to this many, edge labels are written wherever they fit
  window.kzkg = { data: data, ready: false };
  var container = document.getElementById("network");
  if (!container || data.nodes.length === 0) {
    window.kzkgReady = true;
    window.kzkgReadyAt = performance.now();
    return;
  }

  data.edges.forEach(function (e, i) { if (e.id === undefined || e.id === null) e.id = "e" + i; });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodesView;
  var common = window.kzkgCommon(data, {
    refresh: function () { nodesView.refresh(); },
    focus: function (id) { focusNode(id); },
    opened: function (id) { keepInSight(id); },
    links: function (id) {
      // The timeline (`kzkg view --timeline`, written beside this file) draws dated facts.
      var info = data.info[id];
      if (!data.siblingLinks || (info.kind === "fact" && !(info.date || info.start || info.end))) return [];
      return [{ text: "Show on the timeline", href: "timeline.html#node=" + encodeURIComponent(id) }];
    },
  });
  var visible = common.visible, showPanel = common.showPanel, panel = common.panel;
  nodesView = new vis.DataView(nodes, { filter: function (n) { return visible(n.id); } });
  var network = new vis.Network(container, { nodes: nodesView, edges: edges }, data.options);
  var text = {}, edgeText = {};
  data.nodes.forEach(function (n) { text[n.id] = n.text; });
  data.edges.forEach(function (e) { edgeText[e.id] = e.title; });
  var order = data.nodes.slice().sort(function (a, b) { return a.rank - b.rank; })
    .map(function (n) { return n.id; });
  var labels = window.kzkgLabels(network, order, text, edgeText, data.edges.length <= FEW_EDGES);
  window.kzkg = { data: data, network: network, nodes: nodes, edges: edges, nodesView: nodesView, labels: labels };


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

  // The panel takes its width from the canvas (it never covers the graph):
  // after it opens, bring the clicked node back into sight if it fell outside.
  function keepInSight(id) {
    network.setSize("100%", "100%");
    network.redraw();
    var pos = network.getPositions([id])[id];
    if (!pos) return;
    var p = network.canvasToDOM(pos);
    if (p.x < 20 || p.x > container.clientWidth - 20 || p.y < 20 || p.y > container.clientHeight - 20) {
      network.moveTo({ position: pos, animation: false });
    }
  }
  function closePanel() {
    common.closePanel();
    network.setSize("100%", "100%");
    network.redraw();
  }

  // Labels around the selected node and the hovered node or edge come first.
  var selected = null, hoveredNode = null, hoveredEdge = null;
  function preferLabels() {
    var first = [], near = [], nearEdges = [];
    [hoveredNode, selected].forEach(function (id) {
      if (id === null || !network.body.nodes[id]) return;
      first.push(id);
      near = near.concat(network.getConnectedNodes(id));
      nearEdges = nearEdges.concat(network.getConnectedEdges(id));
    });
    if (hoveredEdge !== null) nearEdges.unshift(hoveredEdge);
    labels.prefer(first, nearEdges, near);
  }

  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("controls-toggle").addEventListener("click", function () {
    var main = document.querySelector("main");
    var hidden = main.classList.toggle("controls-hidden");
    this.textContent = hidden ? "\u00bb controls" : "\u00ab";
    this.setAttribute("aria-expanded", hidden ? "false" : "true");
    network.setSize("100%", "100%");
    network.fit({ animation: false });
  });
  network.on("click", function (params) {
    if (params.nodes.length) showPanel(params.nodes[0]);
  });
  network.on("selectNode", function (params) { selected = params.nodes[0]; preferLabels(); });
  network.on("deselectNode", function () { selected = null; preferLabels(); });
  network.on("hoverNode", function (params) { hoveredNode = params.node; preferLabels(); });
  network.on("blurNode", function () { hoveredNode = null; preferLabels(); });
  network.on("hoverEdge", function (params) { hoveredEdge = params.edge; preferLabels(); });
  network.on("blurEdge", function () { hoveredEdge = null; preferLabels(); });

  // ---- search ----------------------------------------------------------------
  function focusNode(id) {
    var reset = !nodesView.get(id);
    // Filters hide the node: show everything again rather than fail silently.
    if (reset) common.resetFilters();
    network.selectNodes([id]);
    selected = id;
    showPanel(id);
    network.setSize("100%", "100%");
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    preferLabels();
    window.kzkg.focused = id;
    return reset;
  }

  // Labels and aliases of the graph's nodes this view leaves out.
  var outside = {};
  (data.outside || []).forEach(function (n) { outside[n.toLowerCase()] = n; });
  function outsideMatch(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    if (outside[q]) return outside[q];
    var keys = Object.keys(outside);
    for (var i = 0; i < keys.length; i++) if (keys[i].indexOf(q) >= 0) return outside[keys[i]];
    return null;
  }

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("search").value;
    var status = document.getElementById("search-status");
    var id = common.find(text);
    if (id) {
      var reset = focusNode(id);
      status.textContent = "Found: " + data.info[id].label + (reset ? " (the filters hid it: they are reset)" : "");
    } else if (outsideMatch(text)) {
      status.textContent = "\u201c" + outsideMatch(text) + "\u201d is in the graph but not in this view: " +
        "open the overview (kzkg view) or its own view (kzkg view --focus \u2026).";
    } else {
      status.textContent = "No node of the graph matches \u201c" + text + "\u201d.";
    }
  });

  // timeline.html links here with #node=<iri>: show that node.
  var wanted = null;
  try { wanted = decodeURIComponent((/^#node=(.+)$/.exec(window.location.hash) || [])[1] || ""); } catch (err) { wanted = null; }
  if (wanted && data.info[wanted]) {
    network.once("afterDrawing", function () { focusNode(wanted); });
  } else if (data.focus && data.info[data.focus]) {
    network.once("afterDrawing", function () {
      // The focus ranks first already; its neighbours are the whole view, so
      // the labels keep their order by importance until the user selects.
      network.selectNodes([data.focus]);
      showPanel(data.focus);
      network.fit({ animation: false }); // into the canvas the panel leaves
    });
  }
})();
