"""Content negotiation for SPARQL answers (the checks made before a query runs are in
queries/guard.py)."""

from __future__ import annotations

from kzkg.queries.formats import MEDIA_TYPES

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
    "application/rdf+xml": "rdf",
    "application/ld+json": "jsonld",
    "application/x-json+ld": "jsonld",
}
# `format=` values clients send besides our short names and media types
# (SPARQLWrapper sends its own names, then the media type).
ALIASES = {"turtle": "ttl", "n-triples": "nt", "rdf+xml": "rdf", "json-ld": "jsonld"}


def _ranked(accept: str) -> list[tuple[float, str]]:
    """The media ranges of an Accept header, most wanted first (q=0 dropped)."""
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
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [(-q, media) for q, _i, media in sorted(ranked)]


def _overridden(override: str | None, table: dict[str, str]) -> str | None:
    """The format a `format=` value names, if it fits this kind of answer."""
    value = (override or "").strip().lower()
    fmt = table.get(value) or ALIASES.get(value, value)
    return fmt if fmt in table.values() else None


def choose_format(accept: str, kind: str, override: str | None = None) -> str | None:
    """The output format for a result of `kind` ("graph" or not) given an Accept header;
    None when the header accepts nothing the endpoint can write for that kind (406).

    A `format=` override (short name, alias or media type) that fits the kind wins;
    one that does not (`xml` for a CONSTRUCT) leaves the choice to Accept. A missing
    Accept, `*/*` or a fitting `type/*` gets JSON (results) or Turtle (graphs)."""
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    default = "ttl" if kind == "graph" else "json"
    chosen = _overridden(override, table)
    if chosen is not None:
        return chosen
    ranked = _ranked(accept)
    if not accept.strip():
        return default
    for _q, media in ranked:
        if media in table:
            return table[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            # By the type the answer is sent as, not by its aliases (text/javascript).
            for fmt in dict.fromkeys(table.values()):
                if MEDIA_TYPES[fmt].startswith(media[:-1]):
                    return fmt
    return None


def cannot_serve(kind: str, accept: str) -> str:
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    what = "a graph (CONSTRUCT, DESCRIBE)" if kind == "graph" else "query results"
    return f"cannot write {what} as any of '{accept}'; available: {', '.join(table)}"
