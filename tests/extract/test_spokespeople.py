"""A spokesperson speaks for a body: "a ministry spokesman said", "a spokesman for the
Interior Ministry said" is the ministry's claim. Sentences written for these tests.
Negatives: a body noun with no such body named before gives no speaker; another body
noun is not the one named before."""

from __future__ import annotations

import pytest

from .test_claims import claimants, claims
from .test_rules import values

MINISTRY = "Ministry of Internal Affairs of Kazakhstan"


@pytest.mark.parametrize(
    "body",
    [
        "A spokesman for the Interior Ministry said there was no torture.",
        "The Interior Ministry rejected the report. A ministry spokesman said there was no "
        "torture.",
        "The Interior Ministry rejected the report. The ministry spokeswoman said there was "
        "no torture.",
        '"There was no torture," a ministry spokesman said after the Interior Ministry '
        "rejected the report.",
    ],
)
def test_a_spokesperson_speaks_for_the_body(extract_text, body: str) -> None:
    assert {MINISTRY} in claimants(extract_text(body))


@pytest.mark.parametrize(
    "body",
    [
        "A ministry spokesman said there was no torture.",
        "The Interior Ministry rejected the report. A court spokesman said there was no torture.",
    ],
)
def test_a_body_noun_with_no_such_body_before_names_no_speaker(extract_text, body) -> None:
    for claim in claims(extract_text(body)):
        if "no torture" in values(claim, "claimText").pop():
            assert MINISTRY not in values(claim, "claimant")


def test_a_spokesperson_for_a_bodys_service_speaks_for_the_body(extract_text) -> None:
    body = "A spokeswoman for the EU's foreign service said Brussels was deeply concerned."
    assert claimants(extract_text(body)) == [{"European Union"}]
