"""The graph as a network: actors, places, posts and facts as nodes.

Reads the built graph through `KnowledgeGraph` with a handful of SPARQL
queries and turns it into a networkx MultiDiGraph whose node data carries
everything a viewer needs (type, label, aliases, Wikidata link, dated
attributes, evidence quotes with their documents). Views, analytics and the
GraphML/GEXF export all start from this one model.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kzkg.dates import most_precise
from kzkg.store import KnowledgeGraph
from kzkg.views.classes import (
    ENTITY_CATEGORIES,
    category_of,
    class_ancestors,
    local_name,
    most_specific,
)
from kzkg.views.evidence import kept_evidence
from kzkg.views.figures import add_figures
from kzkg.vocab import KZ

WIKIDATA = re.compile(r"^http://www\.wikidata\.org/entity/Q\d+$")
WEB_URL = re.compile(r"^https?://[^\s<>\"'`]+$")

# Links that are node data, not edges of the network.
_NOT_EDGES = {str(KZ.evidence), str(KZ.wikidata), str(KZ.document)}
# kz:causedBy restates kz:causes backwards; draw each causal link once.
_INVERSES = {str(KZ.causedBy): str(KZ.causes)}
_DATE_PROPS = {str(KZ.date): "date", str(KZ.startDate): "start", str(KZ.endDate): "end"}

_NODES = """SELECT ?n ?type WHERE {
  VALUES ?top { kz:Entity kz:Fact }
  ?n a ?type . ?type rdfs:subClassOf* ?top .
  FILTER(isIRI(?n))
}"""
_LABELS = "SELECT ?x ?label WHERE { ?x rdfs:label ?label }"
_ALIASES = "SELECT ?x ?alias WHERE { ?x skos:altLabel ?alias }"
# The ontology's own properties, read one at a time: a scan of every triple
# for the kz: ones decodes each predicate of a large graph (evidence offsets
# and quotes are most of them) and took most of a view's time.
# Properties of evidence (its extractor, on every quote) describe no node.
_PROPERTIES = """SELECT DISTINCT ?p WHERE {
  VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty rdf:Property }
  ?p a ?kind .
  FILTER(STRSTARTS(STR(?p), STR(kz:)))
  FILTER NOT EXISTS { ?p rdfs:domain kz:Evidence }
}"""
_WITH = "SELECT ?s ?o WHERE {{ ?s <{p}> ?o . FILTER({test}(?o)) }}"
# Evidence links (a fact's kz:evidence, an evidence's kz:document) are node data,
# read by _EVIDENCE.
_EVIDENCE_LINKS = {str(KZ.evidence), str(KZ.document)}
# A quote from a document, or a curator's word (graph/curated.yaml: a note and
# a source instead of a quote).
_EVIDENCE = """SELECT ?n ?doc ?start ?end ?quote ?curator ?note ?source WHERE {
  ?n kz:evidence ?ev .
  OPTIONAL { ?ev oa:exact ?quote }
  OPTIONAL { ?ev kz:document ?doc }
  OPTIONAL { ?ev oa:start ?start } OPTIONAL { ?ev oa:end ?end }
  OPTIONAL { ?ev kz:curator ?curator }
  OPTIONAL { ?ev rdfs:comment ?note } OPTIONAL { ?ev rdfs:seeAlso ?source }
  FILTER(BOUND(?quote) || BOUND(?curator))
}"""
_DOCUMENTS = """SELECT ?doc ?id ?title ?published ?url ?publisher ?file WHERE {
  ?doc a kz:Document .
  OPTIONAL { ?doc kz:docId ?id } OPTIONAL { ?doc kz:title ?title }
  OPTIONAL { ?doc kz:published ?published } OPTIONAL { ?doc kz:url ?url }
  OPTIONAL { ?doc kz:publisherName ?publisher } OPTIONAL { ?doc kz:fileName ?file }
}"""


@dataclass
class Document:
    iri: str
    id: str
    title: str
    date: str | None = None
    url: str | None = None
    publisher: str | None = None
    file: str | None = None

    @property
    def web_url(self) -> str | None:
        """The URL when it is plain http(s), the only kind a page may link to."""
        return self.url if self.url and WEB_URL.match(self.url) else None


@dataclass
class GraphModel:
    """The network plus the documents its evidence comes from."""

    graph: nx.MultiDiGraph
    documents: dict[str, Document] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)

    def subgraph(self, nodes: Any) -> GraphModel:
        return GraphModel(induced(self.graph, nodes), self.documents, self.sources, self.labels)


def induced(graph: nx.MultiDiGraph, nodes: Any) -> nx.MultiDiGraph:
    """A copy of the subgraph on `nodes`, its nodes and edges in the graph's own order.
    (networkx's `subgraph(nodes).copy()` walks a small node set in set order, which
    changes with Python's hash seed: the same view came out in another order each run.)"""
    keep = set(nodes)
    sub = nx.MultiDiGraph()
    sub.graph.update(graph.graph)
    sub.add_nodes_from((n, dict(d)) for n, d in graph.nodes(data=True) if n in keep)
    sub.add_edges_from(
        (u, v, k, dict(d))
        for u, v, k, d in graph.edges(keys=True, data=True)
        if u in keep and v in keep
    )
    return sub


def load_model(kg: KnowledgeGraph, quotes: int | None = None) -> GraphModel:
    """Read the whole graph into a `GraphModel`; with `quotes`, each node keeps at most
    that many of its quotes (its `quotes` count and `documents` still cover them all)."""
    ancestors = class_ancestors(kg)
    labels: dict[str, str] = {}
    for row in kg.select(_LABELS):
        if row["x"] not in labels or row["label"] < labels[row["x"]]:
            labels[row["x"]] = row["label"]
    types: dict[str, set[str]] = defaultdict(set)
    for row in kg.select(_NODES):
        types[row["n"]].add(row["type"])

    graph = nx.MultiDiGraph()
    for iri in sorted(types):
        cls = most_specific(types[iri], ancestors)
        category = category_of(cls, ancestors)
        graph.add_node(
            iri,
            label=labels.get(iri) or local_name(iri),
            type=local_name(cls),
            type_label=labels.get(cls, local_name(cls)),
            category=category,
            kind="entity" if category in ENTITY_CATEGORIES else "fact",
            aliases=[],
            wikidata=None,
            facts=[],
            evidence=[],
            quotes=0,
            documents=[],
            date=None,
            start=None,
            end=None,
        )
    _add_aliases(kg, graph)
    _add_links(kg, graph, labels)
    _add_literals(kg, graph, labels)
    documents = _documents(kg)
    _add_evidence(kg, graph, documents, quotes)
    _spread_documents(graph)
    add_figures(kg, graph)
    return GraphModel(graph, documents, tuple(str(p) for p in kg.sources), labels)


def _add_aliases(kg: KnowledgeGraph, graph: nx.MultiDiGraph) -> None:
    for row in kg.select(_ALIASES):
        node = graph.nodes.get(row["x"])
        if (
            node is not None
            and row["alias"] != node["label"]
            and row["alias"] not in node["aliases"]
        ):
            node["aliases"].append(row["alias"])
    for _, data in graph.nodes(data=True):
        data["aliases"].sort()


def _triples(kg: KnowledgeGraph, test: str) -> list[dict[str, str]]:
    """Every triple of a kz: property (but the evidence links) whose object passes
    `test` (isIRI or isLiteral), as {s, p, o}."""
    found = []
    for prop in sorted(row["p"] for row in kg.select(_PROPERTIES)):
        if prop in _EVIDENCE_LINKS:
            continue
        for row in kg.select(_WITH.format(p=prop, test=test)):
            found.append({"s": row["s"], "p": prop, "o": row["o"]})
    return found


def _add_links(kg: KnowledgeGraph, graph: nx.MultiDiGraph, labels: dict[str, str]) -> None:
    seen: set[tuple[str, str, str]] = set()
    for row in sorted(_triples(kg, "isIRI"), key=lambda r: (r["s"], r["p"], r["o"])):
        s, p, o = row["s"], row["p"], row["o"]
        if s not in graph or p in _NOT_EDGES:
            if p == str(KZ.wikidata) and s in graph and WIKIDATA.match(o):
                graph.nodes[s]["wikidata"] = o
            continue
        if p in _INVERSES:
            s, p, o = o, _INVERSES[p], s
        if o not in graph:
            # A link to a thing that is not drawn (a claim type): keep it as a fact.
            if s in graph and o in labels:
                graph.nodes[s]["facts"].append([labels.get(p, local_name(p)), labels[o]])
            continue
        if (s, p, o) in seen:
            continue
        seen.add((s, p, o))
        graph.add_edge(s, o, key=p, predicate=p, label=labels.get(p, local_name(p)))


def _add_literals(kg: KnowledgeGraph, graph: nx.MultiDiGraph, labels: dict[str, str]) -> None:
    values: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in sorted(_triples(kg, "isLiteral"), key=lambda r: (r["s"], r["p"], r["o"])):
        if row["s"] in graph and row["o"] not in values[(row["s"], row["p"])]:
            values[(row["s"], row["p"])].append(row["o"])
    for (s, p), found in values.items():
        node, label = graph.nodes[s], labels.get(p, local_name(p))
        if p not in _DATE_PROPS:
            node["facts"] += [[label, v] for v in found if [label, v] not in node["facts"]]
            continue
        # One date per cell; the others documents give stay listed beside it.
        shown = most_precise(found)
        node[_DATE_PROPS[p]] = shown
        node["facts"].append([label, shown])
        others = sorted(d for d in found if d != shown)
        if others:
            node["facts"].append([f"{label}, also given", " | ".join(others)])


def _documents(kg: KnowledgeGraph) -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for row in kg.select(_DOCUMENTS):
        iri = row["doc"]
        if iri in docs:
            continue
        docs[iri] = Document(
            iri,
            row["id"] or local_name(iri),
            row["title"] or row["id"] or local_name(iri),
            row["published"],
            row["url"],
            row["publisher"],
            row["file"],
        )
    return dict(sorted(docs.items()))


def _add_evidence(
    kg: KnowledgeGraph,
    graph: nx.MultiDiGraph,
    docs: dict[str, Document],
    quotes: int | None = None,
) -> None:
    """Each node's evidence in (document, start, quote, curator) order, its
    documents and, as `quotes`, how many distinct spans it has; with `quotes`
    given, only that many are kept per node, and only those are read whole
    (kzkg/views/evidence.py). Rows are read as tuples: a large graph has millions."""
    if quotes is not None:
        _add_kept_evidence(kg, graph, docs, quotes)
        return
    seen: set[tuple[Any, ...]] = set()
    kept: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    documents: dict[str, set[str]] = defaultdict(set)
    nodes = graph.nodes
    for row in kg.sparql(_EVIDENCE):
        subject, doc_iri, start, end, quote, curator, note, source = (
            None if term is None else term.value for term in row
        )
        # Two extractors may cite the same span: show it once.
        span = (subject, doc_iri, start, end, quote, curator)
        if subject not in nodes or span in seen:
            continue
        n = str(subject)
        seen.add(span)
        doc = docs.get(doc_iri or "")
        counts[n] += 1
        if doc:
            documents[n].add(doc.id)
        begin = int(start) if start is not None else None
        key = (doc.id if doc else "", begin or 0, quote or "", curator or "")
        mine = kept[n]
        mine.append((key, (quote, doc, begin, end, curator, note, source)))
        if quotes is not None and len(mine) >= 2 * quotes + 64:
            mine.sort(key=_first)
            del mine[quotes:]
    del seen
    for node, data in graph.nodes(data=True):
        mine = sorted(kept.get(node, ()), key=_first)
        data["evidence"] = [_evidence(*payload) for _, payload in mine[:quotes]]
        data["quotes"] = counts.get(node, 0)
        data["documents"] = sorted(documents.get(node, ()))


def _add_kept_evidence(
    kg: KnowledgeGraph, graph: nx.MultiDiGraph, docs: dict[str, Document], quotes: int
) -> None:
    ids = {iri: doc.id for iri, doc in docs.items()}

    def order(row: tuple[Any, ...]) -> tuple[Any, ...]:
        doc, start, _, quote, curator, _, _ = row
        return (ids.get(doc or "", ""), _int(start) or 0, quote or "", curator or "")

    for node, count, documents, rows in kept_evidence(kg, graph.nodes, ids, quotes, order):
        data = graph.nodes[node]
        data["quotes"] = count
        data["documents"] = sorted(ids[d] for d in documents if d in ids)
        data["evidence"] = [
            _evidence(quote, docs.get(doc or ""), _int(start), end, curator, note, source)
            for doc, start, end, quote, curator, note, source in rows
        ]


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _first(item: tuple[Any, ...]) -> Any:
    return item[0]


def _evidence(
    quote: str | None,
    doc: Document | None,
    start: int | None,
    end: str | None,
    curator: str | None,
    note: str | None,
    source: str | None,
) -> dict[str, Any]:
    return {
        "quote": quote,
        "document": doc.id if doc else None,
        "title": doc.title if doc else None,
        "date": doc.date if doc else None,
        "start": start,
        "end": int(end) if end is not None else None,
        "curator": curator,
        "note": note,
        "source": source if source and WEB_URL.match(source) else None,
    }


def _spread_documents(graph: nx.MultiDiGraph) -> None:
    """An entity belongs to every document that states a fact about it."""
    extra: dict[str, set[str]] = defaultdict(set)
    for s, o in graph.edges():
        for a, b in ((s, o), (o, s)):
            if graph.nodes[a]["kind"] == "fact" and graph.nodes[b]["kind"] == "entity":
                extra[b].update(graph.nodes[a]["documents"])
    for node, docs in extra.items():
        data = graph.nodes[node]
        data["documents"] = sorted(set(data["documents"]) | docs)


def curation_text(ev: dict[str, Any]) -> str:
    """A curator's evidence (no quote) in one line: who, their note and source."""
    text = f"curated by {ev['curator']}"
    if ev.get("note"):
        text += f": {ev['note']}"
    if ev.get("source"):
        text += f" [{ev['source']}]"
    return text
