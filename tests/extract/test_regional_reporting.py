"""Regional reporting in translation, on sentences written for these tests:
regional police chiefs and akims, per-region figures, press-service wording."""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult, Fact


def tenures(result: DocResult) -> dict[tuple[str, str], Fact]:
    out = {}
    for fact in result.facts.values():
        if fact.cls == "Tenure":
            holder = next(v.label for p, v in fact.props if p == "holder")
            post = next(v.label for p, v in fact.props if p == "post")
            out[(holder, post)] = fact
    return out


def values(fact: Fact, prop: str) -> set[str]:
    return {getattr(v, "value", getattr(v, "label", v)) for p, v in fact.props if p == prop}


# --- a name in apposition is not the body its title heads --------------------
@pytest.mark.parametrize(
    "text",
    [
        "The head of the Almaty region's police department, Nurlan Abdirov, spoke to reporters.",
        "The head of the Aktobe region's police department, Major General Nurlan Abdirov, "
        "said that 45 people were detained.",
        "Nurlan Abdirov, the head of the Aktobe region's police department, spoke to reporters.",
    ],
)
def test_a_regional_police_chief_heads_the_department_not_himself(extract_text, text) -> None:
    posts = [post for holder, post in tenures(extract_text(text)) if holder == "Nurlan Abdirov"]
    assert posts, "the police chief's tenure is kept"
    for post in posts:
        assert "police department" in post.lower()
        assert "Head of Nurlan" not in post


def claimants(result: DocResult) -> dict[str, set[str]]:
    """Each statistic's value and who claims it."""
    return {
        next(v.value for p, v in f.props if p == "value"): values(f, "claimant")
        for f in result.facts.values()
        if f.cls == "Statistic"
    }


# --- a body's name cut short is no name --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "According to the Department of Police of the Almaty region, 18 police officers "
        "were injured in Taldykorgan.",
        "The Department of Police of the Almaty region reported that 18 police officers "
        "were injured.",
    ],
)
def test_a_department_cut_short_is_not_a_claimant_named_department(extract_text, text) -> None:
    result = extract_text(text)
    assert "Department" not in {k.label for k in result.entities}
    assert "Department" not in claimants(result)["18"]


def test_a_named_body_is_kept_whole(extract_text) -> None:
    text = "The Department of Internal Affairs said that 12 people were detained."
    assert claimants(extract_text(text))["12"] == {"Department of Internal Affairs"}


# --- "the X regional department" is not the department named before ----------
def test_another_regions_department_is_not_the_one_named_before(extract_text) -> None:
    result = extract_text(
        "The Department of Internal Affairs of the Mangystau region reported that 12 people "
        "were detained in Zhanaozen. The press service of the Kyzylorda regional police "
        "department said 30 people were detained."
    )
    found = claimants(result)
    assert found["12"] == {"Department of Internal Affairs"}
    assert "Department of Internal Affairs" not in found["30"]


def test_the_department_named_before_speaks_again(extract_text) -> None:
    result = extract_text(
        "The Department of Internal Affairs reported that 12 people were detained. "
        "Later the department said that 30 people had been detained."
    )
    assert claimants(result)["30"] == {"Department of Internal Affairs"}
