"""Content negotiation for SPARQL answers (the checks made before a query runs are in
queries/guard.py)."""

from __future__ import annotations

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/javascript": "json",
    "application/javascript": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl",
    "application/x-turtle": "ttl",
    "application/n-triples": "nt",
    "text/plain": "nt",
}
SHORT = {"json", "xml", "csv", "tsv", "ttl", "nt"}


def choose_format(accept: str, kind: str, override: str | None = None) -> str:
    """The output format for a result of `kind` ("graph" or not) given an Accept header.

    Unknown or missing Accept values fall back to JSON (results) or Turtle (graphs):
    clients send many variants, and an answer beats a 406."""
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    default = "ttl" if kind == "graph" else "json"
    if override in SHORT:
        fits = override in table.values()
        return override if fits else default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for _q, _i, media in sorted(ranked):
        if media in table:
            return table[media]
    return default
