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
    "events": [
        *("iri", "type", "label", "date", "places", "agents", "participants", "causes"),
        "other_dates",
    ],
    "claims": ["iri", "claimant", "type", "text", "about", "date"],
    "statistics": ["iri", "what", "value", "unit", "date", "claimant", "document"],
    "evidence": ["fact", "document", "start", "end", "quote", "curator", "note", "source"],
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


def assert_row(tables, table: str, iri: str, **expected: str) -> None:
    """The row of `table` for the IRI kzr:`iri` has these values (other columns unchecked)."""
    row = by_iri(tables[table])[KZR + iri]
    assert {column: row[column] for column in expected} == expected


def test_documents(tables):
    assert_row(
        tables,
        "documents",
        "document/second-report",
        id="second-report",
        file="second-report.md",
        authors="B. Writer | C. Writer",
        date="2022-01-20",
        url="https://example.org/second",
    )


def test_entities_have_one_of_four_types_and_labels(tables):
    entities = by_iri(tables["entities"])
    assert {r["type"] for r in entities.values()} == {"Person", "Organization", "Group", "Place"}
    assert not any("/post/" in iri for iri in entities)
    assert_row(
        tables,
        "entities",
        "person/kassym-jomart-tokayev",
        label="Kassym-Jomart Tokayev",
        aliases="Tokaev | Tokayev | Toqaev",
        wikidata="http://www.wikidata.org/entity/Q1130556",
        documents="example-brief | second-report",
    )
    assert_row(tables, "entities", "place/almaty", type="Place")  # a kz:City
    assert_row(tables, "entities", "organization/osce", documents="second-report")


def test_roles_use_preferred_labels(tables):
    assert_row(
        tables,
        "roles",
        "tenure/tokayev-security-council",
        holder="Kassym-Jomart Tokayev",
        post="head of the Security Council",
        organization="Security Council of Kazakhstan",
        start="2022-01",
        end="",
        predecessor="Nursultan Nazarbayev",
    )
    assert_row(tables, "roles", "tenure/nazarbayev-president", successor="Kassym-Jomart Tokayev")


def test_events_with_types_and_causes(tables):
    assert_row(
        tables,
        "events",
        "event/price-doubling",
        type="PriceIncrease",
        places="Kazakhstan",
        agents="Government of Kazakhstan",
        causes=KZR + "event/protests-almaty",
    )
    assert_row(
        tables,
        "events",
        "event/protests-almaty",
        type="Protest",
        date="2022-01-04",
        participants="protesters",
        causes="",
    )


def test_claims(tables):
    assert_row(
        tables,
        "claims",
        "claim/tokayev-terrorists",
        claimant="Kassym-Jomart Tokayev",
        type="allegation",
        text="foreign-trained terrorists were behind the unrest",
        about="protests in Almaty",
    )
    assert_row(tables, "claims", "claim/nhc-inquiry", type="demand")


def test_statistics(tables):
    assert_row(
        tables,
        "statistics",
        "statistic/inflation",
        what="inflation",
        value="almost 9%",
        unit="percent",
        claimant="",
        document="example-brief",
    )


CONTESTED = """@prefix kz: <https://w3id.org/kzkg/ontology#> .
@prefix kzr: <https://w3id.org/kzkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kzr:graph\\/d {
  kzr:document\\/d a kz:Document ; kz:docId "d" .
  kzr:organization\\/gov a kz:Organization ; rdfs:label "Government" .
  kzr:organization\\/ngo a kz:Organization ; rdfs:label "Rights Group" .
  kzr:statistic\\/official a kz:Statistic ; kz:measure "claimed number of people killed" ;
      kz:value "225" ; kz:claimant kzr:organization\\/gov ; kz:date "2022-01"^^xsd:gYearMonth ;
      kz:evidence kzr:evidence\\/d\\/0-30 .
  kzr:statistic\\/ngo a kz:Statistic ; kz:measure "claimed number of people killed" ;
      kz:value "more than 300" ; kz:claimant kzr:organization\\/ngo ;
      kz:evidence kzr:evidence\\/d\\/31-70 .
  kzr:evidence\\/d\\/0-30 a kz:Evidence ; kz:document kzr:document\\/d ; oa:start 0 ; oa:end 30 ;
      oa:exact "The government said 225 died." .
  kzr:evidence\\/d\\/31-70 a kz:Evidence ; kz:document kzr:document\\/d ; oa:start 31 ;
      oa:end 70 ; oa:exact "A rights group counted more than 300." .
}
"""


