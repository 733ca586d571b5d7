"""The four views: overview, ego network, a saved query's rows, and claims."""

from __future__ import annotations

from typing import Any

import networkx as nx

from kzkg.errors import InputError
from kzkg.store import KnowledgeGraph
from kzkg.views.model import GraphModel, induced
from kzkg.views.render import View
from kzkg.views.rows import rows_graph
from kzkg.views.saved import parameter_nodes, run_saved_query
from kzkg.vocab import KZ

TABLE_ROWS = 500  # rows of a query a view lists as a table


def outside_names(model: GraphModel, graph: nx.MultiDiGraph) -> tuple[str, ...]:
    """Labels and aliases of the model's nodes that `graph` leaves out."""
    names: set[str] = set()
    for node, data in model.graph.nodes(data=True):
        if node not in graph:
            names.update([data["label"], *data.get("aliases", [])])
    return tuple(sorted(names))


def _view(model: GraphModel, graph: nx.MultiDiGraph, title: str, subtitle: str, **kw: Any) -> View:
    outside = outside_names(model, graph) if graph is not model.graph else ()
    return View(graph, title, subtitle, model.documents, model.sources, outside=outside, **kw)


def overview(model: GraphModel) -> View:
    return _view(model, model.graph, "kzkg: overview", "The whole graph")


def ego(kg: KnowledgeGraph, model: GraphModel, focus: str, depth: int = 2) -> View:
    """The neighbourhood of one entity, found by label or alias ("Tokaev" finds Tokayev)."""
    if depth < 0:
        raise InputError("--depth must be 0 or more")
    iri = kg.resolve(focus)  # raises with the close labels when nothing matches
    if iri not in model.graph:
        raise InputError(f"'{focus}' ({iri}) is not a node of this graph")
    undirected = model.graph.to_undirected(as_view=True)
    near = nx.single_source_shortest_path_length(undirected, iri, cutoff=depth)
    label = model.graph.nodes[iri]["label"]
    return _view(
        model,
        induced(model.graph, near),
        f"kzkg: {label}",
        f"Everything within {depth} step{'s' if depth != 1 else ''} of {label}",
        focus=iri,
    )


def claims(model: GraphModel) -> View:
    """Claimants -> claims -> what the claims are about, edges labelled with the claim type."""
    source = model.graph
    graph = nx.MultiDiGraph()
    for claim, data in source.nodes(data=True):
        if data["category"] != "Claim":
            continue
        kind = next((v for k, v in data["facts"] if k == "claim type"), "claim")
        graph.add_node(claim, **data)
        for _, target, key in source.out_edges(claim, keys=True):
            graph.add_node(target, **source.nodes[target])
            if key == str(KZ.claimant):
                graph.add_edge(target, claim, key=key, label=kind, predicate=key)
            elif key == str(KZ.about):
                graph.add_edge(claim, target, key=key, label="about", predicate=key)
            else:
                graph.add_edge(claim, target, key=key, **source.edges[claim, target, key])
    return _view(
        model,
        graph,
        "kzkg: claims",
        "Who claims what, about whom (claims are never asserted as facts)",
        empty_message="This graph records no claims.",
    )


def rows_view(
    model: GraphModel, rows: list[dict[str, Any]], title: str, context: list[str] | None = None
) -> View:
    """The rows of a saved query as a network (see kzkg.views.rows), with the rows
    as a table under it."""
    n = len(rows)
    columns = list(rows[0]) if rows else []
    cells = [
        ["" if r.get(c) is None else str(r.get(c)) for c in columns] for r in rows[:TABLE_ROWS]
    ]
    return _view(
        model,
        rows_graph(model.graph, rows, context or []),
        f"kzkg: {title}",
        f"{n} row{'s' if n != 1 else ''} of a saved query",
        table=(columns, cells),
        empty_message=(
            "The query's rows name no nodes of the graph (a count or a table, not a network): "
            "its rows are listed above."
            if rows
            else "The query returned no rows."
        ),
    )


def query(kg: KnowledgeGraph, model: GraphModel, name: str, params: dict[str, str]) -> View:
    title, rows = run_saved_query(kg, name, params)
    return rows_view(model, rows, title, parameter_nodes(kg, name, params))
