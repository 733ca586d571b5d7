"""Load the built named graphs into a SPARQL server with the Graph Store Protocol.

Each named graph (one per document, resolution, curated) and the ontology is
sent as `PUT <store>?graph=<iri>` with an N-Triples body, so pushing again
replaces what was there rather than adding to it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import httpx
import pyoxigraph as ox

from kzkg.errors import InputError, KzkgError
from kzkg.paths import built_graph, ontology_file
from kzkg.vocab import ONTOLOGY_IRI


def named_graphs(path: Path) -> dict[str, list[ox.Triple]]:
    """The triples of each named graph in a TriG or N-Quads file, plus the ontology."""
    if not path.is_file():
        raise InputError(f"{path}: graph file does not exist (run `kzkg build` first?)")
    fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.TRIG
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                raise InputError(f"{path}: triples outside a named graph; the contract has none")
            graphs[quad.graph_name.value].append(quad.triple)
    except SyntaxError as exc:
        raise InputError(f"{path}: not valid RDF: {str(exc).splitlines()[0]}") from None
    ontology = ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE)
    graphs[str(ONTOLOGY_IRI)] = [q.triple for q in ontology]
    return dict(graphs)


def push(store_url: str, graph: Path | None = None, timeout: float = 120.0) -> dict[str, int]:
    """PUT every named graph to the Graph Store Protocol endpoint; {graph IRI: triples}."""
    if not store_url.startswith(("http://", "https://")):
        raise InputError(f"endpoint must be an http(s) URL: {store_url}")
    sent: dict[str, int] = {}
    with httpx.Client(timeout=timeout) as client:
        for iri, triples in sorted(named_graphs(graph or built_graph()).items()):
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            try:
                reply = client.put(
                    store_url,
                    params={"graph": iri},
                    content=body,
                    headers={"Content-Type": "application/n-triples"},
                )
            except httpx.HTTPError as exc:
                raise KzkgError(f"endpoint {store_url} unreachable: {exc}") from None
            if reply.status_code >= 400:
                detail = " ".join(reply.text.split())[:200]
                raise KzkgError(
                    f"endpoint {store_url} answered {reply.status_code} for graph <{iri}>: {detail}"
                )
            sent[iri] = len(triples)
    return sent
