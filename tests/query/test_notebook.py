"""The Python API as a notebook user meets it: typed rows, len, short repr, HTML,
DataFrames, rdflib graphs, keyword parameters and one-line errors."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kzkg.dates import PartialDate
from kzkg.errors import InputError
from kzkg.queries.typed import natural_key, sorted_items
from kzkg.store import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[2]
PROTESTERS = "https://w3id.org/kzkg/id/group/protesters"


def test_rows_are_typed_and_the_result_has_a_length(kg: KnowledgeGraph) -> None:
    events = kg.table("timeline")
    rows = list(events)
    assert len(events) == len(rows) > 10
    dated = [r for r in rows if r["date"] is not None]
    assert all(isinstance(r["date"], PartialDate) for r in dated)
    month = next(r["date"] for r in dated if r["date"].precision == "month")
    assert (month.start.day, month.end.month) == (1, month.month)
    assert all(isinstance(r["documents"], list) and r["documents"] for r in rows)
    assert all(r["documents"] == sorted(r["documents"], key=natural_key) for r in rows)
    numbers = [r["number"] for r in kg.table("figures", word="*") if r["number"] is not None]
    assert numbers and all(isinstance(n, float) for n in numbers)


def test_repr_is_short_and_html_is_an_escaped_table(kg: KnowledgeGraph) -> None:
    events = kg.table("timeline")
    assert len(repr(events)) < 400
    assert repr(events).startswith(f"<Result {len(events)} rows")
    page = events._repr_html_()
    assert page.startswith("<table>") and page.count("<tr>") == 11  # header and 10 rows
    assert "more rows" in page
    assert not re.search(r"<(?!/?(table|thead|tbody|tr|th|td|p)>)", page)


def test_to_pandas_has_proper_dtypes(kg: KnowledgeGraph) -> None:
    pytest.importorskip("pandas")
    frame = kg.table("timeline").to_pandas()
    assert str(frame["date"].dtype).startswith("datetime64")
    assert (frame["date_end"].dropna() >= frame["date"].dropna()).all()
    assert frame["label"].dtype == "string"
    assert isinstance(frame["documents"][0], list)
    figures = kg.table("figures", word="*").to_pandas()
    assert figures["number"].dtype == "Float64"


def test_construct_gives_an_rdflib_graph(kg: KnowledgeGraph) -> None:
    result = kg.run("CONSTRUCT { ?e a kz:Event } WHERE { ?e a/rdfs:subClassOf* kz:Event }")
    graph = result.graph()
    assert isinstance(graph, Graph) and len(graph) == len(result) > 10
    with pytest.raises(InputError, match="SELECT"):
        result.to_pandas()


def test_keyword_parameters_take_a_trailing_underscore(kg: KnowledgeGraph) -> None:
    spelled = kg.query("timeline-between", **{"from": "2022-01-01", "to": "2022-01-05"})
    assert kg.query("timeline-between", from_="2022-01-01", to_="2022-01-05") == spelled


def test_bindings_need_not_be_projected_and_text_is_an_iri(kg: KnowledgeGraph) -> None:
    query = "SELECT ?l WHERE { ?e rdfs:label ?l }"
    assert kg.select(query, e=ox.NamedNode(PROTESTERS)) == [{"l": "protesters"}]
    assert kg.select(query, e=PROTESTERS) == [{"l": "protesters"}]
    with pytest.raises(InputError, match=r"^\?e: 'not an iri' is not an IRI"):
        kg.select(query, e="not an iri")
    with pytest.raises(InputError, match="not int"):
        kg.select(query, e=3)


def test_the_notebook_example_in_the_docs_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    text = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(# notebook example\n.*?)```", text, re.DOTALL)
    assert len(blocks) == 1
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(blocks[0], "docs/queries.md", "exec"), {})
    assert "events in January 2022" in out.getvalue()
    assert "Float64" in out.getvalue()


def test_list_cells_are_sorted_the_same_on_both_engines(
    kg: KnowledgeGraph, kg_rdflib: KnowledgeGraph
) -> None:
    ours = kg.query("timeline")
    theirs = kg_rdflib.query("timeline")
    assert sorted(map(str, ours)) == sorted(map(str, theirs))
    for row in ours:
        items = row["evidence"].split(" | ")
        assert items == sorted_items(row["evidence"])


TWO_DATES = """@prefix kz: <https://w3id.org/kzkg/ontology#> .
@prefix kzr: <https://w3id.org/kzkg/id/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kzr:graph\\/document\\/a {
  kzr:event\\/e a kz:Protest ; rdfs:label "protest" ; kz:evidence kzr:evidence\\/a\\/1 ;
      kz:date "2022-01"^^xsd:gYearMonth , "2022-01-04"^^xsd:date , "2022-01-02"^^xsd:date .
  kzr:evidence\\/a\\/1 a kz:Evidence ; kz:document kzr:document\\/a ; oa:exact "protest" .
}
"""


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_an_event_with_several_dates_is_one_row_with_its_most_precise_date(
    tmp_path: Path, engine: str
) -> None:
    path = tmp_path / "two-dates.trig"
    path.write_text(TWO_DATES, encoding="utf-8")
    kg = KnowledgeGraph.open(path, engine=engine)
    assert [(r["date"], r["otherDates"]) for r in kg.query("timeline")] == [
        ("2022-01-02", "2022-01 | 2022-01-04")
    ]
    between = kg.query("timeline-between", from_="2022-01-01", to_="2022-01-03")
    assert [r["date"] for r in between] == ["2022-01-02"]
