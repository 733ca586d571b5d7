"""The data extraction hands to emit: entities, mentions and facts, all plain values.

Everything here is picklable and ordered deterministically, so a document's
result can be computed in a worker process or read from a cache and still
give the same graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kzkg.dates import PartialDate


@dataclass(frozen=True, order=True)
class EntityKey:
    kind: str  # person | organization | group | place | post
    label: str


@dataclass(frozen=True, order=True)
class FactKey:
    kind: str  # tenure | event | claim | statistic
    key: tuple[str, ...]


@dataclass(frozen=True, order=True)
class Lit:
    """A literal value: datatype is 'string', 'integer', 'decimal', 'duration', 'date'."""

    value: str
    datatype: str = "string"

    @classmethod
    def of_date(cls, date: PartialDate) -> Lit:
        return cls(date.iso(), "date")


Value = EntityKey | FactKey | Lit


@dataclass
class EntityInfo:
    key: EntityKey
    cls: str  # ontology class local name: Person, Country, Post, ...
    aliases: set[str] = field(default_factory=set)
    wikidata: str | None = None
    located_in: EntityKey | None = None
    post_in: EntityKey | None = None
    nationality: EntityKey | None = None


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    extractor: str


@dataclass
class Fact:
    fkey: FactKey
    cls: str  # Tenure, Claim, Statistic or an event class
    label: str
    props: set[tuple[str, Value]] = field(default_factory=set)
    evidence: set[Span] = field(default_factory=set)

    def add(self, prop: str, value: Value | None) -> None:
        if value is not None:
            self.props.add((prop, value))


@dataclass
class DocResult:
    """What one document states: its entities with mentions, and its facts."""

    doc_id: str
    entities: dict[EntityKey, EntityInfo] = field(default_factory=dict)
    mentions: set[tuple[EntityKey, Span]] = field(default_factory=set)
    facts: dict[FactKey, Fact] = field(default_factory=dict)

    def entity(self, info: EntityInfo) -> EntityKey:
        known = self.entities.get(info.key)
        if known is None:
            self.entities[info.key] = info
        else:
            known.aliases |= info.aliases
        return info.key

    def fact(self, fkey: FactKey, cls: str, label: str, span: Span) -> Fact:
        known = self.facts.get(fkey)
        if known is None:
            known = self.facts[fkey] = Fact(fkey, cls, label)
        known.evidence.add(span)
        return known
