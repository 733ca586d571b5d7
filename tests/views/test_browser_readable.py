"""Readable at first sight, in headless Chromium with the network blocked:
labels by importance without overlap, a panel beside the graph, live counts."""

from __future__ import annotations

import pytest
from views_support import ARTIFACTS, NAZARBAYEV, SC_POST, TOKAYEV

from kzkg.paths import queries_dir
from kzkg.views import modes
from kzkg.views.render import write_view

pytestmark = pytest.mark.browser
KZR = "https://w3id.org/kzkg/id/"
DRAWN = "() => window.kzkg.labels.drawn.map(b => [b.id, b.x, b.y, b.w, b.h])"


def _overlapping(boxes) -> list:
    return [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[1] < b[1] + b[3] and b[1] < a[1] + a[3] and a[2] < b[2] + b[4] and b[2] < a[2] + a[4]
    ]


def _fit(page) -> None:
    page.evaluate("() => window.kzkg.network.fit({animation: false})")


def test_labels_at_fit_zoom_name_the_main_actors_without_overlap(offline, seed_model, tmp_path):
    offline.open(write_view(modes.overview(seed_model), tmp_path / "overview.html"))
    page = offline.page
    _fit(page)
    boxes = page.evaluate(DRAWN)
    assert boxes, "no label drawn at fit zoom"
    assert TOKAYEV in [b[0] for b in boxes]  # the most important node is named
    assert _overlapping(boxes) == []
    box = page.evaluate("() => document.querySelector('#network').getBoundingClientRect().toJSON()")
    for _, x, y, w, h in boxes:
        assert 0 <= x and x + w <= box["width"] and 0 <= y and y + h <= box["height"]
    # Zooming in names more nodes, still without overlap.
    page.evaluate("() => window.kzkg.network.moveTo({scale: window.kzkg.network.getScale() * 3})")
    closer = page.evaluate(DRAWN)
    assert _overlapping(closer) == []
    page.evaluate("() => window.kzkg.network.moveTo({scale: 4})")
    assert page.evaluate("() => window.kzkg.labels.edgesDrawn.length") > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "labels-zoomed.png"))


def test_large_view_names_some_nodes_at_fit_zoom(offline, tmp_path):
    import networkx as nx

    from kzkg.views.render import View

    g = nx.MultiDiGraph()
    for i in range(1500):
        g.add_node(f"urn:n{i}", label=f"node number {i}", type="Person", type_label="person",
                   category="Person", kind="entity")  # fmt: skip
        if i:
            g.add_edge(f"urn:n{(i - 1) // 4}", f"urn:n{i}", label="knows")
    offline.open(write_view(View(g, "large", "synthetic"), tmp_path / "large.html"))
    boxes = offline.page.evaluate(DRAWN)
    assert 5 <= len(boxes) < 1500
    first = offline.page.evaluate("() => window.kzkg.data.nodes.find(n => n.rank === 0).id")
    assert first in [b[0] for b in boxes]  # the most important node is named
    assert _overlapping(boxes) == []
    assert offline.page.evaluate("() => window.kzkg.labels.edgesDrawn.length") == 0


def test_the_panel_sits_beside_the_graph_and_the_controls_fold(offline, seed_model, tmp_path):
    offline.open(write_view(modes.overview(seed_model), tmp_path / "overview.html"))
    page = offline.page
    width = "() => document.querySelector('#network canvas').getBoundingClientRect().width"
    full = page.evaluate(width)
    page.fill("#search", "Tokaev")
    page.press("#search", "Enter")
    canvas = page.evaluate(
        "() => document.querySelector('#network canvas').getBoundingClientRect().toJSON()"
    )
    panel = page.evaluate("() => document.querySelector('#panel').getBoundingClientRect().toJSON()")
    assert canvas["right"] <= panel["left"] + 1  # the panel never covers the canvas
    assert canvas["width"] < full
    page.click("#panel-close")
    page.click("#controls-toggle")
    assert not page.is_visible("#controls")
    assert page.evaluate(width) > full


