"""A person's age as the document states it: "19-year-old NAME", "NAME, a 42-year-old
army officer", "NAME, 81,", "NAME, aged 19,". Ages are statistics of their own
("age of NAME", in years), and only when the words name whose age it is; the
other counts of the sentence skip them (figures.is_age).
"""

from __future__ import annotations

from dataclasses import dataclass

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey

OLDEST = 120


@dataclass
class Age:
    person: EntityKey
    years: str
    number: Token


def _years(tok: Token) -> str | None:
    return tok.text if tok.text.isdigit() and 0 < int(tok.text) <= OLDEST else None


def _person(sent: Sentence, noun: Token) -> EntityKey | None:
    """The person a noun names, or the person it stands in apposition to ("NAME, a
    42-year-old army officer")."""
    for tok in (noun, noun.head if noun.dep_ == "appos" else None):
        key = sent.tok_entity.get(tok.i) if tok is not None else None
        if key is not None and key.kind == "person":
            return key
    return None


def _year_old(sent: Sentence) -> list[Age]:
    """ "19-year-old X": the tokens 19 - year - old, the adjective on the person's noun."""
    found: list[Age] = []
    if "old" not in sent.lowers:
        return found
    doc = sent.span.doc
    for old in sent.tokens:
        if old.lower_ != "old" or old.i - 4 < sent.span.start:
            continue
        number, dash1, year, dash2 = doc[old.i - 4 : old.i]
        if year.lower_ != "year" or {dash1.text, dash2.text} != {"-"}:
            continue
        years = _years(number)
        noun = old.head if old.head.i > old.i else None
        while noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "19-year-old Abdukhapar Orazgali": the name's last word
        person = _person(sent, noun) if noun is not None else None
        if years and person is not None:
            found.append(Age(person, years, number))
    return found


def _in_commas(sent: Sentence) -> list[Age]:
    """ "Nazarbayev, 81, was ..." and "X, aged 19,": a bare number (or "aged N") set off
    by commas right after a person's name."""
    found: list[Age] = []
    if "," not in sent.lowers:
        return found  # every case below is set off by a comma
    doc = sent.span.doc
    for tok in sent.tokens:
        key = sent.tok_entity.get(tok.i)
        nxt = tok.i + 1
        if key is None or key.kind != "person" or sent.tok_entity.get(nxt) == key:
            continue
        if nxt + 2 >= sent.span.end or doc[nxt].text != ",":
            continue
        number = doc[nxt + 1]
        if number.lower_ == "aged" and nxt + 3 < sent.span.end:
            number = doc[nxt + 2]
        close = doc[number.i + 1]
        if number.pos_ == "NUM" and close.text in (",", ")", ";") and _years(number):
            found.append(Age(key, number.text, number))
    return found


def find_ages(sent: Sentence) -> list[Age]:
    return _year_old(sent) + _in_commas(sent)
