"""Segmentation keeps offsets on any input; date expressions normalise against the document."""

from __future__ import annotations

import time

import pytest

from kzkg.dates import PartialDate
from kzkg.extract.dates import find_dates, find_durations
from kzkg.extract.segment import MAX_CHUNK, chunks, english_marks

DOC = PartialDate(2022, 1, 7)  # a Friday


def test_chunks_keep_offsets_and_skip_blank_paragraphs() -> None:
    body = "\n\nFirst paragraph.\n  \nSecond one\nstill second.\n\n\n  Third.  \n"
    pieces = list(chunks(body))
    assert [text for _, text in pieces] == [
        "First paragraph.",
        "Second one\nstill second.",
        "Third.",
    ]
    assert all(body[start : start + len(text)] == text for start, text in pieces)


def test_five_megabytes_on_one_line_is_cut_linearly() -> None:
    body = "Protesters gathered in Almaty and the police watched. " * 100_000  # ~5.4 MB
    began = time.perf_counter()
    pieces = list(chunks(body))
    assert time.perf_counter() - began < 5
    assert all(len(text) <= MAX_CHUNK for _, text in pieces)
    assert all(body[start : start + len(text)] == text for start, text in pieces)
    assert "".join(text for _, text in pieces).replace(" ", "") == body.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2 January, protests began", "2022-01-02"),
        ("on January 5 the mayor resigned", "2022-01-05"),
        ("January 2nd, 2022, the prices doubled", "2022-01-02"),
        ("on 5 Jan 2022", "2022-01-05"),
        ("the 6th of January", "2022-01-06"),
        ("on Wednesday", "2022-01-05"),
        ("inflation last year", "2021"),
        ("at the end of last year", "2021-12"),
        ("stepped down in 2019", "2019"),
        ("in December", "2021-12"),  # later than the document's month: the year before
        ("in early January", "2022-01"),
        ("on 2022-01-11", "2022-01-11"),
    ],
)
def test_date_expressions(text: str, expected: str) -> None:
    found = find_dates(text, DOC)
    assert [d.iso() for _, _, d in found] == [expected]


def test_words_that_only_look_like_months_are_not_dates() -> None:
    assert find_dates("They may march on the capital.", DOC) == []


def test_relative_dates_need_a_document_date() -> None:
    assert find_dates("on Wednesday", None) == []
    assert find_dates("last year", None) == []
    assert find_dates("on Wednesday", PartialDate(2022, 1)) == []  # no day to count from


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("froze prices for 180 days", "P180D"),
        ("for two weeks", "P14D"),
        ("for a month", "P1M"),
        ("for 24 hours", "PT24H"),
    ],
)
def test_durations(text: str, duration: str) -> None:
    assert [d for _, _, d in find_durations(text)] == [duration]


def test_a_line_repeating_the_title_is_a_piece_of_its_own() -> None:
    body = "Tokayev strips Nazarbayev of key powers\nThe law was amended on Monday.\n\nMore."
    pieces = list(chunks(body, "Tokayev strips Nazarbayev of key powers"))
    assert [text for _, text in pieces] == [
        "Tokayev strips Nazarbayev of key powers",
        "The law was amended on Monday.",
        "More.",
    ]
    assert all(body[o : o + len(t)] == t for o, t in pieces)
    # with no title given, a line of a few words and no closing mark is a heading alike
    assert [t for _, t in chunks(body)] == [t for _, t in pieces]


@pytest.mark.parametrize("heading", ["Background", "What happened next", "Internet Shutdown"])
def test_a_heading_over_the_text_is_a_piece_of_its_own(heading: str) -> None:
    body = f"{heading}\nProtests began on 2 January in Zhanaozen."
    pieces = list(chunks(body))
    assert [text.strip() for _, text in pieces] == [heading, body[len(heading) + 1 :]]
    assert all(body[at : at + len(text)] == text for at, text in pieces)


@pytest.mark.parametrize(
    "body",
    [
        "Protests began on 2 January.\nThey spread quickly.",  # a sentence, not a heading
        "Amnesty International\ndismissed the claim.",  # a line wrapped in a sentence
        "- 225 killed\n- 4,500 injured",  # list items stay together for list_heads.py
        "Protests in seven regions of the country and its capital city\nbegan on 2 January.",
    ],
)
def test_lines_that_are_no_heading_stay_in_their_paragraph(body: str) -> None:
    assert [text for _, text in chunks(body)] == [body]


def test_a_protest_under_a_heading_is_found(extract_text) -> None:
    result = extract_text("Background\nProtests began on 2 January in the town of Zhanaozen.")
    (protest,) = [f for f in result.facts.values() if f.cls == "Protest"]
    assert ("place", "Zhanaozen") in {(p, getattr(v, "label", None)) for p, v in protest.props}


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (
            "Tokayev says 'terrorists' trained abroad",
            "Tokayev says \u201cterrorists\u201d trained abroad",
        ),
        ("the protesters' rights", "the protesters' rights"),
        ("Kazakhstan's president", "Kazakhstan's president"),
        ("the '90s were hard", "the '90s were hard"),
    ],
)
def test_scare_quotes_reach_the_parser_as_quotation_marks(text: str, marked: str) -> None:
    assert english_marks(text) == marked and len(english_marks(text)) == len(text)


def test_a_headline_with_scare_quotes_reports(extract_text) -> None:
    result = extract_text("Kazakhstan's Tokayev says 'terrorists' trained abroad")
    claims = [f for f in result.facts.values() if f.cls == "Claim"]
    assert [c.label for c in claims] == [
        "Kassym-Jomart Tokayev: statement: terrorists trained abroad"
    ]
