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
