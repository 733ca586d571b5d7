"""Successors told apart: "Mamin's government resigned ... Smailov was appointed prime
minister" links the two tenures, though no sentence names both holders.

Within one document, when exactly one tenure of a post ends and exactly one other
holder's tenure of it starts in the same month (or by an undated appointment told
after the end), with neither already linked, the second holder succeeded the first.
Anything less clear-cut is left unlinked.
"""

from __future__ import annotations

from collections import defaultdict

from kzkg.extract.model import DocResult, EntityKey, Fact, Lit


def _value(fact: Fact, prop: str) -> set[EntityKey]:
    return {v for p, v in fact.props if p == prop and isinstance(v, EntityKey)}


def _months(fact: Fact, prop: str) -> set[str]:
    return {v.value[:7] for p, v in fact.props if p == prop and isinstance(v, Lit)}


def _started(fact: Fact) -> bool:
    """A tenure the document tells the start of: dated, or told by an appointment."""
    return bool(_months(fact, "startDate")) or any(
        e.extractor == "roles.appoint" for e in fact.evidence
    )


def _first(fact: Fact) -> int:
    return min(e.start for e in fact.evidence)


def link_successions(result: DocResult) -> None:
    by_post: dict[EntityKey, list[Fact]] = defaultdict(list)
    for fact in result.facts.values():
        if fact.cls == "Tenure":
            for post in _value(fact, "post"):
                by_post[post].append(fact)
    for tenures in by_post.values():
        ended = [t for t in tenures if _months(t, "endDate") and not _value(t, "successor")]
        started = [t for t in tenures if _started(t) and not _value(t, "predecessor")]
        if len(ended) != 1 or len(started) != 1 or ended[0] is started[0]:
            continue
        old, new = ended[0], started[0]
        if _months(new, "startDate"):
            if len(_months(old, "endDate") | _months(new, "startDate")) != 1:
                continue  # only a change within one month is one change
        elif _first(new) < _first(old):
            continue  # an undated appointment counts only when told after the end
        (old_holder,) = _value(old, "holder")
        (new_holder,) = _value(new, "holder")
        old.add("successor", new_holder)
        new.add("predecessor", old_holder)
