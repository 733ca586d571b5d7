"""Facts to RDF quads, and quads to TriG byte for byte the same on every build.

One named graph per document (its kz:Document, facts, evidence and entity
mention evidence), kzr:graph/resolution for entities, and kzr:graph/curated
for hand-added facts. The serializer is ours because rdflib's TriG output
order is not stable; it sorts quads and writes one subject block at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

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


# The terms every evidence node has, made once: a namespace makes a new URIRef,
# checked by rdflib, on every use, and a build writes six quads per quote.
_EVIDENCE, _DOCUMENT, _EXTRACTOR = KZ.Evidence, KZ.document, KZ.extractor
_START, _END, _EXACT = OA.start, OA.end, OA.exact
_HAS_EVIDENCE, _LABEL, _TYPE = KZ.evidence, RDFS.label, RDF.type


@lru_cache(maxsize=16_384, typed=True)
def _literal(value: str | int) -> Literal:
    """rdflib's Literal of a plain string or an integer, made once: rdflib works out
    each one's type at length, and a build writes the same offsets, quotes, labels
    and extractor names many times."""
    return Literal(value)


def _evidence(doc: Document, span: Span, graph: URIRef) -> tuple[URIRef, list[Quad]]:
    ev = evidence_iri(doc.id, span.start, span.end, span.extractor)
    return ev, [
        (ev, _TYPE, _EVIDENCE, graph),
        (ev, _DOCUMENT, document_iri(doc.id), graph),
        (ev, _START, _literal(span.start), graph),
        (ev, _END, _literal(span.end), graph),
        (ev, _EXACT, _literal(doc.body[span.start : span.end]), graph),
        (ev, _EXTRACTOR, _literal(span.extractor), graph),
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
        yield subject, _TYPE, KZ[fact.cls], g
        yield subject, _LABEL, _literal(fact.label), g
        for prop, value in fact.props:
            yield subject, KZ[prop], node(value), g
        for span in fact.evidence:
            ev, quads = _evidence(doc, span, g)
            yield subject, _HAS_EVIDENCE, ev, g
            yield from quads
    for key, span in result.mentions:
        ev, quads = _evidence(doc, span, g)
        yield entity_iri(key.kind, key.label), _HAS_EVIDENCE, ev, g
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
_ESCAPED = re.compile(r'[\\"\x00-\x1f]')  # those and the other control characters
_PREFIX_OF = {ns: prefix for prefix, ns in PREFIXES.items()}  # each ends in '#' or '/'
_A = str(RDF.type)
_PLAIN = str(XSD.string)


def _escape(match: re.Match[str]) -> str:
    c = match[0]
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


def _iri(text: str) -> str:
    if text == _A:
        return "a"
    # A prefixed name when what follows the last '#' or '/' is a plain name.
    cut = max(text.rfind("#"), text.rfind("/")) + 1
    prefix = _PREFIX_OF.get(text[:cut])
    local = text[cut:]
    return f"{prefix}:{local}" if prefix is not None and local.isidentifier() else f"<{text}>"


def _term(term: Node) -> str:
    # Plain str operations throughout: rdflib's own == and hash cost more than the rest.
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, Literal):
        text = _ESCAPED.sub(_escape, str(term))
        if term.language:
            return f'"{text}"@{term.language}'
        datatype = term.datatype
        if datatype and str(datatype) != _PLAIN:
            return f'"{text}"^^{_iri(str(datatype))}'
        return f'"{text}"'
    raise TypeError(f"cannot serialise {term!r}")


def serialize_trig(quads: Iterable[Quad]) -> str:
    """TriG with graphs, subjects, predicates and objects in sorted order."""
    quads = list(quads)  # kept alive while written: a term is known by its identity
    written: dict[int, str] = {}  # one graph, subject or evidence node in many quads

    def term(node: Node) -> str:
        text = written.get(id(node))
        if text is None:
            text = written[id(node)] = _term(node)
        return text

    rows = sorted({(term(g), term(s), term(p), term(o)) for s, p, o, g in quads})
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
