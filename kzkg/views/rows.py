"""A saved query's rows drawn as a network.

A row names graph nodes: cells that hold a node's IRI, and `...Label` cells
whose text is a node's label or alias. The query's parameters that name
nodes (the actor of claims-by, the place of events-at-place) belong to every
row, as the rows are about them.

- A row that names a fact draws it with its arguments: the fact, every entity
  it links to in the graph (agent, claimant, holder, post, place, about), and
  the graph's edges between all the nodes drawn, labelled as in the graph.
- A row that names only entities becomes a short path through them, ordered
  in time (a `predecessor` column first, a `successor` column last, the rest
  in column order) with a post between the first holder and the next, so a
  succession row draws Nazarbayev -> head of the Security Council -> Tokayev.
  The row's dates label its edges.
"""

from __future__ import annotations

import re
from typing import Any

import networkx as nx

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_BEFORE = {"predecessor", "previous", "before", "from", "cause", "earlier"}
_AFTER = {"successor", "next", "after", "to", "effect", "later"}


def _stem(column: str) -> str:
    return re.sub(r"_?[Ll]abel$", "", column) or column


def _words(column: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", _stem(column)).replace("_", " ").lower()


def _label_index(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Label or alias (case-folded) -> node, for names that pick out one node."""
    found: dict[str, set[str]] = {}
    for node, data in graph.nodes(data=True):
        for name in [data["label"], *data.get("aliases", [])]:
            found.setdefault(name.casefold(), set()).add(node)
    index = {}
    for name, nodes in found.items():
        entities = {n for n in nodes if graph.nodes[n]["kind"] == "entity"}
        chosen = entities if entities else nodes
        if len(chosen) == 1:
            index[name] = next(iter(chosen))
    return index


def _row_nodes(row: dict[str, Any], graph: nx.MultiDiGraph, names: dict[str, str]) -> list:
    """(node, column) pairs of a row, each node once, in time order."""
    cells: list[tuple[int, int, str, str]] = []
    seen: set[str] = set()
    for position, (column, value) in enumerate(row.items()):
        if not isinstance(value, str):
            continue
        node = value if value in graph else None
        if node is None and _stem(column) != column:
            node = names.get(value.casefold())
        if node is None or node in seen:
            continue
        seen.add(node)
        stem = _stem(column).lower()
        order = 0 if stem in _BEFORE else 2 if stem in _AFTER else 1
        cells.append((order, position, node, column))
    cells.sort()
    chain = [(n, c) for _, _, n, c in cells if graph.nodes[n]["category"] != "Post"]
    posts = [(n, c) for _, _, n, c in cells if graph.nodes[n]["category"] == "Post"]
    return chain[:1] + posts + chain[1:]


def _arguments(graph: nx.MultiDiGraph, fact: str) -> list[str]:
    """The entities a fact links to, either way (its agents, places, claimant...)."""
    around = set(graph.successors(fact)) | set(graph.predecessors(fact))
    return sorted(n for n in around if graph.nodes[n]["kind"] == "entity")


def _chain(out: nx.MultiDiGraph, row: dict[str, Any], nodes: list[tuple[str, str]]) -> None:
    dates = sorted({v for v in row.values() if isinstance(v, str) and _DATE.match(v)})
    suffix = f" ({', '.join(dates)})" if dates else ""
    for (a, _), (b, column) in zip(nodes, nodes[1:], strict=False):
        if not out.has_edge(a, b):  # a later row restating the link adds nothing
            label = _words(column) + suffix
            out.add_edge(a, b, key=label, label=label)


def rows_graph(
    graph: nx.MultiDiGraph, rows: list[dict[str, Any]], context: list[str] | tuple[str, ...] = ()
) -> nx.MultiDiGraph:
    """The network of the rows; nodes keep the model's data (and so their quotes).
    `context`: nodes the query's parameters name, drawn with every row."""
    names = _label_index(graph)
    context = [n for n in context if n in graph]
    out = nx.MultiDiGraph()
    facts: set[str] = set()
    for row in rows:
        nodes = _row_nodes(row, graph, names)
        for node, _ in nodes:
            out.add_node(node, **graph.nodes[node])
        named_facts = [n for n, _ in nodes if graph.nodes[n]["kind"] == "fact"]
        if not named_facts:
            _chain(out, row, nodes)
            continue
        facts.update(named_facts)
        for node in context:
            out.add_node(node, **graph.nodes[node])
        for fact in named_facts:
            for node in _arguments(graph, fact):
                out.add_node(node, **graph.nodes[node])
    # The graph's own links between the facts named and everything drawn.
    for s, o, key, data in graph.edges(keys=True, data=True):
        if s in out and o in out and (s in facts or o in facts) and not out.has_edge(s, o, key):
            out.add_edge(s, o, key=key, **data)
    # A parameter's node that none of the facts drawn links to explains nothing.
    named = {n for row in rows for n, _ in _row_nodes(row, graph, names)}
    out.remove_nodes_from([n for n in context if n not in named and out.degree(n) == 0])
    return out
