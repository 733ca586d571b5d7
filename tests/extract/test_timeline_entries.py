"""Timelines: a paragraph headed by its date ("Jan. 5: ...") dates what it tells.

Paragraphs written for these tests, in the style of explainers' chronologies.
Negatives: a date that opens an ordinary sentence dates its own clause only, and
an entry's date never reaches the next paragraph or an event with its own date.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

DOC = "2022-01-25"


def dates_of(result, cls: str) -> list[set[str]]:
    return [{str(d) for d in values(f, "date")} for f in facts(result, cls)]


@pytest.mark.parametrize(
    "heading", ["Jan. 5:", "January 5:", "5 January \u2013", "Jan. 5 -", "January 5, 2022:"]
)
def test_an_entrys_date_dates_every_sentence_of_it(extract_text, heading: str) -> None:
    result = extract_text(
        f"{heading} Tokayev accepts the government's resignation. Protesters storm the "
        "mayor's office in Almaty. Tokayev declares a state of emergency in Almaty.",
        date=DOC,
    )
    assert dates_of(result, "Resignation") == [{"2022-01-05"}]
    assert dates_of(result, "StateOfEmergency") == [{"2022-01-05"}]
    assert {"2022-01-05"} in dates_of(result, "Riot")


def test_a_change_of_post_in_an_entry_takes_its_date(extract_text) -> None:
    result = extract_text(
        "Jan. 11: Tokayev addresses parliament. Alikhan Smailov is approved as prime minister.",
        date=DOC,
    )
    (tenure,) = [f for f in facts(result, "Tenure") if "Smailov" in f.label]
    assert values(tenure, "startDate") == {"2022-01-11"}


def test_an_entrys_date_stays_in_its_paragraph(extract_text) -> None:
    result = extract_text(
        "Jan. 5: Tokayev declares a state of emergency in Almaty.\n\n"
        "Later, as the situation calmed, protesters stormed the mayor's office in Almaty.",
        date=DOC,
    )
    assert dates_of(result, "StateOfEmergency") == [{"2022-01-05"}]
    assert all("2022-01-05" not in d for d in dates_of(result, "Riot"))


def test_an_event_with_its_own_date_keeps_it(extract_text) -> None:
    result = extract_text(
        "Jan. 11: Tokayev says the state of emergency declared on January 5 will stay.",
        date=DOC,
    )
    assert all(d <= {"2022-01-05"} for d in dates_of(result, "StateOfEmergency"))


def test_a_date_opening_a_plain_sentence_is_no_heading(extract_text) -> None:
    result = extract_text(
        "On January 5, Tokayev accepted the government's resignation. Later protesters "
        "stormed the mayor's office in Almaty.",
        date=DOC,
    )
    assert dates_of(result, "Resignation") == [{"2022-01-05"}]
    assert all("2022-01-05" not in d for d in dates_of(result, "Riot"))


# --- what is announced for later did not happen ------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "On Tuesday Tokayev announced that the CSTO troops will begin leaving within two days.",
        "On Tuesday the ministry said the troops could start withdrawing on Thursday.",
        "On Tuesday officials said the CSTO troops would begin to leave Kazakhstan.",
    ],
)
def test_a_withdrawal_that_will_begin_is_no_withdrawal(extract_text, body: str) -> None:
    assert not facts(extract_text(body, date=DOC), "Withdrawal")


@pytest.mark.parametrize(
    "body",
    [
        "On January 19 the last CSTO troops left Kazakhstan.",
        "The last Russian paratroopers left the country on January 19.",
    ],
)
def test_troops_that_leave_withdraw(extract_text, body: str) -> None:
    assert dates_of(extract_text(body, date=DOC), "Withdrawal") == [{"2022-01-19"}]


def test_leaving_office_is_no_withdrawal(extract_text) -> None:
    result = extract_text("On January 5 Nazarbayev left the Security Council.", date=DOC)
    assert not facts(result, "Withdrawal")
