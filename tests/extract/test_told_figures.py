"""A figure that a rumour, a claim or a post is of or about is what that thing says:
the document only names it, so the figure is no one's we can name, never the
publisher's. Sentences written for these tests. Negatives: an owner named keeps the
figure; the document's own figures and those a speaker reports keep their sources."""

from __future__ import annotations

import pytest

from .test_rules import facts, values


@pytest.mark.parametrize(
    "body",
    [
        "Rumours of 2,000 missing people spread on 9 January.",
        "The claim of 20,000 attackers has never been backed by evidence.",
        "A Telegram post about 1,000 dead soldiers was shared widely on 8 January.",
        "Allegations of 500 foreign fighters circulated in Almaty.",
        "A video of 300 dead protesters was shared on social media.",
    ],
)
def test_a_figure_something_told_is_of_is_not_the_publishers(extract_text, body) -> None:
    result = extract_text(body)
    for figure in facts(result, "Statistic"):
        assert not values(figure, "claimant"), figure.label
        assert figure.label.startswith("claimed ")


def test_an_owned_claim_keeps_its_owner(extract_text) -> None:
    result = extract_text("Tokayev's claim of 20,000 attackers was widely doubted.")
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("About 1,000 people were detained in Almaty.", "Example News"),
        ("The government reported about 1,000 detainees in Almaty.", "Government of Kazakhstan"),
        ("Activists spoke of about 1,000 detainees in Almaty.", "human rights defenders"),
    ],
)
def test_figures_stated_or_reported_keep_their_source(extract_text, body, claimant) -> None:
    (figure,) = facts(extract_text(body), "Statistic")
    assert values(figure, "claimant") == {claimant}
