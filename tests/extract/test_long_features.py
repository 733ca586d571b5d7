"""Long-form features: a subject named in full once and by surname later, scenes told
in clauses of time. Paragraphs written for these tests, in magazine style.
Negatives: what a clause of time opens is no one's claim, and a surname the model takes
for a nationality is the person the feature named, never the last man mentioned.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

DOC = "2024-01-05"


def claimants(result) -> dict[str, set[str]]:
    return {c.label.split(": ", 2)[-1]: values(c, "claimant") for c in facts(result, "Claim")}


@pytest.mark.parametrize(
    "scene",
    [
        "Bekova laughs bitterly.",
        "Was her son a terrorist, as the authorities later claimed? Bekova laughs bitterly.",
    ],
)
def test_a_surname_the_model_misreads_is_the_named_subject(extract_text, scene) -> None:
    result = extract_text(
        "Gulnara Bekova still keeps her son's jacket by the door. Karim Massimov was "
        f'arrested on January 8.\n\n{scene} "He was a student," she says.',
        date=DOC,
    )
    (claim,) = [c for c in facts(result, "Claim") if "student" in c.label]
    assert values(claim, "claimant") == {"Gulnara Bekova"}
