"""The vis-network data assembled with pyvis (kzkg/views/payload.py)."""

from __future__ import annotations

import networkx as nx

from kzkg.views.payload import network, vis_data


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for i in range(5):
        kind = "entity" if i % 2 else "fact"
        graph.add_node(
            f"n{i}", kind=kind, category="Person", label=f"Node {i}", type_label="person"
        )
    graph.add_edge("n0", "n1", label="agent")
    graph.add_edge("n0", "n1", label="participant")  # parallel edges are both kept
    graph.add_edge("n2", "n3", label="target")
    return graph


def test_network_keeps_every_node_once_in_graph_order_and_every_edge() -> None:
    net = network(_graph(), None, physics=False, positions={}, large=False)
    net.add_node("n3", label="again")  # already there: pyvis ignores it
    nodes, edges = vis_data(net)
    assert [n["id"] for n in nodes] == ["n0", "n1", "n2", "n3", "n4"]
    assert [(e["from"], e["to"], e["title"]) for e in edges] == [
        ("n0", "n1", "agent"),
        ("n0", "n1", "participant"),
        ("n2", "n3", "target"),
    ]
    assert "n4" in net.get_nodes() and "n9" not in net.get_nodes()
