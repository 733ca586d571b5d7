"""Markup and script in document text, labels and titles never run.

The hostile fixture puts <script>, "><img onerror> and javascript: payloads
in labels, aliases, titles, publisher, quotes, claim text and Wikidata/URL
fields. Each payload sets window.__pwned or opens a dialog if it executes.
"""

from __future__ import annotations

import pytest
from views_support import ARTIFACTS, HOSTILE

from kzkg.store import KnowledgeGraph
from kzkg.views import modes
from kzkg.views.model import load_model
from kzkg.views.render import write_view

pytestmark = pytest.mark.browser
EVIL = "https://w3id.org/kzkg/id/person/evil"
EVIL_ORG = "https://w3id.org/kzkg/id/organization/evil-org"
EVIL_EVENT = "https://w3id.org/kzkg/id/event/evil-event"
EVIL_CLAIM = "https://w3id.org/kzkg/id/claim/evil-claim"


@pytest.fixture(scope="module")
def hostile():
    kg = KnowledgeGraph.open(HOSTILE)
    return kg, load_model(kg)


def _assert_nothing_ran(offline) -> None:
    assert offline.dialogs == []
    assert offline.page.evaluate("() => window.__pwned") is None
    assert offline.remote_requests() == []
    # Only our five scripts exist (the CSP would block others; escaping keeps them out).
    assert offline.page.evaluate("() => document.scripts.length") == 5
    # An injected <img src=x> would have asked for file:///.../x.
    assert [u for u in offline.requests if u.endswith("/x")] == []


@pytest.mark.parametrize("mode", ["overview", "ego", "claims"])
def test_hostile_text_shows_as_text_and_runs_nothing(offline, hostile, tmp_path, mode):
    kg, model = hostile
    view = {
        "overview": lambda: modes.overview(model),
        "ego": lambda: modes.ego(kg, model, '"><img src=x onerror="window.__pwned=2;alert(2)">'),
        "claims": lambda: modes.claims(model),
    }[mode]()
    path = write_view(view, tmp_path / f"hostile-{mode}.html")
    offline.open(path)
    page = offline.page

    for node in (EVIL, EVIL_ORG, EVIL_EVENT, EVIL_CLAIM):
        if node in view.graph:
            offline.click_node(node)  # hovers first, then clicks
            page.wait_for_timeout(150)
    page.click("#panel-close")
    page.fill("#search", "<script>")
    page.press("#search", "Enter")
    page.wait_for_timeout(200)
    _assert_nothing_ran(offline)

    # The payloads are displayed literally.
    assert page.text_content("#panel-title") == "<script>window.__pwned=1;alert(1)</script>"
    assert "window.__pwned=4" in page.text_content("header")
    assert page.query_selector_all("a[href^='javascript'], a[href^='JAVASCRIPT']") == []
    assert page.query_selector_all("img") == []
    assert page.text_content("#panel-wikidata") == ""  # a javascript: Wikidata IRI is dropped
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"hostile-{mode}.png"))


def test_hostile_quotes_in_the_side_panel_are_text(offline, hostile, tmp_path):
    _, model = hostile
    path = write_view(modes.overview(model), tmp_path / "hostile.html")
    offline.open(path)
    offline.click_node(EVIL_EVENT)
    offline.page.wait_for_selector("#panel:not([hidden])")
    evidence = offline.page.text_content("#panel-evidence")
    assert "<script>window.__pwned=11;alert(11)</script>" in evidence
    assert "<script>window.__pwned=4;alert(4)</script> title" in evidence
    # A curator's name and note are text too, and a javascript: source no link.
    assert 'onerror="window.__pwned=15;alert(15)"> note' in evidence
    assert "Curated by <script>window.__pwned=14;alert(14)</script>" in evidence
    assert offline.page.query_selector_all("#panel-evidence a") == []
    # A figure's measure, value and unit are text in the Figures list.
    figures = offline.page.text_content(".figure-list")
    assert '<img src=x onerror="window.__pwned=18;alert(18)"> killed' in figures
    assert "</script><script>window.__pwned=19</script>" in figures
    _assert_nothing_ran(offline)


def test_hostile_text_on_the_timeline_runs_nothing(offline, hostile, tmp_path):
    from kzkg.views.render import write_page
    from kzkg.views.timeline import render_timeline, timeline

    kg, model = hostile
    path = write_page(render_timeline(*timeline(kg, model)), tmp_path / "timeline.html")
    offline.open(path)
    page = offline.page
    page.click("#span-all")
    # Each click redraws the timeline: find the elements again by the node they show.
    ids = page.evaluate(
        "() => [...document.querySelectorAll('.tl-item, .tl-undated a')].map(e => e.dataset.id)"
    )
    assert ids
    for node in ids:
        page.evaluate(
            "(id) => [...document.querySelectorAll('.tl-item, .tl-undated a')]"
            ".find(e => e.dataset.id === id).click()",
            node,
        )
        assert page.text_content("#panel-title") == page.evaluate(
            "(id) => window.kzkg.data.info[id].label", node
        )
    for lane in range(len(page.query_selector_all(".tl-lane-name.tl-actor"))):
        page.locator(".tl-lane-name.tl-actor").nth(lane).click()
    page.select_option("#group-by", "class")
    page.fill("#search", "<script>")
    page.press("#search", "Enter")
    assert offline.dialogs == []
    assert page.evaluate("() => window.__pwned") is None
    assert offline.remote_requests() == []
    assert page.evaluate("() => document.scripts.length") == 3
    assert [u for u in offline.requests if u.endswith("/x")] == []
    assert page.query_selector_all("#panel a[href^='javascript'], #timeline img") == []
