"""`kzkg export` CSV tables, read back with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.cli.main import app

KZR = "https://w3id.org/kzkg/id/"
HEADERS = {
    "documents": ["iri", "id", "file", "title", "authors", "publisher", "date", "url"],
    "entities": ["iri", "label", "type", "aliases", "wikidata", "documents"],
    "roles": ["iri", "holder", "post", "organization", "start", "end", "predecessor", "successor"],
    "events": ["iri", "type", "label", "date", "places", "agents", "participants", "causes"],
    "claims": ["iri", "claimant", "type", "text", "about", "date"],
    "evidence": ["fact", "document", "start", "end", "quote"],
}


def export(graph: Path, out: Path) -> dict[str, list[dict[str, str]]]:
    result = CliRunner().invoke(app, ["export", "--graph", str(graph), "--out", str(out)])
    assert result.exit_code == 0, result.output
    tables = {}
    for name, header in HEADERS.items():
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames == header
            tables[name] = list(reader)
    return tables


@pytest.fixture(scope="module")
def tables(seed_graph, tmp_path_factory):
    return export(seed_graph, tmp_path_factory.mktemp("csv") / "new-folder")


def by_iri(rows, key="iri"):
    return {r[key]: r for r in rows}


def test_documents(tables):
    docs = by_iri(tables["documents"])
    second = docs[KZR + "document/second-report"]
    assert second["id"] == "second-report"
    assert second["file"] == "second-report.md"
    assert second["authors"] == "B. Writer | C. Writer"
    assert second["date"] == "2022-01-20"
    assert second["url"] == "https://example.org/second"


def test_entities_have_one_of_four_types_and_labels(tables):
    entities = by_iri(tables["entities"])
    assert {r["type"] for r in entities.values()} == {"Person", "Organization", "Group", "Place"}
    assert not any("/post/" in iri for iri in entities)
    tokayev = entities[KZR + "person/kassym-jomart-tokayev"]
    assert tokayev["label"] == "Kassym-Jomart Tokayev"
    assert tokayev["aliases"] == "Tokaev | Tokayev | Toqaev"
    assert tokayev["wikidata"] == "http://www.wikidata.org/entity/Q1130556"
    assert tokayev["documents"] == "example-brief | second-report"
    assert entities[KZR + "place/almaty"]["type"] == "Place"  # a kz:City
    assert entities[KZR + "organization/osce"]["documents"] == "second-report"


def test_roles_use_preferred_labels(tables):
    roles = by_iri(tables["roles"])
    tenure = roles[KZR + "tenure/tokayev-security-council"]
    assert tenure["holder"] == "Kassym-Jomart Tokayev"
    assert tenure["post"] == "head of the Security Council"
    assert tenure["organization"] == "Security Council of Kazakhstan"
    assert (tenure["start"], tenure["end"]) == ("2022-01", "")
    assert tenure["predecessor"] == "Nursultan Nazarbayev"
    assert roles[KZR + "tenure/nazarbayev-president"]["successor"] == "Kassym-Jomart Tokayev"


def test_events_with_types_and_causes(tables):
    events = by_iri(tables["events"])
    doubling = events[KZR + "event/price-doubling"]
    assert doubling["type"] == "PriceIncrease"
    assert doubling["places"] == "Kazakhstan"
    assert doubling["agents"] == "Government of Kazakhstan"
    assert doubling["causes"] == KZR + "event/protests-almaty"
    protests = events[KZR + "event/protests-almaty"]
    assert (protests["type"], protests["date"], protests["participants"]) == (
        "Protest",
        "2022-01-04",
        "protesters",
    )
    assert protests["causes"] == ""


def test_claims(tables):
    claims = by_iri(tables["claims"])
    claim = claims[KZR + "claim/tokayev-terrorists"]
    assert claim["claimant"] == "Kassym-Jomart Tokayev"
    assert claim["type"] == "allegation"
    assert claim["text"] == "foreign-trained terrorists were behind the unrest"
    assert claim["about"] == "protests in Almaty"
    assert claims[KZR + "claim/nhc-inquiry"]["type"] == "demand"


def test_evidence_rows_point_at_rows_of_the_fact_tables(tables):
    facts = {r["iri"] for name in ("roles", "events", "claims") for r in tables[name]}
    assert {r["fact"] for r in tables["evidence"]} == facts
    rows = [
        r for r in tables["evidence"] if r["fact"] == KZR + "tenure/nazarbayev-security-council"
    ]
    assert [(r["document"], r["start"], r["end"]) for r in rows] == [
        ("example-brief", "0", "68"),
        ("second-report", "10", "70"),
    ]
    assert (
        rows[0]["quote"] == "Tokayev replaced Nazarbayev as head of the Security Council in 2022."
    )


def test_quotes_and_markup_survive_rfc4180_quoting(hostile_graph, tmp_path):
    tables = export(hostile_graph, tmp_path / "hostile")
    raw = (tmp_path / "hostile" / "evidence.csv").read_bytes()
    assert b"\r\n" in raw  # RFC 4180 line ends
    (quote,) = {r["quote"] for r in tables["evidence"]}
    assert quote.startswith('<script>window.__pwned=11;alert(11)</script> "><img src=x')
    title = tables["documents"][0]["title"]
    assert title == "<script>window.__pwned=4;alert(4)</script> title"


def test_export_into_a_file_is_refused(seed_graph, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = CliRunner().invoke(app, ["export", "--graph", str(seed_graph), "--out", str(blocker)])
    assert result.exit_code == 2
    assert "not a folder" in result.output
