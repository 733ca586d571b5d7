"""Ground reporting and victims' documentation, on sentences written for these tests.

Red-team finding: a relative or witness without a name speaks for a named victim
("Askar Nurlanov was shot, his mother said. She said he had never been at a
protest."); the next "she" is the relative, never the victim.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values


@pytest.mark.parametrize(
    "body",
    [
        "Askar Nurlanov, 23, a driver from Taldykorgan, was shot near the akimat on "
        "January 5, his mother said. She said he had never been at a protest.",
        "Askar Nurlanov was detained on January 7, his brother told reporters. "
        "He said Nurlanov had been beaten in custody.",
        "A witness said Askar Nurlanov was shot in the street. "
        "She said the police fired without warning.",
    ],
)
def test_a_relatives_words_are_not_the_victims(extract_text, body: str) -> None:
    claimants = {c for f in facts(extract_text(body), "Claim") for c in values(f, "claimant")}
    assert "Askar Nurlanov" not in claimants


def test_a_named_speaker_is_still_the_next_pronouns(extract_text) -> None:
    body = (
        "Askar Nurlanov, a lawyer, spoke to reporters on January 10. "
        "He said the police had beaten detainees."
    )
    claimants = {c for f in facts(extract_text(body), "Claim") for c in values(f, "claimant")}
    assert claimants == {"Askar Nurlanov"}


@pytest.mark.parametrize(
    "quote",
    [
        "\u201cMy son was not a terrorist. He went out to buy bread,\u201d "
        "said Gulnara Bazhkenova.",
        "\u201cMy husband was a taxi driver. He was shot at a checkpoint,\u201d "
        "Aigul Saparova said.",
        "Aigul Saparova said: \u201cA friend of mine was there. She was beaten by police.\u201d",
    ],
)
def test_he_in_a_quotation_is_the_one_it_speaks_of(extract_text, quote: str) -> None:
    # "he" is the son the mother speaks of, not the official named in the sentence before
    body = "Former KNB chief Karim Masimov was sentenced to 18 years. " + quote
    told = [f for f in extract_text(body).facts.values() if f.cls in ("Claim", "UseOfForce")]
    assert told and all(
        "Karim Masimov" not in values(f, role) for f in told for role in ("about", "participant")
    )


def test_he_in_a_quotation_of_no_one_else_is_the_one_named_before(extract_text) -> None:
    body = (
        "Karim Masimov was arrested on January 8. "
        "\u201cHe betrayed the country,\u201d Tokayev said."
    )
    [claim] = facts(extract_text(body), "Claim")
    assert values(claim, "about") == {"Karim Masimov"}
