"""Court reports: what a court or prosecutor gives as the reason for a ruling is theirs.
Paragraphs written for these tests, in wire style. Negatives: a lack of evidence an
unnamed court cites is no one's claim, never the publisher's; the writer's own "without
evidence" on a claim stays the writer's."""

from __future__ import annotations

import pytest

from .test_rules import facts, values

DOC = "2023-04-25"


def denials(result) -> dict[str, set[str]]:
    return {
        c.label.split(": ", 2)[-1]: values(c, "claimant")
        for c in facts(result, "Claim")
        if values(c, "claimType") == {"denial"}
    }


@pytest.mark.parametrize(
    "body",
    [
        "A court in Taldykorgan acquitted three men, citing a lack of evidence.",
        "The judge released two activists for lack of evidence.",
        "A district court dismissed the case, citing the absence of evidence.",
    ],
)
def test_a_reason_an_unnamed_court_gives_is_not_the_publishers(extract_text, body) -> None:
    result = extract_text(body, date=DOC)
    assert not [c for c in facts(result, "Claim") if "Example News" in values(c, "claimant")]


def test_a_reason_a_named_court_gives_is_the_courts(extract_text) -> None:
    result = extract_text("The Almaty city court released two activists for lack of evidence.")
    assert denials(result) == {"lack of evidence": {"Almaty city court"}}


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev claimed without evidence that 20,000 bandits had attacked Almaty.",
        "There is no evidence that foreign fighters took part in the unrest.",
    ],
)
def test_the_writers_own_lack_of_evidence_stays_the_writers(extract_text, body) -> None:
    result = extract_text(body, date=DOC)
    assert [c for c in denials(result).values() if c == {"Example News"}]


@pytest.mark.parametrize(
    "body", ["Prosecutors had asked for 20 years.", "The prosecution requested 20 years."]
)
def test_a_term_asked_for_is_no_duration(extract_text, body) -> None:
    result = extract_text(body, date=DOC)
    assert not facts(result, "Statistic")


def test_a_span_of_time_an_act_lasted_is_a_duration(extract_text) -> None:
    result = extract_text("The government froze fuel prices for 180 days.", date=DOC)
    assert {s.label for s in facts(result, "Statistic")} == {"duration of price freeze: 180 days"}


@pytest.mark.parametrize(
    "body",
    [
        "Masimov was charged with attempting to seize power.",
        "The men were accused of storming the akimat building.",
        "Twelve men were convicted of looting shops in Almaty.",
    ],
)
def test_an_act_a_charge_names_is_no_event(extract_text, body) -> None:
    result = extract_text(body, date=DOC)
    assert not facts(result, "Riot")


def test_the_act_itself_is_an_event(extract_text) -> None:
    result = extract_text("Protesters stormed the akimat building in Almaty.", date=DOC)
    assert len(facts(result, "Riot")) == 1


def test_a_term_in_a_relative_clause_is_a_prison_sentence(extract_text) -> None:
    result = extract_text(
        "The Supreme Court upheld the sentence of Kanat Taimerdenov, who was jailed for 14 "
        "years last year for abuse of power.",
        date=DOC,
    )
    assert {s.label for s in facts(result, "Statistic")} == {"prison sentence: 14 years"}


def test_a_datelines_places_are_not_what_a_figure_is_about(extract_text) -> None:
    result = extract_text(
        "TALDYKORGAN, Kazakhstan, March 14, 2024 — Four police officers were sentenced on "
        "Thursday to between five and eight years in prison for torturing detainees.",
        date="2024-03-14",
    )
    (term,) = [s for s in facts(result, "Statistic") if "prison" in s.label]
    assert values(term, "about") == set()
