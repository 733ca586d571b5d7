"""Political retrospectives of 2023-2025 on the aftermath and the reforms: what happened
in January 2022 told beside anniversaries, speeches and reforms of later years. The
later date of a remembering is no date of the event remembered."""

from __future__ import annotations

import pytest

from tests.extract.test_events_aftermath import events
from tests.extract.test_rules import facts, values
from tests.extract.test_statistics import figure, prop, stats


@pytest.mark.parametrize(
    "text",
    [
        "Marking the second anniversary of the protests, Tokayev said in January 2024 "
        "that the state had learned its lessons.",
        "On January 5, 2024, Tokayev honoured the victims of the protests at a ceremony in Almaty.",
        "In January 2024 Tokayev laid a wreath at the memorial to the victims of the riots.",
        "On the anniversary of the protests, Tokayev spoke in Astana on January 5, 2024.",
    ],
)
def test_a_remembered_event_takes_no_date_of_its_remembering(extract_text, text) -> None:
    result = extract_text(text, date="2024-01-06")
    for cls in ("Protest", "Riot"):
        for event in events(result, cls):
            assert not any(d.startswith("2024") for d in event.get("date", ()))


def test_a_remembered_event_keeps_a_date_of_its_own(extract_text) -> None:
    text = "The anniversary of the January 2022 protests was marked quietly in Almaty on Sunday."
    [protest] = events(extract_text(text, date="2024-01-08"), "Protest")
    assert protest["date"] == {"2022-01"}


def test_the_ceremony_keeps_its_date(extract_text) -> None:
    text = "On January 5, 2024, Tokayev honoured the victims of the protests at a ceremony."
    [ceremony] = events(extract_text(text, date="2024-01-06"), "Ceremony")
    assert ceremony["date"] == {"2024-01-05"}


# --- the month of a period's name -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people were detained during the January events.",
        "Hundreds of people were detained during the January protests, officials said.",
        "During the tragic January, hundreds of people were detained.",
    ],
)
def test_the_month_of_a_periods_name_is_the_periods_in_a_later_piece(extract_text, text) -> None:
    [count] = stats(extract_text(text, date="2024-06-01"))
    assert prop(count, "date") == {"2022-01"}


def test_a_month_told_apart_from_the_name_keeps_the_documents_year(extract_text) -> None:
    text = "Hundreds of people were detained in January during the protests."
    [count] = stats(extract_text(text, date="2024-06-01"))
    assert prop(count, "date") == {"2024-01"}


# --- what an act was for is no date of the act -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutor General Berik Asylov told the Mazhilis that 1,266 people had been "
        "convicted over the January events.",
        "More than 1,200 people have been convicted in connection with the January 2022 unrest.",
        "1,266 people were convicted for the riots of January 2022.",
    ],
)
def test_a_count_of_acts_is_not_dated_by_what_they_were_for(extract_text, text) -> None:
    [count] = stats(extract_text(text, date="2024-06-01"))
    assert not prop(count, "date")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In March 2023, 1,266 people had been convicted for their role in the unrest.", "2023-03"),
        (
            "Some 45 defendants were sentenced on January 27, 2025, for their part in the unrest.",
            "2025-01-27",
        ),
        ("About 10,000 people were detained over the protests in January 2022.", "2022-01"),
        ("More than 200 people were killed over the weekend of January 8, 2022.", "2022-01-08"),
        ("More than 10,000 people were detained over the course of January 2022.", "2022-01"),
    ],
)
def test_a_count_keeps_the_date_of_its_own_act(extract_text, text, date) -> None:
    [count] = stats(extract_text(text, date="2025-06-01"))
    assert prop(count, "date") == {date}


# --- a participle on the counted noun dates the count ------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "In 2023, the state paid compensation to the families of 60 people killed in "
            "January 2022.",
            {"2022-01"},
        ),
        (
            "The state paid compensation in 2023 to the families of 60 people killed during "
            "the protests.",
            set(),
        ),
        (
            "In 2023, the state paid compensation to the families of 60 people who were killed "
            "during the protests.",
            set(),
        ),
    ],
)
def test_a_count_told_by_a_participle_takes_its_date(extract_text, text, date) -> None:
    [count] = stats(extract_text(text, date="2024-06-01"))
    assert prop(count, "date") == date


# --- a contrasting clause with no voice of its own ---------------------------------

PGO = "General Prosecutor's Office of Kazakhstan"


@pytest.mark.parametrize(
    "text",
    [
        "According to the Prosecutor General's Office, 4,353 people were injured in "
        "January 2022, while 238 died.",
        "According to the Prosecutor General's Office, 4,353 people were injured, whereas "
        "238 people were killed.",
        "4,353 people were injured, while 238 died, according to the Prosecutor General's Office.",
    ],
)
def test_a_contrasting_count_is_the_according_to_sources(extract_text, text) -> None:
    result = extract_text(text, date="2024-12-20")
    for count in stats(result):
        assert prop(count, "claimant") == {PGO}, count.label


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "According to the Prosecutor General's Office, 238 people died, while Human "
            "Rights Watch put the toll at 250.",
            "Human Rights Watch",
        ),
        (
            "According to the Prosecutor General's Office, 238 people died, while the UN "
            "said 250 people were killed.",
            "United Nations",
        ),
    ],
)
def test_a_contrasting_voice_keeps_its_own_count(extract_text, text, other) -> None:
    result = extract_text(text, date="2024-12-20")
    assert prop(figure(result, "238"), "claimant") == {PGO}
    assert prop(figure(result, "250"), "claimant") == {other}


