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

from kzkg.extract.ages import find_ages
from kzkg.extract.attribution import Source, source_of
from kzkg.extract.context import Sentence, Token
from kzkg.extract.durations import find_durations_in
from kzkg.extract.factuality import asked_about, negated_count, unreal
from kzkg.extract.figure_span import date_of, evidence_of
from kzkg.extract.figures import (
    FRACTION_WORDS,
    QUALIFIERS,
    is_age,
    is_label_number,
    is_year,
    numeric,
    qualifier,
)
from kzkg.extract.forecasts import prospective
from kzkg.extract.measures import THE_FIGURE, Words, count, number_token, percent, rank
from kzkg.extract.model import EntityKey, FactKey, Lit
from kzkg.extract.penalties import find_terms
from kzkg.extract.proportions import find_fractions

CLOCK_TIME = re.compile(r"[0-2]?\d:[0-5]\d")
KINDS = {"PERCENT", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"}
RANGE_OPENERS = ("between", "from")


# What a correction says an earlier text of the publisher's got wrong: "An earlier
# version said ...", "This article incorrectly stated ...".
EARLIER_TEXTS = {"article", "story", "report"}
WRONGLY = {"incorrectly", "wrongly", "erroneously", "mistakenly", "previously"}


def _add(
    sent: Sentence,
    measure: str,
    value: str,
    unit: str | None,
    anchor: Token | None,
    source: Source,
    whose: EntityKey | None = None,
    undated: bool = False,
    when: Token | None = None,  # the word whose clause dates the figure, if not the anchor
) -> None:
    if anchor is not None and _retracted(anchor):
        return
    if source.reported:
        measure = "claimed " + measure
    kinds = {"place", "organization", "person"}
    about = sent.entities_in(sent.past_dateline(_own_words(anchor)), kinds) if anchor else []
    about = [whose] if whose is not None else about
    claimant = source.claimants[0].label if source.claimants else ""
    fkey = FactKey("statistic", (measure, value, about[0].label if about else "", claimant))
    evidence = evidence_of(sent, anchor)
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
    if source.disputed or (source.claim is not None and not source.claimants):
        sent.state.disputed_figures.add(fkey)
    if source.claim is not None:
        fact.add("about", source.claim)
    elif source.reported:
        for claim_key in sent.claims:
            fact.add("about", claim_key)
    dated = when or anchor
    date = date_of(sent, dated, evidence) if dated is not None and not undated else None
    if date is not None:
        fact.add("date", Lit.of_date(date))


def _own_words(anchor: Token) -> list[Token]:
    """The figure's phrase without the figures listed after it: in "sent 500 soldiers,
    Armenia 100, Tajikistan 200" the 500 are not Armenia's or Tajikistan's; nor the
    whole it is a part of."""
    # "Of the 10,000 people detained across Kazakhstan, 1,200 were detained in the
    # Zhambyl region": the whole the figure is a part of says not whose it is either
    listed_or_whole = [
        c
        for c in anchor.children
        if c.dep_ in ("appos", "conj") or (c.dep_ == "prep" and c.lower_ == "of")
    ]
    others = {t.i for c in listed_or_whole if any(t.like_num for t in c.subtree) for t in c.subtree}
    return [t for t in anchor.subtree if t.i not in others]


def _retracted(anchor: Token) -> bool:
    """ "An earlier version of this story incorrectly said that 300 people had been killed":
    a figure a correction takes back is no one's figure."""
    for verb in anchor.ancestors:
        subjects = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"}
        wrongly = any(c.dep_ == "advmod" and c.lower_ in WRONGLY for c in verb.children)
        if "version" in subjects or (wrongly and subjects & EARLIER_TEXTS):
            return True
    return False


def _skip(ent: Any, label: str) -> bool:
    tokens = list(ent)
    text = ent.text
    # "two thirds", "three-quarters": fractions, whichever way they are written
    fraction = label != "ORDINAL" and FRACTION_WORDS & set(text.lower().replace("-", " ").split())
    if text.lower() == "one" or fraction:
        return True  # "one of", "from one body to another"; fractions: proportions.py
    if label == "CARDINAL" and is_year(text):
        return True  # "the 2022 unrest": a year, not a count
    if CLOCK_TIME.fullmatch(text):
        return True  # "15:20 – Almaty's airport ...": a live blog's time, not a count
    if label == "MONEY" and ent.root.dep_ == "appos":
        return True  # "60 tenge (US$0.12)": a conversion of the figure before it
    if label == "CARDINAL" and _pair_named_before(ent):
        return True  # "the two leaders agreed": the pair just named, not a count
    return is_label_number(tokens[0]) or is_age(tokens)


def _qualified(ent: Any) -> Any:
    """The figure with the qualifier the model left outside it: "around 500 troops",
    "Around 2,500 servicemen" ("about 3,000" it takes in itself)."""
    doc = ent.doc
    for size in (2, 1):
        start = ent.start - size
        if start < 0 or doc[start : ent.start].text.lower() not in QUALIFIERS:
            continue
        if size == 1 and doc[start].head.i not in range(ent.start, ent.end):
            continue  # "some 200" yes, "in some 200 towns" the same; not "over" a verb's
        return doc[start : ent.end]
    return ent


def _range(ent: Any) -> Any:
    """ "Between 225 and 238 people", "from 10,000 to 12,000": the whole range when the
    entity is one of its ends (the model makes the two numbers two entities)."""
    doc = ent.doc
    at = ent.start + 1 if ent[0].lower_ in RANGE_OPENERS else ent.start
    if at + 2 < len(doc) and _range_at(doc, at):
        return doc[at - 1 : at + 3]
    if at >= 3 and _range_at(doc, at - 2):
        return doc[at - 3 : ent.end]
    return None


def _range_at(doc: Any, low: int) -> bool:
    """ "between LOW and HIGH", "from LOW to HIGH" with LOW at token `low`."""
    opener, link, high = doc[low - 1], doc[low + 1], doc[low + 2]
    linked = (opener.lower_, link.lower_) in (("between", "and"), ("from", "to"))
    return low >= 1 and linked and doc[low].like_num and high.like_num


def _pair_named_before(ent: Any) -> bool:
    """ "The two leaders", "both sides", "the three presidents": a small number spelled
    out after "the" that refers back to those just named."""
    first = ent[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    small = ent.text.lower() in ("two", "three", "four")
    return small and before is not None and before.lower_ in ("the", "these", "those")


def _bare_numbers(sent: Sentence, words: Words) -> list[tuple[Any, str]]:
    """Numbers the model left out of its entities ("In 2019 some 300 people ...", a list
    item's "- 10,000 detained"), as CARDINAL spans with their qualifier words."""
    covered = {t.i for ent in sent.ents for t in ent}
    found = []
    for tok in sent.tokens:
        if tok.i in covered or tok.pos_ != "NUM" or is_year(tok.text):
            continue
        counting = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in words.count_verbs
        if tok.dep_ != "nummod" and not (counting and tok.like_num):
            continue
        # "At least 238" in a list item: "At" hangs on "least", "least" on the number
        qualifiers = [c.left_edge.i for c in tok.children if c.dep_ in ("quantmod", "advmod")]
        start = min([tok.i, *qualifiers])
        found.append((tok.doc[start : tok.i + 1], "CARDINAL"))
    return found


def _figure_before(sent: Sentence) -> str | None:
    """What the document's latest figure measures ("the Interior Ministry said 10,000
    were detained, while rights groups put the figure at 12,000")."""
    for fact in reversed(list(sent.result.facts.values())):
        if fact.cls == "Statistic":
            measure = next((v for p, v in fact.props if p == "measure"), None)
            if isinstance(measure, Lit):
                return measure.value.removeprefix("claimed ")
    return None


def _figures(sent: Sentence) -> None:
    words = Words.of(sent.lexicon)
    forecasts = frozenset(sent.lexicon.words("forecast_verbs"))
    spans = [(ent, ent.label_) for ent in sent.ents] + _bare_numbers(sent, words)
    for ent, label in spans:
        if label == "DATE" and ent.text.isdigit() and not is_year(ent.text):
            label = "CARDINAL"  # the model's "47 abstained" as a date
        ent, label = _per_cent(ent, label)
        if label not in KINDS or _skip(ent, label):
            continue
        if sent.citations and sent.cited(ent[0]):
            continue  # "(Umarov 2024: 17)": a page cited, no count
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
            if found is not None and label == "MONEY" and found[0].startswith("number of "):
                # "spent $1.6 billion of its reserves": money is an amount, not a count
                found = ("amount of " + found[0].removeprefix("number of "), found[1])
        if found is None or unreal(found[1]) or negated_count(number) or asked_about(number):
            continue  # "thousands more would have died", "3,000 were not killed": no count
        if prospective(number, label, forecasts):
            continue  # "the IMF expects growth of 4.4%": a forecast, no figure that is
        if found[0] == THE_FIGURE:
            told = _figure_before(sent)
            if told is None:
                continue  # "put the figure at 300" with no figure before: of what, unsaid
            found = (told, found[1])
        unit = "percent" if label == "PERCENT" else None
        if (
            label != "PERCENT"
            and number.dep_ == "nummod"
            and number.head.lemma_.lower() in words.units
        ):
            unit = number.head.lemma_.lower()  # not the "cent" of "42 per cent"
        if label == "MONEY":
            ent = _with_sign_and_scale(ent)  # "$25 bln": the model's entity is "25"
        if unit is None and label == "MONEY" and "$" in ent.text:
            unit = "dollar"  # "$1.6 billion", "US$230 million"
        value = _qualified(ent).text
        whole = _range(ent)
        if whole is not None:
            value = whole.text  # "Between 225 and 238"
        if label == "ORDINAL" and found[0].startswith("rank of "):
            value += " " + ent.root.doc[ent.end].text  # "twelfth largest"
        source = source_of(sent, number, own_idiom=own_idiom)
        when = _participle(found[1], found[0], words) or _dated_phrase(sent, number)
        _add(sent, found[0], value, unit, found[1], source, when=when)


SCALE_WORDS = {"bln", "bn", "mln", "mn", "m", "million", "billion", "trillion", "trln", "tn"}


def _with_sign_and_scale(ent: Any) -> Any:
    """ "$25 bln investment": the dollar sign and the scale word the model left outside
    the amount belong to it."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].text in ("$", "US$"):
        start -= 1
    if end < len(doc) and doc[end].lower_ in SCALE_WORDS and ent[-1].lower_ not in SCALE_WORDS:
        end += 1
    return doc[start:end]


def _per_cent(ent: Any, label: str) -> tuple[Any, str]:
    """ "42 per cent of respondents": a percentage (the model calls it money, or leaves
    "per cent" outside a number), never a count of "cent"."""
    doc = ent.doc
    if (
        ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == "per"
        and doc[ent.end + 1].lower_ == "cent"
    ):
        return doc[ent.start : ent.end + 2], "PERCENT"
    if len(ent) > 2 and ent[-2].lower_ == "per" and ent[-1].lower_ == "cent":
        return ent, "PERCENT"
    return ent, label


def _dated_phrase(sent: Sentence, number: Token) -> Token | None:
    """ "accelerated to 12% in March from 8.7% in January": a phrase that holds the
    figure and a date of its own dates the figure (the clause's first date is another's)."""
    phrase = number
    for _ in range(3):
        if phrase.dep_ == "prep" or phrase.head.i == phrase.i:
            break
        phrase = phrase.head
    if phrase.dep_ != "prep":
        return None
    words = list(phrase.subtree)
    base = sent.span.start_char
    lo, hi = words[0].idx - base, words[-1].idx + len(words[-1]) - base
    return phrase if any(lo <= s and e <= hi for s, e, _ in sent.dates) else None


def _participle(anchor: Token, measure: str, words: Words) -> Token | None:
    """ "paid compensation in 2023 to the families of 60 people killed in January 2022":
    the participle that says what befell the counted dates the count, not the clause
    the noun is in."""
    for verb in anchor.children:
        harm = words.count_verbs.get(verb.lemma_.lower())
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and harm:
            if measure.endswith(" " + harm):
                return verb
    return None


def extract_quantities(sent: Sentence) -> None:
    if not sent.is_assertion() or "@" in sent.text:
        return
    _figures(sent)
    terms = find_terms(sent)
    for term in terms:
        anchor = term.subject or term.anchor
        source = source_of(sent, term.anchor)
        # "arrested on January 8 and sentenced to 18 years in April 2023": the term's date
        _add(sent, term.measure, term.value, term.unit, anchor, source, when=term.anchor)
    for d in find_durations_in(sent, {t.i for term in terms for t in term.anchor.subtree}):
        _add(sent, d.measure, d.value, None, d.anchor, source_of(sent, d.token))
    for measure, value, changed in find_fractions(sent):
        _add(sent, measure, value, None, changed, source_of(sent, changed))
    own = {sent.state.publisher, *sent.state.authors}
    for age in find_ages(sent):
        source = source_of(sent, age.number)
        if set(source.claimants) <= own:  # told in passing, not the hedged claim's content
            source = Source(source.claimants, False)
        measure = f"age of {age.person.label}"
        # "Masimov, 57, was arrested in January last year": 57 now, not in 2022
        _add(sent, measure, age.years, "years", age.number, source, age.person, undated=True)
