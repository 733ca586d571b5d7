// kzkg view: level of detail. vis-network draws no text; after each drawing
// this script writes node labels, most important node first, each only where
// it overlaps no label already written, so at fit zoom the main actors are
// named and zooming in names more. Edge labels are written at close zoom and,
// at any zoom, for the edges of the selected or hovered node and the hovered
// edge. What was written is kept in `drawn` (DOM pixels) for tests.
(function () {
  "use strict";
  var FONT = 12;
  var EDGE_FONT = 10;
  var EDGE_SCALE = 1.1; // from this zoom on, every edge in sight may be labelled
  var CELL = 64; // grid cell for the overlap test, in DOM pixels
  var MAX_NODE_LABELS = 400;
  var MAX_EDGE_LABELS = 300;
  var TOP_FREE = 3; // the most important nodes are named even over a glyph
  var MAX_OBSTACLES = 300; // node glyphs labels keep clear of, most important first
  var ALONG = [0.5, 0.3, 0.7, 0.2, 0.8]; // where on an edge its label may go
  var FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

  function Grid() { this.cells = {}; }
  Grid.prototype.keys = function (b) {
    var keys = [];
    for (var i = Math.floor(b.x / CELL); i <= Math.floor((b.x + b.w) / CELL); i++) {
      for (var j = Math.floor(b.y / CELL); j <= Math.floor((b.y + b.h) / CELL); j++) keys.push(i + ":" + j);
    }
    return keys;
  };
  Grid.prototype.fits = function (b) {
    var keys = this.keys(b);
    for (var k = 0; k < keys.length; k++) {
      var boxes = this.cells[keys[k]] || [];
      for (var n = 0; n < boxes.length; n++) {
        var o = boxes[n];
        if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return false;
      }
    }
    return true;
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b).forEach(function (key) { (cells[key] = cells[key] || []).push(b); });
  };

  // network: the vis.Network; order: node ids, most important first;
  // text: id -> label; edgeText: edge id -> label.
  // few: a view small enough for its edge labels to be tried at any zoom.
  window.kzkgLabels = function (network, order, text, edgeText, few) {
    var widths = {};
    var state = { drawn: [], edgesDrawn: [], nodes: [], edges: [], near: [] };

    function write(ctx, label, x, y, colour) {
      ctx.strokeText(label, x, y);
      ctx.fillStyle = colour;
      ctx.fillText(label, x, y);
    }

    function draw(ctx) {
      var scale = network.getScale();
      var view = network.getViewPosition();
      var frame = network.canvas.frame.canvas;
      var width = frame.clientWidth, height = frame.clientHeight;
      var ratio = network.canvas.pixelRatio || 1;
      var bodyNodes = network.body.nodes, bodyEdges = network.body.edges;
      function dom(p) { return { x: (p.x - view.x) * scale + width / 2, y: (p.y - view.y) * scale + height / 2 }; }
      function inside(b) { return b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height; }

      ctx.save();
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      ctx.lineJoin = "round";
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      var grid = new Grid();
      var drawn = [], edgesDrawn = [], seen = {}, seenEdge = {};

      function placeNode(id, free) {
        var node = bodyNodes[id];
        if (seen[id] || !node || node.options.hidden || !text[id]) return;
        seen[id] = true;
        var p = dom(node);
        if (p.x < -200 || p.x > width + 200 || p.y < -50 || p.y > height + 50) return;
        ctx.font = FONT + "px " + FAMILY;
        var w = widths[id] || (widths[id] = ctx.measureText(text[id]).width);
        var box = { id: id, x: p.x - w / 2 - 2, y: p.y + (node.options.size || 10) * scale + 2, w: w + 4, h: FONT + 3 };
        if (!inside(box) || !grid.fits(box) || (!free && !glyphs.fits(box))) return;
        grid.add(box);
        drawn.push(box);
        write(ctx, text[id], p.x, box.y + 1, "#222222");
      }

      // preferred: an edge of the selection, labelled even when short on screen.
      function placeEdge(eid, preferred) {
        var edge = bodyEdges[eid];
        if (seenEdge[eid] || !edge || !edge.connected || !edgeText[eid]) return;
        seenEdge[eid] = true;
        ctx.font = EDGE_FONT + "px " + FAMILY;
        var w = ctx.measureText(edgeText[eid]).width;
        var length = Math.hypot(edge.to.x - edge.from.x, edge.to.y - edge.from.y) * scale;
        if (!preferred && length < w + 24) return; // a label longer than its edge is clutter
        // The middle of the edge, or a point nearer one end when that is taken.
        var box = null;
        for (var t = 0; t < ALONG.length && !box; t++) {
          var at;
          try { at = edge.edgeType.getPoint(ALONG[t]); } catch (err) { at = null; }
          if (!at) at = { x: edge.from.x + (edge.to.x - edge.from.x) * ALONG[t], y: edge.from.y + (edge.to.y - edge.from.y) * ALONG[t] };
          var m = dom(at);
          var b = { id: eid, x: m.x - w / 2 - 2, y: m.y - EDGE_FONT / 2 - 1, w: w + 4, h: EDGE_FONT + 2 };
          if (inside(b) && grid.fits(b) && (preferred || glyphs.fits(b))) box = b;
        }
        if (!box) return;
        grid.add(box);
        edgesDrawn.push(box);
        write(ctx, edgeText[eid], box.x + box.w / 2, box.y + 1, "#444444");
      }

      // The larger node glyphs are obstacles too: only the labels of the
      // selection and of the most important nodes may cover one.
      var glyphs = new Grid();
      for (var o = 0; o < order.length && o < MAX_OBSTACLES; o++) {
        var obstacle = bodyNodes[order[o]];
        if (!obstacle || obstacle.options.hidden) continue;
        var radius = (obstacle.options.size || 10) * scale;
        if (radius < 6) continue;
        var c = dom(obstacle);
        glyphs.add({ x: c.x - radius, y: c.y - radius, w: 2 * radius, h: 2 * radius });
      }

      // The selection and what the pointer is on first, then by importance.
      state.nodes.forEach(function (id) { placeNode(id, true); });
      state.edges.forEach(function (eid) { placeEdge(eid, true); });
      state.near.forEach(function (id) { placeNode(id, false); });
      for (var i = 0; i < order.length && drawn.length < MAX_NODE_LABELS; i++) placeNode(order[i], i < TOP_FREE);
      if (few || scale >= EDGE_SCALE) {
        var all = Object.keys(bodyEdges);
        for (var k = 0; k < all.length && edgesDrawn.length < MAX_EDGE_LABELS; k++) placeEdge(all[k], false);
      }
      ctx.restore();
      state.drawn = drawn;
      state.edgesDrawn = edgesDrawn;
    }

    network.on("afterDrawing", draw);
    // Labels that come first: the selected and hovered nodes, then their
    // edges (and the hovered edge), then their neighbours.
    state.prefer = function (nodeIds, edgeIds, nearIds) {
      state.nodes = nodeIds || [];
      state.edges = edgeIds || [];
      state.near = nearIds || [];
      network.redraw();
    };
    return state;
  };
})();
