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
}
SHORT = {"json", "xml", "csv", "tsv", "ttl", "nt", "rdf"}


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


def choose_format(accept: str, kind: str, override: str | None = None) -> str | None:
    """The output format for a result of `kind` ("graph" or not) given an Accept header;
    None when the header accepts nothing the endpoint can write for that kind (406).

    A missing Accept, `*/*` or a fitting `type/*` gets JSON (results) or Turtle
    (graphs); a `format=` override that does not fit the kind gets the default."""
    table = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    default = "ttl" if kind == "graph" else "json"
    if override in SHORT:
        fits = override in table.values()
        return override if fits else default
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
