"""Graph analytics over the view model: paths between two actors, centrality.

Paths run through the facts that connect actors (a tenure, an event, a claim),
so every step can be shown with the fact and the quotes that support it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kzkg.errors import InputError
from kzkg.views.model import GraphModel, curation_text

EXACT_BETWEENNESS_MAX = 1500  # above this many nodes, betweenness is sampled


@dataclass
class Step:
    source: str
    target: str
    links: list[tuple[str, bool]]  # (edge label, True when the edge points source -> target)


@dataclass
class PathResult:
    nodes: list[str]
    steps: list[Step]


def _steps(graph: nx.MultiDiGraph, nodes: list[str]) -> list[Step]:
    steps = []
    for a, b in itertools.pairwise(nodes):
        links = [(d["label"], True) for d in graph.get_edge_data(a, b, default={}).values()]
        links += [(d["label"], False) for d in graph.get_edge_data(b, a, default={}).values()]
        steps.append(Step(a, b, sorted(links)))
    return steps


def find_paths(
    model: GraphModel, source: str, target: str, max_length: int = 4, limit: int = 10
) -> list[PathResult]:
    """Shortest simple paths first, up to `max_length` steps and `limit` paths."""
    if source == target:
        raise InputError("give two different actors")
    if max_length < 1:
        raise InputError("--max-length must be at least 1")
    for iri in (source, target):
        if iri not in model.graph:
            raise InputError(f"{iri} is not a node of this graph")
    undirected = nx.Graph(model.graph)
    found: list[PathResult] = []
    try:
        for nodes in nx.shortest_simple_paths(undirected, source, target):
            if len(nodes) - 1 > max_length or len(found) >= limit:
                break
            found.append(PathResult(nodes, _steps(model.graph, nodes)))
    except nx.NetworkXNoPath:
        return []
    return found


def _fact_lines(data: dict[str, Any], indent: str) -> list[str]:
    lines = []
    if data["facts"]:
        lines.append(indent + "; ".join(f"{k}: {v}" for k, v in data["facts"]))
    for ev in data["evidence"]:
        if ev["quote"] is None:
            lines.append(indent + curation_text(ev))
            continue
        where = ev["title"] or ev["document"] or "unknown document"
        when = f", {ev['date']}" if ev["date"] else ""
        lines.append(f'{indent}"{ev["quote"]}" ({where}{when})')
    return lines


def format_paths(model: GraphModel, paths: list[PathResult]) -> str:
    """Plain text: each path, each step with its link, the fact's data and evidence quotes."""
    graph = model.graph
    out: list[str] = []

    def name(n: str) -> str:
        d = graph.nodes[n]
        return f"[{d['type_label']}] {d['label']}" if d["kind"] == "fact" else d["label"]

    for number, path in enumerate(paths, 1):
        ends = f"{graph.nodes[path.nodes[0]]['label']} -> {graph.nodes[path.nodes[-1]]['label']}"
        out.append(f"Path {number} ({len(path.steps)} steps): {ends}")
        shown: set[str] = set()
        for step in path.steps:
            links = ", ".join(
                f"-{label}->" if forward else f"<-{label}-" for label, forward in step.links
            )
            out.append(f"  {name(step.source)}  {links}  {name(step.target)}")
            for node in (step.source, step.target):
                if graph.nodes[node]["kind"] == "fact" and node not in shown:
                    shown.add(node)
                    out.extend(_fact_lines(graph.nodes[node], "      "))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def centrality(
    model: GraphModel, top: int = 10, include_facts: bool = False
) -> list[dict[str, Any]]:
    """Nodes ranked by betweenness (how often they lie between others), then degree."""
    undirected = nx.Graph(model.graph)
    n = undirected.number_of_nodes()
    if n == 0:
        return []
    k = None if n <= EXACT_BETWEENNESS_MAX else EXACT_BETWEENNESS_MAX // 3
    between = nx.betweenness_centrality(undirected, k=k, seed=0)
    rows = []
    for node, data in model.graph.nodes(data=True):
        if data["kind"] == "fact" and not include_facts:
            continue
        rows.append(
            {
                "iri": node,
                "label": data["label"],
                "type": data["type_label"],
                "degree": undirected.degree(node),
                "betweenness": between[node],
                "approximate": k is not None,
            }
        )
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["label"]))
    return rows[:top]


def format_centrality(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "The graph has no nodes.\n"
    width = max(len(r["label"]) for r in rows)
    lines = [f"{'rank':>4}  {'label':<{width}}  {'type':<14} {'degree':>6}  {'betweenness':>11}"]
    for rank, r in enumerate(rows, 1):
        label, kind, degree, between = r["label"], r["type"], r["degree"], r["betweenness"]
        lines.append(f"{rank:>4}  {label:<{width}}  {kind:<14} {degree:>6}  {between:>11.4f}")
    if rows[0]["approximate"]:
        lines.append("(betweenness estimated from a sample of source nodes)")
    return "\n".join(lines) + "\n"
