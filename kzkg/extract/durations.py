"""Durations as statistics: "for 180 days", "within 10 days", "the two weeks of
rallies". What lasts is the event whose trigger comes before ("froze prices for 180
days": duration of the price freeze) or the noun of the "of" phrase; a prison term
("jailed for 12 years") is left to penalties.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kzkg.extract.arguments import compares
from kzkg.extract.context import Sentence, Token
from kzkg.extract.dates import find_durations
from kzkg.extract.events import class_words

SPAN_OF_TIME = re.compile(r"^(?:the )?(?:\d+|[a-z]+) (?:day|week|month|year)s$", re.IGNORECASE)
DURATION_WITHIN = re.compile(
    r"\b(?:within|in\s+the\s+next)\s+(?P<v>(?:\d+|[a-z]+)[\s-](?:day|week|month|year|hour)s?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration:
    measure: str
    value: str
    token: Token  # where the duration is stated: whose words it is
    anchor: Token | None  # what lasts, when a word names it


def _event_before(sent: Sentence, start: int, word: Token) -> str:
    before = [
        i
        for i in sorted(sent.triggers)
        if sent.span[i - sent.span.start].idx - sent.span.start_char < start
        and not _aside(sent.span.doc[i], word)
    ]
    return f"duration of {class_words(sent.triggers[before[-1]].key[0])}" if before else "duration"


def _aside(trigger: Token, word: Token) -> bool:
    """Is the trigger in a relative clause or a comparison the duration is not in? "In
    contrast to Belarus, where protests lasted for months, the unrest was suppressed
    within a week": the week is not the protests'."""
    for up in [trigger, *trigger.ancestors]:
        if up.dep_ == "relcl" or compares(up):
            return word not in up.subtree
    return False


def _asked_for(sent: Sentence, word: Token) -> bool:
    """Whether the span of time is what someone asks, offers or plans ("prosecutors had
    asked for 20 years", "sought 20 years"): the verb it hangs on is non-factual, so the
    span lasted nothing yet. The content clause of such a verb is blocked already."""
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in sent.lexicon.words("non_factual_heads")


def find_durations_in(sent: Sentence, skip: set[int]) -> Iterator[Duration]:
    """The sentence's durations, leaving out those on the tokens in `skip`."""
    text, base = sent.text, sent.span.start_char
    spans = [(s, e, text[s:e].split(None, 1)[1]) for s, e, _ in find_durations(text)]
    spans += [(m.start(), m.end(), m.group("v")) for m in DURATION_WITHIN.finditer(text)]
    for start, end, value in spans:
        words = [t for t in sent.tokens if start <= t.idx - base < end]
        if not words or skip & {t.i for t in words} or _asked_for(sent, words[0]):
            continue
        measure = _event_before(sent, start, words[0])
        if measure == "duration of sentencing":
            measure = "prison sentence"  # "who was jailed for 14 years": the term, by name
        yield Duration(measure, value, words[0], None)
    for ent in sent.ents:  # "the two weeks of rallies"
        if ent.label_ != "DATE":
            continue  # only a date's words name a span of time
        of = [c for p in ent.root.children if p.lower_ == "of" for c in p.children]
        if skip & {t.i for t in ent}:
            continue  # "six years of restricted freedom": a term, told by penalties.py
        if ent.label_ == "DATE" and SPAN_OF_TIME.match(ent.text) and of and of[0].pos_ == "NOUN":
            value = re.sub(r"^the ", "", ent.text, flags=re.IGNORECASE)
            yield Duration(f"duration of {of[0].lower_}", value, ent.root, of[0])
