"""The words that let find_dates skip a date pattern never skip one that would match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kzkg.corpus import corpus_files, read_document
from kzkg.extract.dates import PATTERNS, patterns_for

ROOT = Path(__file__).resolve().parents[2]

TEXTS = [
    "On 2 January 2022 protesters gathered.",
    "JANUARY 5, 2022: Sept. 3 and mid-Dec",
    "In MAY 2019, the week before, last Month, next YEAR",
    "at the start of the Year; the close of last year",
    "Two years ago, nearly 3 days ago, on Wednesday, TUESDAY",
    "Today the court ruled; it said yesterday that 2021-12-31 was the end.",
    "Kazakhstan Today reported nothing of the kind.",
    "In midJanuary and mid-December, Jan.5 and 2 Sept. 2021, the_May rally",
    "The mayor decided on a decree in the market; no month here.",
    "No date here at all, only 238 people and 19 regions.",
    "Déc 5 and ſeptember 3, 2022 (not ASCII: every pattern is tried)",
    "\u201cOn 5 January\u201d \u2013 last week, two years ago \u2014 \u00abWEDNESDAY\u00bb",
    "The \u212aelvin sign in 5 JANUARY and \u0130n May 2019; mıd-Dec, Tuesday\u2019s vote",
    "",
]


def matches(patterns: list[re.Pattern[str]], text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in p.finditer(text)] for p in patterns]


def every_match(text: str) -> list[list[tuple[int, int]]]:
    return [spans for spans in matches(PATTERNS, text) if spans]


def seed_sentences() -> list[str]:
    bodies = [read_document(p).body for p in corpus_files(ROOT / "graph" / "corpus")]
    return [s for body in bodies for s in re.split(r"(?<=[.!?])\s+|\n+", body)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_patterns_kept_find_every_date(text: str) -> None:
    assert every_match(text) == [s for s in matches(patterns_for(text), text) if s]


def test_the_seed_corpus_finds_the_same_dates_with_fewer_scans() -> None:
    sentences = seed_sentences()
    assert len(sentences) > 50
    for text in sentences:
        assert every_match(text) == [s for s in matches(patterns_for(text), text) if s], text
    scans = sum(len(patterns_for(t)) for t in sentences)
    assert scans < len(sentences) * len(PATTERNS) / 2  # most sentences hold no date


def test_text_with_a_letter_folding_to_ascii_is_scanned_by_every_pattern() -> None:
    assert patterns_for("ſeptember") == PATTERNS
    assert patterns_for("\u0130n 2019") == PATTERNS


def test_curly_quotes_and_dashes_still_let_patterns_be_skipped() -> None:
    text = "\u201cWe will restore order\u201d \u2013 he said."
    assert patterns_for(text) == []
    assert len(patterns_for("\u201cOn 5 January\u201d")) < len(PATTERNS)
