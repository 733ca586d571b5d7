"""Curator lexicons (ontology/lexicon/*.yaml): load, validate, and hand to extraction.

Every problem is reported on one line naming the file and the entry, so a
curator who mistypes an event class or forgets a label knows where to look.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from kzkg.dates import PartialDate
from kzkg.errors import InputError, shown
from kzkg.yamlfile import line_of, load_yaml

ENTITY_TYPES = {
    "Person": "person",
    "Organization": "organization",
    "CivilSocietyOrganization": "organization",
    "Group": "group",
    "Country": "place",
    "Region": "place",
    "City": "place",
    "Place": "place",
}
CLAIM_TYPES = ("statement", "allegation", "demand", "forecast", "denial", "explanation")
LIST_KEYS = (
    "post_words",
    "continuation_verbs",
    "occurrence_verbs",
    "cause_verbs",
    "cause_nouns",
    "forecast_markers",
    "non_factual_heads",
    "support_verbs",
    "of_is_agent",
    "object_is_participant",
    "object_takes_part",
    "ending_verbs",
    "hedge_words",
    "count_is_statistic",
    "state_nouns",
    "receiving_verbs",
    "reported_as_fact",
    "occupation_words",
    "kinship_words",
    "organization_nouns",
    "institution_nouns",
    "surname_endings",
    "organization_suffixes",
    "patronymic_endings",
    "female_surname_endings",
    "male_surname_endings",
    "not_names",
    "group_nouns",
    "place_nouns",
    "official_source",
    "units",
    "forecast_verbs",
    "staff_nouns",
    "object_verbs",
    "naming_verbs",
    "hedge_adverbs",
    "hedge_passives",
    "rebuttal_verbs",
    "disputed_nouns",
    "assessment_modals",
    "assessment_verbs",
    "evaluative_adjectives",
    "collective_nouns",
    "body_nouns",
    "not_speakers",
    "media_items",
    "spokes_nouns",
    "platforms",
    "false_words",
    "checked_labels",
    "text_nouns",
    "sourcing_verbs",
    "official_words",
    "media_words",
    "news_sources",
    "reciprocal_words",
    "count_nouns",
    "wish_nouns",
    "attending_verbs",
    "presiding_verbs",
    "ruling_verbs",
    "plan_verbs",
    "opposing_verbs",
    "readiness_words",
    "generic_words",
    "market_words",
    "abstract_objects",
)
# Sections that map a word to a word: count_verbs (a lemma to how a measure names
# what the verb did: kill -> killed), event_actors (an event word to the group that
# acts in it: protest -> protesters).
MAP_KEYS = ("count_verbs", "event_actors", "named_periods")


@dataclass(frozen=True)
class EntityEntry:
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    located_in: str | None = None
    nationality: str | None = None

    @property
    def kind(self) -> str:
        return ENTITY_TYPES[self.type]


@dataclass(frozen=True)
class Holding:
    holder: str
    start: PartialDate | None
    end: PartialDate | None


@dataclass(frozen=True)
class PostEntry:
    label: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    in_: str | None
    holders: tuple[Holding, ...]


@dataclass(frozen=True)
class Trigger:
    cls: str
    words: tuple[str, ...]
    pos: tuple[str, ...] = ()
    needs: frozenset[str] = frozenset()
    needs_object: bool = False
    # Agent-dependent triggers: only when (or never when) the agent is one of these
    # entity labels ("seized" by protesters is a riot, by security forces it is not).
    by: frozenset[str] = frozenset()
    not_by: frozenset[str] = frozenset()
    needs_in_clause: bool = False  # look for `needs` in the whole clause, not only nearby
    # "called on the police to refrain": a trigger verb that asks someone to do
    # something counts only when what is asked is one of these verbs ("to send troops").
    asks_to: frozenset[str] = frozenset()


class Words(tuple[str, ...]):
    """A lexicon list in the curator's order, whose `in` is a set lookup: the rules ask
    "is this word in list X" several thousand times per corpus, mostly of long lists."""

    members: frozenset[str]

    def __new__(cls, words: tuple[str, ...]) -> Words:
        made = super().__new__(cls, words)
        made.members = frozenset(made)
        return made

    def __contains__(self, word: object) -> bool:
        try:
            return word in self.members
        except TypeError:  # unhashable: compared one by one, as by a tuple
            return tuple.__contains__(self, word)


NO_WORDS = Words(())


@dataclass
class Lexicon:
    entities: list[EntityEntry] = field(default_factory=list)
    posts: list[PostEntry] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    claim_verbs: dict[str, str] = field(default_factory=dict)
    claim_nouns: dict[str, str] = field(default_factory=dict)
    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    maps: dict[str, dict[str, str]] = field(default_factory=dict)
    # "Kazakh" -> "Kazakhstan": a nationality adjective before a title names its country.
    nationalities: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""

    def words(self, name: str) -> Words:
        listed = self.lists.get(name, NO_WORDS)
        if type(listed) is not Words:  # a list as read or set: made Words once, kept
            listed = self.lists[name] = Words(listed)
        return listed

    def word_set(self, name: str) -> frozenset[str]:
        """The words of list `name` as a set, made once (rules test words against it)."""
        return self.words(name).members

    def told_nouns(self) -> set[str]:
        """Nouns that name what is said or disputed: the claim nouns ("X's claim that")
        and `disputed_nouns` ("reports that", "the narrative that")."""
        return set(self.claim_nouns) | self.word_set("disputed_nouns")

    @cached_property
    def claim_verb_lemmas(self) -> frozenset[str]:
        """The lemmas claim verbs start with ("call" of "call on"): a sentence without
        any of them has no reporting verb."""
        return frozenset(verb.split()[0] for verb in self.claim_verbs)

    @cached_property
    def event_words(self) -> frozenset[str]:
        """The one-word triggers of events ("arrests", "protests" are no speakers)."""
        return frozenset(w.lower() for t in self.triggers for w in t.words if " " not in w)

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Every post's titles and the post words ("spokesman"): what a mention that is
        only a title is made of. Gathered once: rules ask of every name."""
        titles = {t for post in self.posts for t in post.titles}
        return frozenset(titles | set(self.words("post_words")))

    def entity(self, label: str) -> EntityEntry | None:
        return self.by_label.get(label)

    @cached_property
    def by_label(self) -> dict[str, EntityEntry]:
        """Each label -> its entity (labels are unique: load_lexicon checks), gathered
        once: rules ask sentence by sentence."""
        return {entry.label: entry for entry in self.entities}

    @cached_property
    def alias_owners(self) -> dict[str, tuple[int, EntityEntry]]:
        """Each lower-cased alias -> the first entity that has it, with its place in
        the lexicon. Gathered once: rules look phrases up sentence by sentence."""
        owners: dict[str, tuple[int, EntityEntry]] = {}
        for n, entry in enumerate(self.entities):
            for alias in entry.aliases:
                owners.setdefault(alias.lower(), (n, entry))
        return owners


