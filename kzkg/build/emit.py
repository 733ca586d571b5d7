"""Facts to RDF quads, and quads to TriG byte for byte the same on every build.

One named graph per document (its kz:Document, facts, evidence and entity
mention evidence), kzr:graph/resolution for entities, and kzr:graph/curated
for hand-added facts. The serializer is ours because rdflib's TriG output
order is not stable; it sorts quads and writes one subject block at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kzkg.corpus import Document
from kzkg.dates import PartialDate
from kzkg.extract.model import DocResult, EntityInfo, EntityKey, FactKey, Span, Value
from kzkg.vocab import (
    KZ,
    OA,
    RESOLUTION_GRAPH,
    WD,
    document_graph,
    document_iri,
    entity_iri,
    evidence_iri,
    fact_iri,
)

Quad = tuple[Node, Node, Node, URIRef]
# A duration is its ISO 8601 text (kz:isoDuration): xsd:duration is outside OWL 2's datatypes.
DATATYPES = {"decimal": XSD.decimal, "integer": XSD.integer, "duration": XSD.string}


def node(value: Value) -> Node:
    if isinstance(value, EntityKey):
        return entity_iri(value.kind, value.label)
    if isinstance(value, FactKey):
        return fact_iri(value.kind, *value.key)
    if value.datatype == "date":
        return PartialDate.parse(value.value).literal()
    if value.datatype == "claimtype":
        return KZ[value.value]
    if value.datatype in DATATYPES:
        return Literal(value.value, datatype=DATATYPES[value.datatype])
    return Literal(value.value)


def _evidence(doc: Document, span: Span, graph: URIRef) -> tuple[URIRef, list[Quad]]:
    ev = evidence_iri(doc.id, span.start, span.end, span.extractor)
    return ev, [
        (ev, RDF.type, KZ.Evidence, graph),
        (ev, KZ.document, document_iri(doc.id), graph),
        (ev, OA.start, Literal(span.start), graph),
        (ev, OA.end, Literal(span.end), graph),
        (ev, OA.exact, Literal(doc.body[span.start : span.end]), graph),
        (ev, KZ.extractor, Literal(span.extractor), graph),
    ]


def document_quads(doc: Document) -> Iterator[Quad]:
    g, d = document_graph(doc.id), document_iri(doc.id)
    yield d, RDF.type, KZ.Document, g
    yield d, KZ.docId, Literal(doc.id), g
    yield d, KZ.fileName, Literal(doc.file_name), g
    for prop, value in (
        ("title", doc.title),
        ("publisherName", doc.publisher),
        ("language", doc.language),
        ("kind", doc.kind),
    ):
        if value:
            yield d, KZ[prop], Literal(value), g
    for author in doc.authors:
        yield d, KZ.authorName, Literal(author), g
    if doc.date is not None:
        yield d, KZ.published, doc.date.literal(), g
    if doc.url:
        yield d, KZ.url, Literal(doc.url, datatype=XSD.anyURI), g


def result_quads(doc: Document, result: DocResult) -> Iterator[Quad]:
    """The document's named graph: its node, facts with evidence, mention evidence."""
    g = document_graph(doc.id)
    yield from document_quads(doc)
    for fact in result.facts.values():
        subject = fact_iri(fact.fkey.kind, *fact.fkey.key)
        yield subject, RDF.type, KZ[fact.cls], g
        yield subject, RDFS.label, Literal(fact.label), g
        for prop, value in fact.props:
            yield subject, KZ[prop], node(value), g
        for span in fact.evidence:
            ev, quads = _evidence(doc, span, g)
            yield subject, KZ.evidence, ev, g
            yield from quads
    for key, span in result.mentions:
        ev, quads = _evidence(doc, span, g)
        yield entity_iri(key.kind, key.label), KZ.evidence, ev, g
        yield from quads


def entity_quads(info: EntityInfo, graph: URIRef = RESOLUTION_GRAPH) -> Iterator[Quad]:
    subject = entity_iri(info.key.kind, info.key.label)
    yield subject, RDF.type, KZ[info.cls], graph
    yield subject, RDFS.label, Literal(info.key.label), graph
    for alias in info.aliases - {info.key.label}:
        yield subject, SKOS.altLabel, Literal(alias), graph
    if info.wikidata:
        yield subject, KZ.wikidata, WD[info.wikidata], graph
    for prop, ref in (
        ("locatedIn", info.located_in),
        ("postIn", info.post_in),
        ("nationality", info.nationality),
    ):
        if ref is not None:
            yield subject, KZ[prop], entity_iri(ref.kind, ref.label), graph


# --- deterministic TriG ------------------------------------------------------
PREFIXES = {
    "kz": str(KZ),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "oa": str(OA),
    "xsd": str(XSD),
}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _term(term: Node) -> str:
    if isinstance(term, URIRef):
        if term == RDF.type:
            return "a"
        for prefix, ns in PREFIXES.items():
            local = str(term)[len(ns) :]
            if str(term).startswith(ns) and local.isidentifier():
                return f"{prefix}:{local}"
        return f"<{term}>"
    if isinstance(term, Literal):
        text = "".join(
            _ESCAPES.get(c, c) if c in _ESCAPES or c >= " " else f"\\u{ord(c):04X}"
            for c in str(term)
        )
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype and term.datatype != XSD.string:
            return f'"{text}"^^{_term(URIRef(term.datatype))}'
        return f'"{text}"'
    raise TypeError(f"cannot serialise {term!r}")


def serialize_trig(quads: Iterable[Quad]) -> str:
    """TriG with graphs, subjects, predicates and objects in sorted order."""
    rows = sorted({(_term(g), _term(s), _term(p), _term(o)) for s, p, o, g in quads})
    out = [f"@prefix {name}: <{ns}> .\n" for name, ns in PREFIXES.items()]
    graph = subject = None
    for g, s, p, o in rows:
        if g != graph:
            if graph is not None:
                out.append(" .\n}\n")
            out.append(f"\n{g} {{\n")
            graph, subject = g, None
        if s != subject:
            if subject is not None:
                out.append(" .\n")
            out.append(f"    {s}\n        {p} {o}")
            subject = s
        else:
            out.append(f" ;\n        {p} {o}")
    if graph is not None:
        out.append(" .\n}\n")
    return "".join(out)
