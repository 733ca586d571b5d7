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
from functools import cache, cached_property, lru_cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD
from rdflib.term import Node

from kzkg.build.emit import PREFIXES as WRITTEN_PREFIXES
from kzkg.build.emit import Row, written_iri, written_term
from kzkg.dates import PartialDate
from kzkg.errors import InputError, shown
from kzkg.ontology.files import parse_graph
from kzkg.paths import ontology_dir, ontology_file
from kzkg.vocab import PREFIXES
from kzkg.yamlfile import load_yaml

NAMESPACES = {
    **{name: str(ns) for name, ns in PREFIXES.items()},
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "time": "http://www.w3.org/2006/time#",
}
TIME = NAMESPACES["time"]


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

    @cached_property
    def written(self) -> _Written:
        """The table with every term as the TriG writer writes it."""
        return _Written(self)

    def rows(self, rows: Iterable[Row], context: Iterable[Row] = ()) -> set[Row]:
        """The aligned rows for `rows`, each in its source row's graph. Rows are
        aligned, not rdflib quads: a document's quads are written as rows
        (emit.result_rows), and rdflib hashes and compares terms in Python."""
        table = self.written
        rows = list(rows)
        out: set[Row] = set()
        for g, s, p, o in rows:
            if p == "a":
                out.update((g, s, "a", t) for t in table.types.get(o, ()))
            for q in table.properties.get(p, ()):
                out.add((g, s, q, o))
            if p in table.time and (stamps := _stamps(o)) is not None:
                out.update((g, s, prop, stamps[kind]) for kind, prop in table.time[p].items())
            if p in table.intervals and _stamps(o) is not None:
                out.update(_interval(g, s, o, *table.intervals[p]))
        out.update(self._chains(rows, context))
        return out

    def _chains(self, rows: list[Row], context: Iterable[Row]) -> set[Row]:
        table = self.written
        chains, firsts, laters = table.chains, table.firsts, table.laters
        if not chains:
            return set()
        # Only the chains' own predicates are read: their first steps from our rows,
        # their later steps from ours and the context's.
        links: dict[tuple[str, str], set[str]] = defaultdict(set)
        for _, s, p, o in (*rows, *context):
            if p in laters:
                links[(s, p)].add(o)
        by_predicate: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            if row[2] in firsts:
                by_predicate[row[2]].append(row)
        found: set[Row] = set()
        for target, path in chains:
            for g, s, _, o in by_predicate.get(path[0], ()):
                ends = {o}
                for step in path[1:]:
                    ends = {end for node in ends for end in links.get((node, step), ())}
                found.update((g, s, target, end) for end in ends)
        return found


class _Written:
    """An Alignment's terms as written (emit.written_term): "a", "kz:Event", "<...>"."""

    def __init__(self, table: Alignment) -> None:
        self.types = {
            written_term(c): [written_term(t) for t in types] for c, types in table.types.items()
        }
        self.properties = {
            written_term(p): [written_term(q) for q in qs] for p, qs in table.properties.items()
        }
        self.chains = [
            (written_term(t), [written_term(step) for step in path]) for t, path in table.chains
        ]
        self.firsts = {path[0] for _, path in self.chains}
        self.laters = {step for _, path in self.chains for step in path[1:]}
        self.time = {
            written_term(p): {kind: written_term(prop) for kind, prop in names.items()}
            for p, names in table.time.items()
        }
        self.intervals = {
            written_term(p): (written_term(link), written_term(side), _side_name(side))
            for p, (link, side) in table.intervals.items()
        }


def _side_name(side: URIRef) -> str:
    """time:hasBeginning -> beginning, time:hasEnd -> end."""
    return side.removeprefix(TIME).removeprefix("has").lower()


_TIME_TYPES = (written_term(URIRef(TIME + "Interval")), written_term(URIRef(TIME + "Instant")))
# OWL-Time's property for an instant's position, by the partial date's datatype.
_IN_XSD = {
    written_term(XSD.date): written_term(URIRef(TIME + "inXSDDate")),
    written_term(XSD.gYearMonth): written_term(URIRef(TIME + "inXSDgYearMonth")),
    written_term(XSD.gYear): written_term(URIRef(TIME + "inXSDgYear")),
}
_DATES = set(_IN_XSD)  # a partial date's datatypes, as written


@lru_cache(maxsize=4096)
def _stamps(value: str) -> dict[str, str] | None:
    """A written partial date's own literal and its first and last days (None for
    any other term): a document gives the same few dates to many facts."""
    lexical, _, datatype = value.rpartition('"^^')
    if not value.startswith('"') or datatype not in _DATES:
        return None
    date = PartialDate.parse(lexical[1:])
    return {
        "stamp": value,
        "first": written_term(Literal(date.start.isoformat(), datatype=XSD.date)),
        "last": written_term(Literal(date.end.isoformat(), datatype=XSD.date)),
    }


def _interval(g: str, subject: str, value: str, link: str, side: str, name: str) -> list[Row]:
    """`subject link interval`, the interval an OWL-Time time:Interval whose
    beginning or end (`side`, named `name`) is an instant at the partial date. The
    interval and its instants take IRIs from the subject, so a start and an end that
    two documents give meet on one interval."""
    interval = f"{_unwritten(subject)}/interval"
    written, instant = written_iri(interval), written_iri(f"{interval}/{name}")
    datatype = value.rpartition('"^^')[2]
    return [
        (g, subject, link, written),
        (g, written, "a", _TIME_TYPES[0]),
        (g, written, side, instant),
        (g, instant, "a", _TIME_TYPES[1]),
        (g, instant, _IN_XSD[datatype], value),
    ]


def _unwritten(iri: str) -> str:
    """The full IRI of a written one: "<...>" or a prefixed name."""
    if iri.startswith("<"):
        return iri[1:-1]
    prefix, _, local = iri.partition(":")
    return WRITTEN_PREFIXES[prefix] + local


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


def aligned_rows(
    rows: set[Row], context: Iterable[Row] = (), alignment: Alignment | None = None
) -> set[Row]:
    """Our rows with their aligned rows (by the project's table unless one is given)."""
    table = alignment if alignment is not None else load_alignment()
    return rows | table.rows(rows, context)
