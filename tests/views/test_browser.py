"""Each view in headless Chromium with the network blocked."""

from __future__ import annotations

import shutil

import pytest
from views_support import ARTIFACTS, NAZARBAYEV, SC_POST, SUCCESSION_RQ, TOKAYEV

from kzkg.views import modes
from kzkg.views.render import write_view

pytestmark = pytest.mark.browser
KZR = "https://w3id.org/kzkg/id/"


def _views(kg, model):
    return {
        "overview": modes.overview(model),
        "ego": modes.ego(kg, model, "Tokaev", depth=1),
        "query": modes.query(kg, model, str(SUCCESSION_RQ), {}),
        "claims": modes.claims(model),
    }


@pytest.mark.parametrize("mode", ["overview", "ego", "query", "claims"])
def test_view_draws_offline(offline, seed_kg, seed_model, tmp_path, mode):
    view = _views(seed_kg, seed_model)[mode]
    path = write_view(view, tmp_path / f"{mode}.html")
    offline.open(path)
    assert offline.remote_requests() == []
    assert offline.errors == []
    drawn = offline.page.evaluate(
        "() => ({nodes: window.kzkg.nodesView.getIds(), edges: window.kzkg.edges.get()"
        ".map(e => [e.from, e.to, e.title])})"
    )
    assert set(drawn["nodes"]) == set(view.graph.nodes)
    expected = sorted([a, b, d["label"]] for a, b, d in view.graph.edges(data=True))
    assert sorted(drawn["edges"]) == expected
    # vis-network placed every node on the canvas.
    positions = offline.page.evaluate("() => window.kzkg.network.getPositions()")
    assert set(positions) == set(view.graph.nodes)
    ARTIFACTS.mkdir(exist_ok=True)
    offline.page.screenshot(path=str(ARTIFACTS / f"view-{mode}.png"))


def test_query_view_shows_the_succession_with_dates(offline, seed_kg, seed_model, tmp_path):
    path = write_view(_views(seed_kg, seed_model)["query"], tmp_path / "q.html")
    offline.open(path)
    edges = offline.page.evaluate("() => window.kzkg.edges.get().map(e => [e.from, e.to, e.title])")
    assert sorted(edges) == sorted(
        [[NAZARBAYEV, SC_POST, "post (2022-01)"], [SC_POST, TOKAYEV, "successor (2022-01)"]]
    )


def test_search_finds_an_alias_and_click_shows_quotes(offline, seed_model, tmp_path):
    path = write_view(modes.overview(seed_model), tmp_path / "overview.html")
    offline.open(path)
    page = offline.page
    page.fill("#search", "Tokaev")
    page.press("#search", "Enter")
    assert page.evaluate("() => window.kzkg.focused") == TOKAYEV
    assert page.evaluate("() => window.kzkg.network.getSelectedNodes()") == [TOKAYEV]
    assert page.text_content("#panel-title") == "Kassym-Jomart Tokayev"
    assert "Wikidata Q1130556" in page.text_content("#panel-wikidata")
    assert (
        page.get_attribute("#panel-wikidata a", "href") == "http://www.wikidata.org/entity/Q1130556"
    )

    page.click("#panel-close")
    tenure = KZR + "tenure/nazarbayev-security-council"
    offline.click_node(tenure)
    page.wait_for_selector("#panel:not([hidden])")
    assert (
        page.text_content("#panel-title") == "Nursultan Nazarbayev as head of the Security Council"
    )
    assert page.text_content("#panel-type") == "Type: tenure \u00b7 until 2022-01"
    evidence = page.text_content("#panel-evidence")
    assert "Tokayev replaced Nazarbayev as head of the Security Council in 2022." in evidence
    assert "Second report on the January events" in evidence
    assert offline.remote_requests() == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "overview-panel.png"))


