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

from kzkg.extract.attribution import Source, source_of
from kzkg.extract.context import Sentence, Token
from kzkg.extract.dates import find_durations
from kzkg.extract.events import class_words
from kzkg.extract.figures import is_age, is_label_number, is_year, numeric, qualifier
from kzkg.extract.model import FactKey, Lit
from kzkg.extract.penalties import find_terms

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
# Verbs that count people, and how the measure names them. The count is the
# verb's passive subject or object ("225 people were killed", "police detained
# 300 people", "317 people wounded"); for INTRANSITIVE verbs also its subject.
COUNT_VERBS = {
    "kill": "killed",
    "die": "dead",
    "injure": "injured",
    "wound": "wounded",
    "hurt": "injured",
    "detain": "detained",
    "arrest": "arrested",
    "torture": "tortured",
    "gun": "killed",
    "shoot": "shot",
    "sentence": "sentenced",
    "convict": "convicted",
    "charge": "charged",
    "release": "released",
    "evacuate": "evacuated",
    "vote": "voting",
    "abstain": "abstaining",
}
INTRANSITIVE = {"die", "vote", "abstain"}
# "protests that claimed 238 lives": a death toll, not a claim.
LIFE_VERBS = {"claim", "take", "cost"}
# "two times", "one state body to another": not amounts anyone reports.
NOT_COUNTED = {"time", "times", "body", "way", "side", "hand", "another", "other"}
CHANGE_NOUNS = {"increase", "rise", "hike", "jump", "fall", "drop", "cut", "change"}
WORD = re.compile(r"[\w'-]+")
DURATION_WITHIN = re.compile(
    r"\b(?:within|in\s+the\s+next)\s+(?P<v>(?:\d+|[a-z]+)[\s-](?:day|week|month|year|hour)s?)\b",
    re.IGNORECASE,
)


def _word(token: Token) -> str:
    """The token's word without what the tokenizer left glued on ("articles.[4")."""
    found = WORD.match(token.lower_)
    return found.group() if found else token.lower_


def _phrase(noun: Token) -> str:
    """'the price of LPG' -> 'price of lpg'; 'the world's proven oil reserves' -> 'proven oil
    reserves'."""
    words = [_word(t) for t in noun.lefts if t.dep_ in ("compound", "amod")] + [_word(noun)]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None:
            words += ["of", _phrase(obj)]
    return " ".join(words)


def _number(ent: object) -> Token:
    """The token that carries the number: '589' in '589 MEPs', '238' in 'at least 238'."""
    root = ent.root  # type: ignore[attr-defined]
    if root.pos_ == "NUM" or root.like_num:
        return root
    nums = [t for t in ent if t.pos_ == "NUM" or t.like_num]  # type: ignore[attr-defined]
    return nums[-1] if nums else root


def _percent(root: Token) -> tuple[str, Token] | None:
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
    return (subj[0].lower_, subj[0]) if subj else None


def _rank(root: Token) -> tuple[str, Token] | None:
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if after is None or after.tag_ != "JJS":
        return None  # only ranks: "the twelfth largest"
    head = root.head
    while head.pos_ == "ADJ" and head.head.i != head.i:
        head = head.head
    if head.pos_ == "NOUN":
        words = [t.lower_ for t in head.lefts if t.dep_ == "compound"] + [head.lower_]
        return "rank of " + " ".join(words), head
    return None


