"""Walk the parsed corpus and note what the lexicons do not know: names the
model found (PERSON, ORG, GPE, LOC) that no lexicon entry matched, title-like
words just before a person's name, and verbs that introduce a clause said by a
named speaker but are not reporting verbs of claims.yaml."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kzkg.corpus import Document
from kzkg.extract.resolve import JUNK, MODEL_KINDS, clean_name
from kzkg.extract.segment import chunks
from kzkg.suggest.known import HONORIFICS, RELATIONS, Known

# Verbs with a clause that report nothing ("make sure that", "seem that").
NOT_REPORTING = {
    "be", "have", "do", "make", "let", "help", "ensure", "seem", "appear", "mean", "want",
    "need", "try", "get", "go", "become", "take", "give", "use", "see", "show", "follow",
}  # fmt: skip
SPEAKER_ENTS = {"PERSON", "ORG", "GPE", "NORP", "GROUP"}
PRONOUNS = {"he", "she", "they", "we", "i"}
ENTITY_FILE = {"person": "entities.yaml: entities", "organization": "entities.yaml: entities"}


@dataclass
class Suggestion:
    kind: str  # name | alias | title | verb
    text: str
    yaml: str  # a line to paste
    where: str  # the lexicon file and section it goes in
    count: int = 0
    documents: set[str] = field(default_factory=set)
    context: str = ""  # the first sentence it was seen in


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _around(span: Any, width: int = 100) -> str:
    """The sentence of a span, cut to `width` characters either side of it."""
    sent = span.sent
    start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
    text = sent.text
    left = "..." if start > width else ""
    right = "..." if len(text) - end > width else ""
    return _one_line(left + text[max(0, start - width) : end + width] + right)


def _headline(sentence: Any) -> bool:
    """A Title Case Line: its capitals say nothing about names."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


@dataclass
class _Name:
    labels: Counter = field(default_factory=Counter)
    context: str = ""


