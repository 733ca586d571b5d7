"""Fact-checks and media monitoring: what was claimed, who claimed it, who rebutted it.

Paragraphs written for these tests, in the style of fact-checks and disinformation
reports. A figure in a report that someone denies or debunks is neither the
denier's nor the publisher's; what a rumour or a report says is no fact, whoever
spread it.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

PUBLISHER = "Example News"


def figures(result, value: str):
    return [f for f in facts(result, "Statistic") if values(f, "value") == {value}]


@pytest.mark.parametrize(
    "body",
    [
        "The Interior Ministry denied reports that 3,000 people had been killed in Almaty.",
        "The prosecutor general's office rejected claims that 3,000 people had died.",
        "Factcheck.kz found no evidence for the claim that 3,000 people had been killed.",
        "The prosecutor general's office dismissed as fake a report that 3,000 people "
        "had been killed in Almaty.",
        "Rumours that 3,000 people had died in Almaty spread on social media.",
        "Reports that 3,000 people had been killed circulated on Telegram on January 6.",
    ],
)
def test_a_disputed_figure_is_neither_the_deniers_nor_the_publishers(extract_text, body):
    result = extract_text(body, date="2022-01-12")
    (toll,) = figures(result, "3,000")
    assert values(toll, "claimant") == set()
    assert next(iter(values(toll, "measure"))).startswith("claimed ")


@pytest.mark.parametrize(
    "body, claimant",
    [
        ("The Interior Ministry said that 3,000 people had been detained.", "Ministry"),
        ("Khabar 24 reported that 3,000 people had been detained.", "Khabar"),
        ("Amnesty International's claim that 3,000 people had been detained", "Amnesty"),
    ],
)
def test_a_stated_figure_keeps_its_speaker(extract_text, body, claimant):
    (count,) = figures(extract_text(body, date="2022-01-12"), "3,000")
    (who,) = values(count, "claimant")
    assert claimant in who


def test_a_reported_figure_the_document_tells_is_still_its_own(extract_text):
    body = "At least 3,000 people were detained in Almaty, and the report was confirmed."
    (count,) = figures(extract_text(body, date="2022-01-12"), "At least 3,000")
    assert values(count, "claimant") == {PUBLISHER}
