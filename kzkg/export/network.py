"""The network as GraphML or GEXF, for Gephi and other graph tools.

Both formats want scalar attributes, so lists (aliases, documents, quotes)
are joined with ` | `; a curated fact's evidence is its curator's note and
source. Statistics are nodes, linked to their claimants and to what they are
about, with their measure, value, unit and claimants and, as a double, their
number; every node counts the figures it reported or that are about it.
GEXF also carries Gephi's visual attributes: the seeded layout's positions,
the category colour and a size by degree.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import networkx as nx

from kzkg.errors import InputError
from kzkg.views.layout import layout
from kzkg.views.model import GraphModel, curation_text
from kzkg.views.style import look

FORMATS = ("graphml", "gexf")
SEP = " | "


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    quotes = [
        f"{e['quote']} [{e['document'] or '?'} {e['start']}-{e['end']}]"
        if e["quote"] is not None
        else curation_text(e)
        for e in data["evidence"]
    ]
    return {
        "label": data["label"],
        "type": data["type"],
        "type_label": data["type_label"],
        "category": data["category"],
        "kind": data["kind"],
        "aliases": SEP.join(data["aliases"]),
        "wikidata": data["wikidata"] or "",
        "date": data["date"] or "",
        "start": data["start"] or "",
        "end": data["end"] or "",
        "facts": SEP.join(f"{k}: {v}" for k, v in data["facts"]),
        "documents": SEP.join(data["documents"]),
        "evidence": SEP.join(quotes),
        "evidence_count": len(data["evidence"]),
        "figure_count": len(data.get("figures", [])),
        **_figure(data.get("figure")),
    }


def _figure(figure: dict[str, Any] | None) -> dict[str, Any]:
    """A statistic node's own values as typed attributes (a number is a double, so
    Gephi and igraph can size and filter by it); other nodes have none of them."""
    if not figure:
        return {}
    attrs = {
        "measure": figure["measure"],
        "value": figure["value"] or "",
        "unit": figure["unit"] or "",
        "qualifier": figure["qualifier"] or "",
        "claimants": SEP.join(figure["claimants"]),
    }
    if figure["number"] is not None:
        attrs["number"] = float(figure["number"])
    return attrs


def flat_graph(model: GraphModel, gephi: bool = False) -> nx.MultiDiGraph:
    """A copy of the model graph with only string and number attributes."""
    source = model.graph
    graph = nx.MultiDiGraph(name="kzkg")
    positions = layout(source) if gephi and source.number_of_nodes() else {}
    for node, data in source.nodes(data=True):
        attrs = _flat(data)
        if gephi:
            rgb = look(data["category"]).color.lstrip("#")
            r, g, b = (int(rgb[i : i + 2], 16) for i in (0, 2, 4))
            x, y = positions[node]
            attrs["viz"] = {
                "color": {"r": r, "g": g, "b": b, "a": 1.0},
                "position": {"x": x, "y": -y, "z": 0.0},
                "size": round(6 + 3 * math.sqrt(source.degree(node)), 2),
            }
        graph.add_node(node, **attrs)
    for s, o, key, data in source.edges(keys=True, data=True):
        graph.add_edge(
            s, o, key=key, label=data.get("label", ""), predicate=data.get("predicate", key)
        )
    return graph


def export_network(model: GraphModel, out: str | Path, fmt: str) -> Path:
    """Write GraphML or GEXF; the folder is created when missing."""
    if fmt not in FORMATS:
        raise InputError(f"unknown network format {fmt!r} (use {' or '.join(FORMATS)})")
    path = Path(out)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name such as {path / ('kzkg.' + fmt)}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "graphml":
            nx.write_graphml(flat_graph(model), path, named_key_ids=True)
        else:
            nx.write_gexf(flat_graph(model, gephi=True), path)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
