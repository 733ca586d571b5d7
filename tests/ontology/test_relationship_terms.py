"""Kinship, membership and leadership: the valid example answers the competency
questions 13-15 of ontology/README.md, and the shapes refuse a kinship without a term."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kzkg.ontology.files import parse_data, parse_graph

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
PREFIXES = """PREFIX kz: <https://w3id.org/kzkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


@pytest.fixture(scope="module")
def graph() -> Graph:
    merged = parse_graph(ONTOLOGY / "kzkg.ttl")
    merged += parse_data(ONTOLOGY / "examples" / "valid" / "relationships.trig")
    return merged


def rows(graph: Graph, query: str) -> set[tuple[str, ...]]:
    return {tuple(map(str, r)) for r in graph.query(PREFIXES + query)}


def test_q13_relatives_of_a_person_with_the_quote(graph: Graph) -> None:
    found = rows(
        graph,
        """SELECT ?relative ?term ?quote WHERE {
             ?k a kz:Kinship ; kz:relative/rdfs:label ?relative ; kz:kinTerm ?term ;
                kz:relativeOf/rdfs:label "Nursultan Nazarbayev (ties example)" ;
                kz:evidence/oa:exact ?quote }""",
    )
    assert found == {("Samat Abish", "nephew", "Nazarbayev's nephew, Samat Abish, was dismissed.")}


def test_q14_members_of_an_organization(graph: Graph) -> None:
    found = rows(
        graph,
        """SELECT ?member WHERE { ?m a kz:Membership ; kz:member/rdfs:label ?member ;
                                    kz:memberOf/rdfs:label "Democratic Party" }""",
    )
    assert found == {("Aigerim Tuleuzhanova",)}


def test_q15_who_leads_a_body(graph: Graph) -> None:
    found = rows(
        graph,
        """SELECT ?body ?leader WHERE { ?l a kz:Leadership ; kz:ledBody/rdfs:label ?body ;
                                          kz:ledBy/rdfs:label ?leader }""",
    )
    assert found == {("the bloc", "Russia (ties example)")}


def test_relationships_are_facts_not_tenures(graph: Graph) -> None:
    ask = """ASK { kz:Kinship rdfs:subClassOf+ kz:Fact .
                   kz:Relationship owl:disjointWith kz:Tenure }"""
    assert graph.query("PREFIX owl: <http://www.w3.org/2002/07/owl#>\n" + PREFIXES + ask).askAnswer