class Collector:
    def __init__(self, known: Known) -> None:
        self.known = known
        self.found: dict[tuple[str, str], Suggestion] = {}

    def note(self, kind: str, text: str, yaml: str, where: str, doc: str, context: str) -> None:
        item = self.found.setdefault((kind, text), Suggestion(kind, text, yaml, where))
        item.count += 1
        item.documents.add(doc)
        item.context = item.context or context

    def scan(self, documents: Iterable[Document], nlp: Any) -> list[Suggestion]:
        for document in documents:
            names: dict[str, _Name] = {}
            pieces = [text for _, text in chunks(document.body)]
            for sdoc in nlp.pipe(pieces, batch_size=32):
                for ent in sdoc.ents:
                    if _headline(ent.sent):
                        continue
                    self._name(ent, names)
                    if ent.label_ == "PERSON":
                        self._title(document.id, ent)
                for token in sdoc:
                    self._verb(document.id, token)
            self._names(document.id, names, document.body)
        return sorted(self.found.values(), key=lambda s: (-s.count, -len(s.documents), s.text))

    # --- names --------------------------------------------------------------
    def _name(self, ent: Any, names: dict[str, _Name]) -> None:
        if ent.ent_id_ or ent.label_ not in MODEL_KINDS or ent.root.pos_ == "ADJ":
            return
        name = clean_name(ent.text)
        words = name.split()
        if (
            not words
            or JUNK.search(name)
            or re.search(r"[^\w\s.'\u2019-]|\d", name)
            or not name[0].isupper()
            or len(name) > 60
            or self.known.name(name)
            or self.known.demonym(name)
            or self.known.title_word(words[0])
            or self.known.title_word(words[-1])
        ):
            return
        seen = names.setdefault(name, _Name())
        seen.labels[MODEL_KINDS[ent.label_][0]] += 1
        seen.context = seen.context or _around(ent)

    def _names(self, doc: str, names: dict[str, _Name], body: str) -> None:
        """One suggestion per name of the document; a surname alone ("Psaki") joins
        the full name it ends ("Jen Psaki") as an alias. A single word the document
        also writes in lower case ("Law" for "law enforcement") is no name."""
        names = {
            n: seen
            for n, seen in names.items()
            if " " in n or not re.search(rf"\b{re.escape(n.lower())}\b", body)
        }
        full = {n.split()[-1]: n for n in names if len(n.split()) > 1}
        surnames = {n: full[n] for n in names if " " not in n and n in full}
        for name, seen in names.items():
            if name in surnames:
                continue
            kind = seen.labels.most_common(1)[0][0]
            if " " in name and any(n in surnames and surnames[n] == name for n in names):
                kind = "person"  # named by surname alone too: a person
            similar = self.known.spelling_of(name, kind)
            count = sum(seen.labels.values())
            if similar is not None:
                aliases = ", ".join(sorted({*similar.aliases, name}))
                line = f"- {{label: {similar.label}, type: {similar.type}, aliases: [{aliases}]}}"
                where = f"{'places' if kind == 'place' else 'entities'}.yaml (replace the entry)"
                for _ in range(count):
                    self.note("alias", name, line, where, doc, seen.context)
                continue
            cls = {"person": "Person", "organization": "Organization"}.get(kind, "Place")
            alias = [s for s, n in surnames.items() if n == name]
            count += sum(sum(names[s].labels.values()) for s in alias)
            line = f"- {{label: {name}, type: {cls}" + (
                f", aliases: [{', '.join(alias)}]}}" if alias else "}"
            )
            where = ENTITY_FILE.get(kind, "places.yaml: places")
            for _ in range(count):
                self.note("name", name, line, where, doc, seen.context)

    # --- titles -------------------------------------------------------------
    def _title(self, doc: str, ent: Any) -> None:
        """Title-like words right before a name: "Prosecutor General X", "journalist X",
        "Minister of Internal Affairs X"."""
        words: list[Any] = []
        i = ent.start - 1
        while i >= ent.sent.start and len(words) < 6:
            tok = ent.doc[i]
            if tok.lower_ == "of" and words and i > ent.sent.start:
                before = ent.doc[i - 1]
                if before.pos_ in ("NOUN", "PROPN") and self.known.title_word(before.text):
                    words.insert(0, tok)
                    i -= 1
                    continue
            if not tok.is_alpha or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
                break
            if not tok.whitespace_ or (i > 0 and ent.doc[i - 1].text == "-"):
                break  # part of a hyphenated name: "Qasym-Zhomart"
            words.insert(0, tok)
            i -= 1
        # A title the model took into the name: "Governor Bakytzhan Sagintayev".
        words += [t for t in ent[:-2] if self.known.title_word(t.text)]
        lowered = [t.lower_ for t in words if t.lower_ not in HONORIFICS]
        if not lowered or self.known.title(lowered) or lowered[-1] in RELATIONS:
            return
        title = " ".join(t.text for t in words if t.lower_ not in HONORIFICS)
        context = _around(ent)
        if len(lowered) == 1 and title.islower():
            line = f"post_words: [{lowered[0]}]"
            self.note(
                "title", lowered[0], line, "posts.yaml: post_words (add the word)", doc, context
            )
        else:
            line = f"- {{label: {title}, titles: [{' '.join(lowered)}]}}"
            self.note("title", " ".join(lowered), line, "posts.yaml: posts", doc, context)

    # --- verbs --------------------------------------------------------------
    def _verb(self, doc: str, token: Any) -> None:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma in self.known.verbs or lemma in NOT_REPORTING:
            return
        if not any(c.dep_ == "nsubj" and _speaker(c) for c in token.children):
            return
        said = [c for c in token.children if c.dep_ == "ccomp"]
        if not any(_clause(c) for c in said):
            return
        line = f"statement: [{lemma}]"
        where = "claims.yaml: verbs (add under its claim type)"
        self.note("verb", lemma, line, where, doc, _around(token.doc[token.i : token.i + 1]))


def _speaker(token: Any) -> bool:
    return token.ent_type_ in SPEAKER_ENTS or token.lower_ in PRONOUNS


def _clause(token: Any) -> bool:
    """A content clause: its own subject, opened by "that" or quoted."""
    children = list(token.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children)
    opened = any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
    quoted = any(c.is_quote for c in token.head.children) or any(c.is_quote for c in children)
    return subject and (opened or quoted)
