"""Verbs of suggesting and disputing report a stance: what they take is someone's claim,
never a fact. Sentences written for these tests. Negatives: a suggestion of something
to do is no event that happened; a figure a body disputes is not the publisher's."""

from __future__ import annotations

import pytest

from .test_rules import facts, values


@pytest.mark.parametrize(
    "body",
    [
        "Some observers have suggested that the CSTO deployment was requested before the "
        "violence began.",
        "Analysts speculated that the CSTO deployment was requested before the violence began.",
        "Critics contend that the CSTO deployment was requested before the violence began.",
    ],
)
def test_what_is_suggested_is_a_claim_not_events(extract_text, body) -> None:
    result = extract_text(body)
    assert not facts(result, "MilitaryDeployment") and not facts(result, "Riot")
    (claim,) = facts(result, "Claim")
    assert "the CSTO deployment was requested" in values(claim, "claimText").pop()


def test_a_suggested_meeting_did_not_take_place(extract_text) -> None:
    result = extract_text("Tokayev suggested holding talks with the protesters.")
    assert not facts(result, "Meeting")


def test_a_disputed_figure_is_no_fact(extract_text) -> None:
    result = extract_text("The ministry disputed the figure of 238 deaths.")
    (figure,) = facts(result, "Statistic")
    assert "Example News" not in values(figure, "claimant")
    assert figure.label.startswith("claimed ")


def test_a_named_body_disputing_an_account_denies_it(extract_text) -> None:
    result = extract_text("Amnesty International disputed the official account of the shootings.")
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimType") == {"denial"}
    assert values(claim, "claimant") == {"Amnesty International"}


@pytest.mark.parametrize("verb", ["rejected", "disputed"])
def test_a_figure_a_denial_rejects_is_not_the_deniers(extract_text, verb) -> None:
    result = extract_text(f"The official death toll of 230 was {verb} by activists.")
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Government of Kazakhstan"}


@pytest.mark.parametrize(
    "body",
    [
        "Opposition figures rejected the account.",
        "Prominent figures in the opposition rejected the account.",
        "Opponents of the government rejected the account.",
    ],
)
def test_people_who_reject_an_account_are_never_the_publisher(extract_text, body) -> None:
    for claim in facts(extract_text(body), "Claim"):
        assert "Example News" not in values(claim, "claimant")


def test_things_that_contradict_an_account_are_the_documents_voice(extract_text) -> None:
    (claim,) = facts(extract_text("Official figures contradicted the account."), "Claim")
    assert values(claim, "claimant") == {"Example News"}
