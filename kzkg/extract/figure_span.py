"""Where and when a figure is stated: its evidence span and its date.

The evidence is the sentence, cut at a citation mark the model ran past
("... 98 articles.[4] Political commentators ..."). The date is one of the
figure's own phrase or clause, or of the clause a participle hangs on, never a
background date ("since independence in 1991") nor one outside the evidence.
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token
from kzkg.extract.dates import find_dates
from kzkg.extract.model import Span

CITED_END = re.compile(r"[.!?]((?:\[\d+\])+)\s+(?=[A-Z])")
IN_YEAR = re.compile(r"\s+in\s+(?:19|20)\d\d\b")


def evidence_of(sent: Sentence, anchor: Token | None) -> Span:
    """The sentence, or the part of it holding the figure when the model ran two sentences
    together at a citation mark ("... 98 articles.[4] Political commentators ...")."""
    span = sent.evidence("quantities")
    if anchor is None:
        return span
    at = sent.base + anchor.idx
    text = sent.span.doc.text[span.start - sent.base : span.end - sent.base]
    start, end = span.start, span.end
    for cut in CITED_END.finditer(text):
        if span.start + cut.end() <= at:
            start = span.start + cut.end()
        elif span.start + cut.start() + 1 <= end and span.start + cut.start() >= at:
            end = min(end, span.start + cut.start() + 1 + len(cut.group(1)))
    return Span(start, end, span.extractor)


def _date(sent: Sentence, anchor: Token) -> PartialDate | None:
    """A date in the figure's phrase, else in the clause of its verb ("The November 2
    amnesty affects more than 1,500 people"), else in the clause a participle hangs on
    ("The court delivered its verdict on Jan. 27, sentencing 45 defendants");
    relative clauses left out."""
    date = sent.date_near(anchor)
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    date = date or (sent.date_near(verb) if verb.i != anchor.i else None)
    if date is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp"):
        date = sent.date_near(verb.head)
    return None if date is not None and _background(sent, date) else date


def _background(sent: Sentence, date: PartialDate) -> bool:
    """Is the date only ever background ("since independence in 1991")?"""
    since = []
    for prep in (t for t in sent.span if t.dep_ == "prep" and t.lower_ == "since"):
        words = list(prep.subtree)
        end = words[-1].idx + len(words[-1])
        year = IN_YEAR.match(sent.span.doc.text, end)  # "since independence in 1991"
        since.append((words[0].idx, year.end() if year else end))
    text, base = sent.span.text, sent.span.start_char
    places = [(base + s, base + e) for s, e, d in find_dates(text, sent.state.date) if d == date]
    return bool(since and places) and all(
        any(lo <= s and e <= hi for lo, hi in since) for s, e in places
    )


def date_of(sent: Sentence, anchor: Token, evidence: Span) -> PartialDate | None:
    date = _date(sent, anchor)
    text = sent.span.doc.text[evidence.start - sent.base : evidence.end - sent.base]
    if date is not None and all(d != date for _, _, d in find_dates(text, sent.state.date)):
        return None  # a date of the sentence the model ran on into, not of this one
    return date
