"""Facts to RDF quads, and quads to TriG byte for byte the same on every build.

One named graph per document (its kz:Document, facts, evidence and entity
mention evidence), kzr:graph/resolution for entities, and kzr:graph/curated
for hand-added facts. The serializer is ours because rdflib's TriG output
order is not stable; it sorts quads and writes one subject block at a time.
A document's graph is written as rows of TriG terms straight from its facts
(`result_rows`), without making rdflib terms; the shared graphs' quads are
rdflib terms, written as rows (`rendered`) before they are aligned and sorted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import fields
from functools import lru_cache
from typing import Any

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
    evidence_name,
    fact_iri,
)

Quad = tuple[Node, Node, Node, URIRef]
# A quad as the TriG writer writes its terms: (graph, subject, predicate, object).
Row = tuple[str, str, str, str]
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


def result_rows(doc: Document, result: DocResult) -> set[Row]:
    """The document's named graph: its node, facts with evidence, mention evidence.
    Written as rows straight from the facts: made as rdflib terms first, then
    written, a document's thousand or more quads took a fifth of its rules' time."""
    g = written_term(document_graph(doc.id))
    rows = rendered(document_quads(doc))
    evidence = _evidence_rows(doc, g, rows)
    for fact in result.facts.values():
        subject = _value_text(fact.fkey)
        rows.add((g, subject, "a", _kz_text(fact.cls)))
        rows.add((g, subject, _LABEL_TEXT, _plain_text(fact.label)))
        for prop, value in fact.props:
            rows.add((g, subject, _kz_text(prop), _value_text(value)))
        for span in fact.evidence:
            rows.add((g, subject, _HAS_EVIDENCE_TEXT, evidence(span)))
    for key, span in result.mentions:
        rows.add((g, _value_text(key), _HAS_EVIDENCE_TEXT, evidence(span)))
    return rows


def _evidence_rows(doc: Document, g: str, rows: set[Row]) -> Callable[[Span], str]:
    """A function that writes a span's evidence node into `rows` and gives its IRI."""
    document = written_term(document_iri(doc.id))

    def evidence(span: Span) -> str:
        ev = written_iri(evidence_name(doc.id, span.start, span.end, span.extractor))
        rows.add((g, ev, "a", _EVIDENCE_TEXT))
        rows.add((g, ev, _DOCUMENT_TEXT, document))
        rows.add((g, ev, _START_TEXT, _integer_text(span.start)))
        rows.add((g, ev, _END_TEXT, _integer_text(span.end)))
        rows.add((g, ev, _EXACT_TEXT, _plain_text(doc.body[span.start : span.end])))
        rows.add((g, ev, _EXTRACTOR_TEXT, _plain_text(span.extractor)))
        return ev

    return evidence


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


def entity_rows(info: EntityInfo) -> tuple[Row, ...]:
    """`entity_quads(info)` as rows: a document's entities are the context its
    aligned chains read, and most of them recur from document to document."""
    values = ((f.name, getattr(info, f.name)) for f in fields(info))
    return _entity_rows(tuple((k, frozenset(v) if isinstance(v, set) else v) for k, v in values))


@lru_cache(maxsize=16_384)
def _entity_rows(values: tuple[tuple[str, Any], ...]) -> tuple[Row, ...]:
    thawed: dict[str, Any] = {k: set(v) if isinstance(v, frozenset) else v for k, v in values}
    info = EntityInfo(**thawed)
    return tuple(rendered(entity_quads(info)))


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


def written_iri(text: str) -> str:
    if text == _A:
        return "a"
    # A prefixed name when what follows the last '#' or '/' is a plain name.
    cut = max(text.rfind("#"), text.rfind("/")) + 1
    prefix = _PREFIX_OF.get(text[:cut])
    local = text[cut:]
    return f"{prefix}:{local}" if prefix is not None and local.isidentifier() else f"<{text}>"


def written_term(term: Node) -> str:
    # Plain str operations throughout: rdflib's own == and hash cost more than the rest.
    if isinstance(term, URIRef):
        return written_iri(str(term))
    if isinstance(term, Literal):
        text = _plain_text(str(term))
        if term.language:
            return f"{text}@{term.language}"
        datatype = term.datatype
        if datatype and str(datatype) != _PLAIN:
            return f"{text}^^{written_iri(str(datatype))}"
        return text
    raise TypeError(f"cannot serialise {term!r}")


def _plain_text(text: str) -> str:
    """`written_term(Literal(text))`, without the Literal; every literal's quoted text."""
    return f'"{_ESCAPED.sub(_escape, text)}"'


_INTEGER = written_iri(str(XSD.integer))


def _integer_text(number: int) -> str:
    """`written_term(Literal(number))` of an int, without the Literal."""
    return f'"{number}"^^{_INTEGER}'


@lru_cache(maxsize=1024)
def _kz_text(name: str) -> str:
    return written_iri(str(KZ) + name)


@lru_cache(maxsize=65_536)
def _value_text(value: Value) -> str:
    """A fact's key or a property's value as written: a document names the same
    entities, facts and dates again and again."""
    return written_term(node(value))


# The terms every fact and evidence node has, written once.
_LABEL_TEXT, _HAS_EVIDENCE_TEXT = written_iri(str(RDFS.label)), _kz_text("evidence")
_EVIDENCE_TEXT, _DOCUMENT_TEXT = _kz_text("Evidence"), _kz_text("document")
_START_TEXT, _END_TEXT, _EXACT_TEXT = (
    written_iri(str(OA) + name) for name in ("start", "end", "exact")
)
_EXTRACTOR_TEXT = _kz_text("extractor")


def rendered(quads: Iterable[Quad]) -> set[Row]:
    """The quads as rows of written terms."""
    quads = list(quads)  # kept alive while written: a term is known by its identity
    written: dict[int, str] = {}  # one graph, subject or evidence node in many quads

    def term(node: Node) -> str:
        text = written.get(id(node))
        if text is None:
            text = written[id(node)] = written_term(node)
        return text

    return {(term(g), term(s), term(p), term(o)) for s, p, o, g in quads}


def serialize_trig(quads: Iterable[Quad]) -> str:
    """TriG with graphs, subjects, predicates and objects in sorted order."""
    return write_rows(rendered(quads))


def write_rows(rows: Iterable[Row]) -> str:
    """TriG of the rows, with graphs, subjects, predicates and objects in sorted order."""
    out = [f"@prefix {name}: <{ns}> .\n" for name, ns in PREFIXES.items()]
    graph = subject = None
    for g, s, p, o in sorted(rows):
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
