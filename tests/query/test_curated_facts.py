"""Curated facts (graph/curated.yaml) in the saved queries: a fact whose only
evidence is a curator's word is a row like any other, its documents and
evidence cells naming the curator and the note. And one date per cell: a fact
with a day and a month is one row, with the day."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.store import KnowledgeGraph

PROVENANCE = Path(__file__).resolve().parents[1] / "views" / "fixtures" / "provenance.trig"
CURATED = "curated by kzkg curation team"
NOTE = CURATED + ": Approved by parliament on 11 January 2022."


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def kg(request: pytest.FixtureRequest) -> KnowledgeGraph:
    return KnowledgeGraph.open(PROVENANCE, engine=request.param)


def test_a_curated_tenure_is_in_the_succession_with_its_curator(kg: KnowledgeGraph) -> None:
    rows = kg.query("succession", post="Prime Minister of Kazakhstan")
    assert [(r["holderLabel"], r["start"], r["documents"], r["evidence"]) for r in rows] == [
        ("Alikhan Smailov", "2022-01-11", CURATED, NOTE)
    ]


def test_a_curated_fact_is_in_the_actor_profile(kg: KnowledgeGraph) -> None:
    rows = kg.query("actor-profile", actor="Alikhan Smailov")
    assert [(r["how"], r["evidence"]) for r in rows] == [("holder in", NOTE)]


def test_the_timeline_lists_curated_and_quoted_events_alike(kg: KnowledgeGraph) -> None:
    rows = {r["label"]: r for r in kg.query("timeline")}
    resigns = rows["resignation: Government of Kazakhstan"]
    assert (resigns["date"], resigns["documents"], resigns["evidence"]) == (
        "2022-01-05",
        "curated by a curator",
        "curated by a curator",
    )
    protest = rows["protest: Almaty"]
    assert (protest["date"], protest["otherDates"]) == ("2022-01-02", "2022-01")
    assert protest["evidence"] == (
        'Report A: "Protests in Almaty." | Report B: "On 2 January, a protest."'
    )
    between = kg.query("timeline-between", from_="2022-01-05", to_="2022-01-05")
    assert [r["label"] for r in between] == ["resignation: Government of Kazakhstan"]


def test_a_fact_with_several_dates_is_one_row_in_every_query(kg: KnowledgeGraph) -> None:
    roles = kg.query("roles-of-organization", organization="Government of Kazakhstan")
    assert [(r["holderLabel"], r["start"]) for r in roles] == [("Alikhan Smailov", "2022-01-11")]
    profile = kg.query("actor-profile", actor="Alikhan Smailov")
    assert [r["date"] for r in profile] == ["2022-01-11"]
    figures = kg.query("figures", word="killed")
    assert [(r["value"], r["date"]) for r in figures] == [
        ("225", "2022-01-15"),
        ("about 230", None),
    ]
    places = kg.query("events-at-place", place="Almaty")
    assert [(r["label"], r["date"]) for r in places] == [("protest: Almaty", "2022-01-02")]
