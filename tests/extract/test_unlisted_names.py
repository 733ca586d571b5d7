"""Names no lexicon lists, on sentences written for these tests: a reporting verb's
subject the model did not tag still speaks (kzkg/extract/speaker_names.py), and a body
named after a country is not that country's state."""

from __future__ import annotations

import pytest

from .test_rules import facts, values


def claimants(result) -> set[str]:
    return {label for claim in facts(result, "Claim") for label in values(claim, "claimant")}


def figure_claimants(result) -> set[str]:
    return {label for s in facts(result, "Statistic") for label in values(s, "claimant")}


def kinds(result, label: str) -> set[str]:
    return {key.kind for key in result.entities if key.label == label}


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "ANK, an independent monitoring group, said police had fired on peaceful "
            "demonstrators in Taldykorgan.",
            "ANK",
            "organization",
        ),
        (
            "Kazatomprom, the state uranium miner, said production had not been affected "
            "by the protests.",
            "Kazatomprom",
            "organization",
        ),
        ("Ulysmedia reported that the court had extended the detention.", "Ulysmedia", None),
        (
            "In a statement on Friday, Zhanmedia alleged that the detainees had been beaten.",
            "Zhanmedia",
            "organization",
        ),
    ],
)
def test_an_untagged_name_that_reports_is_the_claimant(extract_text, text, speaker, kind) -> None:
    result = extract_text(text)
    assert claimants(result) == {speaker}
    if kind is not None:
        assert kinds(result, speaker) == {kind}


def test_an_untagged_outlet_states_the_figure_it_reports(extract_text) -> None:
    result = extract_text("Kloop reported that at least 12 people had been detained in Bishkek.")
    assert figure_claimants(result) == {"Kloop"}
    assert kinds(result, "Kloop") == {"organization"}


def test_a_surname_alone_that_reports_is_the_person_named_before(extract_text) -> None:
    result = extract_text(
        "Serik Zhumangarin was appointed minister. Zhumangarin said that prices would fall."
    )
    assert claimants(result) == {"Serik Zhumangarin"}
    assert not kinds(result, "Zhumangarin")


@pytest.mark.parametrize(
    "text",
    [
        # A headline in title case: its words tell no names.
        "Kazakhstan: Rights Groups Say Detainees Were Tortured",
        # A common noun capitalised at the start of a name cut short.
        "The Department of Police of the Almaty region reported that 18 officers were injured.",
        # A place is no speaker of its own.
        "Protesters gathered in Bishkek. Bishkek said that the border would stay closed.",
        # A date or a month.
        "January said nothing to anyone.",
    ],
)
def test_no_actor_is_made_of_words_that_name_no_one(extract_text, text) -> None:
    result = extract_text(text)
    made = {key.label for key in result.entities}
    assert not made & {"Rights Groups", "Department", "Bishkek Government", "January"}
    assert "organization" not in kinds(result, "Bishkek")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dignity Kazakhstan, a coalition of lawyers and psychologists, said it had "
            "documented 57 cases of ill-treatment.",
            "Dignity Kazakhstan",
        ),
        ("Erkindik Kazakhstan said that the trials were politically motivated.", None),
    ],
)
def test_a_body_named_after_a_country_is_not_its_state(extract_text, text, speaker) -> None:
    result = extract_text(text)
    assert "Government of Kazakhstan" not in claimants(result)
    assert "Kazakhstan" not in claimants(result)
    if speaker is not None:
        assert claimants(result) == {speaker}
        assert figure_claimants(result) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "The Oyan, Qazaqstan movement said in a statement that the authorities were using "
        "the unrest as a pretext.",
        "The Oyan Qazaqstan movement called for an independent international investigation.",
        "A Kazakhstan opposition party said the amnesty was too narrow.",
    ],
)
def test_a_movement_or_party_named_after_the_country_is_not_the_government(
    extract_text, text
) -> None:
    assert "Government of Kazakhstan" not in claimants(extract_text(text))


def test_the_state_still_speaks_through_its_government(extract_text) -> None:
    result = extract_text("The Kazakhstan government said the state of emergency would end.")
    assert "Government of Kazakhstan" in claimants(result) or "Kazakhstan" in claimants(result)
