"""The HTML page, read with BeautifulSoup: offline, escaped, readable."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from bs4 import BeautifulSoup
from views_support import HOSTILE, TOKAYEV

from kzkg.store import KnowledgeGraph
from kzkg.views import modes
from kzkg.views.model import load_model
from kzkg.views.payload import importance
from kzkg.views.render import PHYSICS_MAX_NODES, View, render_html, write_view


def _data(html: str) -> dict:
    soup = BeautifulSoup(html, "html.parser")
    return json.loads(soup.find("script", id="kzkg-data").string)


def _synthetic(n: int) -> View:
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(
            f"urn:n{i}",
            label=f"node {i}",
            type="Person",
            type_label="person",
            category="Person",
            kind="entity",
        )
    for i in range(1, n):
        g.add_edge(f"urn:n{i // 2}", f"urn:n{i}", label="knows")
    return View(g, "synthetic", "test")


@pytest.fixture(scope="module")
def overview_html(seed_model) -> str:
    return render_html(modes.overview(seed_model))


def test_page_loads_nothing_from_elsewhere(overview_html):
    soup = BeautifulSoup(overview_html, "html.parser")
    assert not soup.find_all("script", src=True)
    assert not soup.find_all("link")
    assert "cdnjs" not in overview_html and "jsdelivr" not in overview_html
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    # vis-network itself is inlined (its minified bundle is over 400 kB).
    assert max(len(s.string or "") for s in soup.find_all("script")) > 400_000


def test_page_names_title_build_date_sources_and_legend(overview_html, seed_model):
    soup = BeautifulSoup(overview_html, "html.parser")
    assert soup.title.string == "kzkg: overview"
    meta = soup.header.get_text(" ")
    assert "built" in meta and "UTC" in meta
    assert "seed.trig" in meta
    assert "Example brief on the unrest" in meta and "Second report on the January events" in meta
    links = {a.get_text(): a["href"] for a in soup.select("header a.doc-title")}
    assert links["Example brief on the unrest"] == "https://example.org/brief"
    legend = {box["value"] for box in soup.select("#legend input.class-filter")}
    assert legend == {d["category"] for _, d in seed_model.graph.nodes(data=True)}
    # Categories holding several classes list them (events: price increase, protest).
    classes = {box["value"] for box in soup.select("#legend input.type-filter")}
    assert classes == {"PriceIncrease", "Protest", "City", "Country"}


def test_nodes_and_edges_are_handed_to_the_page(overview_html, seed_model):
    data = _data(overview_html)
    assert {n["id"] for n in data["nodes"]} == set(seed_model.graph.nodes)
    assert len(data["edges"]) == seed_model.graph.number_of_edges()
    # Edge labels travel as titles: the page draws them (labels.js), not vis-network.
    assert {e["title"] for e in data["edges"]} >= {"holder", "successor", "causes", "claimant"}
    assert not any("label" in e for e in data["edges"])
    tokayev = next(n for n in data["nodes"] if n["id"] == TOKAYEV)
    hub = max(data["nodes"], key=lambda n: n["size"])
    assert tokayev["size"] > min(n["size"] for n in data["nodes"])
    assert hub["size"] >= tokayev["size"]
    assert data["info"][TOKAYEV]["wikidata"] == "http://www.wikidata.org/entity/Q1130556"


def test_nodes_carry_their_label_as_text_and_an_importance_rank(overview_html, seed_model):
    data = _data(overview_html)
    # vis-network draws no labels; the page writes `text`, lowest rank first.
    assert not any("label" in n for n in data["nodes"])
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id[TOKAYEV]["text"] == "Kassym-Jomart Tokayev"
    assert sorted(n["rank"] for n in data["nodes"]) == list(range(len(data["nodes"])))
    # Tokayev, the best connected actor of the seed graph, comes first.
    assert by_id[TOKAYEV]["rank"] == 0
    assert importance(seed_model.graph)[0] == TOKAYEV


def test_ego_view_ranks_its_focus_first(seed_kg, seed_model):
    view = modes.ego(seed_kg, seed_model, "Nazarbayev", depth=1)
    data = _data(render_html(view))
    assert next(n for n in data["nodes"] if n["rank"] == 0)["id"] == view.focus


def test_large_views_fade_facts_and_edges():
    large = _data(render_html(_synthetic(PHYSICS_MAX_NODES + 50)))
    assert large["large"] is True
    assert large["options"]["edges"]["color"]["opacity"] < 1
    small = _data(render_html(_synthetic(20)))
    assert small["options"]["edges"]["color"]["opacity"] == 1


def test_small_graphs_use_physics_large_graphs_get_positions():
    small = _data(render_html(_synthetic(20)))
    assert small["physics"] is True and small["options"]["physics"]["enabled"] is True
    large = _data(render_html(_synthetic(PHYSICS_MAX_NODES + 50)))
    assert large["physics"] is False and large["options"]["physics"] == {"enabled": False}
    assert len({(n["x"], n["y"]) for n in large["nodes"]}) == PHYSICS_MAX_NODES + 50


def test_empty_graph_says_so():
    html = render_html(View(nx.MultiDiGraph(), "nothing", "empty", empty_message="Nothing here."))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(id="empty").get_text(strip=True) == "Nothing here."
    assert soup.find(id="network") is None


def test_document_text_is_escaped():
    model = load_model(KnowledgeGraph.open(HOSTILE))
    html = render_html(modes.overview(model))
    soup = BeautifulSoup(html, "html.parser")
    # Only our five scripts exist; no payload became an element or attribute.
    assert len(soup.find_all("script")) == 5
    assert not soup.find_all("img")
    assert not [a for a in soup.find_all("a") if "javascript" in (a.get("href") or "")]
    assert not soup.find_all(attrs={"onerror": True})
    # The payloads are still there, as text.
    assert "<script>window.__pwned=4;alert(4)</script> title" in soup.get_text()
    data = _data(html)
    assert data["info"]["https://w3id.org/kzkg/id/person/evil"]["label"].startswith("<script>")


def test_output_folder_is_created(tmp_path, seed_model):
    out = write_view(modes.overview(seed_model), tmp_path / "new" / "deeper" / "v.html")
    assert out.is_file() and out.stat().st_size > 100_000


def test_same_graph_same_page(seed_model, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1641081600")
    first = render_html(modes.overview(seed_model))
    assert first == render_html(modes.overview(seed_model))
    assert "built 2022-01-02 00:00 UTC" in first


def test_header_says_how_the_graph_falls_apart(overview_html, seed_model):
    import networkx as nx

    parts = nx.number_weakly_connected_components(seed_model.graph)
    largest = max(len(c) for c in nx.weakly_connected_components(seed_model.graph))
    meta = BeautifulSoup(overview_html, "html.parser").select_one("header .meta").get_text()
    assert f"{parts} connected parts, the largest of {largest} nodes" in meta
