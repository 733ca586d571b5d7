"""Node positions computed in Python, so large views open without physics.

networkx's spring layout takes about 41 s at 5,000 nodes (NOTES.md); igraph's
C Fruchterman-Reingold with a grid takes a fraction of a second. Laid out
whole, isolated pairs scatter over the canvas, so each connected component is
laid out on its own and the components are packed in rows, largest first.
The random generator is seeded: the same graph always draws the same.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from contextlib import contextmanager

import igraph as ig
import networkx as nx

Positions = dict[str, tuple[float, float]]

SPACING = 90.0  # roughly the distance between neighbours, in vis-network units
GAP = 2.0  # space between packed components, in multiples of SPACING


@contextmanager
def _seeded(seed: int) -> Iterator[None]:
    ig.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        ig.set_random_number_generator(random)


def _component_layout(graph: nx.Graph, nodes: list[str]) -> list[tuple[float, float]]:
    """Positions of one component, centred on 0 and scaled to about SPACING per edge."""
    if len(nodes) == 1:
        return [(0.0, 0.0)]
    index = {n: i for i, n in enumerate(nodes)}
    edges = sorted({tuple(sorted((index[a], index[b]))) for a, b in graph.subgraph(nodes).edges()})
    g = ig.Graph(n=len(nodes), edges=edges)
    coords = g.layout_fruchterman_reingold(niter=500, grid="auto").coords
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    # Scale so the mean edge is SPACING long, whatever igraph's own units.
    lengths = [math.dist(coords[a], coords[b]) for a, b in edges] or [1.0]
    scale = SPACING / max(sum(lengths) / len(lengths), 1e-9)
    return [((x - cx) * scale, (y - cy) * scale) for x, y in coords]


def layout(graph: nx.Graph, seed: int = 7) -> Positions:
    """Seeded positions for every node: components laid out apart and packed in rows."""
    undirected = nx.Graph(graph)
    components = sorted(
        (sorted(c) for c in nx.connected_components(undirected)), key=lambda c: (-len(c), c[0])
    )
    placed: list[tuple[list[str], list[tuple[float, float]], float, float]] = []
    with _seeded(seed):
        for nodes in components:
            coords = _component_layout(undirected, nodes)
            width = max(x for x, _ in coords) - min(x for x, _ in coords) + GAP * SPACING
            height = max(y for _, y in coords) - min(y for _, y in coords) + GAP * SPACING
            placed.append((nodes, coords, width, height))
    total_area = sum(w * h for _, _, w, h in placed)
    row_width = max(math.sqrt(total_area) * 1.2, max((w for _, _, w, _ in placed), default=0))
    positions: Positions = {}
    x = y = row_height = 0.0
    for nodes, coords, width, height in placed:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(nodes, coords, strict=True):
            positions[node] = (round(x + width / 2 + px, 1), round(y + height / 2 + py, 1))
        x += width
        row_height = max(row_height, height)
    return positions
