"""The graph model: nodes, classes, labels, edges and evidence read from TriG."""

from __future__ import annotations

from views_support import HOSTILE, NAZARBAYEV, SC_POST, TOKAYEV

from kzkg.store import KnowledgeGraph
from kzkg.views.model import load_model

KZR = "https://w3id.org/kzkg/id/"


def test_nodes_have_most_specific_class_and_category(seed_model):
    g = seed_model.graph
    assert g.nodes[KZR + "place/almaty"]["type"] == "City"
    assert g.nodes[KZR + "place/almaty"]["category"] == "Place"
    assert g.nodes[KZR + "event/price-doubling"]["type"] == "PriceIncrease"
    assert g.nodes[KZR + "event/price-doubling"]["type_label"] == "price increase"
    assert g.nodes[KZR + "event/price-doubling"]["category"] == "Event"
    assert g.nodes[TOKAYEV]["kind"] == "entity"
    assert g.nodes[KZR + "tenure/tokayev-president"]["kind"] == "fact"
    # Documents and evidence are node data, not nodes.
    assert not any("/document/" in n or "/evidence/" in n for n in g.nodes)


def test_labels_aliases_and_wikidata(seed_model):
    tokayev = seed_model.graph.nodes[TOKAYEV]
    assert tokayev["label"] == "Kassym-Jomart Tokayev"
    assert tokayev["aliases"] == ["Tokaev", "Tokayev", "Toqaev"]
    assert tokayev["wikidata"] == "http://www.wikidata.org/entity/Q1130556"


def test_edges_carry_ontology_property_labels(seed_model):
    g = seed_model.graph
    labels = {d["label"] for _, _, d in g.edges(KZR + "tenure/tokayev-security-council", data=True)}
    assert labels == {"holder", "post", "predecessor"}
    council = KZR + "organization/security-council-of-kazakhstan"
    postin = "https://w3id.org/kzkg/ontology#postIn"
    assert g.edges[SC_POST, council, postin]["label"] == "post in"


def test_caused_by_is_drawn_once_as_causes(seed_model):
    g = seed_model.graph
    doubling, protests = KZR + "event/price-doubling", KZR + "event/protests-almaty"
    assert [d["label"] for d in g.get_edge_data(doubling, protests).values()] == ["causes"]
    assert g.get_edge_data(protests, doubling) is None


def test_evidence_keeps_quotes_with_document_titles(seed_model):
    tenure = seed_model.graph.nodes[KZR + "tenure/nazarbayev-security-council"]
    quotes = {(e["document"], e["title"], e["quote"]) for e in tenure["evidence"]}
    assert quotes == {
        (
            "example-brief",
            "Example brief on the unrest",
            "Tokayev replaced Nazarbayev as head of the Security Council in 2022.",
        ),
        (
            "second-report",
            "Second report on the January events",
            "Tokayev took over the Security Council from Nazarbayev.",
        ),
    }
    assert tenure["documents"] == ["example-brief", "second-report"]
    assert tenure["end"] == "2022-01"


def test_entities_belong_to_the_documents_of_their_facts(seed_model):
    g = seed_model.graph
    assert g.nodes[NAZARBAYEV]["documents"] == ["example-brief", "second-report"]
    assert g.nodes[KZR + "organization/osce"]["documents"] == ["second-report"]


def test_claim_type_becomes_a_fact_of_the_claim(seed_model):
    claim = seed_model.graph.nodes[KZR + "claim/nhc-inquiry"]
    assert ["claim type", "demand"] in claim["facts"]
    assert claim["date"] == "2022-01-20"


def test_only_wikidata_item_links_are_kept():
    g = load_model(KnowledgeGraph.open(HOSTILE)).graph
    assert g.nodes[KZR + "person/evil"]["wikidata"] is None
    assert g.nodes[KZR + "organization/evil-org"]["wikidata"] is None


def test_a_quote_limit_keeps_the_first_quotes_and_counts_them_all(seed_kg, seed_model):
    """Views keep a few quotes per node (a fact retold by thousands of documents would
    hold them all in memory); the count and the documents still cover every quote."""
    capped = load_model(seed_kg, quotes=1).graph
    for node, full in seed_model.graph.nodes(data=True):
        data = capped.nodes[node]
        assert data["evidence"] == full["evidence"][:1]
        assert data["quotes"] == len(full["evidence"])
        assert data["documents"] == full["documents"]
    tenure = capped.nodes[KZR + "tenure/nazarbayev-security-council"]
    assert [e["document"] for e in tenure["evidence"]] == ["example-brief"]
    assert tenure["quotes"] == 2
