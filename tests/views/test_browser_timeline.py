"""The timeline in headless Chromium with the network blocked: items, lanes,
the evidence panel, filters and the link to the network view."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from views_support import ARTIFACTS, NAZARBAYEV, TOKAYEV

from kzkg.views import modes
from kzkg.views.render import write_page, write_view
from kzkg.views.timeline import render_timeline, timeline

pytestmark = pytest.mark.browser
KZR = "https://w3id.org/kzkg/id/"
PROTEST = KZR + "event/protests-almaty"


@pytest.fixture
def page(offline, seed_kg, seed_model, tmp_path):
    path = write_page(render_timeline(*timeline(seed_kg, seed_model)), tmp_path / "timeline.html")
    write_view(modes.overview(seed_model), tmp_path / "overview.html")
    offline.open(path)
    yield offline.page
    assert offline.remote_requests() == [] and offline.errors == []


def test_items_are_drawn_in_actor_lanes_within_the_window(page, seed_model):
    drawn = page.evaluate("() => window.kzkg.drawn")
    assert PROTEST in drawn and KZR + "claim/tokayev-terrorists" in drawn
    lanes = page.evaluate("() => window.kzkg.lanes")
    assert seed_model.graph.nodes[TOKAYEV]["label"] in lanes
    # A tenure appears in the lane of each person it involves.
    tenure = KZR + "tenure/nazarbayev-security-council"
    assert len(drawn[tenure]) == 2
    # Within a lane no two items (with their labels) overlap.
    rows: dict = {}
    for boxes in drawn.values():
        for b in boxes:
            rows.setdefault((b["lane"], b["row"]), []).append((b["left"], b["right"]))
    for spans in rows.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans
    # The 2019 tenures end outside the window; the page says so.
    assert KZR + "tenure/nazarbayev-president" not in drawn
    assert "outside this span of time" in page.text_content("#timeline")
    page.click("#span-all")
    assert KZR + "tenure/nazarbayev-president" in page.evaluate("() => window.kzkg.drawn")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "timeline.png"))


def test_click_opens_the_evidence_panel_with_a_link_to_the_network(page):
    page.click(f".tl-item[data-id='{PROTEST}']")
    assert page.text_content("#panel-title") == "protests in Almaty"
    assert page.is_visible("#panel-evidence blockquote")
    href = page.get_attribute("#panel-links a", "href")
    assert href == "overview.html#node=" + quote(PROTEST, safe="")
    page.click("#panel-links a")
    page.wait_for_function("() => window.kzkgReady === true && window.kzkg.focused")
    assert page.evaluate("() => window.kzkg.focused") == PROTEST
    assert page.text_content("#panel-title") == "protests in Almaty"


def test_group_by_class_and_filters_update_items_and_counts(page, seed_model):
    page.select_option("#group-by", "class")
    lanes = page.evaluate("() => window.kzkg.lanes")
    assert "tenure" in lanes and "protest" in lanes
    count = "() => document.querySelector(\"#legend .count[data-key='Tenure']\").textContent"
    assert page.evaluate(count) == "(4)"
    page.uncheck(".class-filter[value=Tenure]")
    assert "tenure" not in page.evaluate("() => window.kzkg.lanes")
    assert page.evaluate(count) == "(0 of 4)"
    page.check(".class-filter[value=Tenure]")
    everything = page.evaluate("() => Object.keys(window.kzkg.drawn)")
    page.select_option("#doc-filter", "second-report")
    drawn = page.evaluate("() => window.kzkg.drawn")
    assert 0 < len(drawn) < len(everything)
    assert all("second-report" in seed_model.graph.nodes[i]["documents"] for i in drawn)


def test_undated_facts_are_listed_and_open_the_panel(page):
    page.click(".tl-undated a")
    assert page.text_content("#panel-type").startswith("Type: ")
    assert "Undated facts (1)" in page.text_content(".tl-undated")


def test_search_finds_an_actor_lane_and_an_item(page):
    page.fill("#search", "Nazarbaev")
    page.press("#search", "Enter")
    assert page.text_content("#panel-title") == "Nursultan Nazarbayev"
    page.fill("#search", "protests in Almaty")
    page.press("#search", "Enter")
    assert page.evaluate("() => window.kzkg.selected") == PROTEST
    assert NAZARBAYEV  # (the actor's lane is scrolled into view)
