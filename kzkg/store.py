"""The built graph loaded for querying: embedded Oxigraph, rdflib or a remote endpoint.

`KnowledgeGraph` is what the CLI, the HTTP server, the views and Python users
share. Queries see the union of all named graphs as their default graph, so
a fact stated by two documents is one node with evidence from both. A large
graph file is opened through its on-disk store (kzkg/diskstore.py), built
once beside it, instead of being loaded again by every command.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kzkg.diskstore import OpenedStore, open_store, wanted
from kzkg.errors import InputError, KzkgError, shown
from kzkg.paths import built_graph, ontology_file
from kzkg.queries.catalogue import SavedQuery, catalogue, find_query
from kzkg.queries.engines import (
    Dataset,
    EndpointEngine,
    Engine,
    OxigraphEngine,
    RdflibEngine,
)
from kzkg.queries.labels import index_from_json, index_to_json, label_keys, lookup
from kzkg.queries.params import ANY, EntityIndex, bind, bind_terms, expand
from kzkg.queries.results import Result
from kzkg.queries.typed import list_columns
from kzkg.vocab import ONTOLOGY

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


def check_sources(paths: list[Path]) -> None:
    """An InputError for a graph file that is missing or in no RDF format we read."""
    for path in paths:
        if _FORMATS.get(path.suffix.lower()) is None:
            raise InputError(f"{path}: unknown RDF format (use .trig, .nq, .ttl or .nt)")
        if not path.is_file():
            raise InputError(f"{path}: graph file does not exist (run `kzkg build` first?)")


def load_store(paths: list[Path], store: ox.Store | None = None) -> ox.Store:
    """Load RDF files (TriG, N-Quads, Turtle, ...) into one store (a new in-memory one
    unless given)."""
    check_sources(paths)
    store = ox.Store() if store is None else store
    for path in paths:
        fmt = _FORMATS[path.suffix.lower()]
        try:
            # Triples from Turtle-like files go to the default graph; keep them
            # visible by loading into a graph named after the file.
            to_graph = (
                None
                if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)
                else ox.NamedNode(path.resolve().as_uri())
            )
            store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid RDF: {str(exc).splitlines()[0]}") from None
    return store


def python_names(params: dict[str, Any]) -> dict[str, Any]:
    """`from_=` for the parameter `from` (a Python keyword cannot be a keyword argument),
    and `to_=` for `to` alike: a trailing underscore is dropped."""
    return {k[:-1] if k.endswith("_") and len(k) > 1 else k: v for k, v in params.items()}


def binding_terms(bindings: dict[str, Any]) -> dict[str, Any]:
    """pyoxigraph terms for `select`/`sparql` bindings; text is read as an IRI."""
    terms = {}
    for name, value in python_names(bindings).items():
        if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
            terms[name] = value
            continue
        if not isinstance(value, str):
            raise InputError(
                f"?{name}: give an IRI as text or a pyoxigraph term, not {type(value).__name__}"
            )
        try:
            terms[name] = ox.NamedNode(value)
        except ValueError as exc:
            raise InputError(f"?{name}: '{shown(value)}' is not an IRI ({exc})") from None
    return terms


def with_values(query: str, terms: dict[str, Any]) -> str:
    """The query with `VALUES (?a ?b) { (...) }` first in its outer WHERE block."""
    match = _WHERE.search(query) or _BRACE.search(query)
    if match is None or not terms:
        return query
    names = " ".join(f"?{n}" for n in terms)
    values = " ".join(str(t) for t in terms.values())
    at = match.end()
    return f"{query[:at]} VALUES ({names}) {{ ({values}) }} {query[at:]}"


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_BRACE = re.compile(r"\{")  # SELECT * { ... } has no WHERE


def merge_into_default_graph(store: ox.Store) -> None:
    """Copy every named graph's triples into the default graph, once each.

    SPARQL's default graph is a set of triples. Oxigraph's own union view
    repeats a triple once per named graph that holds it (an entity's label
    stated by 300 documents), which inflates counts and multiplies every
    join; the merged copy answers like rdflib and the spec, and faster.
    """
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def fill_store(store: ox.Store, paths: list[Path], on_disk: bool = False) -> None:
    """The graph files, the ontology in its own graph, and the merged default graph."""
    load_store(paths, store)
    # The schema rides along in its own graph, so queries can walk the class
    # hierarchy (a/rdfs:subClassOf*) and read property labels.
    try:
        store.bulk_load(
            path=str(ontology_file()),
            format=ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode(ONTOLOGY),
        )
    except SyntaxError as exc:
        from kzkg.ontology.files import oxigraph_syntax_error  # rdflib only on this path

        raise oxigraph_syntax_error(ontology_file(), exc) from None
    if on_disk:
        merge_by_reading_again(store, paths)
        store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY}> {{ ?s ?p ?o }} }}")
    else:
        merge_into_default_graph(store)


def merge_by_reading_again(store: ox.Store, paths: list[Path]) -> None:
    """`merge_into_default_graph` for an on-disk store: its SPARQL update is one large
    transaction, three times slower there than parsing the files again and bulk-adding
    every triple to the default graph (the store keeps each triple once). A blank
    node of a graph file is then another blank node in the default graph than in its
    named graph; `kzkg build` writes none, and the ontology is merged by update."""
    for path in paths:
        quads = ox.parse(path=str(path), format=_FORMATS[path.suffix.lower()])
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)


@dataclass
class KnowledgeGraph:
    """A loaded graph with SPARQL access. Open with `KnowledgeGraph.open()`.

    `store` is the embedded Oxigraph store (None for a remote endpoint);
    `engine` runs queries: Oxigraph by default, rdflib or an endpoint on request.
    """

    store: ox.Store | None
    sources: tuple[Path, ...] = ()
    engine: Engine | None = None
    queries_folder: Path | None = None
    _index: EntityIndex | None = field(default=None, repr=False)
    _catalogue: dict[str, SavedQuery] | None = field(default=None, repr=False)
    _keys: dict[str, list[str]] | None = field(default=None, repr=False)
    _disk: OpenedStore | None = field(default=None, repr=False)  # holds its reader lock
    _spans: dict[str, str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.engine is None:
            if self.store is None:
                raise KzkgError("a KnowledgeGraph needs a store or an engine")
            self.engine = OxigraphEngine(self.store)

    @classmethod
    def open(
        cls,
        path: str | Path | list[str | Path] | None = None,
        *,
        engine: str = "oxigraph",
        endpoint: str | None = None,
        persist: bool | None = None,
    ) -> KnowledgeGraph:
        """Open the built graph (default `graph/kzkg.trig`), or the given file(s) or folder.

        `engine="rdflib"` answers with rdflib's engine; `endpoint=URL` queries a
        remote SPARQL 1.1 server instead and loads nothing. A single graph file
        of 4 MiB or more is opened through its on-disk store beside it (built
        on first use, rebuilt when the file changes; kzkg/diskstore.py);
        `persist=True` or `False` decides instead.
        """
        if endpoint:
            return cls(None, (), EndpointEngine(endpoint))
        if path is None:
            paths = [built_graph()]
        elif isinstance(path, list):
            paths = [Path(p) for p in path]
        else:
            p = Path(path)
            paths = sorted(q for q in p.rglob("*") if q.suffix in _FORMATS) if p.is_dir() else [p]
        if engine not in ("oxigraph", "rdflib"):
            raise InputError(f"unknown engine '{engine}'; use oxigraph or rdflib")
        check_sources(paths)
        opened = None
        if wanted(paths, persist):
            opened = open_store(
                paths[0],
                [*paths, ontology_file()],
                lambda store: fill_store(store, paths, on_disk=True),
                lambda store: cls(store).summaries(),
            )
        if opened is not None:
            store = opened.store
        else:
            store = ox.Store()
            fill_store(store, paths)
        chosen: Engine | None = None
        if engine == "rdflib":
            chosen = RdflibEngine(paths, ontology_file(), ONTOLOGY)
        kg = cls(store, tuple(paths), chosen)
        if opened is not None:
            kg._disk = opened
            if opened.labels is not None:
                kg._index = index_from_json(opened.labels)
        return kg

    # -- raw SPARQL ---------------------------------------------------------------

    def sparql(self, query: str, /, **bindings: Any) -> Any:
        """Run SPARQL on the embedded store with the project prefixes; `bindings`
        (pyoxigraph terms, or an IRI as text) are substituted safely, projected
        or not. Returns pyoxigraph's answer."""
        if self.store is None:
            raise KzkgError("raw pyoxigraph access needs the embedded store, not an endpoint")
        engine = self.engine
        if not isinstance(engine, OxigraphEngine):
            engine = OxigraphEngine(self.store)
        terms = binding_terms(bindings)
        try:
            return engine.raw(query, **terms)
        except RuntimeError as exc:
            if "projection" not in str(exc):
                raise
            # pyoxigraph substitutes only projected variables; a VALUES block binds any.
            return engine.raw(with_values(query, terms))

    def select(self, query: str, /, **bindings: Any) -> list[Row]:
        """Run a SELECT query and return its rows as dicts of plain values."""
        if self.store is None:
            if bindings:
                raise KzkgError("bindings need the embedded store")
            assert self.engine is not None
            return self.engine.run(query).dicts()
        solutions = self.sparql(query, **bindings)
        names = [v.value for v in solutions.variables]
        return [{n: term_value(s[n]) for n in names} for s in solutions]

    def run(
        self,
        query: str,
        row_cap: int | None = None,
        *,
        dataset: Dataset | None = None,
        base_iri: str | None = None,
    ) -> Result:
        """Run any SPARQL query on the chosen engine; the answer in engine-neutral form
        (iterable typed rows, `len`, `.to_pandas()`, `.graph()` for CONSTRUCT).

        `dataset` (graph IRIs) replaces the union default graph and any FROM of the
        query; `base_iri` resolves relative IRIs. Both need the embedded engine."""
        assert self.engine is not None
        if dataset is None and base_iri is None:
            result = self.engine.run(query, row_cap)
        elif not isinstance(self.engine, OxigraphEngine):
            raise InputError("a query dataset or base IRI needs the embedded Oxigraph engine")
        else:
            result = self.engine.run(query, row_cap, dataset=dataset, base_iri=base_iri)
        result.lists = list_columns(query)
        result.sort_lists()
        return result

    # -- saved queries --------------------------------------------------------------

    def catalogue(self) -> dict[str, SavedQuery]:
        if self._catalogue is None:
            self._catalogue = catalogue(self.queries_folder)
        return self._catalogue

    def saved(self, name: str) -> SavedQuery:
        found = self.catalogue().get(name)
        return found if found is not None else find_query(name, self.queries_folder)

    def bind(self, name: str, /, **params: Any) -> str:
        """The saved query's text with its parameters resolved and bound."""
        saved = self.saved(name)
        return bind(saved, self._known(saved, python_names(dict(params))), self.index())

    def run_saved(
        self, name: str, /, params: Mapping[str, Any] | None = None, *, row_cap: int | None = None
    ) -> Result:
        """Run a saved query with `params` ({parameter: value}), kept apart from the
        call's own arguments so a parameter may be called `name` or `row_cap`."""
        saved = self.saved(name)
        values = self._known(saved, python_names(dict(params or {})))
        if isinstance(self.engine, RdflibEngine):
            # rdflib joins a VALUES block slowly; its initial bindings are the same binding.
            terms = bind_terms(saved, values, self.index())
            result = self.engine.run(saved.text, row_cap, bindings=terms)
            result.lists = list_columns(saved.text)
            result.sort_lists()
            return result
        return self.run(bind(saved, values, self.index()), row_cap)

    def table(self, name: str, /, **params: Any) -> Result:
        """A saved query's answer for a notebook: `kg.table("timeline-between",
        from_="2022-01-01")` iterates typed rows, has a `len`, shows as an HTML
        table and gives `.to_pandas()`."""
        return self.run_saved(name, params)

    def _known(self, saved: SavedQuery, params: Mapping[str, Any]) -> dict[str, str]:
        """The parameters with every label that names exactly one entity of the wanted
        class replaced by that entity's `<IRI>`, looked up in the label index at once;
        anything else (none or several, a post named by its body, part of a label)
        is left to `resolve`, which answers it the same way and explains failures."""
        values = {k: str(v) for k, v in params.items()}
        for param in saved.params:
            value = values.get(param.name) or param.default
            if not value or value == ANY or param.kind in ("date", "text") or expand(value):
                continue
            if self._keys is None:
                self._keys = label_keys(self.index())
            iri = lookup(self.index(), self._keys, value, param.kind)
            if iri is not None:
                values[param.name] = f"<{iri}>"
        return values

    def query(self, name: str, /, **params: Any) -> list[Row]:
        """Run a saved query by name: `kg.query("succession", post="Security Council")`."""
        return self.run_saved(name, params).dicts()

    # -- labels ---------------------------------------------------------------------

    def index(self) -> EntityIndex:
        """Labels, aliases and classes of every entity (built once, then cached)."""
        if self._index is None:
            idx = EntityIndex()
            for row in self.select(
                "SELECT ?e ?l WHERE { ?e rdfs:label ?l . ?e a/rdfs:subClassOf* kz:Entity }"
            ):
                idx.names.setdefault(row["e"], []).append(row["l"])
            for row in self.select("SELECT ?e ?l WHERE { ?e skos:altLabel ?l }"):
                if row["e"] in idx.names and row["l"] not in idx.names[row["e"]]:
                    idx.names[row["e"]].append(row["l"])
            for row in self.select(
                "SELECT ?e ?c WHERE { ?e a/rdfs:subClassOf* ?c . ?c rdfs:subClassOf* kz:Entity }"
            ):
                idx.classes.setdefault(row["e"], set()).add(row["c"])
            for row in self.select("SELECT ?p ?o WHERE { ?p kz:postIn ?o }"):
                idx.parts.setdefault(row["p"], set()).add(row["o"])
            self._index = idx
        return self._index

    # -- summaries saved with an on-disk store ----------------------------------------

    def summaries(self) -> dict[str, Any]:
        """What an on-disk store saves beside itself when it is built, by name."""
        from kzkg.span_counts import count_spans

        return {"labels": index_to_json(self.index()), "spans": count_spans(self)}

    def span_counts(self) -> dict[str, str]:
        """Each node's distinct quoted spans per document graph (kzkg/span_counts.py):
        saved with an on-disk store, counted here for one in memory."""
        if self._spans is None:
            saved = self._disk.summary("spans") if self._disk is not None else None
            if saved is None:
                from kzkg.span_counts import count_spans

                saved = count_spans(self)
            self._spans = saved
        return self._spans

    def labels(self) -> dict[str, list[str]]:
        """Every label and alias of every entity: {iri: [preferred label, aliases...]}."""
        return {iri: list(names) for iri, names in self.index().names.items()}

    def resolve(self, text: str, kind: str = "entity") -> str:
        """The IRI of the one entity whose IRI, label or alias is `text` (case-insensitive).

        `kind` narrows the search to a class (e.g. "Post" or "kz:Place")."""
        from kzkg.queries.params import resolve

        iri = resolve(self.index(), text, kind)
        try:
            ox.NamedNode(iri)  # `<>` or `<a b>` is written like an IRI and is not one
        except ValueError as exc:
            raise InputError(f"'{shown(text)}' is not an IRI: {exc}") from None
        return iri
