"""Gapped clauses: "X's body was found on January 10, Y's on January 12", "lifted in
Almaty on January 19 and in Mangystau on January 14".

A verbless clause at the end of a sentence, after a comma or "and", that names
someone and a date repeats the first clause's event for that one at that date.
Its date is never the first event's; it dates the same event done to the one
the remnant names ("Police arrested A on 8 January and B on 10 January").
"""

from __future__ import annotations

from dataclasses import dataclass

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey

SEPARATORS = {",", ";", "and"}
MAX_WORDS = 6  # "Zhagiparov's", "the other two activists": a noun phrase, no clause
ACTORS = {"person", "group", "organization"}


@dataclass(frozen=True)
class Remnant:
    who: tuple[EntityKey, ...]
    date: PartialDate
    start: int  # character offsets in the sentence's text, from the remnant's first word
    end: int


def _introduced(first: Token) -> Token:
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    return before if before is not None and before.pos_ == "ADP" else first


def _words_before(first: Token, lower: int) -> tuple[list[Token], Token | None]:
    """The words between the date phrase and the separator before it, and that separator."""
    words: list[Token] = []
    i = first.i - 1
    while i >= lower and len(words) <= MAX_WORDS:
        tok = first.doc[i]
        if tok.lower_ in SEPARATORS:
            return words, tok
        words.append(tok)
        i -= 1
    return words, None


def _named_before(sent: Sentence, words: list[Token]) -> list[EntityKey]:
    """A name the model did not tag here but the document named before: "Zhagiparov's"."""
    names = {w.text for w in words if w.pos_ == "PROPN"}
    known = [
        k
        for k in sent.result.entities
        if k.kind in ACTORS and (k.label in names or k.label.split()[-1] in names)
    ]
    return known if len(known) == 1 else []


def remnants(sent: Sentence) -> list[Remnant]:
    base, tokens = sent.span.start_char, sent.tokens
    dates = sent.dates
    found = []
    for n in range(1, len(dates)):  # the first clause must state a date of its own
        start, end, date = dates[n]
        phrase = [t for t in tokens if start <= t.idx - base < end]
        if not phrase or any(not (t.is_punct or t.is_space) for t in tokens if t.i > phrase[-1].i):
            continue  # a remnant ends the sentence
        words, separator = _words_before(_introduced(phrase[0]), sent.span.start)
        if separator is None or not words or dates[n - 1][1] > separator.idx - base:
            continue
        if any(w.pos_ in ("VERB", "AUX") or w.i in sent.triggers for w in words):
            continue  # a clause of its own, or another event
        named = [w for w in reversed(words) if w.pos_ != "PRON"]  # "his deputy X": X
        # "lifted in Almaty on January 19 and in Mangystau on January 14": a place too
        who = sent.entities_in(named, ACTORS | {"place"}) or _named_before(sent, named)
        if who:
            found.append(Remnant(tuple(who), date, words[-1].idx - base, end))
    return found


def in_remnant(found: list[Remnant], start: int) -> bool:
    return any(r.start <= start < r.end for r in found)
