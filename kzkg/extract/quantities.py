"""Statistics: numbers with what they measure ("inflation reached almost 9%",
"tens of thousands of people", "the world's twelfth largest oil reserves",
"for 180 days", "317 people wounded", "sentenced to 18 years").

Every figure is an attributed fact: its claimant is whoever the document
reports as stating it (attribution.py), or the publisher when the document
states it in its own voice. A reported figure's measure reads "claimed ...",
and it is linked to the claim that carries it. The claimant is part of the
statistic's identity, so two sources' figures for one measure stay side by
side and never merge.
"""

from __future__ import annotations

import re
from typing import Any

from kzkg.dates import PartialDate
from kzkg.extract.attribution import Source, source_of
from kzkg.extract.context import Sentence, Token
from kzkg.extract.dates import find_dates, find_durations
from kzkg.extract.events import class_words
from kzkg.extract.figures import (
    FRACTION_WORDS,
    is_age,
    is_label_number,
    is_year,
    numeric,
    qualifier,
)
from kzkg.extract.measures import Words, count, number_token, percent, rank
from kzkg.extract.model import FactKey, Lit, Span
from kzkg.extract.penalties import find_terms
from kzkg.extract.proportions import find_fractions

KINDS = {"PERCENT", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"}
CITED_END = re.compile(r"[.!?]((?:\[\d+\])+)\s+(?=[A-Z])")
IN_YEAR = re.compile(r"\s+in\s+(?:19|20)\d\d\b")
SPAN_OF_TIME = re.compile(r"^(?:the )?(?:\d+|[a-z]+) (?:day|week|month|year)s$", re.IGNORECASE)
DURATION_WITHIN = re.compile(
    r"\b(?:within|in\s+the\s+next)\s+(?P<v>(?:\d+|[a-z]+)[\s-](?:day|week|month|year|hour)s?)\b",
    re.IGNORECASE,
)


def _add(
    sent: Sentence,
    measure: str,
    value: str,
    unit: str | None,
    anchor: Token | None,
    source: Source,
) -> None:
    if source.reported:
        measure = "claimed " + measure
    about = sent.entities_in(anchor.subtree, {"place", "organization", "person"}) if anchor else []
    claimant = source.claimants[0].label if source.claimants else ""
    fkey = FactKey("statistic", (measure, value, about[0].label if about else "", claimant))
    evidence = _evidence(sent, anchor)
    fact = sent.result.fact(fkey, "Statistic", f"{measure}: {value}", evidence)
    fact.add("measure", Lit(measure))
    fact.add("value", Lit(value))
    fact.add("numericValue", numeric(value))
    fact.add("unit", Lit(unit) if unit else None)
    kind = qualifier(value)
    fact.add("qualifier", Lit(kind) if kind else None)
    for key in about:
        fact.add("about", key)
    for key in source.claimants:
        fact.add("claimant", key)
    if source.claim is not None:
        fact.add("about", source.claim)
    elif source.reported:
        for claim_key in sent.claims:
            fact.add("about", claim_key)
    date = _date(sent, anchor) if anchor is not None else None
    text = sent.span.doc.text[evidence.start - sent.base : evidence.end - sent.base]
    if date is not None and all(d != date for _, _, d in find_dates(text, sent.state.date)):
        date = None  # a date of the sentence the model ran on into, not of this one
    if date is not None:
        fact.add("date", Lit.of_date(date))


def _evidence(sent: Sentence, anchor: Token | None) -> Span:
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


def _skip(ent: Any, label: str) -> bool:
    tokens = list(ent)
    text = ent.text
    fraction = label != "ORDINAL" and FRACTION_WORDS & set(text.lower().split())
    if text.lower() == "one" or fraction:
        return True  # "one of", "from one body to another"; fractions: proportions.py
    if label == "CARDINAL" and is_year(text):
        return True  # "the 2022 unrest": a year, not a count
    if label == "MONEY" and ent.root.dep_ == "appos":
        return True  # "60 tenge (US$0.12)": a conversion of the figure before it
    return is_label_number(tokens[0]) or is_age(tokens)


def _bare_numbers(sent: Sentence) -> list[tuple[Any, str]]:
    """Numbers the model left out of its entities ("In 2019 some 300 people ..."), as
    CARDINAL spans with their qualifier words."""
    covered = {t.i for ent in sent.ents for t in ent}
    found = []
    for tok in sent.span:
        if tok.i in covered or tok.pos_ != "NUM" or tok.dep_ != "nummod" or is_year(tok.text):
            continue
        start = min([tok.i] + [c.i for c in tok.children if c.dep_ in ("quantmod", "advmod")])
        found.append((tok.doc[start : tok.i + 1], "CARDINAL"))
    return found


def _figures(sent: Sentence) -> None:
    words = Words.of(sent.lexicon)
    spans = [(ent, ent.label_) for ent in sent.ents] + _bare_numbers(sent)
    for ent, label in spans:
        if label == "DATE" and ent.text.isdigit() and not is_year(ent.text):
            label = "CARDINAL"  # the model's "47 abstained" as a date
        if label not in KINDS or _skip(ent, label):
            continue
        number = number_token(ent)
        own_idiom = False
        if label == "PERCENT":
            found = percent(ent.root)
        elif label == "ORDINAL":
            found = rank(ent.root)
        else:
            counted = count(number, words)
            found = counted[:2] if counted else None
            own_idiom = bool(counted and counted[2])
        if found is None:
            continue
        unit = "percent" if label == "PERCENT" else None
        if number.dep_ == "nummod" and number.head.lemma_.lower() in words.units:
            unit = number.head.lemma_.lower()
        value = ent.text
        if label == "ORDINAL" and found[0].startswith("rank of "):
            value += " " + ent.root.doc[ent.end].text  # "twelfth largest"
        source = source_of(sent, number, own_idiom=own_idiom)
        _add(sent, found[0], value, unit, found[1], source)


def _durations(sent: Sentence, terms: set[int]) -> None:
    """ "for 180 days", "within 10 days", "the two weeks of rallies"; not a prison term
    (`terms`: its words), which is a statistic of its own."""
    text = sent.span.text
    spans = [(s, e, text[s:e].split(None, 1)[1]) for s, e, _ in find_durations(text)]
    spans += [(m.start(), m.end(), m.group("v")) for m in DURATION_WITHIN.finditer(text)]
    for start, end, value in spans:
        words = [t.i for t in sent.span if start <= t.idx - sent.span.start_char < end]
        if terms & set(words):
            continue
        token = next(
            (t for t in sent.span if t.idx - sent.span.start_char >= start), sent.span.root
        )
        before = [
            i
            for i in sorted(sent.triggers)
            if sent.span[i - sent.span.start].idx - sent.span.start_char < start
        ]
        measure = "duration"
        if before:
            measure = f"duration of {class_words(sent.triggers[before[-1]].key[0])}"
        _add(sent, measure, value, None, None, source_of(sent, token))
    for ent in sent.ents:  # "the two weeks of rallies"
        of = [c for p in ent.root.children if p.lower_ == "of" for c in p.children]
        if ent.label_ == "DATE" and SPAN_OF_TIME.match(ent.text) and of and of[0].pos_ == "NOUN":
            value = re.sub(r"^the ", "", ent.text, flags=re.IGNORECASE)
            _add(sent, f"duration of {of[0].lower_}", value, None, of[0], source_of(sent, ent.root))


def extract_quantities(sent: Sentence) -> None:
    if not sent.is_assertion() or "@" in sent.span.text:
        return
    _figures(sent)
    terms = find_terms(sent)
    for term in terms:
        anchor = term.subject or term.anchor
        _add(sent, term.measure, term.value, term.unit, anchor, source_of(sent, term.anchor))
    _durations(sent, {t.i for term in terms for t in term.anchor.subtree})
    for measure, value, changed in find_fractions(sent):
        _add(sent, measure, value, None, changed, source_of(sent, changed))
