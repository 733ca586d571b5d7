"""A "he" or "she" stands only for a person whose surname's ending agrees, where the
region's surnames tell the sex (entities.yaml). Sentences written for these tests.
Negatives: surnames that tell nothing ("Psaki") still take either pronoun."""

from __future__ import annotations

import pytest

from kzkg.extract.gender import sex_of
from kzkg.extract.model import EntityKey

from .test_claims import claims
from .test_long_features import claimants
from .test_rules import values

DOC = "2024-01-05"


@pytest.mark.parametrize(
    ("label", "sex"),
    [
        ("Gulnara Bekova", "female"),
        ("Dariga Nazarbayeva", "female"),
        ("Aigerim Tleuzhanova", "female"),
        ("Karim Massimov", "male"),
        ("Kassym-Jomart Tokayev", "male"),
        ("Marat Ospanuly", "male"),
        ("Jen Psaki", None),
        ("Antony Blinken", None),
    ],
)
def test_the_sex_a_surname_tells(extractor, label, sex) -> None:
    assert sex_of(EntityKey("person", label), extractor.lexicon) == sex


@pytest.mark.parametrize(
    "body",
    [
        "Gulnara Bekova keeps her son's jacket. Karim Massimov was arrested on January 8.\n\n"
        '"He was a student," she says.',
        "Tokayev met Dariga Nazarbayeva on Monday. She said the talks were useful.",
        "Aidos Ukibay spoke after Aigerim Tleuzhanova. She said the talks were useful.",
    ],
)
def test_she_is_never_a_man(extract_text, body) -> None:
    result = extract_text(body, date=DOC)
    men = {"Karim Massimov", "Kassym-Jomart Tokayev", "Aidos Ukibay"}
    assert not any(c & men for c in claimants(result).values())


def test_he_is_never_a_woman(extract_text) -> None:
    result = extract_text(
        "Aigerim Tleuzhanova spoke after the minister. He said the government would act.",
        date=DOC,
    )
    assert not any("Aigerim Tleuzhanova" in c for c in claimants(result).values())


def test_a_surname_that_tells_nothing_takes_either(extract_text) -> None:
    result = extract_text("Jen Psaki spoke on Monday. She said the talks were useful.")
    assert claimants(result) == {"the talks were useful": {"Jen Psaki"}}


def test_an_agreeing_person_keeps_the_pronoun(extract_text) -> None:
    result = extract_text("Dariga Nazarbayeva spoke on Monday. She said the talks were useful.")
    assert claimants(result) == {"the talks were useful": {"Dariga Nazarbayeva"}}


def test_he_after_a_title_alone_as_subject_is_the_one_it_names(extract_text) -> None:
    body = (
        "President Kassym-Jomart Tokayev received Prosecutor General Berik Asylov. "
        "According to Asylov, 3,000 criminal cases have been opened.\n\n"
        "The President instructed the government to ensure the objectivity of the "
        "investigation. He stressed that those guilty of torture must be punished."
    )
    result = extract_text(body)
    found = {values(c, "claimText").pop(): values(c, "claimant") for c in claims(result)}
    assert found["that those guilty of torture must be punished"] == {"Kassym-Jomart Tokayev"}