def test_facts_count_equals_the_facts_listed(offline, seed_model, tmp_path):
    offline.open(write_view(modes.overview(seed_model), tmp_path / "overview.html"))
    page = offline.page
    for name in ("Nazarbayev", "head of the Security Council"):
        page.fill("#search", name)
        page.press("#search", "Enter")
        heading = page.text_content("#panel-facts h3")
        listed = len(page.query_selector_all("#panel-facts .fact"))
        assert heading == f"Facts ({listed})", name


def test_filters_update_the_legend_counts_and_the_open_panel(offline, seed_model, tmp_path):
    offline.open(write_view(modes.overview(seed_model), tmp_path / "overview.html"))
    page = offline.page
    count = "(k) => document.querySelector(`#legend .count[data-key='${k}']`).textContent"
    tenures = sum(1 for _, d in seed_model.graph.nodes(data=True) if d["category"] == "Tenure")
    assert page.evaluate(count, "Tenure") == f"({tenures})"
    page.fill("#search", "Nazarbayev")
    page.press("#search", "Enter")
    assert "Example brief on the unrest" in page.text_content("#panel-facts")
    page.select_option("#doc-filter", "second-report")
    shown = sum(
        1
        for _, d in seed_model.graph.nodes(data=True)
        if d["category"] == "Tenure" and "second-report" in d["documents"]
    )
    assert page.evaluate(count, "Tenure") == f"({shown} of {tenures})"
    # The open panel quotes only the chosen document now.
    assert "Example brief on the unrest" not in page.text_content("#panel-facts")
    assert "Second report on the January events" in page.text_content("#panel-facts")
    page.uncheck(".class-filter[value=Person]")
    assert "Hidden by the filters" in page.text_content("#panel-facts")


def test_search_outside_an_ego_view_says_why(offline, seed_kg, seed_model, tmp_path):
    view = modes.ego(seed_kg, seed_model, "Tokaev", depth=1)
    offline.open(write_view(view, tmp_path / "ego.html"))
    page = offline.page
    page.fill("#search", "Nazarbaev")
    page.press("#search", "Enter")
    status = page.text_content("#search-status")
    assert "not in this view" in status and "overview" in status
    page.fill("#search", "no such thing")
    page.press("#search", "Enter")
    assert "No node of the graph matches" in page.text_content("#search-status")


@pytest.mark.parametrize("name", sorted(p.stem for p in queries_dir().glob("*.rq")))
def test_every_saved_query_view_draws_its_edges(offline, seed_kg, seed_model, tmp_path, name):
    params = {"fact": TOKAYEV} if name == "evidence-of" else {}  # its one parameter is required
    view = modes.query(seed_kg, seed_model, name, params)
    offline.open(write_view(view, tmp_path / f"{name}.html"))
    if view.graph.number_of_nodes() == 0:  # no rows: the page says so
        assert offline.page.is_visible("#empty")
        return
    drawn = offline.page.evaluate(
        "() => [window.kzkg.nodesView.length, Object.keys(window.kzkg.network.body.edges).length]"
    )
    assert drawn == [view.graph.number_of_nodes(), view.graph.number_of_edges()]
    if view.graph.number_of_nodes() >= 2:
        assert drawn[1] > 0
    assert offline.remote_requests() == [] and offline.errors == []


def test_succession_fixture_still_names_post_and_holders(offline, seed_kg, seed_model, tmp_path):
    view = modes.query(seed_kg, seed_model, "succession", {"post": "Security Council"})
    offline.open(write_view(view, tmp_path / "s.html"))
    _fit(offline.page)
    named = {b[0] for b in offline.page.evaluate(DRAWN)}
    assert {NAZARBAYEV, SC_POST, TOKAYEV} <= named
