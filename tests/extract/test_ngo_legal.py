"""NGO statements, analyses and the legal aftermath, on sentences written for these tests.

Red-team findings: each test holds a general phrasing that gave a wrong fact
(a claim dated by the year of what it is about, a dateline read as part of what
is said, injuries read as riots, a verdict read as a court's claim) with
phrasings that must still give the fact.
"""

from __future__ import annotations

import pytest

from .test_claims import claims
from .test_rules import facts, values


def _claim_with(result, words: str):
    found = [c for c in claims(result) if words in next(iter(values(c, "claimText")))]
    assert found, [c.label for c in claims(result)]
    return found[0]


# --- "today" counts from the document, not from a year the sentence states ----------
@pytest.mark.parametrize(
    "body",
    [
        "Kazakhstan has failed to investigate the January 2022 killings, "
        "Human Rights Watch said today.",
        "Victims of the January 2022 unrest are still waiting for justice, "
        "Amnesty International said today.",
        "Human Rights Watch said today that victims of January 2022 still wait for justice.",
    ],
)
def test_said_today_is_the_documents_day_in_a_retrospective(extract_text, body) -> None:
    result = extract_text(body, date="2024-01-04")
    assert [values(c, "date") for c in claims(result)] == [{"2024-01-04"}]


# --- a dateline in title case with its date is no part of what is said --------------
@pytest.mark.parametrize(
    "dateline",
    [
        "Almaty, January 4, 2024 \u2014 ",
        "Geneva, 4 January 2024 \u2013 ",
        "(Almaty, January 4, 2024) - ",
    ],
)
def test_a_dated_dateline_is_not_in_the_claim(extract_text, dateline: str) -> None:
    body = (
        dateline
        + "The authorities have failed to punish those responsible, Amnesty International said."
    )
    result = extract_text(body, date="2024-01-04")
    claim = _claim_with(result, "failed to punish")
    (text,) = values(claim, "claimText")
    assert text.startswith("The authorities"), text
    assert "Almaty" not in {a for a in values(claim, "about")}


# --- "burns" are injuries; burning something is a riot ---------------------------
@pytest.mark.parametrize(
    "body",
    [
        "The victims suffered burns and broken ribs.",
        "Former detainees described beatings, electric shocks and burns with irons.",
        "Doctors treated several protesters for burns.",
    ],
)
def test_burns_told_as_injuries_are_no_riot(extract_text, body: str) -> None:
    assert not facts(extract_text(body), "Riot")


@pytest.mark.parametrize(
    "body",
    [
        "Rioters burned the akimat building in Almaty on January 5.",
        "The burning of the city hall in Almaty shocked residents.",
    ],
)
def test_burning_a_building_is_still_a_riot(extract_text, body: str) -> None:
    assert facts(extract_text(body), "Riot")
