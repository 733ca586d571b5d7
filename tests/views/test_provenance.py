"""Every fact with its provenance in the views: a curated fact shows its curator,
note and source where a quote would be; figures are listed in the panels of the
actors who reported them and of what they are about; a fact two documents date
differently shows one date, the other kept beside it."""

from __future__ import annotations

import pytest
from views_support import FIXTURES

from kzkg.store import KnowledgeGraph
from kzkg.views import modes
from kzkg.views.model import load_model
from kzkg.views.payload import node_info
from kzkg.views.render import write_page, write_view
from kzkg.views.timeline import render_timeline, timeline

KZR = "https://w3id.org/kzkg/id/"
TENURE = KZR + "tenure/smailov-pm"
PROTEST = KZR + "event/protest"
MINISTRY = KZR + "organization/ministry"
TOKAYEV = KZR + "person/tokayev"


@pytest.fixture(scope="module")
def provenance():
    kg = KnowledgeGraph.open(FIXTURES / "provenance.trig")
    return kg, load_model(kg)


def test_curated_evidence_is_in_the_model_with_curator_note_and_source(provenance):
    _, model = provenance
    info = node_info(model.graph.nodes[TENURE])
    assert info["quotes"] == 1
    [ev] = info["evidence"]
    assert ev["quote"] is None
    assert ev["curator"] == "kzkg curation team"
    assert ev["note"] == "Approved by parliament on 11 January 2022."
    assert ev["source"] == "https://example.org/smailov"


def test_a_fact_dated_differently_has_its_most_precise_date_and_keeps_the_other(provenance):
    kg, model = provenance
    data = model.graph.nodes[PROTEST]
    assert data["date"] == "2022-01-02"
    assert ["date", "2022-01-02"] in data["facts"]
    assert ["date, also given", "2022-01"] in data["facts"]
    _, page = timeline(kg, model)
    items = [i for i in page["items"] if i["id"] == PROTEST]
    assert [(i["start"], i["end"]) for i in items] == [("2022-01-02", "2022-01-02")]


def test_figures_are_on_the_claimant_and_on_what_they_are_about(provenance):
    _, model = provenance
    g = model.graph
    [reported] = g.nodes[MINISTRY]["figures"]
    assert reported["role"] == "reported"
    assert (reported["measure"], reported["value"], reported["number"]) == (
        "people killed",
        "225",
        225.0,
    )
    assert (reported["unit"], reported["date"], reported["contested"]) == (
        "people",
        "2022-01-15",
        False,
    )
    about = g.nodes[PROTEST]["figures"]
    # Side by side, in order of the number, each with its claimant; they differ.
    assert [(f["value"], f["claimants"], f["contested"]) for f in about] == [
        ("225", ["Ministry of Health"], True),
        ("about 230", ["Kassym-Jomart Tokayev"], True),
    ]


@pytest.mark.browser
def test_panels_show_the_curator_and_the_figures(offline, provenance, tmp_path):
    _, model = provenance
    path = write_view(modes.overview(model), tmp_path / "overview.html")
    offline.open(path)
    page = offline.page

    offline.click_node(TENURE)
    page.wait_for_selector("#panel:not([hidden])")
    evidence = page.text_content("#panel-evidence")
    assert "Evidence (1)" in evidence
    assert "No evidence" not in evidence and "No quotes" not in evidence
    assert "Approved by parliament on 11 January 2022." in evidence
    assert "Curated by kzkg curation team" in evidence
    assert page.get_attribute("#panel-evidence a", "href") == "https://example.org/smailov"

    offline.click_node(MINISTRY)
    page.wait_for_selector("#panel:not([hidden])")
    facts = page.text_content("#panel-facts")
    assert "Figures (1)" in facts
    assert "people killed: 225 \u00b7 225 people \u00b7 2022-01-15" in facts
    assert "reported by Ministry of Health" in facts

    offline.click_node(PROTEST)
    page.wait_for_selector("#panel:not([hidden])")
    assert page.text_content("#panel-type") == "Type: protest \u00b7 2022-01-02"
    lines = page.eval_on_selector_all(".figure-list li", "items => items.map(i => i.textContent)")
    assert lines == [
        "people killed: 225 \u00b7 225 people \u00b7 2022-01-15"
        " \u00b7 reported by Ministry of Health \u00b7 contested",
        "people killed: about 230 \u00b7 230 \u00b7 reported by Kassym-Jomart Tokayev"
        " \u00b7 contested",
    ]
    # A figure's name opens its own panel, with the quote that gives it.
    page.click(".figure-list a")
    assert page.text_content("#panel-title") == "people killed: 225"
    assert "The ministry counted 225 dead." in page.text_content("#panel-evidence")
    assert offline.errors == []


@pytest.mark.browser
def test_the_timeline_shows_the_curated_fact_and_one_date(offline, provenance, tmp_path):
    kg, model = provenance
    path = write_page(render_timeline(*timeline(kg, model)), tmp_path / "timeline.html")
    offline.open(path)
    page = offline.page
    page.click("#span-all")
    assert page.eval_on_selector_all(f".tl-item[data-id='{PROTEST}']", "items => items.length") == 1
    page.evaluate(
        "(id) => [...document.querySelectorAll('.tl-item')].find(e => e.dataset.id === id).click()",
        TENURE,
    )
    assert "Curated by kzkg curation team" in page.text_content("#panel-evidence")
    assert offline.errors == []
