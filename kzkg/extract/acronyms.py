"""An acronym a text gives a body in brackets is that body's name in the rest of it.

"The Legal Policy Research Centre (LPRC) said ... . LPRC director Aigul Suleimenova
said ..." and "the Public Foundation Erkindik Qanaty (EQ) ... . EQ said ...": the
lexicon knows neither, so the acronym was a body of its own (or nothing), and the
body's claims and posts were split between two names. An acronym in brackets right
after an organization's name, its first letter the name's, joins that organization,
there and wherever the document uses it later.
"""

from __future__ import annotations

import re

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey, Span

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


def read_acronyms(sent: Sentence) -> None:
    """Note the acronyms this sentence gives organizations, then name every use of a
    noted acronym as its organization."""
    acronyms = sent.state.acronyms
    for tok in sent.tokens:
        if ACRONYM.match(tok.text) and _in_brackets(tok):
            owner = sent.tok_entity.get(tok.i - 2)
            if owner is not None and _abbreviates(tok.text, owner):
                acronyms.setdefault(tok.text, owner)
    if not acronyms:
        return
    for tok in sent.tokens:
        key = acronyms.get(tok.text)
        if key is None or sent.tok_entity.get(tok.i) == key:
            continue
        other = sent.tok_entity.get(tok.i)
        if other is not None and not (other.kind == "organization" and other.label == tok.text):
            continue  # a name of the lexicon, or a person: not the acronym
        _name_as(sent, tok, key, other)


def _in_brackets(tok: Token) -> bool:
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"


def _abbreviates(acronym: str, owner: EntityKey) -> bool:
    """ "LPRC" of "Legal Policy Research Centre", "EQ" of "Public Foundation Erkindik
    Qanaty": an organization the initials of whose capitalised words hold the
    acronym's letters in order."""
    if owner.kind != "organization" or owner.label == acronym:
        return False
    initials = iter(w[0] for w in re.split(r"[\s-]+", owner.label) if w[:1].isupper())
    return all(letter in initials for letter in acronym if letter.isalpha())


def _name_as(sent: Sentence, tok: Token, key: EntityKey, other: EntityKey | None) -> None:
    start = sent.base + tok.idx
    span = Span(start, start + len(tok.text), "acronyms")
    mentions = sent.result.mentions
    if other is not None:  # the model's own "EQ": the acronym's body instead
        mentions -= {(k, s) for k, s in mentions if k == other and s.start == start}
        if not any(k == other for k, _ in mentions):
            sent.result.entities.pop(other, None)
    mentions.add((key, span))
    sent.result.entities[key].aliases.add(tok.text)
    sent.tok_entity[tok.i] = key
