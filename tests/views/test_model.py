"""The graph model: nodes, classes, labels, edges and evidence read from TriG."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from views_support import HOSTILE, NAZARBAYEV, SC_POST, TOKAYEV

from kzkg.store import KnowledgeGraph
from kzkg.views.model import load_model

KZR = "https://w3id.org/kzkg/id/"
ROOT = Path(__file__).resolve().parents[2]
PROVENANCE = Path(__file__).with_name("fixtures") / "provenance.trig"


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


def _same_as_reading_everything(kg: KnowledgeGraph, keep: int) -> int:
    """A capped model reads only the quotes it keeps: its nodes, edges and panel data
    are a full model's, with each node's evidence cut to its first `keep`."""
    full, capped = load_model(kg).graph, load_model(kg, quotes=keep).graph
    assert list(capped.nodes) == list(full.nodes)
    assert list(capped.edges(keys=True, data=True)) == list(full.edges(keys=True, data=True))
    cut = 0
    for node, whole in full.nodes(data=True):
        data = capped.nodes[node]
        assert data["evidence"] == whole["evidence"][:keep], node
        assert data["quotes"] == len(whole["evidence"]), node
        assert {k: v for k, v in data.items() if k != "evidence"} == {
            k: v for k, v in whole.items() if k != "evidence"
        }
        cut += len(whole["evidence"]) > keep
    return cut


@pytest.mark.parametrize("keep", [1, 20])
def test_a_capped_model_equals_a_full_one_cut_on_the_seed_graph(seed_kg, keep):
    assert _same_as_reading_everything(seed_kg, keep) or keep == 20  # no node has 20


def test_a_capped_model_equals_a_full_one_with_curated_evidence():
    assert _same_as_reading_everything(KnowledgeGraph.open(PROVENANCE), 1)


def test_a_capped_model_equals_a_full_one_on_a_generated_graph(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_graph import generate

    path = tmp_path / "synthetic.nq"
    generate(20_000, path)
    assert _same_as_reading_everything(KnowledgeGraph.open(path, persist=False), 2)


def test_quotes_at_one_offset_are_kept_in_text_order(tmp_path):
    """Spans of one document that start together are ordered by their quote, as before."""
    spans = [(0, 5, "Alpha"), (0, 9, "Alpha bet"), (0, 3, "Alp"), (7, 9, "et")]
    evidence = "\n".join(
        f"""    kzr:event\\/e kz:evidence kzr:evidence\\/a\\/{s}-{e} .
    kzr:evidence\\/a\\/{s}-{e} kz:document kzr:document\\/a ; oa:start {s} ; oa:end {e} ;
        oa:exact "{q}" ."""
        for s, e, q in spans
    )
    path = tmp_path / "ties.trig"
    path.write_text(
        f"""@prefix kz: <https://w3id.org/kzkg/ontology#> .
@prefix kzr: <https://w3id.org/kzkg/id/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kzr:graph\\/document\\/a {{
    kzr:document\\/a a kz:Document ; kz:docId "a" .
    kzr:event\\/e a kz:Protest ; rdfs:label "protest" .
{evidence}
}}
""",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.open(path)
    _same_as_reading_everything(kg, 2)
    kept = load_model(kg, quotes=2).graph.nodes[KZR + "event/e"]
    assert [e["quote"] for e in kept["evidence"]] == ["Alp", "Alpha"]
    assert kept["quotes"] == 4
