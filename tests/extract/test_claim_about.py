"""What a claim is about (kz:about), on sentences written for these tests: whom a
demand is made of, a country acting as its state, no dateline."""

from __future__ import annotations

import pytest

from .test_claims import claims
from .test_rules import values

GOVERNMENT = "Government of Kazakhstan"


def about_of(result, claimant: str) -> set[str]:
    return set().union(
        *(values(c, "about") for c in claims(result) if claimant in values(c, "claimant"))
    )


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        ("The European Parliament called on the EU to impose sanctions.", "European Union"),
        ("Guterres urged Tokayev to show restraint.", "Kassym-Jomart Tokayev"),
        (
            "Human Rights Watch appealed to the Kazakh authorities to free the detainees.",
            GOVERNMENT,
        ),
        (
            "The European Parliament invited the EU institutions to review the cooperation.",
            "European Union",
        ),
    ],
)
def test_a_demand_is_about_whom_it_is_made_of(extract_text, body: str, addressee: str) -> None:
    result = extract_text(body)
    assert any(addressee in values(c, "about") for c in claims(result)), [
        (c.label, values(c, "about")) for c in claims(result)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Human Rights Watch said that Kazakhstan has failed to investigate the killings.",
        "Kazakhstan must release the detainees, Human Rights Watch said.",
        "Human Rights Watch said that promises by Kazakhstan to investigate came to nothing.",
    ],
)
def test_a_country_that_acts_in_a_claim_is_its_government(extract_text, body: str) -> None:
    result = extract_text(body)
    about = about_of(result, "Human Rights Watch")
    assert GOVERNMENT in about and "Kazakhstan" not in about, about


@pytest.mark.parametrize(
    "body",
    [
        "Human Rights Watch said that protests in Kazakhstan were peaceful.",
        "Human Rights Watch said that Kazakhstan's courts were not independent.",
        "Human Rights Watch said that Kazakhstan is a key partner.",
    ],
)
def test_a_country_named_as_a_place_stays_the_country(extract_text, body: str) -> None:
    result = extract_text(body)
    about = about_of(result, "Human Rights Watch")
    assert "Kazakhstan" in about and GOVERNMENT not in about, about


@pytest.mark.parametrize(
    "body",
    [
        "(Geneva) \u2013 Kazakhstan has failed to investigate the killings, Human Rights "
        "Watch said today.",
        "ALMATY - Kazakhstan has failed to investigate the killings, Human Rights Watch said.",
    ],
)
def test_a_dateline_is_no_part_of_the_claim(extract_text, body: str) -> None:
    result = extract_text(body)
    (claim,) = [c for c in claims(result) if "Human Rights Watch" in values(c, "claimant")]
    assert next(iter(values(claim, "claimText"))).startswith("Kazakhstan has failed"), claim.label
    assert not values(claim, "about") & {"Geneva", "Almaty"}, values(claim, "about")


@pytest.mark.parametrize(
    "body",
    [
        "Human Rights Watch said that security forces detained injured protesters who were "
        "receiving treatment and are accused of torturing them.",
        "Police arrested two activists who were filming the rally and are accused of beating "
        "them, Human Rights Watch said.",
    ],
)
def test_the_accused_are_not_those_they_are_accused_of_harming(extract_text, body) -> None:
    result = extract_text(body)
    accused = [c for c in claims(result) if "accused" in next(iter(values(c, "claimText")))]
    assert accused, [c.label for c in claims(result)]
    about = set().union(*(values(c, "about") for c in accused))
    assert about & {"security forces", "police"}, about


@pytest.mark.parametrize(
    "body",
    [
        "Kcell said that the competent authorities of the Republic of Kazakhstan had "
        "suspended the networks.",
        "Kcell said that the government of Kazakhstan had suspended the networks.",
    ],
)
def test_a_state_body_of_a_country_that_acts_is_its_government(extract_text, body) -> None:
    about = about_of(extract_text(body), "Kcell")
    assert GOVERNMENT in about and "Kazakhstan" not in about, about


