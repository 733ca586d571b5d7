"""Figures in prospect: "the IMF expects growth of 4.4%", "the company would raise
output by 5% in 2023", "keeping the cap will cost the budget 120 billion tenge".

A forecast, a target or a plan states no figure that is: no statistic is made of it
(the claim that holds it stays, with its words). The verbs come from the curators'
lexicon (statistics.yaml `forecast_verbs`).
"""

from __future__ import annotations

from kzkg.extract.context import Token

# Auxiliaries of a future, or of a future told in the past ("said it would raise").
FUTURE = {"will", "would", "shall", "'ll"}
# Figures a forecast can be of: amounts, prices, shares, volumes. A count of people or
# things offered or planned ("the amnesty will affect 1,500 people", "Putin promised to
# send 3,000 paratroopers") is the act's, told ahead: the offerer's statistic.
MEASURED = {"PERCENT", "MONEY", "QUANTITY"}


def _clause_verb(token: Token) -> Token | None:
    """The verb of the figure's own clause."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX"):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def prospective(number: Token, label: str, forecast_verbs: frozenset[str]) -> bool:
    """Is the figure a forecast, a target or a plan rather than a figure that is?"""
    verb = _clause_verb(number)
    if verb is None or label not in MEASURED:
        return False
    verbs = [verb]
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        verbs.append(verb.head)  # "expects FDI to reach $25 billion", "plans to cut ..."
    if any(v.lemma_.lower() in forecast_verbs for v in verbs):
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    # "would have risen" is what would have been (factuality.unreal), not a forecast
    return bool(auxes & FUTURE) and "have" not in auxes
