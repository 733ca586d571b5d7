"""The built graph loaded for querying: the embedded Oxigraph store.

`KnowledgeGraph` is what the CLI, the HTTP server, the views and Python users
share. Queries see the union of all named graphs as their default graph, so
a fact stated by two documents is one node with evidence from both.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kzkg.errors import InputError, KzkgError
from kzkg.paths import built_graph, ontology_file
from kzkg.vocab import ONTOLOGY_IRI, PREFIXES

Row = dict[str, Any]

_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def term_value(term: Any) -> Any:
    """A plain Python value for a pyoxigraph term: IRI or lexical form; None if unbound."""
    if term is None:
        return None
    return term.value


def load_store(paths: list[Path]) -> ox.Store:
    """Load RDF files (TriG, N-Quads, Turtle, ...) into one in-memory store."""
    store = ox.Store()
    for path in paths:
        fmt = _FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise InputError(f"{path}: unknown RDF format (use .trig, .nq, .ttl or .nt)")
        if not path.is_file():
            raise InputError(f"{path}: graph file does not exist (run `kzkg build` first?)")
        try:
            # Triples from Turtle-like files go to the default graph; keep them
            # visible by loading into a graph named after the file.
            to_graph = None if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS) else ox.NamedNode(
                path.resolve().as_uri()
            )
            store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid RDF: {str(exc).splitlines()[0]}") from None
    return store


@dataclass
class KnowledgeGraph:
    """A loaded graph with SPARQL access. Open with `KnowledgeGraph.open()`."""

    store: ox.Store
    sources: tuple[Path, ...] = ()

    @classmethod
    def open(cls, path: str | Path | list[str | Path] | None = None) -> KnowledgeGraph:
        """Open the built graph (default `graph/kzkg.trig`), or the given file(s) or folder."""
        if path is None:
            paths = [built_graph()]
        elif isinstance(path, list):
            paths = [Path(p) for p in path]
        else:
            p = Path(path)
            paths = sorted(q for q in p.rglob("*") if q.suffix in _FORMATS) if p.is_dir() else [p]
        store = load_store(paths)
        # The schema rides along in its own graph, so queries can walk the class
        # hierarchy (a/rdfs:subClassOf*) and read property labels.
        store.bulk_load(
            path=str(ontology_file()), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_IRI)
        )
        return cls(store, tuple(paths))

    def sparql(self, query: str, **bindings: Any) -> Any:
        """Run SPARQL with the project prefixes; `bindings` are substituted safely."""
        prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
        subs = {ox.Variable(k): v for k, v in bindings.items()}
        try:
            return self.store.query(
                query, prefixes=prefixes, use_default_graph_as_union=True, substitutions=subs
            )
        except SyntaxError as exc:
            raise InputError(f"malformed SPARQL: {str(exc).splitlines()[0]}") from None

    def select(self, query: str, **bindings: Any) -> list[Row]:
        """Run a SELECT query and return its rows as dicts of plain values."""
        solutions = self.sparql(query, **bindings)
        names = [v.value for v in solutions.variables]
        return [{n: term_value(s[n]) for n in names} for s in solutions]

    def labels(self) -> dict[str, list[str]]:
        """Every label and alias of every entity: {iri: [preferred label, aliases...]}."""
        rows = self.select(
            """SELECT ?e ?label ?alias WHERE {
                 ?e a/rdfs:subClassOf* kz:Entity ; rdfs:label ?label .
                 OPTIONAL { ?e skos:altLabel ?alias }
               }"""
        )
        found: dict[str, list[str]] = {}
        for row in rows:
            names = found.setdefault(row["e"], [row["label"]])
            if row["alias"] and row["alias"] not in names:
                names.append(row["alias"])
        return found

    def resolve(self, text: str) -> str:
        """The IRI of the one entity whose IRI, label or alias is `text` (case-insensitive)."""
        if text.startswith(("http://", "https://")):
            return text
        wanted = text.strip().casefold()
        labels = self.labels()
        hits = sorted({iri for iri, names in labels.items() if wanted in map(str.casefold, names)})
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            shown = ", ".join(f"{_one_line(labels[h][0])} <{h}>" for h in hits)
            raise KzkgError(f"'{_one_line(text)}' matches several entities: {shown}")
        every = sorted({n for names in labels.values() for n in names})
        close = difflib.get_close_matches(text, every, n=5, cutoff=0.6)
        hint = f"; close labels: {', '.join(map(_one_line, close))}" if close else ""
        raise KzkgError(f"no entity is labelled '{_one_line(text)}'{hint}")


def _one_line(text: str) -> str:
    """Text for an error message: line breaks and control characters escaped."""
    return repr(text)[1:-1]
