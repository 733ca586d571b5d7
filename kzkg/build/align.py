"""Standard-vocabulary quads (ORG, SEM, PROV, Dublin Core, Web Annotation) beside ours.

The ontology states the alignment as axioms, which only a reasoner reads; a
plain SPARQL store answers what is written. So the build writes, in the same
named graph as each quad of ours, the aligned quads that ontology/alignment.yaml
asks for. They are derived from our quads alone (plus, for chains such as
org:organization = kz:post/kz:postIn, the resolution graph's entity quads given
as context), so a rebuild gives the same graph and no extractor knows of them.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.term import Node

from kzkg.dates import PartialDate
from kzkg.errors import InputError, shown
from kzkg.ontology.files import parse_graph
from kzkg.paths import ontology_dir, ontology_file
from kzkg.vocab import PREFIXES
from kzkg.yamlfile import load_yaml

Quad = tuple[Node, Node, Node, URIRef]
NAMESPACES = {
    **{name: str(ns) for name, ns in PREFIXES.items()},
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "time": "http://www.w3.org/2006/time#",
}
_DATES = {XSD.date, XSD.gYearMonth, XSD.gYear}
_TYPE = RDF.type  # made once: rdflib's namespace makes the term anew on each use
TIME = NAMESPACES["time"]
# OWL-Time's property for an instant's position, by the partial date's datatype.
_IN_XSD: dict[URIRef | None, URIRef] = {
    XSD.date: URIRef(TIME + "inXSDDate"),
    XSD.gYearMonth: URIRef(TIME + "inXSDgYearMonth"),
    XSD.gYear: URIRef(TIME + "inXSDgYear"),
}


def alignment_file() -> Path:
    return ontology_dir() / "alignment.yaml"


@dataclass
class Alignment:
    """The table, with each kz: class's aligned types gathered from its superclasses."""

    types: dict[Node, list[URIRef]] = field(default_factory=dict)
    properties: dict[Node, list[URIRef]] = field(default_factory=dict)
    chains: list[tuple[URIRef, list[URIRef]]] = field(default_factory=list)
    time: dict[Node, dict[str, URIRef]] = field(default_factory=dict)
    intervals: dict[Node, tuple[URIRef, URIRef]] = field(default_factory=dict)

    def quads(self, quads: Iterable[Quad], context: Iterable[Quad] = ()) -> list[Quad]:
        """The aligned quads for `quads`, each in its source quad's graph."""
        quads = list(quads)
        out: set[Quad] = set()
        for s, p, o, g in quads:
            if p == _TYPE:
                out.update((s, _TYPE, t, g) for t in self.types.get(o, []))
            for q in self.properties.get(p, []):
                out.add((s, q, o, g))
            if p in self.time and isinstance(o, Literal) and o.datatype in _DATES:
                out.update(_time_stamps(s, o, self.time[p], g))
            if p in self.intervals and isinstance(o, Literal) and o.datatype in _DATES:
                out.update(_interval(s, o, *self.intervals[p], g))
        out.update(self._chains(quads, context))
        return list(out)

    def _chains(self, quads: list[Quad], context: Iterable[Quad]) -> set[Quad]:
        if not self.chains:
            return set()
        # Only the chains' own predicates are read: their first steps from our quads,
        # grouped once, and their later steps from ours and the context (rdflib hashes
        # and compares terms in Python, and most quads are of no chain).
        firsts = {path[0] for _, path in self.chains}
        laters = {step for _, path in self.chains for step in path[1:]}
        links: dict[tuple[Node, Node], set[Node]] = defaultdict(set)
        for s, p, o, _ in (*quads, *context):
            if p in laters:
                links[(s, p)].add(o)
        by_predicate: dict[Node, list[Quad]] = defaultdict(list)
        for quad in quads:
            if quad[1] in firsts:
                by_predicate[quad[1]].append(quad)
        found: set[Quad] = set()
        for target, path in self.chains:
            for s, _, o, g in by_predicate.get(path[0], ()):
                ends = {o}
                for step in path[1:]:
                    ends = {end for node in ends for end in links.get((node, step), ())}
                found.update((s, target, end, g) for end in ends)
        return found


def _time_stamps(subject: Node, value: Literal, names: dict[str, URIRef], graph: URIRef) -> list:
    stamps = _stamps(value)
    return [(subject, prop, stamps[kind], graph) for kind, prop in names.items()]


