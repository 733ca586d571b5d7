"""Statistics: numbers with what they measure ("inflation reached almost 9%",
"tens of thousands of people", "the world's twelfth largest oil reserves",
"for 180 days"). A number inside a claim's content is kept as a statistic
about that claim ("claimed number of ..."), never as a plain fact.
"""

from __future__ import annotations

import re

from kzkg.extract.context import Sentence, Token
from kzkg.extract.dates import find_durations
from kzkg.extract.events import class_words
from kzkg.extract.model import FactKey, Lit

KINDS = {"PERCENT", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"}
UNITS = {
    "tenge",
    "dollar",
    "euro",
    "rouble",
    "ruble",
    "litre",
    "liter",
    "barrel",
    "tonne",
    "ton",
    "kilometre",
    "kilometer",
    "percent",
    "yuan",
    "pound",
}
# Verbs whose subject counts casualties, and how the measure names them.
CASUALTY = {
    "kill": "killed",
    "die": "dead",
    "injure": "injured",
    "wound": "wounded",
    "hurt": "injured",
    "detain": "detained",
    "arrest": "arrested",
}
YEAR = re.compile(r"(?:19|20)\d\d")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _phrase(noun: Token) -> str:
    """'the price of LPG' -> 'price of lpg'; 'the world's proven oil reserves' -> 'proven oil
    reserves'."""
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun.lower_]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None:
            words += ["of", _phrase(obj)]
    return " ".join(words)


def _measure(ent: object, sent: Sentence) -> tuple[str, Token] | None:
    root = ent.root  # type: ignore[attr-defined]
    if ent.label_ == "PERCENT":  # type: ignore[attr-defined]
        share = [
            c
            for p in root.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for c in p.children
            if c.dep_ == "pobj"
        ]
        if share:  # "3% of the world's oil reserves"
            return "share of " + _phrase(share[0]), share[0]
        verb = root.head if root.dep_ in ("dobj", "attr", "pobj", "npadvmod") else root
        while verb.dep_ == "prep":
            verb = verb.head
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0].lower_, subj[0]
        return None
    if ent.label_ == "ORDINAL":  # type: ignore[attr-defined]
        after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
        if after is None or after.tag_ != "JJS":
            return None  # only ranks: "the twelfth largest"
        head = root.head
        while head.pos_ == "ADJ" and head.head is not head:
            head = head.head
        if head.pos_ == "NOUN":
            words = [t.lower_ for t in head.lefts if t.dep_ == "compound"] + [head.lower_]
            return "rank of " + " ".join(words), head
        return None
    # A count: "20,000 bandits", "tens of thousands of people".
    noun = root.head if root.dep_ == "nummod" else None
    toll = _toll(root)
    if toll is not None:
        return toll
    if noun is None:
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lower_ == "thousands":
                noun = next(
                    (c for p in noun.children for c in p.children if c.dep_ == "pobj"), noun
                )
    # "164 killed", "225 people were killed", "hundreds of protesters were arrested".
    counted = noun if noun is not None and root.dep_ == "nummod" else root
    verbs = [counted.head] if counted.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in root.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]
    harmed = [v for v in verbs if v.lemma_.lower() in CASUALTY]
    harm = CASUALTY[harmed[0].lemma_.lower()] if harmed else None
    if noun is None and harm:  # a headline's "164 killed": the number stands for people
        return f"number of people {harm}", harmed[0]
    if noun is None or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() in UNITS:  # "rose to 120 tenge": the subject is what is measured
        verb = noun
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (_phrase(subj[0]), subj[0]) if subj else None
    words = [noun.lower_] + [c.lower_ for c in noun.conjuncts]
    return f"number of {' and '.join(words)}" + (f" {harm}" if harm else ""), noun


def _toll(number: Token) -> tuple[str, Token] | None:
    """ "the death toll rose to 225", "the number of dead reached 225"."""
    verb = number.head.head if number.dep_ == "pobj" else number.head
    if number.dep_ not in ("pobj", "dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in ("toll", "number", "count"):
        return None
    return _phrase(subj), subj


def _numeric(value: str) -> Lit | None:
    m = NUMBER.search(value)
    return Lit(m.group().replace(",", ""), "decimal") if m else None


def _add(sent: Sentence, measure: str, value: str, unit: str | None, anchor: Token | None) -> None:
    claim = any(t in sent.blocked for t in ([anchor.i] if anchor is not None else []))
    if claim:
        measure = "claimed " + measure
    about = sent.entities_in(anchor.subtree, {"place", "organization", "person"}) if anchor else []
    fkey = FactKey("statistic", (measure, value, about[0].label if about else ""))
    fact = sent.result.fact(fkey, "Statistic", f"{measure}: {value}", sent.evidence("quantities"))
    fact.add("measure", Lit(measure))
    fact.add("value", Lit(value))
    fact.add("numericValue", _numeric(value))
    fact.add("unit", Lit(unit) if unit else None)
    for key in about:
        fact.add("about", key)
    if claim:
        for claim_key in sent.claims:
            fact.add("about", claim_key)
    date = sent.date_near(anchor) if anchor is not None else None
    if date is not None:
        fact.add("date", Lit.of_date(date))


def extract_quantities(sent: Sentence) -> None:
    if not sent.is_assertion() or "@" in sent.span.text:
        return
    for ent in sent.ents:
        if ent.label_ not in KINDS:
            continue
        if ent.label_ == "CARDINAL" and YEAR.fullmatch(ent.text):
            continue  # "the 2022 unrest": a year, not a count
        found = _measure(ent, sent)
        if found is None:
            continue
        unit = "percent" if ent.label_ == "PERCENT" else None
        counted = ent.root.head if ent.root.dep_ == "nummod" else None
        if counted is not None and counted.lemma_.lower() in UNITS:
            unit = counted.lemma_.lower()
        value = ent.text
        if ent.label_ == "ORDINAL":
            value += " " + ent.root.doc[ent.end].text
        _add(sent, found[0], value, unit, found[1])
    for start, end, _duration in find_durations(sent.span.text):
        value = sent.span.text[start:end].split(None, 1)[1]
        before = [
            i
            for i in sorted(sent.triggers)
            if sent.span[i - sent.span.start].idx - sent.span.start_char < start
        ]
        measure = "duration"
        if before:
            measure = f"duration of {class_words(sent.triggers[before[-1]].key[0])}"
        _add(sent, measure, value, None, None)
