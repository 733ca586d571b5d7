"""Dated entries: a paragraph that opens with its date ("Jan. 5: Tokayev declares a
state of emergency. Protesters storm the mayor's office.").

Timelines and chronologies head each entry with a date and a colon or dash, or
with a date on a line of its own ("5 January\nThe government resigns."); that
date is when everything the entry tells happened, in each of its sentences and
clauses, unless an event has a date of its own. A date that opens an ordinary
sentence ("On January 5, Tokayev ...") is no heading: it belongs to its own
clause only (eventdates.py).
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence
from kzkg.extract.dates import find_dates

HEADING_MARKS = (":", "\u2013", "\u2014", "-", "|")  # "Jan. 5:", "5 January –", a table
# A sentence that may open with a date: a day, a month's or a weekday's first letters.
DATE_FIRST = re.compile(
    r"[\s*_#|]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri"
    r"|sat|sun))",
    re.I,
)
# A live blog's day heading names the weekday first: "Thursday 6 January".
WEEKDAY_LEAD = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=\d|[a-z]{3})", re.I
)
# A note appended to a blog or timeline was written later than the entry it ends up
# under: "Correction: An earlier version of this post said ...".
APPENDED_NOTE = re.compile(
    r"[\s*_#]*(?:correction|clarification|editor'?s\s+note)\b",
    re.I,
)
PARAGRAPH = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*([^\n]+)(?=\n[ \t]*\n|\s*$)")
MIN_HEADINGS = 3
# A live blog stamps each entry with its clock time after the date: "06 Jan 2022 14:32
# GMT", "January 6, 2022, 9:15 a.m. ET", "5 Jan at 22:15 (local time)".
CLOCK = re.compile(
    r"[\s,]*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|local\s+time|[A-Z][a-z]+\s+time)\)?)?",
)
# Markdown around a heading: "## 6 January", "**5 January 2022**", "*Jan. 8* -".
MARKUP = " \t*_#"


def _paragraph_start(sent: Sentence) -> int:
    """Where the sentence's paragraph starts in the body."""
    text = sent.piece_text
    return sent.base + text.rfind("\n", 0, sent.span.start_char) + 1


def note_entry(sent: Sentence) -> None:
    """If the sentence opens a paragraph with a date and a colon or dash, that paragraph
    is an entry of that date; a date on a line of its own heads the lines below it, to
    the end of the blank-line paragraph or the next such date."""
    if not DATE_FIRST.match(sent.text):
        return  # most sentences: no date first, nothing to look up
    start = _paragraph_start(sent)
    if sent.base + sent.span.start_char > start + 1:  # not the paragraph's first sentence
        return
    text = sent.text
    # a table row's first bar opens it too: "| 8 January | Massimov detained |"
    lead = len(text) - len(text.lstrip(MARKUP + "\n|"))
    weekday = WEEKDAY_LEAD.match(text, lead)
    lead = weekday.end() if weekday else lead
    piece_end = sent.base + len(sent.piece_text)
    for begin, end, date in sent.dates:
        if weekday and end <= lead:
            continue  # "Thursday" of "Thursday 6 January"
        if begin != lead or end - begin > 20:
            return
        after = _after_clock(text[end:]).lstrip(MARKUP)
        if after.startswith(HEADING_MARKS):
            line_end = sent.piece_text.find("\n", sent.span.start_char)
            sent.state.entry = (start, piece_end if line_end < 0 else sent.base + line_end, date)
        elif not after.strip() and "\n" in sent.piece_text[sent.span.end_char - 1 :]:
            sent.state.entry = (start, piece_end, date)  # "5 January" over its entry
        elif not after.strip() and start in _headings(sent)[0]:
            later = [p for p in _headings(sent)[1] if p > start]
            end = later[0] if later else len(sent.state.doc.body)
            sent.state.entry = (piece_end, end, date)  # "5 January" over its paragraphs
        return


def _after_clock(after: str) -> str:
    """What follows a heading's date and its clock time, if it has one."""
    clock = CLOCK.match(after.lstrip(MARKUP))
    return after.lstrip(MARKUP)[clock.end() :] if clock else after


def _date_end(text: str) -> int:
    """Where a paragraph that is a date and a clock time ("06 Jan 2022 14:32 GMT") stops
    being a date; the whole paragraph when it is anything else."""
    for m in CLOCK.finditer(text):
        if m.end() == len(text):
            return m.start()
    return len(text)


def _clock_entry(paragraph: str) -> bool:
    """Does the paragraph open with a clock time and a dash or colon: "17:05 – ..."?"""
    clock = CLOCK.match(paragraph.lstrip(MARKUP))
    return clock is not None and _after_clock(paragraph).lstrip(MARKUP).startswith(HEADING_MARKS)


def _headings(sent: Sentence) -> tuple[list[int], list[int]]:
    """Where the paragraphs that are only a date start, when the document has at least
    MIN_HEADINGS of them (a timeline's headings, not a dateline or a byline's date), and
    where these and the other headings start (a short line with no full stop ends an
    entry: "Aftermath")."""
    state = sent.state
    if state.date_paragraphs is None:
        body, dated, headings, stamped = state.doc.body, [], [], False
        paragraphs = list(PARAGRAPH.finditer(body))
        # each paragraph with the one after it (a body may have no one-line paragraph)
        for m, after in zip(paragraphs, [*paragraphs[1:], None][: len(paragraphs)], strict=True):
            text = m.group(1).strip(MARKUP)
            text = text[: _date_end(text)] if CLOCK.search(text) else text
            weekday = WEEKDAY_LEAD.match(text)
            text = text[weekday.end() :] if weekday else text
            dates = find_dates(text, state.date) if len(text) <= 20 else []
            if len(dates) == 1 and dates[0][:2] == (0, len(text)):
                dated.append(m.start(1))
                stamped = stamped or (after is not None and _clock_entry(after.group(1)))
            if len(text) <= 60 and not text.endswith((".", "!", "?", ":", '"', "\u201d")):
                headings.append(m.start(1))
        # a day heading over entries opened by their clock time is a live blog's
        state.date_paragraphs = dated if len(dated) >= MIN_HEADINGS or stamped else []
        state.headings = headings
    return state.date_paragraphs, state.headings


def entry_date(sent: Sentence) -> PartialDate | None:
    """The date of the entry the sentence is in, if it is in a dated entry."""
    entry = sent.state.entry
    start = _paragraph_start(sent)
    if entry is None or not entry[0] <= start < entry[1]:
        return None
    if APPENDED_NOTE.match(sent.state.doc.body, start):
        return None  # "Correction: ..." under the last entry was written later
    return entry[2]
