"""Kinship, membership and leadership on sentences written for these tests."""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult


def ties(result: DocResult, cls: str) -> set[tuple[str, ...]]:
    out = set()
    for fact in result.facts.values():
        if fact.cls == cls:
            values = dict((p, getattr(v, "label", None) or v.value) for p, v in fact.props)
            out.add(tuple(values[k] for k in sorted(values)))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "His first deputy was Nazarbayev's nephew, Samat Abish.",
        "His first deputy at the KNB was Nazarbayev\u2019s nephew, Samat Abish.",
        "Samat Abish, the nephew of Nursultan Nazarbayev, was dismissed.",
        "Nazarbayev's nephew Samat Abish was dismissed.",
        "Samat Abish is the nephew of Nursultan Nazarbayev.",
    ],
)
def test_kinship_in_several_phrasings(extract_text, text) -> None:
    # sorted keys: kinTerm, relative, relativeOf
    assert ties(extract_text(text), "Kinship") == {
        ("nephew", "Samat Abish", "Nursultan Nazarbayev")
    }


def test_a_compound_kin_term(extract_text) -> None:
    found = ties(extract_text("Nazarbayev's son-in-law Timur Kulibayev resigned."), "Kinship")
    assert found == {("son-in-law", "Timur Kulibayev", "Nursultan Nazarbayev")}


def test_no_kinship_without_both_persons(extract_text) -> None:
    result = extract_text(
        "Tokayev said his nephew was not involved. The son of a farmer, Samat Abish, spoke."
    )
    assert not ties(result, "Kinship")


@pytest.mark.parametrize(
    "text",
    [
        "Aigerim Tuleuzhanova, a member of the Democratic Party, spoke to reporters.",
        "Aigerim Tuleuzhanova is a member of the Democratic Party.",
    ],
)
def test_membership(extract_text, text) -> None:
    assert ties(extract_text(text), "Membership") == {("Aigerim Tuleuzhanova", "Democratic Party")}


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO, led by Russia, sent troops.",
        "The Russia-led CSTO sent troops.",
        "The Russian-led CSTO sent troops.",
        "The CSTO is led by Russia.",
    ],
)
def test_leadership(extract_text, text) -> None:
    # sorted keys: ledBody, ledBy
    assert ties(extract_text(text), "Leadership") == {
        ("Collective Security Treaty Organization", "Russia")
    }


def test_led_to_is_a_cause_not_a_leadership(extract_text) -> None:
    result = extract_text(
        "The protests led to the resignation of the government. Russia-led troops arrived."
    )
    assert not ties(result, "Leadership")
