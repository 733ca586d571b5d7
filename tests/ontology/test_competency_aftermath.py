"""The valid examples answer the competency questions of the legal aftermath (L1-L4)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph

from kzkg.ontology.check import example_files
from kzkg.ontology.files import parse_data, parse_graph

SHIPPED = Path(__file__).resolve().parents[2] / "ontology"
PREFIXES = """PREFIX kz: <https://w3id.org/kzkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


@pytest.fixture(scope="module")
def graph() -> Graph:
    merged = parse_graph(SHIPPED / "kzkg.ttl")
    for path in example_files("valid"):
        merged += parse_data(path)
    return merged


def rows(graph: Graph, query: str) -> set[tuple[str, ...]]:
    return {tuple(str(v) for v in row) for row in graph.query(PREFIXES + query)}


def test_l1_who_was_charged_with_what(graph: Graph) -> None:
    found = rows(
        graph,
        """SELECT ?who ?offence ?by WHERE { ?e a/rdfs:subClassOf* kz:LegalProceeding ;
        a kz:Accusation ; kz:participant/rdfs:label ?who ; kz:offence ?offence ;
        kz:agent/rdfs:label ?by }""",
    )
    assert ("Karim Masimov", "high treason", "National Security Committee of Kazakhstan") in found


def test_l2_closed_trials_are_trials(graph: Graph) -> None:
    trials = rows(
        graph,
        """SELECT ?who ?closed WHERE { ?e a/rdfs:subClassOf* kz:Trial ;
        kz:participant/rdfs:label ?who .
        BIND(EXISTS { ?e a kz:ClosedTrial } AS ?closed) }""",
    )
    assert ("Karim Masimov", "true") in trials


def test_l3_sentence_term_is_a_number_with_a_unit(graph: Graph) -> None:
    result = list(
        graph.query(
            PREFIXES
            + """SELECT ?who ?court ?term ?unit WHERE { ?e a/rdfs:subClassOf* kz:Verdict ;
            kz:participant/rdfs:label ?who ; kz:agent/rdfs:label ?court ;
            kz:termLength ?term ; kz:termUnit ?unit }"""
        )
    )
    assert [(str(w), str(c), t.toPython(), str(u)) for w, c, t, u in result] == [
        ("Karim Masimov", "military court", Decimal("18.0"), "year")
    ]


def test_l4_the_response_in_date_order(graph: Graph) -> None:
    order = [
        str(r[0])
        for r in graph.query(
            PREFIXES
            + """SELECT ?class ?d WHERE { ?e a ?c ; kz:date ?d .
            VALUES ?c { kz:Amnesty kz:LegalAct kz:Referendum kz:Resolution }
            BIND(STRAFTER(STR(?c), "#") AS ?class) } ORDER BY STR(?d) ?class"""
        )
    ]
    assert order == ["Resolution", "Referendum", "Amnesty", "LegalAct"]


def test_l5_who_appealed_and_which_court_ruled(graph: Graph) -> None:
    found = rows(
        graph,
        """SELECT ?who ?court ?d WHERE { ?e a kz:Appeal ; kz:participant/rdfs:label ?who ;
        kz:agent/rdfs:label ?court ; kz:date ?d }""",
    )
    assert found == {("Karim Masimov", "Supreme Court", "2023-08")}
