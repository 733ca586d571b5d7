"""Precision rules: what must not become a name, and whose a claim is (own sentences)."""

from __future__ import annotations

from kzkg.extract.model import DocResult


def labels(result: DocResult) -> set[str]:
    return {k.label for k in result.entities}


def claimants(result: DocResult) -> set[str]:
    found = set()
    for fact in result.facts.values():
        if fact.cls == "Claim":
            found |= {v.label for p, v in fact.props if p == "claimant"}
    return found


# --- a nationality adjective is never a name ----------------------------------
def test_nationality_adjective_is_not_an_organization(extract_text) -> None:
    for text in (
        "According to the Kazakh health ministry, 164 people died in the unrest.",
        "The Kazakh health ministry said 164 people had died.",
        "Officials at the Kyrgyz education ministry said schools would reopen.",
        "The Russian foreign ministry said the troops would stay until the mission ended.",
    ):
        result = extract_text(text)
        assert not {"Kazakh", "Kyrgyz", "Russian"} & labels(result), text


def test_a_ministry_described_by_nationality_is_the_claimant(extract_text) -> None:
    result = extract_text("The Kazakh health ministry said 164 people had died.")
    assert claimants(result) == {"Kazakh health ministry"}
    result = extract_text("The Russian foreign ministry said the troops would stay.")
    assert claimants(result) == {"Russian foreign ministry"}


def test_nationality_before_a_group_stays_in_the_group(extract_text) -> None:
    result = extract_text("Kazakh officials said the situation was stable.")
    assert claimants(result) == {"Kazakh officials"}
