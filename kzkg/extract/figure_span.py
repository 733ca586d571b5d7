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
from kzkg.extract.figures import is_year
from kzkg.extract.model import Span

CITED_END = re.compile(r"[.!?]((?:\[\d+\])+)\s+(?=[A-Z])")
IN_YEAR = re.compile(r"\s+in\s+(?:19|20)\d\d\b")
# A bound is no date of the figure: "top decision-maker prior to January violence".
BOUND = re.compile(r"\b(?:until|till|before|prior\s+to|ahead\s+of|by)\s+(?:the\s+)?$", re.I)
BOUND_WORD = re.compile(r"^(?:until|by)\b", re.I)
ASIDE_PREPS = {"before", "after", "until", "since", "while", "despite"}


def evidence_of(sent: Sentence, anchor: Token | None) -> Span:
    """The sentence, or the part of it holding the figure when the model ran two sentences
    together at a citation mark ("... 98 articles.[4] Political commentators ...")."""
    span = sent.evidence("quantities")
    if anchor is None:
        return span
    at = sent.base + anchor.idx
    text = sent.piece_text[span.start - sent.base : span.end - sent.base]
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
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "The mission, which numbered 2,030 troops, ended on January 19": a figure in a
    # relative clause takes no date from the clause it describes a noun of; "was
    # detained on 6 January and later sentenced to 18 years": nor from the first verb
    # "60 people killed in January 2022": a participle on the counted noun, its own clause
    relative = verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBN")
    own = relative or (verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"))
    date = sent.date_near(anchor, own_clause=own)
    date = date or (sent.date_near(verb, own_clause=own) if verb.i != anchor.i else None)
    if date is None and relative:  # "January violence that left 200 dead": the noun's own date
        date = _date_of_noun(sent, verb.head)
    if date is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp"):
        date = sent.date_near(verb.head)
    if date is None or _background(sent, date) or _bound(sent, date, anchor):
        return None
    if _of_a_clause_aside(sent, date, anchor, verb) or _of_a_reason(sent, date, anchor, verb):
        return None
    if _of_the_offence(sent, date, anchor, verb):
        return None
    return date


REASON_PREPS = {"over", "for"}
# "killed over the weekend of January 8", "detained over the course of January": a span
# of time, no reason
SPANS_OF_TIME = {"weekend", "week", "day", "night", "month", "year", "course", "period", "hour"}


def _of_a_reason(sent: Sentence, date: PartialDate, anchor: Token, verb: Token) -> bool:
    """Is the date only in what the verb's act was for ("1,266 people had been convicted
    over the January events", "in connection with the January unrest"): the date of the
    reason, which came before the act counted?"""
    base = sent.span.start_char
    reasons = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "in" and any(o.lower_ == "connection" for o in prep.children):
            reasons.append(prep)
        elif prep.lower_ in REASON_PREPS and anchor not in prep.subtree and not _a_span(prep):
            reasons.append(prep)
    spans = [
        (words[0].idx - base, words[-1].idx + len(words[-1]) - base)
        for prep in reasons
        for words in [list(prep.subtree)]
    ]
    places = [(s, e) for s, e, d in sent.dates if d == date]
    return bool(spans and places) and all(
        any(lo <= s and e <= hi for lo, hi in spans) for s, e in places
    )


def _date_of_noun(sent: Sentence, noun: Token) -> PartialDate | None:
    """A date among the words before the noun a relative clause describes ("January
    violence that left 200 dead"), not in what follows it."""
    words = [t for t in noun.subtree if t.i <= noun.i]
    base = sent.span.start_char
    lo, hi = words[0].idx - base, noun.idx + len(noun) - base
    found = [d for s, e, d in sent.dates if lo <= s and e <= hi]
    if not found:  # "the 2005 Andijan massacre, in which hundreds were killed", "in 2011,
        # when police killed 16 workers": a year naming the noun, or the noun a year
        found = [
            PartialDate(int(t.text))
            for t in words
            if is_year(t.text) and (t.i == noun.i or t.dep_ in ("nummod", "compound", "amod"))
        ]
    return found[0] if len(found) == 1 else None


def _of_a_clause_aside(sent: Sentence, date: PartialDate, anchor: Token, verb: Token) -> bool:
    """Is the date only in a clause the verb's time phrase opens ("reported 225 deaths
    before raising the figure to 238 in August", "after being detained on January 6"):
    that other act's date, not the figure's?"""
    base = sent.span.start_char
    clauses = [
        clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ASIDE_PREPS
        for clause in prep.children
        if clause.dep_ == "pcomp" and clause.pos_ in ("VERB", "AUX")
    ]
    # "Investment rose 7.9%, while retail trade, hit hard in January, grew 2.1%": a
    # clause the same words open is another act's, with its own date
    clauses += [
        clause
        for clause in verb.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ASIDE_PREPS for m in clause.children)
    ]
    asides = [
        (words[0].idx - base, words[-1].idx + len(words[-1]) - base)
        for clause in clauses
        if anchor not in clause.subtree
        for words in [list(clause.subtree)]
    ]
    places = [(s, e) for s, e, d in sent.dates if d == date]
    return bool(asides and places) and all(
        any(lo <= s and e <= hi for lo, hi in asides) for s, e in places
    )