@lru_cache(maxsize=4096)
def _stamps(value: Literal) -> dict[str, Literal]:
    """A partial date's own literal and its first and last days: a document gives
    the same few dates to many facts, and rdflib makes a literal slowly."""
    date = PartialDate.parse(str(value))
    return {
        "stamp": value,
        "first": Literal(date.start.isoformat(), datatype=XSD.date),
        "last": Literal(date.end.isoformat(), datatype=XSD.date),
    }


def _interval(subject: Node, value: Literal, link: URIRef, side: URIRef, graph: URIRef) -> list:
    """`subject link interval`, the interval an OWL-Time time:Interval whose
    beginning or end (`side`) is an instant at the partial date. The interval
    and its instants take IRIs from the subject, so a start and an end that two
    documents give meet on one interval."""
    interval = URIRef(f"{subject}/interval")
    name = side.removeprefix(TIME).removeprefix("has").lower()  # beginning, end
    instant = URIRef(f"{interval}/{name}")
    return [
        (subject, link, interval, graph),
        (interval, RDF.type, URIRef(TIME + "Interval"), graph),
        (interval, side, instant, graph),
        (instant, RDF.type, URIRef(TIME + "Instant"), graph),
        (instant, _IN_XSD[value.datatype], value, graph),
    ]


def _iri(text: object, where: Path) -> URIRef:
    prefix, _, local = str(text).partition(":")
    if prefix not in NAMESPACES or not local:
        raise InputError(f"{shown(where)}: {text!r} is not a term of a known prefix")
    return URIRef(NAMESPACES[prefix] + local)


def _iris(value: object, where: Path) -> list[URIRef]:
    return [_iri(v, where) for v in (value if isinstance(value, list) else [value])]


def _subclasses(ontology: Path) -> dict[URIRef, set[URIRef]]:
    """Each kz: class with every kz: class below it (itself included)."""
    graph = parse_graph(ontology)
    below: dict[URIRef, set[URIRef]] = defaultdict(set)
    for cls in set(graph.subjects(RDFS.subClassOf)) | set(graph.objects(None, RDFS.subClassOf)):
        if isinstance(cls, URIRef):
            for sup in graph.transitive_objects(cls, RDFS.subClassOf):
                below[sup].add(cls)  # type: ignore[index]
    return below


def parse_alignment(table: Path, ontology: Path) -> Alignment:
    data = load_yaml(table.read_text(encoding="utf-8"), table) or {}
    below = _subclasses(ontology)
    align = Alignment()
    gathered: dict[Node, set[URIRef]] = defaultdict(set)
    for cls, types in (data.get("types") or {}).items():
        top = _iri(cls, table)
        for sub in below.get(top, {top}) | {top}:
            gathered[sub].update(_iris(types, table))
    align.types = {cls: sorted(types) for cls, types in gathered.items()}
    for prop, targets in (data.get("properties") or {}).items():
        align.properties[_iri(prop, table)] = _iris(targets, table)
    for target, path in (data.get("chains") or {}).items():
        align.chains.append((_iri(target, table), _iris(path, table)))
    for prop, names in (data.get("time") or {}).items():
        align.time[_iri(prop, table)] = {k: _iri(v, table) for k, v in names.items()}
    for prop, pair in (data.get("intervals") or {}).items():
        link, *side = _iris(pair, table)
        if len(side) != 1:
            raise InputError(f"{shown(table)}: intervals: {prop}: give [link, side]")
        align.intervals[_iri(prop, table)] = (link, side[0])
    return align


@cache
def _cached(table: Path, ontology: Path, stamp: str) -> Alignment:
    return parse_alignment(table, ontology)


def load_alignment() -> Alignment:
    """The project's table (none: no aligned quads), read again when a file changes."""
    table, ontology = alignment_file(), ontology_file()
    if not table.is_file():
        return Alignment()
    stamp = hashlib.sha256(table.read_bytes() + b"\0" + ontology.read_bytes()).hexdigest()
    return _cached(table, ontology, stamp)


def aligned(quads: Iterable[Quad], context: Iterable[Quad] = ()) -> list[Quad]:
    """Our quads followed by their aligned quads."""
    quads = list(quads)
    return quads + load_alignment().quads(quads, context)
