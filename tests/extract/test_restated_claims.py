"""A report that states only a figure is a statistic with its speaker, not also a claim.

Sentences written for these tests. The figure keeps its speaker as claimant; a
report with more to say than a count, or one another claim disputes, stays a claim.
"""

from __future__ import annotations

import pytest

from .test_claims import claims
from .test_rules import facts, values
from .test_statistics import figure, prop

KNB = "National Security Committee of Kazakhstan"


@pytest.mark.parametrize(
    ("body", "number"),
    [
        ("The National Security Committee said 164 people died in the clashes.", "164"),
        ("164 people died in the clashes, the National Security Committee said.", "164"),
        ("According to the KNB, 46 protesters were killed in Almaty.", "46"),
        ("The KNB reported that 12 officers were injured and 40 people detained.", "12"),
        ("The KNB said it had arrested more than 2,000 people since Wednesday.", "2,000"),
        ("The KNB said it detained 900 people and released 300 of them.", "900"),
    ],
)
def test_a_count_with_its_speaker_is_a_statistic_only(extract_text, body, number) -> None:
    result = extract_text(body)
    stat = figure(result, number)
    assert prop(stat, "claimant") == {KNB}
    assert claims(result) == [], [c.label for c in claims(result)]


@pytest.mark.parametrize(
    "body",
    [
        # more than a count: what the counted did, or what the speaker judges
        "The KNB said 20,000 terrorists with foreign training had attacked Almaty.",
        "The KNB said Kazakhstan has failed to investigate the deaths of 200 people.",
        "The KNB said 164 people died in the clashes and that the protests were a coup.",
        # a count verb whose number counts something else
        "The KNB said it would initiate an investigation into two weeks of rallies.",
        # no number at all
        "The KNB said many people died in the clashes.",
    ],
)
def test_a_report_with_more_than_a_count_stays_a_claim(extract_text, body) -> None:
    result = extract_text(body)
    assert [{"National Security Committee of Kazakhstan"}] == [
        {getattr(v, "label", "") for p, v in c.props if p == "claimant"} for c in claims(result)
    ], [c.label for c in claims(result)]


def test_a_disputed_count_stays_a_claim_beside_its_denial(extract_text) -> None:
    result = extract_text(
        "The KNB said 164 people died in the clashes. Human Rights Watch rejected this version."
    )
    texts = [c.label for c in claims(result)]
    assert any("164 people died" in t for t in texts), texts
    denial = next(c for c in claims(result) if "Human Rights Watch" in c.label)
    assert any(p == "about" and getattr(v, "kind", "") == "claim" for p, v in denial.props)


@pytest.mark.parametrize(
    "body",
    [
        "Police arrested two activists who were filming the rally, the KNB said.",
        "The KNB said police detained 40 people to stop the march.",
    ],
)
def test_who_was_counted_or_why_keeps_the_claim(extract_text, body) -> None:
    result = extract_text(body)
    assert len(claims(result)) == 1, [c.label for c in claims(result)]


def test_the_documents_own_hedged_count_stays_its_claim(extract_text) -> None:
    result = extract_text("Police reportedly detained 300 people in Aktobe.")
    assert [c.label.split(":")[0] for c in claims(result)] == ["Example News"]


# --- an official act told as a fact needs no claim beside it ---------------------------
@pytest.mark.parametrize(
    ("body", "act"),
    [
        (
            "The Kazakh presidency announced that the state of emergency was lifted in Almaty.",
            "EmergencyLifted",
        ),
        ("The Supreme Court delivered its verdict on Monday, reported Kazinform.", "Verdict"),
        ("The Interior Ministry said Tokayev had dismissed the mayor of Almaty.", "Dismissal"),
        ("The CSTO withdrawal has started, the Defence Ministry said on Thursday.", "Withdrawal"),
        # news that names its source after it stays news (claims.yaml `sourcing_verbs`)
        ("The CSTO withdrawal has started, local media reported.", "Withdrawal"),
    ],
)
def test_an_act_told_as_a_fact_is_not_also_a_claim(extract_text, body, act) -> None:
    result = extract_text(body)
    assert facts(result, act), [f.label for f in result.facts.values()]
    assert claims(result) == [], [c.label for c in claims(result)]


