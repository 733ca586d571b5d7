"""From content words to a claim: which words, when it was made, and the claim fact.

Used by every claim rule (claims.py, nominal_claims.py, own_voice.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from kzkg.dates import PartialDate
from kzkg.extract.claim_fact import add_claim
from kzkg.extract.context import Sentence, Token
from kzkg.extract.dates import find_dates
from kzkg.extract.model import EntityKey, FactKey, Value

CLOSING_MARKS = '"\u201d'
OPENING_MARKS = '"\u201c'


def _own_clauses(head: Token) -> set[int]:
    """Conjuncts of a content clause that continue the speaker's sentence."""
    skip: set[int] = set()
    for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        after_but = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)
        if after_but and not own_subject:
            skip.update(t.i for t in conj.subtree)
    return skip


def content_tokens(content: list[Token], leave_out: Token | None = None) -> list[Token]:
    """The content's words, without the speaker's own clauses (and `leave_out`'s subtree:
    the reporting clause hung inside the content, "..., X reported")."""
    skip = {i for c in content for i in _own_clauses(c)}
    if leave_out is not None:
        skip.update(t.i for t in leave_out.subtree)
    return sorted({t for c in content for t in c.subtree if t.i not in skip}, key=lambda t: t.i)


def words_between(sent: Sentence, first: Token, last: Token) -> str:
    """The sentence's text from one token to another (Doc.text would join the whole
    document's tokens on every call)."""
    base = sent.span.start_char
    return sent.span.text[first.idx - base : last.idx + len(last) - base]


def claim_date(sent: Sentence, tokens: list[Token]) -> PartialDate | None:
    """When the claim was made: a date outside its content, else the document's."""
    lo = tokens[0].idx - sent.span.start_char
    hi = tokens[-1].idx + len(tokens[-1]) - sent.span.start_char
    for start, end, date in find_dates(sent.span.text, sent.state.date):
        if end <= lo or start >= hi:
            return date
    return sent.state.date


def emit(
    sent: Sentence,
    speakers: list[EntityKey],
    ctype: str,
    tokens: list[Token],
    also_about: Iterable[Value] = (),
    block: bool = True,
) -> FactKey | None:
    """A claim of the speakers with these content words; its content is blocked
    unless `block` is false (news a wire names as its source, see claims.py)."""
    # A claimant is an actor (kz:Actor): a country named for its state ("the U.S.
    # Department of State notes") is not one, and makes no claim.
    speakers = [s for s in speakers if s.kind != "place"]
    if not tokens or not speakers:
        return None
    if block:
        sent.blocked.update(t.i for t in tokens)
    while (
        len(tokens) > 1
        and tokens[-1].dep_ in ("cc", "punct")
        and tokens[-1].text not in CLOSING_MARKS
    ):
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[0].is_punct and tokens[0].text not in OPENING_MARKS:
        tokens = tokens[1:]  # "; in June he was reportedly ...", ", peaceful protests were ..."
    text = words_between(sent, tokens[0], tokens[-1]).strip()
    about: list[Value] = [k for k in sent.entities_in(tokens) if k not in speakers]
    about += [v for v in also_about if v not in about]
    fkey = add_claim(
        sent.result, speakers, ctype, text, sent.evidence("claims"), about, claim_date(sent, tokens)
    )
    sent.claims.append(fkey)
    return fkey
