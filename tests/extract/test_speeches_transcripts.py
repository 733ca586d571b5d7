"""Speeches, transcripts and first-person writing: addresses to the nation, press
conferences in Q/A form, op-eds and open letters. Paragraphs written for these tests.
Negatives: a question is no one's claim, a promise is no event, and a number spelled
out in words keeps its full value.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

DOC = "2022-01-11"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Twenty thousand", "20000"),
        ("twenty thousand", "20000"),
        ("Two hundred and twenty-five", "225"),
        ("twenty-five", "25"),
        ("20 thousand", "20000"),
    ],
)
def test_a_number_in_words_keeps_its_scale(extract_text, words, value) -> None:
    result = extract_text(f"Tokayev said {words} bandits had attacked Almaty.", date=DOC)
    (figure,) = facts(result, "Statistic")
    assert values(figure, "numericValue") == {value}


def test_a_vague_number_in_words_has_no_value(extract_text) -> None:
    result = extract_text("Tokayev said thousands of bandits had attacked Almaty.", date=DOC)
    assert all(not values(f, "numericValue") for f in facts(result, "Statistic"))


@pytest.mark.parametrize(
    "order",
    [
        "I have given the order to the law enforcement agencies and the army to shoot to "
        "kill without warning.",
        "Tokayev gave the order to the police and the army to shoot to kill without warning.",
        "He has given instructions to the troops to open fire and to kill without warning.",
    ],
)
def test_what_an_order_is_given_to_do_is_no_event(extract_text, order) -> None:
    result = extract_text(order, date=DOC)
    assert not facts(result, "Killing")


def test_a_killing_told_beside_an_order_is_an_event(extract_text) -> None:
    result = extract_text(
        "Tokayev gave the order to shoot without warning, and soldiers killed a "
        "protester in Almaty on 6 January.",
        date=DOC,
    )
    assert facts(result, "Killing")
