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