def _toll(number: Token) -> tuple[str, Token] | None:
    """ "the death toll rose to 225", "figures put the number of victims at 238"."""
    verb = number.head.head if number.dep_ == "pobj" else number.head
    if number.dep_ not in ("pobj", "dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for dep in ("nsubj", "nsubjpass", "dobj"):
        noun = next((c for c in verb.children if c.dep_ == dep and c.i != number.i), None)
        if noun is not None and noun.lemma_.lower() in ("toll", "number", "count"):
            return _phrase(noun), noun
    return None


def _unit_measure(unit: Token) -> tuple[str, Token] | None:
    """ "rose to 120 tenge": the subject; "an increase in the price of gas from 60 tenge":
    the price."""
    head = unit
    while head.dep_ in ("pobj", "prep", "nummod", "appos") and head.head.i != head.i:
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() not in UNITS:
            if head.lemma_.lower() in CHANGE_NOUNS:
                inner = [
                    c
                    for p in head.children
                    if p.dep_ == "prep" and p.lower_ in ("in", "of")
                    for c in p.children
                    if c.dep_ == "pobj"
                ]
                head = inner[0] if inner else head
            return _phrase(head), head
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (_phrase(subj[0]), subj[0]) if subj else None


def _count_verb(counted: Token) -> tuple[str, Token] | None:
    """The verb that says what happened to the counted people, and its participle."""
    verbs = []
    head = counted.head
    if counted.dep_ == "nsubjpass" or (
        counted.dep_ == "nsubj" and (head.lemma_.lower() in INTRANSITIVE or head.tag_ == "VBN")
    ):
        verbs.append(head)
    if counted.dep_ == "dobj":
        verbs.append(head)
    verbs += [c for c in counted.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]
    for verb in verbs:
        if verb.lemma_.lower() in COUNT_VERBS:
            return COUNT_VERBS[verb.lemma_.lower()], verb
    return None


def _count(number: Token) -> tuple[str, Token, bool] | None:
    """A count: (measure, anchor, own idiom). "20,000 bandits", "tens of thousands of people",
    "164 killed", "18 police and national guard troops had been killed"."""
    toll = _toll(number)
    if toll is not None:
        return toll[0], toll[1], False
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None:
        for prep in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lower_ in ("thousands", "hundreds", "millions"):
                noun = next(
                    (c for p in noun.children for c in p.children if c.dep_ == "pobj"), noun
                )
    counted = noun if noun is not None and number.dep_ == "nummod" else number
    words = []
    if noun is not None:
        words = [_word(noun)] + [
            _word(c) for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
        ]
        if noun.dep_ in ("nmod", "compound") and noun.head.pos_ == "NOUN":
            counted = noun.head  # "18 police and national guard troops"
            words.append(_word(counted))
    if noun is not None and noun.lemma_.lower() in NOT_COUNTED:
        return None
    lives = noun is not None and noun.lemma_.lower() == "life"
    if lives and noun.head.lemma_.lower() in LIFE_VERBS:
        return "number of people killed", noun, True
    harm = _count_verb(counted)
    if noun is None:  # a headline's "164 killed": the number stands for people
        return (f"number of people {harm[0]}", harm[1], False) if harm else None
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("GPE", "ORG", "PERSON", "DATE"):
        return None
    if noun.lemma_.lower() in UNITS:
        found = _unit_measure(noun)
        return (found[0], found[1], False) if found else None
    measure = f"number of {' and '.join(dict.fromkeys(words))}"
    return measure + (f" {harm[0]}" if harm else ""), noun, False


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
    fact = sent.result.fact(fkey, "Statistic", f"{measure}: {value}", sent.evidence("quantities"))
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
    date = sent.date_near(anchor) if anchor is not None else None
    if date is not None:
        fact.add("date", Lit.of_date(date))


def _skip(ent: object) -> bool:
    tokens = list(ent)  # type: ignore[call-overload]
    text = ent.text  # type: ignore[attr-defined]
    if text.lower() == "one":
        return True  # "one of", "from one body to another": not a figure
    if ent.label_ == "CARDINAL" and is_year(text):  # type: ignore[attr-defined]
        return True  # "the 2022 unrest": a year, not a count
    if ent.label_ == "MONEY" and ent.root.dep_ == "appos":  # type: ignore[attr-defined]
        return True  # "60 tenge (US$0.12)": a conversion of the figure before it
    return is_label_number(tokens[0]) or is_age(tokens)


def _figures(sent: Sentence) -> None:
    for ent in sent.ents:
        label = ent.label_
        if label == "DATE" and ent.text.isdigit() and not is_year(ent.text):
            label = "CARDINAL"  # the model's "47 abstained" as a date
        if label not in KINDS or _skip(ent):
            continue
        number = _number(ent)
        own_idiom = False
        if label == "PERCENT":
            found = _percent(ent.root)
        elif label == "ORDINAL":
            found = _rank(ent.root)
        else:
            counted = _count(number)
            found = counted[:2] if counted else None
            own_idiom = bool(counted and counted[2])
        if found is None:
            continue
        unit = "percent" if label == "PERCENT" else None
        if number.dep_ == "nummod" and number.head.lemma_.lower() in UNITS:
            unit = number.head.lemma_.lower()
        value = ent.text
        if label == "ORDINAL":
            value += " " + ent.root.doc[ent.end].text
        source = source_of(sent, number, own_idiom=own_idiom)
        _add(sent, found[0], value, unit, found[1], source)


def _durations(sent: Sentence) -> None:
    text = sent.span.text
    spans = [(s, e, text[s:e].split(None, 1)[1]) for s, e, _ in find_durations(text)]
    spans += [(m.start(), m.end(), m.group("v")) for m in DURATION_WITHIN.finditer(text)]
    for start, _end, value in spans:
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


def extract_quantities(sent: Sentence) -> None:
    if not sent.is_assertion() or "@" in sent.span.text:
        return
    _figures(sent)
    _durations(sent)
    for term in find_terms(sent):
        anchor = term.subject or term.anchor
        _add(sent, term.measure, term.value, term.unit, anchor, source_of(sent, term.anchor))
