"""Layout: seeded, every node placed, components packed apart."""

from __future__ import annotations

import networkx as nx

from kzkg.views.layout import layout


def _graph() -> nx.Graph:
    g = nx.disjoint_union_all([nx.cycle_graph(12), nx.star_graph(6), nx.path_graph(3)])
    g.add_nodes_from(["lonely-1", "lonely-2"])
    return nx.relabel_nodes(g, {n: f"n{n}" for n in g.nodes if isinstance(n, int)})


def test_same_graph_same_positions():
    assert layout(_graph(), seed=3) == layout(_graph(), seed=3)


def test_every_node_is_placed_at_a_distinct_point():
    g = _graph()
    positions = layout(g)
    assert set(positions) == set(g.nodes)
    assert len(set(positions.values())) == g.number_of_nodes()


def test_components_do_not_overlap():
    g = _graph()
    positions = layout(g)
    boxes = []
    for component in nx.connected_components(g):
        xs = [positions[n][0] for n in component]
        ys = [positions[n][1] for n in component]
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]
            assert apart, (a, b)


def test_neighbours_are_closer_than_strangers():
    g = nx.relabel_nodes(nx.path_graph(30), str)
    positions = layout(g)

    def dist(a: str, b: str) -> float:
        (x1, y1), (x2, y2) = positions[a], positions[b]
        return ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5

    assert dist("0", "1") < dist("0", "29")
