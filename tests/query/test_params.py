"""Parameters: labels and aliases resolve to one entity, and values never change the query."""

from __future__ import annotations

import pytest

from kzkg.errors import InputError
from kzkg.queries.catalogue import catalogue
from kzkg.queries.params import placeholder
from kzkg.store import KnowledgeGraph

TOKAYEV = "https://w3id.org/kzkg/id/person/kassym-jomart-tokayev"


def test_every_saved_query_has_a_header_and_a_values_clause_per_parameter() -> None:
    queries = catalogue()
    assert len(queries) >= 18
    for query in queries.values():
        assert query.title and query.title != query.name, query.name
        assert query.description, query.name
        for param in query.params:
            assert param.description, (query.name, param.name)
            assert placeholder(param.name).search(query.text), (query.name, param.name)


@pytest.mark.parametrize(
    "text",
    [
        "Tokaev",
        "tokayev",
        "Kassym-Jomart Tokayev",
        f"<{TOKAYEV}>",
        TOKAYEV,
        "kzr:person/kassym-jomart-tokayev",
    ],
)
def test_labels_aliases_and_iris_resolve(kg: KnowledgeGraph, text: str) -> None:
    assert kg.resolve(text) == TOKAYEV


def test_a_post_can_be_named_by_its_body(kg: KnowledgeGraph) -> None:
    assert kg.resolve("Security Council", "Post").endswith("post/head-of-the-security-council")


def test_several_matches_are_listed(kg: KnowledgeGraph) -> None:
    with pytest.raises(InputError, match="several Posts") as caught:
        kg.resolve("security", "Post")
    assert "head of the Security Council" in str(caught.value)
    assert "head of the security service" in str(caught.value)


def test_no_match_lists_candidates(kg: KnowledgeGraph) -> None:
    with pytest.raises(InputError, match="no Person is labelled 'Tokayevv'") as caught:
        kg.resolve("Tokayevv", "Person")
    assert "Kassym-Jomart Tokayev" in str(caught.value)


def test_the_python_api(kg: KnowledgeGraph) -> None:
    rows = kg.query("succession", post="Security Council")
    assert [r["holderLabel"] for r in rows] == ["Nursultan Nazarbayev", "Kassym-Jomart Tokayev"]


@pytest.mark.parametrize("value", ['2022" } } SELECT * WHERE { ?s ?p ?o } #', "2022-13-01", "x"])
def test_date_parameters_are_checked(kg: KnowledgeGraph, value: str) -> None:
    with pytest.raises(InputError, match="parameter 'from'"):
        kg.query("timeline-between", **{"from": value})


def test_an_iri_cannot_break_out_of_its_term(kg: KnowledgeGraph) -> None:
    evil = "http://x/> } ?s ?p ?o . { <http://x/"
    with pytest.raises(InputError, match="not a valid IRI"):
        kg.query("claims-by", actor=evil)


def test_text_is_bound_as_a_literal_not_as_sparql(kg: KnowledgeGraph) -> None:
    text = kg.bind("timeline-between", **{"from": "2022-01-02", "to": "2022-01-03"})
    assert 'VALUES ?from { "2022-01-02" }' in text
    rows = kg.query("timeline-between", **{"from": "2022-01-02", "to": "2022-01-03"})
    # Partial dates that overlap the range count: 2022-01 covers 2022-01-02.
    assert rows and all("2022-01-02".startswith(r["date"]) for r in rows)
    assert "2022-01-02" in {r["date"] for r in rows}


def test_any_leaves_a_parameter_open(kg: KnowledgeGraph) -> None:
    everyone = kg.query("who-said-what-about-whom")
    putin = kg.query("who-said-what-about-whom", claimant="Putin")
    assert {r["claimantLabel"] for r in putin} == {"Vladimir Putin"}
    assert len(everyone) > len(putin)
