"""Where an event's date comes from (only its own clause), when undated events merge
(same class and key participant), and the causal cues between events."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.corpus import Document
from kzkg.dates import PartialDate
from kzkg.extract.model import DocResult, FactKey
from kzkg.extract.pipeline import Extractor


def dates_of(result: DocResult, cls: str) -> list[set[str]]:
    return [
        {v.value for p, v in f.props if p == "date"}
        for f in result.facts.values()
        if f.fkey.kind == "event" and f.cls == cls
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Karim Masimov, who had headed the KNB since 2016, was arrested.",
        "Karim Masimov was arrested, and on 8 January his deputies resigned.",
        "ALMATY, Jan 5 (Reuters) - Police arrested Karim Masimov.",
        "Karim Masimov was arrested in the weeks after the protests of 5 January.",
    ],
)
def test_date_from_another_clause_or_a_byline_is_not_the_events(extract_text, text) -> None:
    assert dates_of(extract_text(text), "Arrest") == [set()]


@pytest.mark.parametrize(
    "text",
    [
        "On 8 January Karim Masimov was arrested.",
        "Karim Masimov was arrested on 8 January.",
        "Police arrested Karim Masimov on the night of 8 January.",
    ],
)
def test_date_in_the_events_own_clause(extract_text, text) -> None:
    assert dates_of(extract_text(text, date="2022-01-21"), "Arrest") == [{"2022-01-08"}]


def test_sentenced_after_an_arrest_is_not_dated_by_the_arrest(extract_text) -> None:
    text = "Karim Masimov was sentenced after being arrested on 8 January."
    assert dates_of(extract_text(text), "Sentencing") == [set()]


def test_a_retrospective_dates_the_month_by_the_year_it_named(extract_text) -> None:
    text = (
        "In January 2022 protests erupted across Kazakhstan. "
        "Two activists were detained on January 6 and beaten."
    )
    assert dates_of(extract_text(text, "2025-01-16"), "Arrest") == [{"2022-01-06"}]


def test_a_date_of_the_documents_own_month_stays(extract_text) -> None:
    text = "On Jan. 27 a court in Almaty delivered its verdict in the January 2022 case."
    assert dates_of(extract_text(text, "2025-01-28"), "Verdict") == [{"2025-01-27"}]


def _doc(extractor: Extractor, doc_id: str, body: str) -> DocResult:
    doc = Document(id=doc_id, path=Path(f"{doc_id}.md"), body=body, date=PartialDate(2023, 5))
    return extractor.extract(doc)


def _events(result: DocResult, cls: str) -> list[FactKey]:
    return [k for k, f in result.facts.items() if k.kind == "event" and f.cls == cls]


def test_undated_events_merge_across_documents_on_their_key_participant(extractor) -> None:
    a = _events(_doc(extractor, "a", "Karim Masimov was arrested."), "Arrest")
    b = _events(_doc(extractor, "b", "Police arrested Karim Masimov."), "Arrest")
    assert a == b and len(a) == 1


def test_undated_events_without_a_key_participant_stay_apart(extractor) -> None:
    a = _events(_doc(extractor, "a", "Hundreds of people were arrested."), "Arrest")
    b = _events(_doc(extractor, "b", "Hundreds of people were arrested."), "Arrest")
    assert len(a) == len(b) == 1 and a != b


def test_undated_events_with_different_participants_stay_apart(extractor) -> None:
    a = _events(_doc(extractor, "a", "Karim Masimov was arrested."), "Arrest")
    b = _events(_doc(extractor, "b", "Samat Abish was arrested."), "Arrest")
    assert a != b


# --- causes ---------------------------------------------------------------


PRICE_PROTEST = ("PriceIncrease", "Protest")
RIOT_EMERGENCY = ("Riot", "StateOfEmergency")


def links(result: DocResult) -> set[tuple[str, str]]:
    """(cause class, effect class) pairs."""
    facts = result.facts
    return {(facts[v].cls, f.cls) for f in facts.values() for p, v in f.props if p == "causedBy"}


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (
            "Protests broke out in Zhanaozen over a sharp rise in fuel prices.",
            ("PriceIncrease", "Protest"),
        ),
        ("The protests were sparked by a doubling of gas prices.", PRICE_PROTEST),
        (
            "Protests sparked by a hike in fuel prices spread to Almaty.",
            ("PriceIncrease", "Protest"),
        ),
        (
            "A doubling of fuel prices triggered protests in Zhanaozen.",
            ("PriceIncrease", "Protest"),
        ),
        ("Rising fuel prices fuelled protests in Zhanaozen.", PRICE_PROTEST),
        ("The price hike led to protests in Zhanaozen.", PRICE_PROTEST),
        ("The protests grew into riots in Almaty.", ("Protest", "Riot")),
        (
            "In response to the riots, Tokayev declared a state of emergency.",
            ("Riot", "StateOfEmergency"),
        ),
        ("After the riots in Almaty, police arrested Karim Masimov.", ("Riot", "Arrest")),
    ],
)
def test_causal_cues(extract_text, text, link) -> None:
    assert link in links(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Protests continued in Almaty over the weekend.",
        "Police arrested Karim Masimov after the protests were over.",
        "Tokayev declared a state of emergency, and protesters stormed the airport.",
    ],
)
def test_no_cause_without_a_cue_and_an_event_on_each_side(extract_text, text) -> None:
    assert not links(extract_text(text))
