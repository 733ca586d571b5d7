"""Curated facts (graph/curated.yaml): added or corrected by hand, credited to a curator.

They go to kzr:graph/curated, apart from extracted facts. A curated tenure
or event uses the same key as an extracted one, so it lands on the same node
and adds a curator's evidence to it. Entity names must be lexicon labels or
aliases; every problem is one line naming the file and the fact.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kzkg.build.emit import Quad, entity_quads, node
from kzkg.dates import PartialDate
from kzkg.errors import InputError, shown
from kzkg.extract.events import class_words
from kzkg.extract.model import EntityKey, FactKey, Lit
from kzkg.extract.resolve import Resolver
from kzkg.lexicon import Lexicon
from kzkg.vocab import CURATED_GRAPH, KZ, KZR, digest, fact_iri
from kzkg.yamlfile import line_of, load_yaml

EVENT_ROLES = {
    "agents": "agent",
    "participants": "participant",
    "targets": "target",
    "places": "place",
}


class _Fact:
    def __init__(self, path: Path, n: int, raw: Any, lexicon: Lexicon, classes: set[str]) -> None:
        self.path, self.n, self.lexicon, self.raw = path, n, lexicon, raw
        if not isinstance(raw, dict):
            raise self.fail("must be a mapping of field: value")
        self.classes = classes
        self.names = {name.lower(): e for e in lexicon.entities for name in (e.label, *e.aliases)}
        self.posts = {name.lower(): p for p in lexicon.posts for name in (p.label, *p.aliases)}

    def fail(self, problem: str, field: str | None = None) -> InputError:
        line = line_of(self.raw, field)
        where = f"{shown(self.path)}:{line}" if line else shown(self.path)
        return InputError(f"{where}: fact {self.n}: {problem}")

    def text(self, name: str, required: bool = True) -> str | None:
        value = self.raw.get(name)
        if value is None and not required:
            return None
        if not isinstance(value, (str, int)) or not str(value).strip():
            raise self.fail(f"missing '{name}'")
        return str(value).strip()

    def entity(self, name: str) -> EntityKey:
        entry = self.names.get(name.lower())
        if entry is None:
            raise self.fail(f"unknown entity {name!r} (add it to ontology/lexicon first)")
        return EntityKey(entry.kind, entry.label)

    def date(self, name: str) -> Lit | None:
        value = self.raw.get(name)
        if value is None:
            return None
        try:
            return Lit.of_date(PartialDate.parse(str(value)))
        except ValueError as exc:
            raise self.fail(f"'{name}': {exc}", name) from None

    def build(self) -> tuple[FactKey, str, str, list[tuple[str, Any]]]:
        kind = self.text("kind")
        if kind == "tenure":
            holder = self.entity(self.text("holder") or "")
            post_name = self.text("post") or ""
            post = self.posts.get(post_name.lower())
            if post is None:
                raise self.fail(
                    f"unknown post {post_name!r} (add it to ontology/lexicon/posts.yaml)"
                )
            post_key = EntityKey("post", post.label)
            props = [
                ("holder", holder),
                ("post", post_key),
                ("startDate", self.date("start")),
                ("endDate", self.date("end")),
            ]
            for role in ("predecessor", "successor"):
                if self.raw.get(role):
                    props.append((role, self.entity(str(self.raw[role]))))
            fkey = FactKey("tenure", (holder.label, post.label))
            return fkey, "Tenure", f"{holder.label} as {post.label}", props
        if kind == "event":
            cls = self.text("class") or ""
            if cls not in self.classes:
                raise self.fail(f"unknown event class {cls!r}")
            props = [("date", self.date("date"))]
            for field, role in EVENT_ROLES.items():
                names = self.raw.get(field) or []
                if not isinstance(names, list):
                    raise self.fail(f"'{field}' must be a list of names")
                props += [(role, self.entity(str(name))) for name in names]
            key_part = self.text("key", required=False) or ""
            date = self.date("date")
            fkey = FactKey("event", (cls, key_part, date.value[:7] if date else ""))
            label = self.text("label", required=False) or class_words(cls)
            return fkey, cls, label, props
        raise self.fail(f"unknown kind {kind!r} (use tenure or event)")


def load_curation(path: Path, lexicon: Lexicon, classes: set[str]) -> list[Quad]:
    """Quads of kzr:graph/curated; nothing when the file does not exist."""
    if not path.is_file():
        return []
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{shown(path)}: not UTF-8 (byte at offset {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{shown(path)}: cannot read: {exc.strerror}") from None
    data = load_yaml(text, path) or {}
    facts = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(facts, list):
        raise InputError(f"{shown(path)}: expected a top-level 'facts:' list")
    resolver = Resolver(lexicon)
    quads: list[Quad] = []
    g = CURATED_GRAPH
    for n, raw in enumerate(facts, 1):
        fact = _Fact(path, n, raw, lexicon, classes)
        curator = fact.text("curator") or ""
        fkey, cls, label, props = fact.build()
        subject = fact_iri(fkey.kind, *fkey.key)
        ev = KZR[f"evidence/curated/{digest(n, curator, fkey)}"]
        quads += [
            (subject, RDF.type, KZ[cls], g),
            (subject, RDFS.label, Literal(label), g),
            (subject, KZ.evidence, ev, g),
            (ev, RDF.type, KZ.Evidence, g),
            (ev, KZ.curator, Literal(curator), g),
        ]
        note = fact.text("note", required=False)
        if note:
            quads.append((ev, RDFS.comment, Literal(note), g))
        source = fact.text("source", required=False)
        if source:
            quads.append((ev, RDFS.seeAlso, URIRef(source), g))
        for prop, value in props:
            if value is None:
                continue
            quads.append((subject, KZ[prop], node(value), g))
            if isinstance(value, EntityKey):
                info = (
                    resolver.post_info(resolver.posts[value.label])
                    if value.kind == "post"
                    else resolver.known(value.label)
                )
                quads += list(entity_quads(info))
    return quads
