"""A lexicon name inside a longer capitalised name is a word of another body's name.

The lexicon's aliases are matched wherever they occur, so "Helsinki Committee" (the
Norwegian Helsinki Committee's alias) matched in "the Netherlands Helsinki Committee",
and "rights defenders" (the group of human rights defenders) in "Civil Rights
Defenders": two bodies the lexicon does not know were taken for ones it does, and
their statements given to those. A lexicon organization or group of two words or
more, written with capitals, with capitalised words before it in the same name (the
parser's compounds of it, no entity of the lexicon, no title, nationality, month or
weekday) is instead the organization that whole name names; not when those words
end in an organization noun ("the Atlantic Council Digital Forensic Research Lab" is
the lab, named with its owner).

Likewise a country's name opening a name the model tagged, as its compound, is a
word of a company's or body's name ("Qazaqstan Temir Zholy, the national railway":
the model's person "Temir Zholy" after the country), unless the name is a person's.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span as DocSpan

from kzkg.extract.context import Sentence, Token
from kzkg.extract.mentions import lexicon_key
from kzkg.extract.names import (
    MONTHS,
    NAME_TOKEN,
    WEEKDAYS,
    _nationality,
    _surname,
    _title_word,
)


def longer_names(sent: Sentence) -> tuple[dict[int, DocSpan], set[int]]:
    """The longer name of each lexicon match that has one, by the match's first token,
    and the tokens before the matches that those names took in."""
    found: dict[int, DocSpan] = {}
    taken: set[int] = set()
    for ent in sent.ents:
        country = _country_before(sent, ent)
        if country is not None:  # "Qazaqstan Temir Zholy, the national railway"
            found[ent.start] = DocSpan(ent.doc, country.start, ent.end, label="ORG")
            taken |= set(range(country.start, ent.start))
            continue
        known = lexicon_key(ent.ent_id_) if ent.ent_id_ else None
        if known is None or known[0] not in ("organization", "group") or len(ent) < 2:
            continue
        if not all(t.text[:1].isupper() for t in ent if t.is_alpha):
            continue  # "rights defenders" in lower case is the group
        first = ent.start
        while first > sent.span.start and _name_word(sent, ent.doc[first - 1], ent):
            first -= 1
        before = ent.doc[first : ent.start]
        if any(t.lower_ in sent.lexicon.words("organization_nouns") for t in before):
            continue  # "the Atlantic Council Digital Forensic Research Lab": owner and unit
        if first < ent.start:
            found[ent.start] = DocSpan(ent.doc, first, ent.end, label="ORG")
            taken |= set(range(first, ent.start))
    return found, taken


def _name_word(sent: Sentence, tok: Token, ent: Any) -> bool:
    """A capitalised word of the same name just before a lexicon match: "Netherlands"
    of "the Netherlands Helsinki Committee", "Civil" of "Civil Rights Defenders"."""
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and tok.i < tok.head.i < ent.end
        and bool(NAME_TOKEN.match(tok.text))
        and not tok.ent_id_
        and not _title_word(sent, tok)
        and not _nationality(sent, tok)
        and tok.lower_ not in MONTHS | WEEKDAYS
    )


def _country_before(sent: Sentence, ent: Any) -> DocSpan | None:
    """A country's name opening a name the model tagged ("Qazaqstan Temir Zholy", the
    model's person "Temir Zholy"): the country's span when it is a compound of the name
    and the name is no person's (no regional surname, no title), else None."""
    if ent.ent_id_ or ent.label_ not in ("PERSON", "ORG") or ent.start <= sent.span.start:
        return None
    before = ent.doc[ent.start - 1]
    known = lexicon_key(before.ent_id_) if before.ent_id_ else None
    entry = sent.state.resolver.by_label.get(known[1]) if known else None
    if entry is None or entry.type != "Country":
        return None
    if before.dep_ != "compound" or not ent.start <= before.head.i < ent.end:
        return None
    words = list(ent)
    if not all(NAME_TOKEN.match(t.text) for t in words) or any(_title_word(sent, t) for t in words):
        return None
    if _surname(words[-1].text, ent.label_, sent):
        return None  # "Kazakhstan Nurlan Abdirov": no one writes so, but a person all the same
    start = before.i
    while start > sent.span.start and ent.doc[start - 1].ent_id_ == before.ent_id_:
        start -= 1
    return ent.doc[start : ent.start]