class _Reader:
    """Validates one file's entries, raising InputError naming file and entry."""

    def __init__(self, path: Path, event_classes: set[str]) -> None:
        self.path = path
        self.event_classes = event_classes

    def fail(self, where: str, problem: str, line: int | None = None) -> InputError:
        place = f"{shown(self.path)}:{line}" if line else shown(self.path)
        return InputError(f"{place}: {where}: {problem}")

    def strings(self, where: str, value: Any, name: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
            raise self.fail(where, f"'{name}' must be a list of text")
        return tuple(str(v).strip() for v in value if str(v).strip())

    def mapping(self, where: str, value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be a mapping of field: value")
        return value

    def label(self, where: str, entry: dict[str, Any]) -> str:
        label = entry.get("label")
        if not isinstance(label, str) or not label.strip():
            raise self.fail(where, "missing 'label'")
        return label.strip()

    def date(self, where: str, entry: dict[str, Any], key: str) -> PartialDate | None:
        value = entry.get(key)
        if value is None:
            return None
        try:
            return PartialDate.parse(str(value))  # load_yaml keeps dates as text
        except ValueError as exc:
            raise self.fail(where, f"'{key}': {exc}", line_of(entry, key)) from None

    def entity(self, n: int, raw: Any, default_type: str | None) -> EntityEntry:
        entry = self.mapping(f"entry {n}", raw)
        label = self.label(f"entry {n}", entry)
        where = f"entry {n} ({label})"
        kind = entry.get("type", default_type)
        if kind not in ENTITY_TYPES:
            raise self.fail(where, f"unknown type {kind!r} (use {', '.join(ENTITY_TYPES)})")
        wikidata = entry.get("wikidata")
        if wikidata is not None and not (
            isinstance(wikidata, str) and wikidata[:1] == "Q" and wikidata[1:].isdigit()
        ):
            raise self.fail(where, f"wikidata must look like Q123, not {wikidata!r}")
        return EntityEntry(
            label=label,
            type=kind,
            aliases=self.strings(where, entry.get("aliases"), "aliases"),
            wikidata=wikidata,
            located_in=entry.get("located_in"),
            nationality=entry.get("nationality"),
        )

    def post(self, n: int, raw: Any) -> PostEntry:
        entry = self.mapping(f"entry {n}", raw)
        label = self.label(f"entry {n}", entry)
        where = f"entry {n} ({label})"
        holders = []
        for h in entry.get("holders") or []:
            h = self.mapping(where, h)
            if not isinstance(h.get("holder"), str):
                raise self.fail(where, "each holder needs 'holder: NAME'")
            holders.append(
                Holding(h["holder"], self.date(where, h, "start"), self.date(where, h, "end"))
            )
        return PostEntry(
            label=label,
            aliases=self.strings(where, entry.get("aliases"), "aliases"),
            titles=tuple(t.lower() for t in self.strings(where, entry.get("titles"), "titles")),
            in_=entry.get("in"),
            holders=tuple(holders),
        )

    def trigger(self, n: int, raw: Any) -> Trigger:
        entry = self.mapping(f"entry {n}", raw)
        cls = entry.get("class")
        where = f"entry {n} ({cls})"
        if cls not in self.event_classes:
            raise self.fail(
                where, f"unknown event class {cls!r}: not a kz:Event subclass in ontology/kzkg.ttl"
            )
        words = self.strings(where, entry.get("words"), "words")
        if not words:
            raise self.fail(where, "missing 'words'")
        return Trigger(
            cls=cls,
            words=tuple(w.lower() for w in words),
            pos=self.strings(where, entry.get("pos"), "pos"),
            needs=frozenset(w.lower() for w in self.strings(where, entry.get("needs"), "needs")),
            needs_object=bool(entry.get("needs_object", False)),
            by=frozenset(w.lower() for w in self.strings(where, entry.get("by"), "by")),
            not_by=frozenset(w.lower() for w in self.strings(where, entry.get("not_by"), "not_by")),
            needs_in_clause=entry.get("needs_in") == "clause",
            asks_to=frozenset(
                w.lower() for w in self.strings(where, entry.get("asks_to"), "asks_to")
            ),
        )


def _entries(reader: _Reader, value: Any, key: str) -> list[Any]:
    if not isinstance(value, list):
        raise reader.fail(key, "must be a list of entries")
    return value


def _merge_file(lex: Lexicon, reader: _Reader, data: dict[str, Any]) -> None:
    defaults = {"entities": None, "places": "Place", "groups": "Group"}
    for key, value in data.items():
        if key in defaults:
            for n, raw in enumerate(_entries(reader, value, key), 1):
                lex.entities.append(reader.entity(n, raw, defaults[key]))
        elif key == "posts":
            lex.posts += [
                reader.post(n, raw) for n, raw in enumerate(_entries(reader, value, key), 1)
            ]
        elif key == "triggers":
            lex.triggers += [
                reader.trigger(n, raw) for n, raw in enumerate(_entries(reader, value, key), 1)
            ]
        elif key == "verbs":
            for ctype, words in reader.mapping(key, value).items():
                if ctype not in CLAIM_TYPES:
                    raise reader.fail(
                        f"verbs: {ctype}", f"unknown claim type (use {', '.join(CLAIM_TYPES)})"
                    )
                for word in reader.strings(f"verbs: {ctype}", words, ctype):
                    lex.claim_verbs[word.lower()] = ctype
        elif key == "nouns":
            for noun, ctype in reader.mapping(key, value).items():
                if ctype not in CLAIM_TYPES:
                    raise reader.fail(f"nouns: {noun}", f"unknown claim type {ctype!r}")
                lex.claim_nouns[str(noun).lower()] = ctype
        elif key in MAP_KEYS:
            for word, name in reader.mapping(key, value).items():
                if not isinstance(name, str) or not str(word).strip():
                    raise reader.fail(f"{key}: {word}", "must map a word to a word")
                lex.maps.setdefault(key, {})[str(word).strip().lower()] = name.strip().lower()
        elif key == "nationalities":
            for adjective, country in reader.mapping(key, value).items():
                lex.nationalities[str(adjective).lower()] = str(country)
        elif key in LIST_KEYS:
            words = reader.strings(key, value, key)
            lex.lists[key] = lex.lists.get(key, ()) + tuple(w.lower() for w in words)
        else:
            raise reader.fail(key, "unknown section")


def _check_references(lex: Lexicon, folder: Path) -> None:
    labels = {e.label for e in lex.entities}
    seen: set[str] = set()
    for e in lex.entities:
        if e.label in seen:
            raise InputError(f"{shown(folder)}: entity {e.label!r} is listed twice")
        seen.add(e.label)
        for ref in (e.located_in, e.nationality):
            if ref is not None and ref not in labels:
                raise InputError(f"{shown(folder)}: entity {e.label!r}: unknown place {ref!r}")
    for word, group in lex.maps.get("event_actors", {}).items():
        if group not in {label.lower() for label in labels}:
            raise InputError(f"{shown(folder)}: event_actors: {word}: unknown entity {group!r}")
    for source in lex.words("official_source"):
        if source not in {label.lower() for label in labels}:
            raise InputError(f"{shown(folder)}: official_source: unknown entity {source!r}")
    for adjective, country in lex.nationalities.items():
        if country not in labels:
            raise InputError(
                f"{shown(folder)}: nationality {adjective!r}: unknown place {country!r}"
            )
    for p in lex.posts:
        if p.in_ is not None and p.in_ not in labels:
            raise InputError(f"{shown(folder)}: post {p.label!r}: unknown 'in' {p.in_!r}")
        for h in p.holders:
            if h.holder not in labels:
                raise InputError(f"{shown(folder)}: post {p.label!r}: unknown holder {h.holder!r}")


def event_classes(ontology: Path) -> set[str]:
    """Local names of kz:Event and its subclasses, read from the ontology."""
    from rdflib.namespace import RDFS

    from kzkg.ontology.files import parse_graph
    from kzkg.vocab import KZ

    graph = parse_graph(ontology)  # a syntax error is one line, FILE:LINE
    found = {str(KZ.Event)}
    for cls in graph.transitive_subjects(RDFS.subClassOf, KZ.Event):
        found.add(str(cls))
    return {str(c)[len(str(KZ)) :] for c in found}


def load_lexicon(folder: Path, ontology: Path) -> Lexicon:
    """Read every *.yaml file of the lexicon folder, sorted, into one Lexicon."""
    if not folder.is_dir():
        raise InputError(f"{shown(folder)}: lexicon folder does not exist")
    classes = event_classes(ontology)
    lex = Lexicon()
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.yaml")):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{shown(path)}: not UTF-8") from None
        data = load_yaml(text, path) or {}
        reader = _Reader(path, classes)
        _merge_file(lex, reader, reader.mapping("top level", data))
    _check_references(lex, folder)
    lex.fingerprint = digest.hexdigest()[:16]
    return lex
