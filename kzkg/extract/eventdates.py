"""The date of an event: only a date that grammatically belongs to it.

A date counts when it sits in the event's own clause (not in a relative
clause, a coordinated clause or a byline) and is not the date of some other
noun ("since independence in 1991", "the unrest of January 2022" told in a
sentence about a trial). A date outside the clause counts only when it is
attached to a clause that contains the event ("It started on Jan. 2, with
people protesting ...") and is the only such date.
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token, clause_tokens
from kzkg.extract.dates import find_dates

# "ALMATY, Jan 5 (Reuters) -", "NUR-SULTAN, 7 January -": a dateline dates the report.
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'\-]{2,}(?:[ ,/][A-Za-z'\-.]+){0,4}.{0,50}?\s[-\u2013\u2014]{1,2}\s"
)
METADATA = re.compile(r"^\s*(?:published|updated|posted|last updated|date)\b[^\n]*", re.I)
# Nouns that only say when: "on the night of January 6" belongs to the verb above them.
TIME_NOUNS = {"night", "morning", "evening", "afternoon", "day", "eve", "week", "weekend", "hour"}


def _byline_end(text: str) -> int:
    match = METADATA.match(text) or DATELINE.match(text)
    return match.end() if match else 0


def _root(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head is t), tokens[0])


def _governor(root: Token) -> Token:
    """The word a date phrase modifies, climbing through prepositions and time nouns."""
    gov = root.head
    for _ in range(4):
        if gov.dep_ == "prep" or gov.pos_ == "ADP":
            gov = gov.head
        elif gov.lemma_.lower() in TIME_NOUNS and gov.head is not gov:
            gov = gov.head
        else:
            break
    return gov


def _skipped_ranges(token: Token) -> list[tuple[int, int]]:
    """Relative clauses under the event's clause: their dates are their own."""
    ranges = []
    for t in token.subtree:
        if t.dep_ in ("relcl", "acl") and t is not token:
            sub = list(t.subtree)
            ranges.append((sub[0].i, sub[-1].i))
    return ranges


def event_date(sent: Sentence, anchor: Token, own: set[int]) -> PartialDate | None:
    """The date of the event whose trigger tokens are `own` and whose clause is `anchor`."""
    text = sent.span.text
    byline = _byline_end(text)
    clause = {t.i for t in clause_tokens(anchor)}
    skip = _skipped_ranges(anchor)
    inside: list[PartialDate] = []
    above: list[PartialDate] = []
    base = sent.span.start_char
    for start, end, date in find_dates(text, sent.state.date):
        if start < byline:
            continue
        tokens = [t for t in sent.span if start <= t.idx - base < end]
        if not tokens:
            continue
        root = _root(tokens)
        if any(a <= root.i <= b for a, b in skip):
            continue
        gov = _governor(root)
        if gov.i not in own:
            if gov.pos_ not in ("VERB", "AUX") or anchor not in gov.subtree:
                # The date of another thing ("independence in 1991") or of a subordinate
                # event ("after being arrested on 8 January").
                continue
        if root.i in clause or gov.i in own:
            inside.append(date)
        else:
            above.append(date)
    if inside:
        return inside[0]
    return above[0] if len(above) == 1 else None
