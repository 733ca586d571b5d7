"""Who takes part in an event, written for these tests: a counted or gathered group
("thousands of protesters", "a group of soldiers") is the group; a clash has two
sides and no agent."""

from __future__ import annotations

import pytest

from .test_rules import facts, values


@pytest.mark.parametrize(
    ("body", "group"),
    [
        ("Thousands of protesters stormed the akimat in Almaty.", "protesters"),
        ("Hundreds of protesters set fire to the mayor's office in Almaty.", "protesters"),
        ("Dozens of protesters looted shops in Taraz.", "protesters"),
        ("A crowd of protesters stormed the airport in Almaty.", "protesters"),
    ],
)
def test_a_counted_group_acts(extract_text, body: str, group: str) -> None:
    assert [values(f, "agent") for f in facts(extract_text(body), "Riot")] == [{group}]


@pytest.mark.parametrize(
    "body",
    [
        # no group: the count is of something else
        "Thousands of buildings were looted in Almaty.",
        "Dozens of shops in Taraz were looted.",
    ],
)
def test_a_count_of_things_is_no_actor(extract_text, body: str) -> None:
    assert all(not values(f, "agent") for f in facts(extract_text(body), "Riot"))


@pytest.mark.parametrize(
    "body",
    [
        "Thousands of protesters clashed with police in Almaty.",
        "Police clashed with protesters in Almaty.",
        "There were clashes between protesters and police in Almaty.",
        "Clashes between police and protesters broke out in Almaty.",
    ],
)
def test_a_clash_has_two_sides_and_no_agent(extract_text, body: str) -> None:
    riots = facts(extract_text(body), "Riot")
    assert [values(f, "participant") for f in riots] == [{"protesters", "police"}]
    assert [values(f, "agent") for f in riots] == [set()]


def test_police_storming_is_still_no_riot(extract_text) -> None:
    # a side barred from a class (police from a riot) may take part in a clash only
    assert facts(extract_text("Police stormed the building in Almaty."), "Riot") == []


@pytest.mark.parametrize(
    "second",
    [
        "After being released, they were shot in the back.",
        "They were later detained in Almaty.",
    ],
)
def test_they_is_not_a_singular_group_before(extract_text, second: str) -> None:
    # "a coalition" said something; "they" who were shot or detained are others
    result = extract_text(
        "A coalition of human rights organizations said that torture was pervasive. " + second
    )
    told = [f for f in result.facts.values() if f.cls in ("UseOfForce", "Arrest")]
    assert all(
        "coalition of human rights organizations" not in values(f, "participant") for f in told
    )


@pytest.mark.parametrize(
    ("first", "group"),
    [
        ("Protesters gathered on the square in Almaty.", "protesters"),
        ("Police surrounded the square in Almaty.", "police"),
    ],
)
def test_they_is_the_plural_group_before(extract_text, first: str, group: str) -> None:
    result = extract_text(first + " They were later detained by soldiers.")
    assert [values(f, "participant") for f in facts(result, "Arrest")] == [{group}]


@pytest.mark.parametrize(
    "body",
    [
        "On January 2, protests broke out over a rise in gas prices in the city of Zhanaozen.",
        "Protesters rallied against the price increase in Zhanaozen on January 2.",
    ],
)
def test_a_place_after_what_a_protest_was_over_is_not_that_events(extract_text, body) -> None:
    # the protest or the price rise may be "in Zhanaozen": the rise takes no place from it
    rises = facts(extract_text(body), "PriceIncrease")
    assert rises and all("Zhanaozen" not in values(f, "place") for f in rises)


@pytest.mark.parametrize(
    "body",
    [
        "On January 1, gas prices doubled in Zhanaozen.",
        "The price increase in Zhanaozen on January 1 angered residents.",
    ],
)
def test_a_price_rise_told_in_its_own_clause_keeps_its_place(extract_text, body) -> None:
    assert [values(f, "place") for f in facts(extract_text(body), "PriceIncrease")] == [
        {"Zhanaozen"}
    ]


@pytest.mark.parametrize(
    "body",
    [
        "About 2,000 troops, mostly Russian, were deployed to Kazakhstan on January 6.",
        "The CSTO deployed troops to Kazakhstan on January 6.",
    ],
)
def test_troops_alone_are_not_the_army(extract_text, body: str) -> None:
    deployed = facts(extract_text(body), "MilitaryDeployment")
    assert deployed and all("army" not in values(f, "participant") for f in deployed)


def test_soldiers_are_the_army(extract_text) -> None:
    told = facts(extract_text("Soldiers opened fire on protesters in Almaty."), "UseOfForce")
    assert [values(f, "agent") for f in told] == [{"army"}]


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        ("Kazakhstan held a referendum on constitutional changes in June 2022.", "Referendum"),
        ("Kazakhstan held a snap presidential election in November 2022.", "Election"),
    ],
)
def test_a_vote_a_country_holds_is_in_it(extract_text, body: str, cls: str) -> None:
    assert [values(f, "place") for f in facts(extract_text(body, date="2024-01-05"), cls)] == [
        {"Kazakhstan"}
    ]


def test_talks_a_country_holds_are_not_placed_in_it(extract_text) -> None:
    found = facts(extract_text("Kazakhstan held talks with Russia on January 10."), "Meeting")
    assert all("Kazakhstan" not in values(f, "place") for f in found)
