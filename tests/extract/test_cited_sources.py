"""An outlet that reports "citing" or "quoting" a named body passes on that body's words:
the body is the claimant, as with "quoted X as saying", and the citing phrase is no part
of what is claimed. Sentences written for these tests, in wire style. Negatives: a
source the text does not name leaves the outlet the claimant."""

from __future__ import annotations

import pytest

from .test_claims import claimants
from .test_rules import facts, values


def claimants_of(result, cls: str) -> set[str]:
    return {k for f in facts(result, cls) for k in values(f, "claimant")}


@pytest.mark.parametrize(
    "body",
    [
        "Citing the Interior Ministry, Tengrinews reported that 3,000 people had been detained.",
        "Tengrinews reported, citing the Interior Ministry, that 3,000 people had been detained.",
        "Tengrinews, quoting the Interior Ministry, said 3,000 people had been detained.",
    ],
)
def test_the_body_an_outlet_cites_is_the_claimant(extract_text, body) -> None:
    result = extract_text(body)
    found = claimants_of(result, "Statistic") | claimants_of(result, "Claim")
    assert found == {"Ministry of Internal Affairs of Kazakhstan"}


def test_a_source_not_named_leaves_the_outlet_and_the_words_clean(extract_text) -> None:
    result = extract_text(
        "TASS reported that the CSTO would withdraw its troops, citing a source in the "
        "Russian Defence Ministry."
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"TASS"}
    assert values(claim, "claimText") == {"that the CSTO would withdraw its troops"}


def test_a_figure_in_a_relative_clause_is_its_speakers_not_the_main_clauses(extract_text) -> None:
    result = extract_text(
        "Unlike Tokayev, who spoke of 20,000 bandits, the Interior Ministry put the number "
        "of attackers at several thousand."
    )
    by_value = {values(s, "value").pop(): values(s, "claimant") for s in facts(result, "Statistic")}
    assert by_value == {
        "20,000": {"Kassym-Jomart Tokayev"},
        "several thousand": {"Ministry of Internal Affairs of Kazakhstan"},
    }


def test_a_speaker_who_speaks_of_a_count_states_it(extract_text) -> None:
    result = extract_text("Tokayev spoke of 20,000 bandits who had attacked Almaty.")
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A report by Amnesty International found that police had tortured detainees.",
            "Amnesty International",
        ),
        (
            "Amnesty International's report found that police had tortured detainees.",
            "Amnesty International",
        ),
        (
            "The report, published by Human Rights Watch in May, found that police had "
            "tortured detainees.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_text_speaks_for_whoever_wrote_it(extract_text, body: str, speaker: str) -> None:
    assert claimants(extract_text(body, date="2022-06-01")) == [{speaker}]


def test_a_text_about_someone_is_not_theirs(extract_text) -> None:
    body = "A report on Amnesty International found that its staff had been harassed."
    assert {"Amnesty International"} not in claimants(extract_text(body, date="2022-06-01"))