def test_filters_hide_classes_documents_and_dates(offline, seed_model, tmp_path):
    path = write_view(modes.overview(seed_model), tmp_path / "overview.html")
    offline.open(path)
    page = offline.page

    def shown() -> set[str]:
        return set(page.evaluate("() => window.kzkg.nodesView.getIds()"))

    everything = shown()
    tenures = {n for n, d in seed_model.graph.nodes(data=True) if d["category"] == "Tenure"}
    page.uncheck(".class-filter[value=Tenure]")
    assert shown() == everything - tenures
    page.check(".class-filter[value=Tenure]")
    # Within a category, one ontology class at a time.
    page.uncheck(".type-filter[value=PriceIncrease]")
    assert shown() == everything - {KZR + "event/price-doubling"}
    page.check(".type-filter[value=PriceIncrease]")

    page.select_option("#doc-filter", "second-report")
    in_second = {
        n for n, d in seed_model.graph.nodes(data=True) if "second-report" in d["documents"]
    }
    assert shown() == in_second
    page.select_option("#doc-filter", "")

    page.fill("#date-from", "2022-01-03")
    page.fill("#date-to", "2022-01-05")
    after = shown()
    assert KZR + "event/protests-almaty" in after
    assert KZR + "event/price-doubling" not in after  # 2 January
    assert KZR + "claim/tokayev-terrorists" not in after  # 7 January
    assert KZR + "tenure/tokayev-security-council" in after  # January 2022 overlaps
    assert KZR + "tenure/tokayev-president" in after  # since 2019, still open
    assert KZR + "tenure/nazarbayev-president" not in after  # ended 2019
    assert TOKAYEV in after  # entities are not dated
    page.fill("#date-from", "2022-01-20")
    page.fill("#date-to", "")
    # Ended "2022-01": that may be as late as 31 January.
    assert KZR + "tenure/nazarbayev-security-council" in shown()
    assert KZR + "event/protests-almaty" not in shown()
    page.fill("#date-from", "2022-02")
    assert KZR + "tenure/nazarbayev-security-council" not in shown()
    assert KZR + "claim/nhc-inquiry" not in shown()


def test_empty_graph_page_says_so(offline, seed_model, tmp_path):
    empty = seed_model.subgraph([])
    path = write_view(modes.overview(empty), tmp_path / "empty.html")
    offline.open(path)
    assert offline.page.is_visible("#empty")
    assert "no nodes" in offline.page.text_content("#empty")


def test_large_view_has_physics_off_and_draws(offline, tmp_path):
    import networkx as nx

    from kzkg.views.render import View

    g = nx.MultiDiGraph()
    for i in range(600):
        g.add_node(
            f"urn:n{i}",
            label=f"n{i}",
            type="Person",
            type_label="person",
            category="Person",
            kind="entity",
        )
        if i:
            g.add_edge(f"urn:n{(i - 1) // 3}", f"urn:n{i}", label="knows")
    # Mentioned by 30 documents: the page carries 20 quotes and says how many more.
    quotes = [
        {"quote": f"quote {k:02d}", "document": f"d{k:02d}", "start": 0, "end": 8}
        for k in range(30)
    ]
    g.nodes["urn:n599"].update(evidence=quotes, documents=[q["document"] for q in quotes])
    path = write_view(View(g, "large", "synthetic"), tmp_path / "large.html")
    offline.open(path)
    assert offline.page.evaluate("() => window.kzkg.network.physics.options.enabled") is False
    assert offline.page.evaluate("() => window.kzkg.nodesView.length") == 600
    # At fit zoom edge labels are written only around the selected node.
    labelled = (
        "() => window.kzkg.labels.edgesDrawn.map(b => window.kzkg.edges.get(b.id))"
        ".map(e => [e.from, e.to, e.title])"
    )
    offline.page.evaluate("() => window.kzkg.network.fit({animation: false})")
    assert offline.page.evaluate(labelled) == []
    offline.page.fill("#search", "n1")
    offline.page.press("#search", "Enter")
    offline.page.wait_for_timeout(300)  # the panel has opened and the canvas resized
    offline.page.evaluate(
        "() => { window.kzkg.network.moveTo({scale: 0.6, animation: false});"
        " window.kzkg.network.redraw(); }"
    )
    assert sorted(offline.page.evaluate(labelled)) == sorted(
        [["urn:n0", "urn:n1", "knows"]] + [["urn:n1", f"urn:n{i}", "knows"] for i in (4, 5, 6)]
    )
    focus = "() => window.kzkg.network.focus('urn:n599', {scale: 2.0, animation: false})"
    offline.page.evaluate(focus)
    offline.click_node("urn:n599")
    assert ["urn:n199", "urn:n599", "knows"] in offline.page.evaluate(labelled)
    # The side panel names the link even though the edge had no label drawn.
    assert "\u2190 knows: n199" in offline.page.text_content("#panel-facts")
    mentions = offline.page.text_content("#panel-evidence")
    assert "quote 19" in mentions and "quote 20" not in mentions
    assert "and 10 more quotes from 30 documents" in mentions


def test_overview_screenshot_for_the_readme(offline, seed_model, tmp_path):
    """Keeps test-artifacts/overview.png fresh; docs/overview.png is a copy of it."""
    path = write_view(modes.overview(seed_model), tmp_path / "overview.html")
    offline.open(path)
    offline.page.fill("#search", "Tokayev")
    offline.page.press("#search", "Enter")
    # The whole graph, in the part of the window the side panel leaves.
    offline.page.evaluate("() => window.kzkg.network.fit({animation: false})")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "overview.png"
    offline.page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    docs = ARTIFACTS.parent / "docs" / "overview.png"
    if not docs.exists():
        shutil.copyfile(shot, docs)