def test_contested_figures_are_rows_side_by_side_with_their_evidence(tmp_path):
    graph = tmp_path / "contested.trig"
    graph.write_text(CONTESTED, encoding="utf-8")
    tables = export(graph, tmp_path / "out")
    stats = tables["statistics"]
    rows = sorted((r["value"], r["claimant"], r["date"], r["document"]) for r in stats)
    assert rows == [
        ("225", "Government", "2022-01", "d"),
        ("more than 300", "Rights Group", "", "d"),
    ]
    quotes = {r["fact"].rsplit("/", 1)[1]: r["quote"] for r in tables["evidence"]}
    assert quotes == {
        "official": "The government said 225 died.",
        "ngo": "A rights group counted more than 300.",
    }


def test_evidence_rows_point_at_rows_of_the_fact_tables(tables):
    facts = {r["iri"] for name in ("roles", "events", "claims", "statistics") for r in tables[name]}
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
    (quote,) = {r["quote"] for r in tables["evidence"] if r["quote"]}
    assert quote.startswith('<script>window.__pwned=11;alert(11)</script> "><img src=x')
    (note,) = {r["note"] for r in tables["evidence"] if r["note"]}
    assert note == '"><img src=x onerror="window.__pwned=15;alert(15)"> note'
    title = tables["documents"][0]["title"]
    assert title == "<script>window.__pwned=4;alert(4)</script> title"


def test_export_into_a_file_is_refused(seed_graph, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    result = CliRunner().invoke(app, ["export", "--graph", str(seed_graph), "--out", str(blocker)])
    assert result.exit_code == 2
    assert "not a folder" in result.output


CURATED = """@prefix kz: <https://w3id.org/kzkg/ontology#> .
@prefix kzr: <https://w3id.org/kzkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
kzr:graph\\/curated {
  kzr:tenure\\/t a kz:Tenure ; rdfs:label "tenure" ; kz:evidence kzr:evidence\\/curated\\/c .
  kzr:evidence\\/curated\\/c a kz:Evidence ; kz:curator "A. Curator" ;
      rdfs:comment "Approved by parliament." ; rdfs:seeAlso <https://example.org/source> .
}
"""


def test_a_curated_fact_s_evidence_is_a_row_with_its_curator(tmp_path):
    graph = tmp_path / "curated.trig"
    graph.write_text(CURATED, encoding="utf-8")
    tables = export(graph, tmp_path / "out")
    assert [
        {k: r[k] for k in ("fact", "quote", "curator", "note", "source", "start")}
        for r in tables["evidence"]
    ] == [
        {
            "fact": KZR + "tenure/t",
            "quote": "",
            "curator": "A. Curator",
            "note": "Approved by parliament.",
            "source": "https://example.org/source",
            "start": "",
        }
    ]


def test_a_date_cell_holds_one_date_and_events_keep_the_others(provenance_graph, tmp_path):
    tables = export(provenance_graph, tmp_path / "provenance")
    events = {r["label"]: r for r in tables["events"]}
    protest = events["protest: Almaty"]
    assert (protest["date"], protest["other_dates"]) == ("2022-01-02", "2022-01")
    [role] = tables["roles"]
    assert role["start"] == "2022-01-11"
    figures = {r["value"]: r["date"] for r in tables["statistics"]}
    assert figures == {"225": "2022-01-15", "about 230": ""}
    curated = [r for r in tables["evidence"] if r["curator"]]
    assert {r["curator"] for r in curated} == {"kzkg curation team", "a curator"}
