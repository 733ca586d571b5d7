"""The timeline view: items and their spans, undated facts apart, the page."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner
from views_support import HOSTILE, NAZARBAYEV, SEED, TOKAYEV

from kzkg.cli.main import app
from kzkg.errors import InputError
from kzkg.store import KnowledgeGraph
from kzkg.views.model import load_model
from kzkg.views.timeline import busiest, date_span, render_timeline, timeline

KZR = "https://w3id.org/kzkg/id/"


def _items(data: dict) -> dict[str, dict]:
    return {i["id"]: i for i in data["items"]}


@pytest.mark.parametrize(
    "text, span",
    [
        ("2022-01-05", ("2022-01-05", "2022-01-05")),
        ("2022-01", ("2022-01-01", "2022-01-31")),  # a month is the whole month
        ("2022-02", ("2022-02-01", "2022-02-28")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2019", ("2019-01-01", "2019-12-31")),
        ("2022-13", None),
        ("2022-02-30", None),
        ("soon", None),
        (None, None),
    ],
)
def test_partial_dates_are_the_span_they_cover(text, span):
    assert date_span(text) == span


def test_dated_facts_are_items_undated_facts_are_listed_apart(seed_kg, seed_model):
    _, data = timeline(seed_kg, seed_model)
    items = _items(data)
    assert items[KZR + "event/protests-almaty"]["start"] == "2022-01-04"
    # A tenure that ended in January 2022, start unknown: open at the start.
    nsc = items[KZR + "tenure/nazarbayev-security-council"]
    assert (nsc["end"], nsc["openStart"], nsc["openEnd"]) == ("2022-01-31", True, False)
    tokayev = items[KZR + "tenure/tokayev-president"]
    assert (tokayev["start"], tokayev["openEnd"]) == ("2019-01-01", True)
    assert {NAZARBAYEV, TOKAYEV} <= set(nsc["actors"])
    assert data["undated"] == [KZR + "statistic/inflation"]
    # The panel has what it needs: every item and actor, with quotes.
    assert all(i in data["info"] for i in items)
    assert data["info"][KZR + "event/protests-almaty"]["evidence"]


def test_from_and_to_keep_the_facts_that_overlap(seed_kg, seed_model):
    _, data = timeline(seed_kg, seed_model, date_from="2022-01-03", date_to="2022-01-05")
    items = _items(data)
    assert KZR + "event/protests-almaty" in items
    assert KZR + "event/price-doubling" not in items  # 2 January
    assert KZR + "tenure/tokayev-president" in items  # since 2019, still open
    assert KZR + "tenure/nazarbayev-president" not in items  # ended 2019
    assert data["window"] == ["2022-01-03", "2022-01-05"]


def test_focus_keeps_the_facts_of_one_actor(seed_kg, seed_model):
    view, data = timeline(seed_kg, seed_model, focus="Nazarbaev")
    assert view.focus == NAZARBAYEV
    assert all(NAZARBAYEV in i["actors"] for i in data["items"])
    assert KZR + "event/protests-almaty" not in _items(data)


def test_a_bad_date_is_a_user_mistake(seed_kg, seed_model):
    with pytest.raises(InputError, match="--from '2022-13'"):
        timeline(seed_kg, seed_model, date_from="2022-13")


def test_the_default_window_is_where_the_dates_crowd():
    def item(start, end):
        return {"start": start, "end": end, "openStart": False, "openEnd": False}

    items = [item("2019-01-01", "2019-12-31")] + [
        item(f"2022-01-0{d}", f"2022-01-0{d}") for d in range(2, 9)
    ]
    assert busiest(items) == ("2022-01-02", "2022-01-07")
    assert busiest([]) is None


def test_timeline_page_is_one_offline_file(seed_kg, seed_model):
    html = render_timeline(*timeline(seed_kg, seed_model))
    soup = BeautifulSoup(html, "html.parser")
    assert "vis.Network" not in html  # no network library: the page draws the axis
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "connect-src 'none'" in csp and "default-src 'none'" in csp
    assert len(soup.find_all("script")) == 3  # data, common.js, timeline.js
    assert soup.select_one("#timeline") is not None and soup.select_one("#network") is None
    # The class filter lists the facts' classes, not the actors'.
    legend = {box["value"] for box in soup.select("#legend input.class-filter")}
    assert legend == {"Event", "Claim", "Tenure", "Statistic"}
    data = json.loads(soup.find("script", id="kzkg-data").string)
    assert data["items"] and data["window"]


def test_timeline_escapes_document_text():
    kg = KnowledgeGraph.open(HOSTILE)
    html = render_timeline(*timeline(kg, load_model(kg)))
    soup = BeautifulSoup(html, "html.parser")
    assert len(soup.find_all("script")) == 3
    assert not soup.find_all("img") and not soup.find_all(attrs={"onerror": True})


def test_cli_writes_a_timeline_and_refuses_a_bad_date(tmp_path):
    runner = CliRunner()
    out = tmp_path / "t.html"
    args = ["view", "--timeline", "--from", "2022-01", "--out", str(out), "--graph", str(SEED)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output and out.is_file()
    bad = runner.invoke(app, ["view", "--timeline", "--to", "January", "--graph", str(SEED)])
    assert bad.exit_code != 0
    assert "--to 'January': expected a date" in bad.output
    assert "Traceback" not in bad.output
    alone = runner.invoke(app, ["view", "--from", "2022", "--graph", str(SEED)])
    assert alone.exit_code != 0 and "--from and --to need --timeline" in alone.output
