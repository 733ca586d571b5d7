"""The `figures` saved query: statistics by a word of their measure, with claimants,
contested figures side by side, each row with its evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.store import KnowledgeGraph

CONTESTED = """@prefix kz: <https://w3id.org/kzkg/ontology#> .
@prefix kzr: <https://w3id.org/kzkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kzr:graph\\/d {
  kzr:document\\/d a kz:Document ; kz:docId "d" ; kz:title "Report" .
  kzr:organization\\/gov a kz:Organization ; rdfs:label "Government" .
  kzr:organization\\/ngo a kz:Organization ; rdfs:label "Rights Group" .
  kzr:statistic\\/official a kz:Statistic ; kz:measure "claimed number of people killed" ;
      kz:value "225" ; kz:numericValue 225.0 ; kz:claimant kzr:organization\\/gov ;
      kz:evidence kzr:evidence\\/d\\/0-30 .
  kzr:statistic\\/ngo a kz:Statistic ; kz:measure "claimed number of people killed" ;
      kz:value "more than 300" ; kz:numericValue 300.0 ; kz:claimant kzr:organization\\/ngo ;
      kz:evidence kzr:evidence\\/d\\/31-70 .
  kzr:statistic\\/arrests a kz:Statistic ; kz:measure "number of people detained" ;
      kz:value "1,200" ; kz:claimant kzr:organization\\/ngo ;
      kz:evidence kzr:evidence\\/d\\/31-70 .
  kzr:evidence\\/d\\/0-30 a kz:Evidence ; kz:document kzr:document\\/d ; oa:start 0 ;
      oa:end 30 ; oa:exact "The government said 225 died." .
  kzr:evidence\\/d\\/31-70 a kz:Evidence ; kz:document kzr:document\\/d ; oa:start 31 ;
      oa:end 70 ; oa:exact "A rights group counted more than 300." .
}
"""


@pytest.fixture(scope="module")
def contested(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    path: Path = tmp_path_factory.mktemp("figures") / "contested.trig"
    path.write_text(CONTESTED, encoding="utf-8")
    return KnowledgeGraph.open(path)


def test_contested_figures_are_rows_side_by_side(contested: KnowledgeGraph) -> None:
    rows = contested.query("figures", word="killed")
    assert [(r["value"], r["claimantLabel"]) for r in rows] == [
        ("225", "Government"),
        ("more than 300", "Rights Group"),
    ]
    assert rows[0]["evidence"] == 'Report: "The government said 225 died."'


def test_every_figure_with_a_star(contested: KnowledgeGraph, kg: KnowledgeGraph) -> None:
    assert len(contested.query("figures", word="*")) == 3
    (inflation,) = kg.query("figures", word="inflation")  # the seed fixture: no claimant
    assert inflation["value"] == "almost 9%" and not inflation["claimantLabel"]
