"""Who accuses: a participle after "those" or "people" ("those accused of treason")
names who stands accused, not a claim of the document's (test_claims.py keeps
"officers accused of torture" the document's own); a passive's agent ("accused by prosecutors")
makes the claim, and an agent we cannot name leaves it no one's. Sentences written for
these tests. Negatives: a bare passive in the document's voice stays its allegation, a
hedged description ("groups believed to be ...") its statement."""

from __future__ import annotations

import pytest

from .test_rules import facts, values


@pytest.mark.parametrize(
    "body",
    [
        "The amnesty excluded those accused of treason or attempting to seize power.",
        "The amnesty did not cover people accused of organising the riots.",
        "Anyone suspected of taking part in the riots was detained.",
    ],
)
def test_who_stands_accused_is_no_claim(extract_text, body) -> None:
    assert not facts(extract_text(body), "Claim")


@pytest.mark.parametrize(
    "body",
    [
        "Masimov was accused of treason by prosecutors.",
        "Masimov was accused by prosecutors of treason.",
    ],
)
def test_a_passive_agent_makes_the_accusation(extract_text, body) -> None:
    (claim,) = facts(extract_text(body), "Claim")
    assert values(claim, "claimant") == {"prosecutors"}
    assert values(claim, "claimType") == {"allegation"}


def test_an_agent_we_cannot_name_leaves_it_no_ones(extract_text) -> None:
    result = extract_text("Masimov was accused by a court in Almaty of treason.")
    assert all("Example News" not in values(c, "claimant") for c in facts(result, "Claim"))


def test_the_documents_own_passive_stays_its_allegation(extract_text) -> None:
    result = extract_text(
        "Security forces detained several injured protesters and are accused of torturing them."
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"Example News"}
    assert values(claim, "about") == {"security forces"}


def test_a_hedged_description_stays_a_statement(extract_text) -> None:
    result = extract_text("Groups believed to be close to the elites joined the protests.")
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"Example News"}
