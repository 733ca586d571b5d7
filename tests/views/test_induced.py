"""A view's subgraph keeps the graph's own order (kzkg.views.model.induced): networkx
walks a small node set in set order, so the same ego or timeline view came out in
another order with each Python hash seed."""

from __future__ import annotations

import networkx as nx

from kzkg.views.model import induced


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for n in (50, 30, 10, 40, 20, 60, 70, 80, 90, 95):  # set order of ints is by value
        graph.add_node(n, label=str(n))
    graph.add_edge(50, 10, key="a", label="a")
    graph.add_edge(30, 10, key="b", label="b")
    graph.add_edge(50, 30, key="c", label="c")
    graph.add_edge(50, 30, key="d", label="d")
    graph.add_edge(10, 95, key="e", label="e")
    return graph


def test_induced_keeps_the_graphs_order_not_the_sets() -> None:
    graph = _graph()
    sub = induced(graph, {10, 30, 50})
    assert list(sub.nodes) == [50, 30, 10]
    assert list(sub.edges(keys=True)) == [
        (50, 10, "a"),
        (50, 30, "c"),
        (50, 30, "d"),
        (30, 10, "b"),
    ]


def test_induced_copies_the_data() -> None:
    graph = _graph()
    sub = induced(graph, [10, 30, 50])
    sub.nodes[10]["label"] = "changed"
    sub.edges[50, 10, "a"]["label"] = "changed"
    assert graph.nodes[10]["label"] == "10" and graph.edges[50, 10, "a"]["label"] == "a"
    assert dict(sub.nodes(data=True)) == {
        50: {"label": "50"},
        30: {"label": "30"},
        10: {"label": "changed"},
    }
