"""Property tests: the date normaliser and the label resolver take any input calmly."""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kzkg.dates import PartialDate
from kzkg.errors import KzkgError
from kzkg.extract.dates import find_dates, find_durations
from kzkg.store import KnowledgeGraph

from .conftest import ROOT


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1, 9999))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return PartialDate(year)
    day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


def full_dates() -> st.SearchStrategy[PartialDate]:
    return st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(
        lambda d: PartialDate(d.year, d.month, d.day)
    )


WORDS = [
    "on",
    "in",
    "of",
    "the",
    "last",
    "next",
    "this",
    "year",
    "month",
    "since",
    "by",
    "for",
    "Jan.",
    "January",
    "may",
    "March",
    "sept",
    "Wednesday",
    "monday",
    "2022",
    "1999",
    "31st",
    "2nd",
    "2022-01-05",
    "2022-13-45",
    "0",
    "99",
    "days",
    "weeks",
    "a",
    "two",
    ",",
    "-",
    "%",
]
texts = st.text(max_size=200) | st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)


def _order(date: PartialDate) -> tuple[int, int, int]:
    return (date.year, date.month or 0, date.day or 0)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, doc=st.none() | partial_dates() | full_dates())
@example(text="on Sunday", doc=PartialDate(1, 1, 1))  # a weekday before the year 1
@example(text="the end of next year", doc=PartialDate(9999, 12, 31))
def test_dates_never_crash_and_are_valid_spans(text: str, doc: PartialDate | None) -> None:
    found = find_dates(text, doc)
    end = 0
    for start, stop, date in found:
        assert isinstance(date, PartialDate)
        assert PartialDate.parse(date.iso()) == date  # a valid date at its precision
        assert end <= start < stop <= len(text)
        end = stop
    for start, stop, duration in find_durations(text):
        assert 0 <= start < stop <= len(text)
        assert re.fullmatch(r"P(T\d+H|\d+[DMY])", duration)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    doc=full_dates(),
    phrase=st.sampled_from(
        [
            *(f"on {d}" for d in calendar.day_name),
            *calendar.day_name,
            "last year",
            "last month",
            "the previous month",
            "the past year",
            "the end of last year",
        ]
    ),
    before=st.sampled_from(["", "Police said that ", "He left. "]),
)
def test_relative_dates_are_never_after_the_document(
    doc: PartialDate, phrase: str, before: str
) -> None:
    text = f"{before}{phrase} protests began."
    found = [d for s, _, d in find_dates(text, doc) if s == len(before)]
    if not found:
        # Only when the date would fall before year 1.
        assume(False)
    assert (
        _order(found[0]) <= _order(doc)
        if found[0].day
        else ((found[0].year, found[0].month or 0) < (doc.year, doc.month or 0))
    )


@pytest.fixture(scope="module")
def graph() -> KnowledgeGraph:
    return KnowledgeGraph.open(ROOT / "graph" / "kzkg.trig")


labels = st.sampled_from(["Tokayev", "Almaty", "the president", "KNB", "Putin", "tokayev ", ""])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(max_size=60) | labels | st.builds(lambda a, b: a + b, labels, st.text(max_size=5))
)
def test_resolve_gives_an_iri_or_one_line(graph: KnowledgeGraph, text: str) -> None:
    try:
        iri = graph.resolve(text)
    except KzkgError as exc:
        message = str(exc)
        assert message and "\n" not in message and "\r" not in message
        return
    assert isinstance(iri, str) and iri.startswith(("http://", "https://"))
