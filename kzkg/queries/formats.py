"""Output formats: a terminal table, and the SPARQL 1.1 result and RDF formats.

JSON is written here (SPARQL 1.1 Query Results JSON is a small, fixed
shape); XML, CSV and TSV are produced from it by pyoxigraph's serialisers.
Graph answers (CONSTRUCT, DESCRIBE) are Turtle, N-Triples, RDF/XML ("rdf") or
JSON-LD ("jsonld", expanded form: no context to fetch or trust).
"""

from __future__ import annotations

import json
from typing import Any

import pyoxigraph as ox

from kzkg.errors import InputError
from kzkg.queries.results import Result, Term
from kzkg.vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json", "xml", "ttl", "nt", "rdf", "jsonld")
GRAPH_FORMATS = ("ttl", "nt", "rdf", "jsonld")
MEDIA_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8",
    "nt": "application/n-triples",
    "rdf": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
_OX_GRAPHS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "rdf": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_OX_RESULTS = {
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


def term_json(term: Term) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def results_json(result: Result) -> dict[str, Any]:
    if result.kind == "ask":
        return {"head": {}, "boolean": result.boolean}
    bindings = [
        {v: term_json(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    return {"head": {"vars": result.variables}, "results": {"bindings": bindings}}


def _written(data: bytes | None) -> bytes:
    # pyoxigraph returns None only when given a file to write to; we never give one.
    assert data is not None
    return data


def turtle(result: Result) -> bytes:
    return graph_bytes(result.triples, "ttl")


def graph_bytes(
    triples: list[ox.Triple], fmt: str, prefixes: dict[str, str] | None = None
) -> bytes:
    """Triples as Turtle (with `prefixes`, by default the project's), N-Triples,
    RDF/XML or JSON-LD; any other format name gets Turtle."""
    if fmt in _OX_GRAPHS:
        return _written(ox.serialize(triples, format=_OX_GRAPHS[fmt]))
    if prefixes is None:
        prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    return _written(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes))


def serialize(result: Result, fmt: str) -> bytes:
    """The result in one of the machine formats (json, xml, csv, tsv; a graph as ttl,
    nt, rdf or jsonld)."""
    if result.kind == "graph":
        return graph_bytes(result.triples, fmt)
    if fmt in GRAPH_FORMATS:
        raise InputError("only CONSTRUCT and DESCRIBE queries can be written as RDF")
    data = json.dumps(results_json(result), ensure_ascii=False).encode("utf-8")
    if fmt == "json":
        return data
    if fmt not in _OX_RESULTS:
        raise InputError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
    if result.kind == "ask" and fmt != "xml":
        return (b"true" if result.boolean else b"false") + b"\n"
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return _written(parsed.serialize(format=_OX_RESULTS[fmt]))


def short(term: Term) -> str:
    """A compact form for people: prefixed IRI or the literal's text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for name, ns in PREFIXES.items():
            if term.value.startswith(str(ns)):
                return f"{name}:{term.value[len(str(ns)) :]}"
        return f"<{term.value}>"
    return term.value


# A saved query joins a fact's documents and quotes with " | "; a fact retold by
# thousands of documents would fill the terminal, so the table shows the first
# few and a count (csv, json and the other forms keep them all).
LIST_SEPARATOR = " | "
LIST_SHOWN = 5


def cut_list(text: str) -> str:
    items = text.split(LIST_SEPARATOR)
    if len(items) <= LIST_SHOWN:
        return text
    rest = len(items) - LIST_SHOWN
    return LIST_SEPARATOR.join([*items[:LIST_SHOWN], f"... and {rest:,} more"])


def table(result: Result) -> str:
    """A plain-text table for a terminal (rich), or the Turtle/boolean for other forms."""
    if result.kind == "graph":
        return turtle(result).decode("utf-8")
    if result.kind == "ask":
        return "yes" if result.boolean else "no"
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    grid = Table(*result.variables, show_lines=False, highlight=False)
    cut = False
    for row in result.rows:
        full = [short(t) for t in row]
        shown = [cut_list(text) for text in full]
        cut = cut or shown != full
        # Text(), not str: values come from documents and must not be read as markup.
        grid.add_row(*(Text(text) for text in shown))
    console = Console(width=200, record=True, file=open_null(), highlight=False)
    console.print(grid)
    note = f"{len(result.rows)} row(s)" + (" (truncated)" if result.truncated else "")
    if cut:
        note += f"; long lists cut to {LIST_SHOWN} items (--format csv or json gives them all)"
    if "quotes" in result.variables and "evidence" in result.variables:
        note += (
            "; documents and evidence hold a sample, sources and quotes count them all"
            " (kzkg query evidence-of -p fact=IRI gives every quote of a fact)"
        )
    return console.export_text() + note


def open_null() -> Any:
    import io

    return io.StringIO()
