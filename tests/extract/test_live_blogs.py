"""Live blogs: entries stamped with a date and a clock time, told relative to that day.

Paragraphs written for these tests, in the style of rolling updates. A stamp's date
dates its entry; "yesterday" and "earlier today" in an entry count from the entry's
day, not the blog's. Negatives: a lone stamp over an article (a byline's time) dates
nothing, and outside entries relative days count from the document's date.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

DOC = "2022-01-08"  # the blog's page date: later than its entries


def dates_of(result, cls: str) -> list[set[str]]:
    return [{str(d) for d in values(f, "date")} for f in facts(result, cls)]


def blog(stamp: str) -> str:
    """Three entries, newest first, each under a stamp of the given format."""
    return "\n\n".join(
        [
            stamp.format(day=6, time="14:32"),
            "Russian paratroopers have begun arriving in Almaty, the CSTO said.",
            stamp.format(day=5, time="22:15"),
            "Tokayev has declared a state of emergency in Almaty, state television reported.",
            stamp.format(day=4, time="09:10"),
            "Tokayev has accepted the resignation of the government.",
        ]
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "0{day} Jan 2022 {time} GMT",
        "January {day}, 2022, {time} ET",
        "**{day} January 2022, {time} (Almaty time)**",
        "{day} Jan at {time}",
    ],
)
def test_a_stamped_entry_is_dated_by_its_stamp(extract_text, stamp: str) -> None:
    result = extract_text(blog(stamp), date=DOC)
    claims = {c.label.split(":")[0]: values(c, "date") for c in facts(result, "Claim")}
    assert claims["Collective Security Treaty Organization"] == {"2022-01-06"}
    assert dates_of(result, "StateOfEmergency") == [{"2022-01-05"}]
    assert dates_of(result, "Resignation") == [{"2022-01-04"}]


def test_yesterday_counts_from_the_entrys_day(extract_text) -> None:
    body = blog("0{day} Jan 2022 {time} GMT").replace(
        "the CSTO said.",
        "the CSTO said. Yesterday protesters stormed the mayor's office in Almaty.",
    )
    body = body.replace(
        "Tokayev has declared",
        'Earlier today, police said they had killed dozens of "rioters". Tokayev has declared',
    )
    result = extract_text(body, date=DOC)
    assert dates_of(result, "Riot") == [{"2022-01-05"}]
    (police,) = [c for c in facts(result, "Statistic") if "rioters" in c.label]
    assert values(police, "date") == {"2022-01-05"}


@pytest.mark.parametrize(
    "body",
    [
        "Protesters have been arrested. Yesterday protesters stormed the mayor's office.",
        "Yesterday protesters stormed the mayor's office.",
        "Protesters stormed the mayor's office yesterday.",
    ],
)
def test_yesterday_outside_an_entry_counts_from_the_document(extract_text, body) -> None:
    result = extract_text(body, date="2022-01-06")
    assert dates_of(result, "Riot") == [{"2022-01-05"}]


def test_a_lone_stamp_over_an_article_dates_nothing(extract_text) -> None:
    result = extract_text(
        "05 Jan 2025 10:00 GMT\n\nThree years ago protesters stormed the mayor's office in "
        "Almaty.\n\nTokayev declared a state of emergency.",
        date="2025-01-05",
    )
    assert all("2025-01-05" not in d for d in dates_of(result, "Riot"))
    assert all("2025-01-05" not in d for d in dates_of(result, "StateOfEmergency"))


@pytest.mark.parametrize(
    "body",
    [
        "15:20 \u2013 Almaty's airport, which was seized by protesters on Wednesday, is back "
        "under government control, according to the Russian defence ministry.",
        "Update 9:05: 12 buses carrying troops arrived at the airport, officials said.",
        "At 14:30 the police said protesters had been detained in Almaty.",
    ],
)
def test_a_clock_time_is_no_figure(extract_text, body: str) -> None:
    result = extract_text(body, date=DOC)
    assert all(":" not in str(v) for s in facts(result, "Statistic") for v in values(s, "value"))


# --- a day heading over entries opened by their clock time ------------------------------
DAY_BLOG = (
    "Kazakhstan protests \u2013 as it happened\n\n"
    "{thu}\n\n"
    "16:40 \u2013 Tokayev has spoken to the Russian president, the Kremlin says. "
    "Putin supported the decision to send CSTO troops, the Kremlin said.\n\n"
    "{wed}\n\n"
    "23:50 \u2013 Tokayev says he has asked the CSTO for help. "
    "Protesters have set fire to the mayor's office in Almaty.\n\n"
)


@pytest.mark.parametrize(
    ("thu", "wed"),
    [
        ("Thursday 6 January", "Wednesday 5 January"),
        ("**Thursday, January 6**", "**Wednesday, January 5**"),
        ("6 January 2022", "5 January 2022"),
    ],
)
def test_a_day_heading_over_clock_entries_dates_them(extract_text, thu, wed) -> None:
    result = extract_text(DAY_BLOG.format(thu=thu, wed=wed), date=DOC)
    claims = {c.label.split(":")[0]: values(c, "date") for c in facts(result, "Claim")}
    assert claims["Kremlin"] == {"2022-01-06"}
    assert claims["Kassym-Jomart Tokayev"] == {"2022-01-05"}
    assert dates_of(result, "Riot") == [{"2022-01-05"}]


def test_two_dates_over_plain_paragraphs_are_no_headings(extract_text) -> None:
    """Without clock-stamped entries two date paragraphs may be a dateline and a
    byline's date: they date nothing below them."""
    result = extract_text(
        "Thursday 6 January\n\nTokayev says he has asked the CSTO for help.\n\n"
        "Wednesday 5 January\n\nProtesters have set fire to the mayor's office in Almaty.",
        date=DOC,
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "date") == {DOC}
    assert all("2022-01-05" not in d for d in dates_of(result, "Riot"))


@pytest.mark.parametrize("note", ["Correction:", "Clarification, 7 January:", "Editor's note:"])
def test_a_note_appended_under_the_last_entry_is_not_of_its_day(extract_text, note) -> None:
    body = DAY_BLOG.format(thu="Thursday 6 January", wed="Wednesday 5 January") + (
        f"{note} An earlier version of this blog said Karim Massimov had resigned. He was "
        "dismissed as head of the National Security Committee on Thursday."
    )
    result = extract_text(body, date="2022-01-07")
    (dismissal,) = facts(result, "Dismissal")
    assert values(dismissal, "date") == {"2022-01-06"}
