"""The valid examples hold an answer to each of the 12 competency questions.

These are minimal queries that show the ontology can express each answer; the
analyst-facing saved queries live in queries/ and are tested there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kzkg.ontology.check import example_files
from kzkg.ontology.files import parse_data, parse_graph

SHIPPED = Path(__file__).resolve().parents[2] / "ontology"
PREFIXES = """PREFIX kz: <https://w3id.org/kzkg/ontology#>
PREFIX kzr: <https://w3id.org/kzkg/id/>
PREFIX person: <https://w3id.org/kzkg/id/person/>
PREFIX post: <https://w3id.org/kzkg/id/post/>
PREFIX place: <https://w3id.org/kzkg/id/place/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


@pytest.fixture(scope="module")
def graph() -> Graph:
    merged = parse_graph(SHIPPED / "kzkg.ttl")
    for path in example_files("valid"):
        merged += parse_data(path)
    return merged


def labels(graph: Graph, query: str) -> set[str]:
    return {str(row[0]) for row in graph.query(PREFIXES + query)}


def test_q1_security_council_holders_in_order(graph: Graph) -> None:
    rows = graph.query(
        PREFIXES
        + """
        SELECT ?before ?after ?when WHERE {
          ?old kz:post post:head-of-the-security-council ; kz:holder/rdfs:label ?before ;
               kz:endDate ?when .
          ?new kz:post post:head-of-the-security-council ; kz:holder/rdfs:label ?after ;
               kz:startDate ?when ; kz:predecessor/rdfs:label ?before }"""
    )
    assert {tuple(map(str, r)) for r in rows} == {
        ("Nursultan Nazarbayev", "Kassym-Jomart Tokayev", "2022-01")
    }


def test_q2_successor_as_head_of_state(graph: Graph) -> None:
    rows = graph.query(
        PREFIXES
        + """
        SELECT ?name ?start WHERE {
          ?t kz:post post:president-of-kazakhstan ; kz:holder/rdfs:label ?name ;
             kz:predecessor person:nursultan-nazarbayev ; kz:startDate ?start }"""
    )
    assert {(str(n), str(s)) for n, s in rows} == {("Kassym-Jomart Tokayev", "2019")}


def test_q3_trigger_date_and_place(graph: Graph) -> None:
    rows = graph.query(
        PREFIXES
        + """
        SELECT ?cause ?date ?region WHERE {
          ?p a kz:Protest ; kz:causedBy/rdfs:label ?cause ; kz:date ?date ;
             kz:place/kz:locatedIn/rdfs:label ?region }"""
    )
    assert ("gas price doubled", "2022-01-02", "Mangystau Region") in {
        tuple(map(str, r)) for r in rows
    }


def test_q4_timeline_orders_price_doubling_before_speech(graph: Graph) -> None:
    order = [
        str(r[0])
        for r in graph.query(
            PREFIXES
            + """
        SELECT DISTINCT ?label ?d WHERE { ?e a/rdfs:subClassOf* kz:Event ; rdfs:label ?label ;
                                          kz:date ?d } ORDER BY STR(?d)"""
        )
    ]
    assert order.index("gas price doubled") < order.index("Tokayev addressed parliament")


def test_q5_tokayev_claims_with_quotes(graph: Graph) -> None:
    quotes = labels(
        graph,
        """SELECT ?q WHERE { ?c a kz:Claim ;
        kz:claimant person:kassym-jomart-tokayev ; kz:evidence/oa:exact ?q }""",
    )
    assert any("20,000 bandits" in q for q in quotes)
    assert any("internet was cut" in q for q in quotes)


def test_q6_foreign_actors(graph: Graph) -> None:
    foreign = labels(
        graph,
        """SELECT ?name WHERE {
        { ?a kz:nationality ?c } UNION { ?x kz:about ?a . ?a a kz:Country }
        FILTER (?a != place:kazakhstan) ?a rdfs:label ?name }""",
    )
    assert {"Vladimir Putin", "Russian forces", "Russia", "China", "Belarus"} <= foreign
    assert "Collective Security Treaty Organization" in labels(
        graph, "SELECT ?n WHERE { ?e a kz:RequestForAssistance ; kz:participant/rdfs:label ?n }"
    )


def test_q7_facts_in_both_documents(graph: Graph) -> None:
    both = labels(
        graph,
        """SELECT ?label WHERE { ?f rdfs:label ?label ;
        kz:evidence/kz:document ?doc } GROUP BY ?f ?label HAVING (COUNT(DISTINCT ?doc) > 1)""",
    )
    assert {"gas price doubled", "internet cut"} <= both


def test_q8_officials_who_lost_posts(graph: Graph) -> None:
    lost = labels(
        graph,
        """SELECT ?name WHERE { ?t a kz:Tenure ; kz:endDate ?end ;
        kz:holder/rdfs:label ?name FILTER (STRSTARTS(STR(?end), "2022-01")) }""",
    )
    assert {"Nursultan Nazarbayev", "Karim Masimov"} <= lost


def test_q9_restricted_communications(graph: Graph) -> None:
    services = labels(
        graph,
        """SELECT ?n WHERE { ?e a kz:CommunicationsShutdown ;
        kz:target/rdfs:label ?n }""",
    )
    assert {"the internet", "Telegram", "Facebook"} <= services


def test_q10_civil_society_demands(graph: Graph) -> None:
    demands = labels(
        graph,
        """SELECT ?text WHERE { ?c kz:claimType kz:demand ;
        kz:claimText ?text ; kz:claimant/a/rdfs:subClassOf* kz:CivilSocietyOrganization }""",
    )
    assert any("OSCE" in d for d in demands)


def test_q11_path_between_nazarbayev_and_tokayev(graph: Graph) -> None:
    posts = labels(
        graph,
        """SELECT ?post WHERE { ?t kz:holder person:kassym-jomart-tokayev ;
        kz:predecessor person:nursultan-nazarbayev ; kz:post/rdfs:label ?post }""",
    )
    assert posts == {"head of the Security Council", "President of Kazakhstan"}


def test_q12_events_in_almaty(graph: Graph) -> None:
    events = labels(
        graph,
        """SELECT ?label WHERE { ?e a/rdfs:subClassOf* kz:Event ;
        rdfs:label ?label ; kz:place/kz:locatedIn* place:almaty }""",
    )
    assert {"protests in Almaty", "mayor's office in Almaty stormed and set on fire"} <= events
