"""Figures (kz:Statistic) beside the nodes they concern.

Each node of the model gets `figures`: the statistics it reported (as their
claimant) or that are about it, each with its measure, value, number, unit,
date and claimants, so a panel lists them without walking the network. A
measure two figures of one node give differently is marked contested, and
the list keeps the figures of a measure side by side.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kzkg.store import KnowledgeGraph
from kzkg.vocab import KZ

_STATISTICS = """SELECT ?s ?measure ?value ?number ?unit ?qualifier WHERE {
  ?s a kz:Statistic .
  OPTIONAL { ?s kz:measure ?measure } OPTIONAL { ?s kz:value ?value }
  OPTIONAL { ?s kz:numericValue ?number } OPTIONAL { ?s kz:unit ?unit }
  OPTIONAL { ?s kz:qualifier ?qualifier }
}"""
_ROLES = {str(KZ.claimant): "reported", str(KZ.about): "about"}


def statistics(kg: KnowledgeGraph, graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Each statistic of the graph with its values (the first one a document gives)."""
    found: dict[str, dict[str, Any]] = {}
    for row in sorted(kg.select(_STATISTICS), key=lambda r: tuple(str(v) for v in r.values())):
        if row["s"] not in graph or row["s"] in found:
            continue
        number = row["number"]
        found[row["s"]] = {
            "id": row["s"],
            "measure": row["measure"] or graph.nodes[row["s"]]["label"],
            "value": row["value"],
            "number": float(number) if number is not None else None,
            "unit": row["unit"],
            "qualifier": row["qualifier"],
            "date": graph.nodes[row["s"]]["date"],
            "claimants": sorted(
                graph.nodes[o]["label"]
                for _, o, key in graph.out_edges(row["s"], keys=True)
                if key == str(KZ.claimant)
            ),
        }
    return found


def add_figures(kg: KnowledgeGraph, graph: nx.MultiDiGraph) -> None:
    """Give every node its `figures` (see the module's doc), and each statistic
    its own values as `figure`."""
    stats = statistics(kg, graph)
    around: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for stat, figure in stats.items():
        for _, other, key in graph.out_edges(stat, keys=True):
            if key in _ROLES:
                around[other].append({**figure, "role": _ROLES[key]})
    for node, data in graph.nodes(data=True):
        figures = sorted(
            around.get(node, []),
            key=lambda f: (f["measure"].lower(), f["number"] or 0, f["value"] or "", f["id"]),
        )
        values: dict[str, set[str]] = defaultdict(set)
        for f in figures:
            values[f["measure"].lower()].add(f["value"] or "")
        for f in figures:
            f["contested"] = len(values[f["measure"].lower()]) > 1
        data["figures"] = figures
        data["figure"] = stats.get(node)
