"""The data vis-network draws: nodes, edges and options assembled with pyvis.

Node size grows with degree; colour and shape come from the node's category
(kzkg.views.style). vis-network draws no text: the page draws node and edge
labels itself (view.js), most important first and only where they do not
overlap, so each node carries its label as `text` and its `rank`. Large
views fade facts and edges so that the entities and the components stand out.
"""

from __future__ import annotations

import json
import math
from typing import Any

import networkx as nx
from pyvis.network import Network

from kzkg.views.model import WIKIDATA
from kzkg.views.style import look

LABEL_MAX = 48
# Quotes a node carries into the page. A fact retold by thousands of documents
# would otherwise put all its quotes in the HTML (200 MB for the graph of
# 10,000 generated documents); the panel says how many more there are.
QUOTES_SHOWN = 20
FIGURES_SHOWN = 50  # likewise for the figures about one node


class _NodeIds(list):
    """pyvis's list of node ids, answering `in` from a set: pyvis asks it for every
    node and both ends of every edge, which made a large view quadratic (about
    0.4 s for the 8,747 nodes and 15,062 edges of the graph of 10,000 documents)."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _short(text: str) -> str:
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1].rstrip() + "\u2026"


def node_info(data: dict[str, Any]) -> dict[str, Any]:
    wikidata = data.get("wikidata")
    return {
        "label": data["label"],
        "type": data["type_label"],
        "class": data["type"],
        "category": data["category"],
        "kind": data["kind"],
        "aliases": data.get("aliases", []),
        "wikidata": wikidata if wikidata and WIKIDATA.match(wikidata) else None,
        "facts": data.get("facts", []),
        "evidence": data.get("evidence", [])[:QUOTES_SHOWN],
        "quotes": data.get("quotes") or len(data.get("evidence", [])),
        "documents": data.get("documents", []),
        "figures": data.get("figures", [])[:FIGURES_SHOWN],
        "figureCount": len(data.get("figures", [])),
        "date": data.get("date"),
        "start": data.get("start"),
        "end": data.get("end"),
    }


def importance(graph: nx.MultiDiGraph, focus: str | None = None) -> list[str]:
    """Nodes, most important first: the focus, then by degree (an entity's counts
    double, as actors are what a reader looks for first), then by label."""
    degree = dict(graph.degree())

    def score(node: str) -> tuple[int, int, str]:
        data = graph.nodes[node]
        weight = degree.get(node, 0) * (2 if data["kind"] == "entity" else 1)
        return (0 if node == focus else 1, -weight, data["label"])

    return sorted(graph.nodes, key=score)


def network(
    graph: nx.MultiDiGraph,
    focus: str | None,
    physics: bool,
    positions: dict[str, tuple[float, float]],
    large: bool,
) -> Network:
    net = Network(directed=True)
    net.node_ids = _NodeIds()  # pyvis only appends to it
    degree = dict(graph.degree())
    rank = {node: i for i, node in enumerate(importance(graph, focus))}
    for node, data in graph.nodes(data=True):
        lk = look(data["category"])
        x, y = positions.get(node, (0.0, 0.0))
        size = (
            9 + 4 * math.sqrt(degree.get(node, 0))
            if data["kind"] == "entity"
            else 7 + 2 * math.sqrt(degree.get(node, 0))
        )
        options: dict[str, Any] = {
            "title": f"{data['label']}\n({data['type_label']})",
            "size": round(min(size, 40), 1),
            "x": x,
            "y": y,
            "text": _short(data["label"]),
            "rank": rank[node],
        }
        if large and data["kind"] == "fact":
            options["opacity"] = 0.55  # thinned: the entities carry the structure
        if node == focus:
            options.update(borderWidth=5, size=round(min(size + 8, 48), 1))
        net.add_node(node, label=options["text"], shape=lk.shape, color=lk.color, **options)
    for s, o, data in graph.edges(data=True):
        net.add_edge(s, o, title=data.get("label", ""))
    net.toggle_physics(physics)
    return net


def vis_data(net: Network) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and edges for vis-network, without the labels it would draw itself."""
    nodes, edges, *_ = net.get_network_data()
    for node in nodes:
        node.pop("label", None)
    return nodes, edges


def options(net: Network, physics: bool, large: bool) -> dict[str, Any]:
    options: dict[str, Any] = json.loads(net.options.to_json())
    options["edges"] = {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        # Faint in large views: thousands of opaque edges draw one dark disc.
        "color": {"color": "#9aa4ae", "highlight": "#333333", "opacity": 0.35 if large else 1.0},
        "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
        "smooth": {"enabled": not large, "type": "continuous"},
        "width": 1,
    }
    options["nodes"] = {"font": {"size": 13, "color": "#222222"}, "borderWidth": 1}
    options["interaction"] = {
        "hover": True,
        "tooltipDelay": 150,
        "hideEdgesOnDrag": large,
        "hideEdgesOnZoom": large,
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "springLength": 140,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    options["layout"] = {"improvedLayout": False}
    return options
