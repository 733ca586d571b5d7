"""Every saved query's rows drawn as a network with edges, and listed as a table."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from bs4 import BeautifulSoup
from views_support import TOKAYEV

from kzkg.paths import queries_dir
from kzkg.views import modes
from kzkg.views.render import render_html

KZR = "https://w3id.org/kzkg/id/"
SAVED = sorted(p.stem for p in queries_dir().glob("*.rq"))
# The saved queries whose views drew loose nodes when a row named a fact.
DREW_NO_EDGES = {
    "actor-profile",
    "claims-by",
    "timeline",
    "shared-facts",
    "single-source-facts",
    "timeline-between",
    "events-at-place",
    "contradicting-claims",
}


@pytest.mark.parametrize("name", SAVED)
def test_every_saved_query_view_draws_edges(seed_kg, seed_model, name):
    params = {"fact": TOKAYEV} if name == "evidence-of" else {}  # its one parameter is required
    view = modes.query(seed_kg, seed_model, name, params)
    graph = view.graph
    if graph.number_of_nodes() < 2:
        # No rows on the seed fixture; evidence-of's rows are quotes, listed, not drawn.
        assert name in {"communications-restricted", "evidence-of"}
        return
    assert graph.number_of_edges() > 0
    # A loose node is a fact the graph gives no argument, never an entity.
    for node in nx.isolates(graph):
        assert graph.nodes[node]["kind"] == "fact"
        assert not [n for n in nx.all_neighbors(seed_model.graph, node)]


def test_the_queries_that_drew_no_edges_now_link_facts_to_their_arguments(seed_kg, seed_model):
    assert DREW_NO_EDGES <= set(SAVED)
    for name in sorted(DREW_NO_EDGES):
        view = modes.query(seed_kg, seed_model, name, {})
        facts = [n for n, d in view.graph.nodes(data=True) if d["kind"] == "fact"]
        entities = [n for n, d in view.graph.nodes(data=True) if d["kind"] == "entity"]
        assert facts and entities, name
        # Edges keep the graph's own property labels.
        for a, b, key, data in view.graph.edges(keys=True, data=True):
            assert seed_model.graph.has_edge(a, b, key), (name, a, b)
            assert data["label"] == seed_model.graph.edges[a, b, key]["label"]


def test_claims_by_draws_the_claimant_the_parameter_names(seed_kg, seed_model):
    view = modes.query(seed_kg, seed_model, "claims-by", {"actor": "Tokaev"})
    assert TOKAYEV in view.graph
    claims = [n for n, d in view.graph.nodes(data=True) if d["category"] == "Claim"]
    assert claims
    for claim in claims:
        labels = {d["label"] for d in view.graph.get_edge_data(claim, TOKAYEV).values()}
        assert labels == {"claimant"}


def test_a_parameter_node_no_row_links_to_is_left_out(seed_model):
    claim = KZR + "claim/tokayev-terrorists"
    nazarbayev = "https://w3id.org/kzkg/id/person/nursultan-nazarbayev"
    view = modes.rows_view(seed_model, [{"fact": claim}], "t", [TOKAYEV, nazarbayev])
    assert TOKAYEV in view.graph and nazarbayev not in view.graph


def test_query_view_lists_its_rows_as_a_table(seed_kg, seed_model):
    html = render_html(modes.query(seed_kg, seed_model, "claims-by", {}))
    soup = BeautifulSoup(html, "html.parser")
    table = soup.select_one("#rows table")
    assert [th.get_text() for th in table.select("th")][:2] == ["fact", "claimType"]
    assert len(table.select("tbody tr")) == len(seed_kg.query("claims-by"))
    assert soup.select_one("#rows").get("open") is None  # the network comes first


def test_rows_that_name_no_node_say_so_and_show_the_table(seed_model):
    html = render_html(
        modes.rows_view(seed_model, [{"n": "3", "what": "<b>protests</b>"}], "count")
    )
    soup = BeautifulSoup(html, "html.parser")
    assert "not a network" in soup.select_one("#empty").get_text()
    assert soup.select_one("#rows").get("open") is not None
    assert soup.select_one("#rows td:nth-of-type(2)").get_text() == "<b>protests</b>"
    assert soup.select_one("#rows b") is None


def test_the_query_pages_network_view_has_the_claimant_and_no_sibling_links(seed_kg):
    from kzkg.views import query_view

    html = query_view(seed_kg, "claims-by", actor="Tokaev")
    data = json.loads(BeautifulSoup(html, "html.parser").find("script", id="kzkg-data").string)
    assert TOKAYEV in {n["id"] for n in data["nodes"]}
    assert "claimant" in {e["title"] for e in data["edges"]}
    assert data["siblingLinks"] is False
