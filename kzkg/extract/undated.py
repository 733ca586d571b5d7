"""Undated events that the same document dates elsewhere.

An event told without a date in its sentence gets no date of its own (it may be
years older than the document). But when the document dates exactly one event
of the same class and key argument ("On 2 January the authorities doubled gas
prices" ... "The triggering factor was a doubling of gas prices"), the undated
mention is that event: it joins the dated node, with its evidence and arguments.
Two or more dated candidates are ambiguous, and the mention stays undated; so does
one with other actors in the sentence that dated the candidate, or a change of a post
the dated one does not name. Nor
does a mention without a key argument join an event dated only by a year: "the
first since the 1995 referendum" says nothing of which one "the referendum" is.
"""

from __future__ import annotations

from collections import defaultdict

from kzkg.extract.model import DocResult, Fact, FactKey


def _another_in_its_sentence(result: DocResult, a: FactKey, b: FactKey) -> bool:
    """Told in the sentence that dated the other, with other actors: two events
    ("Smailov, who was appointed prime minister on January 11, 2022, ... was succeeded
    by Bektenov")."""
    one, other = result.facts[a], result.facts[b]
    starts = {e.start for e in other.evidence}
    if not any(e.start in starts for e in one.evidence):
        return False
    return _actors(one) != _actors(other)


def _other_posts(result: DocResult, a: FactKey, b: FactKey) -> bool:
    """A change of a post the dated event does not name: Nazarbayev replaced as head of
    the Security Council is not his succession as president (March 2019)."""
    one, other = (_posts(result.facts[k]) for k in (a, b))
    return bool(one and not one & other)


def _posts(fact: Fact) -> set:
    return {v for p, v in fact.props if p == "involvesPost"}


def _actors(fact: Fact) -> set:
    return {(p, v) for p, v in fact.props if p in ("agent", "participant")}


def join_dated_mentions(result: DocResult) -> None:
    dated: dict[tuple[str, ...], list[FactKey]] = defaultdict(list)
    for key in result.facts:
        if key.kind == "event" and key.key[2]:
            dated[key.key[:2]].append(key)
    moved: dict[FactKey, FactKey] = {}
    for key in list(result.facts):
        if key.kind != "event" or key.key[2]:
            continue
        candidates = dated.get(key.key[:2], [])
        if len(candidates) == 1 and (key.key[1] or len(candidates[0].key[2]) > 4):
            if not _another_in_its_sentence(result, key, candidates[0]) and not _other_posts(
                result, key, candidates[0]
            ):
                moved[key] = candidates[0]
    for old, new in moved.items():
        fact, target = result.facts.pop(old), result.facts[new]
        target.evidence |= fact.evidence
        target.props |= fact.props
    if not moved:
        return
    for fact in result.facts.values():  # causes and claims may point at a moved event
        fact.props = {(p, moved.get(v, v) if isinstance(v, FactKey) else v) for p, v in fact.props}
        fact.props = {(p, v) for p, v in fact.props if v != fact.fkey}