# --- what a claim is into or about is no date of its saying --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, several dozen activists held a rally in Almaty to demand an independent "
        "investigation into the January 2022 events.",
        "Activists demanded an investigation into the January 2022 events.",
        "Tokayev spoke about the January 2022 events, saying the state had learned its lessons.",
    ],
)
def test_a_claims_date_is_not_the_date_of_what_it_is_about(extract_text, text) -> None:
    result = extract_text(text, date="2025-01-05")
    found = [f for f in result.facts.values() if f.cls == "Claim"]
    assert found
    for claim in found:
        assert prop(claim, "date") == {"2025-01-05"}, claim.label


# --- a date the clause states beats the dateline's ---------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "ALMATY, January 5, 2025 - Three years ago, thousands of protesters took to the "
            "streets of Almaty.",
            {"2022"},
        ),
        (
            "ALMATY, January 5, 2025 - In January 2022, thousands of protesters took to the "
            "streets of Almaty.",
            {"2022-01"},
        ),
        (
            "ALMATY, January 5, 2025 - Police detained 15 activists in Almaty.",
            {"2025-01-05"},
        ),
    ],
)
def test_a_figure_takes_its_clauses_date_before_the_datelines(extract_text, text, date) -> None:
    [count] = stats(extract_text(text, date="2025-01-05"))
    assert prop(count, "date") == date


# --- the occasion of a speech dates the words -----------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "In a speech marking the third anniversary of Qandy Qantar on January 5, 2025, "
            "Tokayev said the country had overcome the crisis.",
            {"2025-01-05"},
        ),
        (
            "In an address marking the anniversary of the January 5, 2022 shootings, Tokayev "
            "said the country had overcome the crisis.",
            {"2025-02-01"},
        ),
        (
            "In an interview about the protests that began on January 2, 2022, Tokayev said "
            "the country had overcome the crisis.",
            {"2025-02-01"},
        ),
    ],
)
def test_a_speechs_occasion_dates_what_was_said(extract_text, text, date) -> None:
    [claim] = [f for f in extract_text(text, date="2025-02-01").facts.values() if f.cls == "Claim"]
    assert prop(claim, "date") == date


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        ("At the time, Tokayev described the protesters as bandits.", set()),
        ("Two years ago, Tokayev claimed that 20,000 terrorists had attacked Almaty.", {"2022"}),
        (
            "Two years ago, Kazakhstan was shaken by unrest. Tokayev claimed that 20,000 "
            "terrorists had attacked Almaty.",
            set(),
        ),
    ],
)
def test_what_was_said_back_then_takes_no_date_of_the_retrospective(
    extract_text, body, dates
) -> None:
    (claim,) = facts(extract_text(body, date="2024-01-05"), "Claim")
    assert values(claim, "claimant") == {"Kassym-Jomart Tokayev"}
    assert values(claim, "date") == dates


def test_what_is_said_now_in_a_retrospective_keeps_its_date(extract_text) -> None:
    body = "Two years ago, Kazakhstan was shaken by unrest. Today Tokayev says reforms are working."
    (claim,) = facts(extract_text(body, date="2024-01-05"), "Claim")
    assert values(claim, "date") == {"2024-01-05"}


def test_a_date_counted_from_dates_nothing_the_sentence_tells(extract_text) -> None:
    result = extract_text(
        "A year after the January events, Tokayev told parliament that the reforms were "
        "working. Two months after January 2022, protesters rallied in Almaty.",
        date="2023-03-01",
    )
    (claim,) = facts(result, "Claim")
    assert not values(claim, "date")
    assert [values(p, "date") for p in facts(result, "Protest")] == [set()]


def test_a_date_stated_outright_still_dates_the_event(extract_text) -> None:
    result = extract_text("On 5 January 2022, protesters stormed the akimat in Almaty.")
    assert [values(r, "date") for r in facts(result, "Riot")] == [{"2022-01-05"}]


def test_a_day_whose_year_only_the_document_gives_is_no_date_in_a_past_narrative(
    extract_text,
) -> None:
    body = (
        "Nazarbayev's nephew Kairat Satybaldy was detained in March 2022. His daughter "
        "resigned from parliament in February 2022. Timur Kulibayev stepped down as head "
        "of the Atameken business chamber on January 15."
    )
    result = extract_text(body, date="2023-05-01")
    resignations = {
        values(f, "agent").pop(): values(f, "date") for f in facts(result, "Resignation")
    }
    assert resignations["Timur Kulibayev"] == set()


def test_a_day_in_a_report_of_its_own_year_keeps_the_documents_year(extract_text) -> None:
    body = "Timur Kulibayev stepped down as head of the Atameken business chamber on January 15."
    (resignation,) = facts(extract_text(body, date="2022-01-20"), "Resignation")
    assert values(resignation, "date") == {"2022-01-15"}
