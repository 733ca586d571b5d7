"""Events told over two sentences, written for these tests: "the ceremony" points
back to the ceremony told before; an official act told "according to" a news
outlet is news naming its source, not the outlet's claim."""

from __future__ import annotations

import pytest

from .test_claims import claims
from .test_rules import facts, values

ZAS = "Stanislav Zas"
TALASOV = "Mukhamedzhan Talasov"


@pytest.mark.parametrize(
    "second",
    [
        "Attending the ceremony were Mukhamedzhan Talasov and Stanislav Zas.",
        "Mukhamedzhan Talasov and Stanislav Zas attended the ceremony.",
        "Mukhamedzhan Talasov and Stanislav Zas took part in the ceremony, Kazinform reported.",
    ],
)
def test_the_ceremony_is_the_one_told_before(extract_text, second: str) -> None:
    result = extract_text(
        "The peacekeepers were sent home at a farewell ceremony in Almaty. " + second
    )
    ceremonies = facts(result, "Ceremony")
    assert len(ceremonies) == 1, [f.label for f in ceremonies]
    assert values(ceremonies[0], "place") == {"Almaty"}
    assert values(ceremonies[0], "participant") == {TALASOV, ZAS}


@pytest.mark.parametrize(
    "body",
    [
        # a ceremony of its own: "a" and another place, or another place
        "A farewell ceremony was held in Almaty. "
        "Mukhamedzhan Talasov and Stanislav Zas attended a ceremony in Shymkent.",
        "A farewell ceremony was held in Almaty. The ceremony in Shymkent was attended by "
        "Mukhamedzhan Talasov.",
    ],
)
def test_a_ceremony_said_to_differ_is_another(extract_text, body: str) -> None:
    places = [values(f, "place") for f in facts(extract_text(body), "Ceremony")]
    assert {"Almaty"} in places and {"Shymkent"} in places


def test_a_dated_mention_names_its_own_event(extract_text) -> None:
    result = extract_text(
        "Hundreds of protesters were detained in Almaty on January 5. "
        "The trial of Karim Masimov opened in Astana in April 2023. "
        "The trial of Karim Masimov on January 10, 2024 was closed."
    )
    assert len(facts(result, "Trial")) + len(facts(result, "ClosedTrial")) >= 2


@pytest.mark.parametrize(
    "body",
    [
        "Attending the ceremony in Almaty were Mukhamedzhan Talasov and Stanislav Zas, "
        "according to Kazinform news agency.",
        "Attending the ceremony in Almaty were Mukhamedzhan Talasov and Stanislav Zas, "
        "according to local media.",
        "According to Interfax, the Defence Ministry's Mukhamedzhan Talasov and Stanislav "
        "Zas attended the ceremony in Almaty.",
    ],
)
def test_an_act_told_according_to_the_press_is_news(extract_text, body: str) -> None:
    result = extract_text(body)
    ceremony = facts(result, "Ceremony")
    assert [values(c, "participant") for c in ceremony] == [{TALASOV, ZAS}]
    assert claims(result) == [], [c.label for c in claims(result)]


@pytest.mark.parametrize(
    "body",
    [
        # witnesses and activists are no press: what they tell stays their claim
        "Mukhamedzhan Talasov and Stanislav Zas attended the ceremony in Almaty, "
        "according to witnesses.",
        "According to activists, Mukhamedzhan Talasov attended the ceremony in Almaty.",
    ],
)
def test_an_act_told_according_to_others_stays_their_claim(extract_text, body: str) -> None:
    result = extract_text(body)
    assert facts(result, "Ceremony") == []
    assert len(claims(result)) == 1


def test_a_non_official_event_according_to_the_press_stays_a_claim(extract_text) -> None:
    # torture is no official act: the outlet's word does not make it a fact
    result = extract_text("Detainees were tortured in Almaty, according to Kazinform.")
    assert facts(result, "Torture") == []
    assert len(claims(result)) == 1


@pytest.mark.parametrize("which", ["second", "largest", "last"])
def test_an_ordinal_or_superlative_picks_out_another_event(extract_text, which: str) -> None:
    result = extract_text(
        "A farewell ceremony for the troops was held in Almaty. "
        f"Mukhamedzhan Talasov attended the {which} ceremony."
    )
    almaty = [f for f in facts(result, "Ceremony") if values(f, "place") == {"Almaty"}]
    assert [values(f, "participant") for f in almaty] == [set()]
