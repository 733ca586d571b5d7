"""The graph's triples as N-Triples: what a SPARQL server loads as its default graph.

Our queries read the default graph as the set of every document's triples
(kzkg.store.merge_into_default_graph). A server's own union of the named
graphs (Oxigraph server's --union-default-graph) repeats a triple once per
graph that states it: on the graph of 10,000 generated documents `claims-by`
ran there for over 5 minutes, where the merged set answers in 0.3 s. Load
this file into the server's default graph beside the TriG, whose named graphs
keep each document's provenance.

Streamed, so memory stays flat at any size: a triple stated by many
documents is written once per document, and the server's loader keeps one.
The ontology's triples come along, as in `kzkg.store`, so that class
hierarchies and labels answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kzkg.build.atomic import atomic_output
from kzkg.errors import InputError
from kzkg.paths import ontology_file

DATASETS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS}


def _triples(graph: Path, counter: list[int]) -> Iterator[ox.Triple]:
    for path, fmt in (
        (graph, DATASETS[graph.suffix.lower()]),
        (ontology_file(), ox.RdfFormat.TURTLE),
    ):
        for quad in ox.parse(path=str(path), format=fmt):
            counter[0] += 1
            yield quad.triple


def export_triples(graph: Path, out: Path) -> int:
    """Write every triple of `graph` (TriG or N-Quads) and the ontology to `out` as
    N-Triples, all at once or not at all; returns the number of triples written."""
    if graph.suffix.lower() not in DATASETS:
        raise InputError(f"{graph}: not a TriG or N-Quads file (.trig, .nq)")
    if not graph.is_file():
        raise InputError(f"{graph}: graph file does not exist (run `kzkg build` first?)")
    if out.is_dir():
        raise InputError(f"{out}: is a folder; give the N-Triples file to write")
    counter = [0]
    try:
        with atomic_output(out) as handle:
            ox.serialize(_triples(graph, counter), handle, format=ox.RdfFormat.N_TRIPLES)
    except SyntaxError as exc:
        raise InputError(f"{graph}: not valid RDF: {str(exc).splitlines()[0]}") from None
    return counter[0]