def test_a_name_set_off_by_dashes_is_no_dateline(extract_text) -> None:
    result = extract_text(
        "Kazakhstan \u2013 a key partner \u2013 has failed to investigate the killings, "
        "Human Rights Watch said."
    )
    (claim,) = [c for c in claims(result) if "Human Rights Watch" in values(c, "claimant")]
    assert next(iter(values(claim, "claimText"))).startswith("Kazakhstan"), claim.label


@pytest.mark.parametrize(
    "body",
    [
        "Human Rights Watch said that Kazakhstan has seen its worst unrest in decades.",
        "Human Rights Watch said that Kazakhstan faces a difficult year.",
    ],
)
def test_a_country_that_undergoes_is_the_country(extract_text, body: str) -> None:
    about = about_of(extract_text(body), "Human Rights Watch")
    assert "Kazakhstan" in about and GOVERNMENT not in about, about


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev claimed that the protests were hijacked by foreign terrorists.",
        "Human Rights Watch said the demonstrations in Almaty had been peaceful.",
        '"All rallies must be peaceful," Tokayev said.',
    ],
)
def test_a_claim_about_protests_is_about_the_protesters(extract_text, body: str) -> None:
    result = extract_text(body)
    assert any("protesters" in values(c, "about") for c in claims(result)), [
        (c.label, values(c, "about")) for c in claims(result)
    ]


def test_a_claim_without_a_protest_is_not_about_protesters(extract_text) -> None:
    result = extract_text("Human Rights Watch said the courts were not independent.")
    assert all("protesters" not in values(c, "about") for c in claims(result))


def test_what_is_said_stays_on_its_line(extract_text) -> None:
    body = (
        "Blackout Report\nArticle author\nJane Doe\nExample Foundation\n"
        "It is noteworthy that mobile access prevails in Kazakhstan."
    )
    result = extract_text(body)
    (claim,) = claims(result)
    assert next(iter(values(claim, "claimText"))) == (
        "It is noteworthy that mobile access prevails in Kazakhstan"
    )
    assert [body[e.start : e.end] for e in claim.evidence] == [
        "It is noteworthy that mobile access prevails in Kazakhstan."
    ]


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Tokayev said that poorer Kazakhs have suffered for years.", "Kazakhstan"),
        ("Human Rights Watch said that many Kazakhstanis were detained.", "Kazakhstan"),
        ("Tokayev said that the Russians helped.", "Russia"),
    ],
)
def test_a_people_named_by_nationality_is_its_country(extract_text, body, country) -> None:
    result = extract_text(body)
    assert any(country in values(c, "about") for c in claims(result)), [
        (c.label, values(c, "about")) for c in claims(result)
    ]


@pytest.mark.parametrize(
    "body",
    [
        "This contingent arrived in our country for a short period, Tokayev said.",
        "The peacekeeping contingent will leave within ten days, Tokayev said.",
    ],
)
def test_the_contingent_is_the_csto_force(extract_text, body: str) -> None:
    (claim,) = claims(extract_text(body))
    assert "CSTO peacekeepers" in values(claim, "about")


def test_they_after_two_persons_joined_is_about_both(extract_text) -> None:
    result = extract_text(
        "Askar Zhagiparov and Bolat Kapsalanov were killed in January. According to "
        "witnesses, they had been detained and beaten.",
        date="2022-03-01",
    )
    (claim,) = claims(result)
    assert {"Askar Zhagiparov", "Bolat Kapsalanov"} <= values(claim, "about")


def test_they_two_sentences_after_the_pair_is_not_the_pair(extract_text) -> None:
    result = extract_text(
        "Askar Zhagiparov and Bolat Kapsalanov were killed in January. The protests spread "
        "to Almaty. According to witnesses, they had been detained and beaten.",
        date="2022-03-01",
    )
    said = [c for c in claims(result) if "beaten" in next(iter(values(c, "claimText")))]
    assert said and "Askar Zhagiparov" not in values(said[0], "about")