@pytest.mark.parametrize(
    "body",
    [
        # the act is not what was said, or not all of it
        "The Interior Ministry said the riots led to the state of emergency in Almaty.",
        "The Interior Ministry said the withdrawal had started and that the troops had "
        "done their job.",
        # told on media's word: no fact, so the claim stays
        "Local media said that the CSTO withdrawal had started.",
        # not an act: a claim
        "The Kazakh presidency announced that foreign terrorists had attacked Almaty.",
    ],
)
def test_a_report_with_more_than_the_act_stays_a_claim(extract_text, body) -> None:
    result = extract_text(body)
    assert len(claims(result)) == 1, [f.label for f in result.facts.values()]


# --- "said in a statement that A", when the parser reads "that" as a pronoun ----------------
@pytest.mark.parametrize(
    "body",
    [
        "Tokayev said in a televised address that order was restored.",
        "The Kazakh presidency said in a statement that foreign terrorists attacked Almaty.",
        "Human Rights Watch said in a report that detainees were beaten.",
    ],
)
def test_the_that_clause_after_a_medium_is_the_claim(extract_text, body) -> None:
    (claim,) = claims(extract_text(body))
    text = next(iter(values(claim, "claimText")))
    assert "was restored" in text or "attacked" in text or "were beaten" in text, text


def test_a_statement_someone_issued_is_no_claim_of_its_own(extract_text) -> None:
    result = extract_text("In a statement that it issued on Monday, the ministry thanked the CSTO.")
    assert not any("issued" in next(iter(values(c, "claimText"))) for c in claims(result))


# --- asking allies for help is a request for assistance, not a demand ------------------
@pytest.mark.parametrize(
    "body",
    [
        "On Wednesday night Tokayev declared a state of emergency and called for help from "
        "the CSTO, the Moscow-led bloc.",
        "On Wednesday, as the unrest spread, Tokayev called for help from the CSTO.",
        "On Wednesday, Tokayev appealed to the CSTO for help in restoring order.",
    ],
)
def test_help_asked_of_allies_is_no_demand(extract_text, body) -> None:
    result = extract_text(body, date="2022-01-13")
    assert not [c for c in claims(result) if values(c, "claimType") == {"demand"}]


@pytest.mark.parametrize(
    "body",
    [
        "Human Rights Watch called for support for the victims of torture.",
        "The European Parliament called for sanctions against Kazakh officials.",
        "On Wednesday the protesters called for help from the international community.",
    ],
)
def test_help_for_others_or_from_no_ally_stays_a_demand(extract_text, body) -> None:
    result = extract_text(body, date="2022-01-13")
    assert [values(c, "claimType") for c in claims(result)] == [{"demand"}]


def test_a_cancelled_threat_level_is_a_lifting(extract_text) -> None:
    result = extract_text(
        "The KNB reported on Thursday that the red terrorism threat level was canceled in "
        "14 regions, including Almaty.",
        date="2022-01-13",
    )
    assert facts(result, "EmergencyLifted")
    assert not claims(result)  # an official act on the committee's word


@pytest.mark.parametrize(
    "body",
    [
        "The CSTO contingent arrived in Kazakhstan for a short period, Tokayev said on Monday.",
        "Tokayev said on Monday that the CSTO troops had arrived to protect strategic sites.",
        "Putin said on Monday that the CSTO troops would stay for as long as necessary.",
    ],
)
def test_what_the_speaker_says_of_the_act_keeps_the_claim(extract_text, body: str) -> None:
    result = extract_text(body, date="2022-01-12")
    assert len(claims(result)) == 1, [f.label for f in result.facts.values()]


def test_a_decision_to_act_is_the_act(extract_text) -> None:
    result = extract_text(
        "The Interior Ministry said on Monday that Tokayev had decided to dismiss the mayor of "
        "Almaty.",
        date="2022-01-12",
    )
    assert not claims(result), [f.label for f in result.facts.values()]
