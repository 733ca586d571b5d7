"""Where a query runs: embedded Oxigraph (default), rdflib (reference) or a remote endpoint.

Every engine sees the union of the named graphs as its default graph (the embedded
one can be given another `Dataset` instead, as the endpoint does) and the
project prefixes, and answers with a `Result`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from kzkg.errors import InputError, KzkgError
from kzkg.queries.results import Result, from_oxigraph, to_oxigraph_term
from kzkg.queries.syntax import explain
from kzkg.vocab import PREFIXES, sparql_prefixes

ENGINES = ("oxigraph", "rdflib")


@dataclass(frozen=True)
class Dataset:
    """An RDF dataset named by graph IRIs (the protocol's `default-graph-uri` and
    `named-graph-uri`). A graph the store lacks is empty, not an error."""

    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]

    def oxigraph(self) -> dict[str, list[ox.NamedNode]]:
        try:
            return {
                "default_graph": [ox.NamedNode(iri) for iri in self.default_graphs],
                "named_graphs": [ox.NamedNode(iri) for iri in self.named_graphs],
            }
        except ValueError as exc:
            raise InputError(f"a dataset graph is not an IRI: {exc}") from None


class Engine(Protocol):
    def run(self, query: str, row_cap: int | None = None) -> Result: ...


def malformed(exc: Exception, query: str) -> InputError:
    return InputError(explain(query, str(exc)))


class OxigraphEngine:
    """The embedded pyoxigraph store; its default graph holds the merged named graphs
    (`kzkg.store.merge_into_default_graph`)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.prefixes = {name: str(ns) for name, ns in PREFIXES.items()}

    def raw(self, query: str, /, **substitutions: Any) -> Any:
        subs = {ox.Variable(k): v for k, v in substitutions.items()}
        try:
            return self.store.query(query, prefixes=self.prefixes, substitutions=subs)
        except SyntaxError as exc:
            raise malformed(exc, query) from None

    def run(
        self,
        query: str,
        row_cap: int | None = None,
        *,
        dataset: Dataset | None = None,
        base_iri: str | None = None,
    ) -> Result:
        options: dict[str, Any] = dataset.oxigraph() if dataset is not None else {}
        try:
            answer = self.store.query(query, prefixes=self.prefixes, base_iri=base_iri, **options)
        except SyntaxError as exc:
            raise malformed(exc, query) from None
        return from_oxigraph(answer, row_cap)


class RdflibEngine:
    """rdflib's own SPARQL engine over a Dataset whose default graph is the union."""

    def __init__(self, sources: list[Path], ontology: Path, ontology_iri: str) -> None:
        from rdflib import Dataset, URIRef

        self.dataset = Dataset(default_union=True)
        for path in sources:
            fmt = {".trig": "trig", ".nq": "nquads", ".nt": "nt"}.get(path.suffix, "turtle")
            if fmt in ("trig", "nquads"):
                self.dataset.parse(path, format=fmt)
            else:
                self.dataset.graph(URIRef(path.resolve().as_uri())).parse(path, format=fmt)
        self.dataset.graph(URIRef(ontology_iri)).parse(ontology, format="turtle")

    def run(self, query: str, row_cap: int | None = None, bindings: dict | None = None) -> Result:
        from rdflib import Literal, URIRef
        from rdflib.plugins.sparql import prepareQuery

        try:
            prepared = prepareQuery(query, initNs=dict(PREFIXES))
        except Exception as exc:  # pyparsing's ParseException and friends
            raise malformed(exc, query) from None
        init = {
            name: URIRef(t.value) if isinstance(t, ox.NamedNode) else Literal(t.value)
            for name, t in (bindings or {}).items()
        }
        answer = self.dataset.query(prepared, initBindings=init)
        if answer.type == "ASK":
            return Result("ask", boolean=bool(answer.askAnswer))
        if answer.type == "SELECT":
            variables = answer.vars or []
            names = [str(v) for v in variables]
            rows = [tuple(to_oxigraph_term(b.get(v)) for v in variables) for b in answer.bindings]
            truncated = row_cap is not None and len(rows) > row_cap
            return Result(
                "select", names, rows[:row_cap] if truncated else rows, truncated=truncated
            )
        triples = [
            ox.Triple(*(to_oxigraph_term(t) for t in triple)) for triple in answer.graph or []
        ]
        return Result("graph", triples=triples)


class EndpointEngine:
    """Any SPARQL 1.1 Protocol endpoint (Oxigraph server, Fuseki, Virtuoso, QLever)."""

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise InputError(f"endpoint must be an http(s) URL: {url}")
        self.url = url
        self.timeout = timeout

    def run(self, query: str, row_cap: int | None = None) -> Result:
        import httpx  # only here: ~40 ms of start-up no local query needs

        headers = {
            "Accept": "application/sparql-results+json, application/n-triples;q=0.9, "
            "text/turtle;q=0.8",
        }
        # Prefixes are declared in the text: a remote server knows nothing of ours.
        # `union-default-graph` asks Oxigraph for the union default graph; other
        # servers ignore it and are configured for it (docs/queries.md).
        data = {"query": sparql_prefixes() + query}
        try:
            reply = httpx.post(
                self.url,
                data=data,
                params={"union-default-graph": ""},
                headers=headers,
                timeout=self.timeout,
            )
        except httpx.HTTPError as exc:
            raise KzkgError(f"endpoint {self.url} unreachable: {exc}") from None
        if reply.status_code >= 400:
            detail = " ".join(reply.text.split())[:200]
            raise KzkgError(f"endpoint {self.url} answered {reply.status_code}: {detail}")
        media = reply.headers.get("content-type", "").split(";")[0].strip()
        if media in ("application/sparql-results+json", "application/json"):
            parsed = ox.parse_query_results(reply.content, format=ox.QueryResultsFormat.JSON)
            return from_oxigraph(parsed, row_cap)
        if media in ("application/sparql-results+xml", "application/xml"):
            parsed = ox.parse_query_results(reply.content, format=ox.QueryResultsFormat.XML)
            return from_oxigraph(parsed, row_cap)
        rdf = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE}
        if media in rdf:
            quads = ox.parse(reply.content, format=rdf[media])
            return Result("graph", triples=[q.triple for q in quads])
        raise KzkgError(f"endpoint {self.url} answered with unexpected type '{media}'")
