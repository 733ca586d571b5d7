"""A gold file: hand-checked facts of some documents, in the schema of
../shared/eval/gold_seeds.yaml (documented in docs/extraction.md).

Loading checks the shape only; whether the documents and quotes exist is
checked against the corpus in run.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kzkg.errors import InputError
from kzkg.evaluate.text import name_key

FACT_KINDS = ("roles", "events", "claims", "statistics")
KINDS = ("entities", *FACT_KINDS)


@dataclass(frozen=True)
class Quote:
    doc: str  # the gold file's key of the document
    text: str


@dataclass
class GoldFact:
    kind: str
    name: str  # how a report names it: an id, "holder: post", or what a statistic counts
    data: dict[str, Any]
    evidence: list[Quote] = field(default_factory=list)


@dataclass
class Gold:
    path: Path
    documents: dict[str, dict[str, Any]]
    entities: list[dict[str, Any]]
    facts: dict[str, list[GoldFact]]

    def synonyms(self) -> dict[str, set[str]]:
        """Each entity name -> every name of its entity: a fact's "Berik Asylov"
        is also right when the graph calls him by the alias "Berik Assylov"."""
        out: dict[str, set[str]] = {}
        for entity in self.entities:
            names = {name_key(str(n)) for n in [entity["label"], *(entity.get("aliases") or [])]}
            for name in names:
                out.setdefault(name, set()).update(names)
        return out

    def quotes(self) -> list[Quote]:
        return [q for facts in self.facts.values() for f in facts for q in f.evidence]


def alternatives(value: Any) -> list[str]:
    """Acceptable names for a slot, as name_key()s: a name, a list, or {any: [...]}."""
    if value is None:
        return []
    if isinstance(value, dict):
        value = value.get("any", [])
    if isinstance(value, (str, int, float)):
        value = [value]
    return [name_key(str(v)) for v in value]


def load_gold(path: Path) -> Gold:
    if not path.is_file():
        raise InputError(f"{path}: gold file does not exist")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" line {where.line + 1}" if where is not None else ""
        raise InputError(f"{path}{line}: not a readable YAML gold file") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("documents"), dict):
        raise InputError(f"{path}: a gold file needs a `documents:` mapping")
    documents = raw["documents"]
    for key, meta in documents.items():
        if not isinstance(meta, dict) or not meta.get("file"):
            raise InputError(f"{path}: document {key!r} has no `file`")
    facts = {
        kind: [
            _fact(path, kind, i, item, documents)
            for i, item in enumerate(_list(path, raw, kind), 1)
        ]
        for kind in FACT_KINDS
    }
    entities = _list(path, raw, "entities")
    for i, entity in enumerate(entities, 1):
        if not isinstance(entity, dict) or not entity.get("label") or not entity.get("type"):
            raise InputError(f"{path}: entities #{i} needs a label and a type")
    return Gold(path, documents, entities, facts)


def _list(path: Path, raw: dict, kind: str) -> list:
    items = raw.get(kind) or []
    if not isinstance(items, list):
        raise InputError(f"{path}: `{kind}:` must be a list")
    return items


def _fact(path: Path, kind: str, number: int, item: Any, documents: dict) -> GoldFact:
    where = f"{path}: {kind} #{number}"
    if not isinstance(item, dict):
        raise InputError(f"{where} is not a mapping")
    if kind == "statistics":
        evidence = [{"doc": item.get("doc"), "quote": item.get("quote")}]
        name = str(item.get("what", ""))
    else:
        evidence = item.get("evidence") or []
        posts = alternatives(item.get("post")) or ["?"]
        name = str(item.get("id") or f"{item.get('holder')} as {posts[0]}")
    required = {
        "roles": ("holder", "post"),
        "claims": ("claimant",),
        "events": ("type",),
        "statistics": ("value",),
    }[kind]
    for slot in required:
        if item.get(slot) is None:
            raise InputError(f"{where} has no `{slot}`")
    if not isinstance(evidence, list) or not evidence:
        raise InputError(f"{where} has no evidence")
    quotes = []
    for ev in evidence:
        if not isinstance(ev, dict) or not ev.get("doc") or not ev.get("quote"):
            raise InputError(f"{where}: evidence needs `doc` and `quote`")
        if ev["doc"] not in documents:
            raise InputError(f"{where}: unknown document {ev['doc']!r}")
        quotes.append(Quote(str(ev["doc"]), str(ev["quote"])))
    return GoldFact(kind, name, item, quotes)