# Verbs of a penalty or charge; their "of" phrase names the offence (a "for" phrase is
# a reason, `_of_a_reason`).
PENAL_VERBS = {
    "sentence", "convict", "jail", "imprison", "charge", "accuse", "try", "fine", "find",
    "prosecute", "acquit", "punish",
}  # fmt: skip


def _of_the_offence(sent: Sentence, date: PartialDate, anchor: Token, verb: Token) -> bool:
    """Is the date only in the offence a penalty is for ("convicted of taking part in
    the riots of January 5-6", "found guilty of organizing the riots of January 5")?
    That is when the offence was, not the term."""
    if verb.lemma_.lower() not in PENAL_VERBS:
        return False
    base = sent.span.start_char
    holders = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd"))]
    offences = [
        (words[0].idx - base, words[-1].idx + len(words[-1]) - base)
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "of" and anchor not in prep.subtree
        for words in [list(prep.subtree)]
    ]
    places = [(s, e) for s, e, d in sent.dates if d == date]
    return bool(offences and places) and all(
        any(lo <= s and e <= hi for lo, hi in offences) for s, e in places
    )


def _a_span(prep: Token) -> bool:
    return any(
        o.lemma_.lower() in SPANS_OF_TIME or o.ent_type_ in ("DATE", "TIME")
        for o in prep.children
        if o.dep_ == "pobj"
    )


def _bound(sent: Sentence, date: PartialDate, anchor: Token) -> bool:
    """Is the date only ever a bound of something else ("Nazarbayev, 81, was seen as the
    top decision-maker prior to January violence")? Not for a figure inside the bounded
    phrase ("prior to January violence that left more than 200 people dead")."""
    text, base = sent.text, sent.span.start_char
    places = [(s, e) for s, e, d in sent.dates if d == date]
    for s, e in places:
        if not (BOUND.search(text[max(0, s - 20) : s]) or BOUND_WORD.match(text[s:e])):
            return False
        first = next((t for t in sent.tokens if t.idx - base >= s), None)
        prep = next((a for a in first.ancestors if a.pos_ == "ADP"), None) if first else None
        if prep is not None and anchor in prep.subtree:
            return False
    return bool(places)


def _background(sent: Sentence, date: PartialDate) -> bool:
    """Is the date only ever background ("since independence in 1991")?"""
    since = []
    for prep in (t for t in sent.tokens if t.dep_ == "prep" and t.lower_ == "since"):
        words = list(prep.subtree)
        end = words[-1].idx + len(words[-1])
        year = IN_YEAR.match(sent.piece_text, end)  # "since independence in 1991"
        since.append((words[0].idx, year.end() if year else end))
    base = sent.span.start_char
    places = [(base + s, base + e) for s, e, d in sent.dates if d == date]
    return bool(since and places) and all(
        any(lo <= s and e <= hi for lo, hi in since) for s, e in places
    )


def date_of(sent: Sentence, anchor: Token, evidence: Span) -> PartialDate | None:
    date = _date(sent, anchor)
    lo = evidence.start - sent.base - sent.span.start_char
    hi = evidence.end - sent.base - sent.span.start_char
    told = any(d == date and lo <= s and e <= hi for s, e, d in sent.dates)
    # a year naming a noun ("the 2005 Andijan massacre") is no date of the text's own
    named = date is not None and date.month is None and str(date.year) in sent.text[lo:hi]
    if date is not None and not (told or named):
        return None  # a date of the sentence the model ran on into, not of this one
    if date in sent.late_guesses:
        return None  # "On January 6, 40 were killed" in an article of 5 January 2024
    return date
