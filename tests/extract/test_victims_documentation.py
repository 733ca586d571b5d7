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
