"""Saved queries rewritten for speed answer as their plainer former texts did.

The references in fixtures/reference/ are the formulations before the rewrite;
both run on the seed graph, the built graph, the views' provenance fixture
(curated evidence: a curator's word instead of a quote) and a synthetic graph
in which facts are told by several documents, and must return the same rows
(the same multiset: ties in ORDER BY may come in either order).

The queries that list many facts now carry a sample of each row's quotes and
count them all (`sources`, `quotes`): their rows must equal the reference's
apart from the sampled cells, which hold a part of the reference's cells, and
all of them when five or fewer documents tell the row.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kzkg.store import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).with_name("fixtures") / "reference"
REWRITTEN = sorted(p.stem for p in REFERENCE.glob("*.rq"))
PROVENANCE = ROOT / "tests" / "views" / "fixtures" / "provenance.trig"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic_graph import generate

    path = tmp_path_factory.mktemp("synthetic") / "synthetic.nq"
    generate(20_000, path)
    return KnowledgeGraph.open(path, persist=False)


OFTEN = 7  # more documents than a row shows every quote of

SAMPLED = ("documents", "evidence")  # cells that hold a sample of the reference's
COUNTS = ("sources", "quotes")  # columns the sampling queries added


@pytest.fixture(scope="module")
def told_often(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    """The provenance fixture, with its protest and a figure told by seven more documents."""
    parts = [PROVENANCE.read_text(encoding="utf-8")]
    for n in range(OFTEN):
        d = f"m{n}"
        parts.append(
            f"""
kzr:graph\\/document\\/{d} {{
    kzr:document\\/{d} a kz:Document ; kz:docId "{d}" ; kz:title "Report {d}" .
    kzr:event\\/protest kz:evidence kzr:evidence\\/{d}\\/0-9 , kzr:evidence\\/{d}\\/20-29 .
    kzr:statistic\\/killed-official kz:evidence kzr:evidence\\/{d}\\/10-19 .
    kzr:evidence\\/{d}\\/0-9 a kz:Evidence ; kz:document kzr:document\\/{d} ;
        oa:start 0 ; oa:end 9 ; oa:exact "Protest {n}." .
    kzr:evidence\\/{d}\\/20-29 a kz:Evidence ; kz:document kzr:document\\/{d} ;
        oa:start 20 ; oa:end 29 ; oa:exact "Almaty {n}." .
    kzr:evidence\\/{d}\\/10-19 a kz:Evidence ; kz:document kzr:document\\/{d} ;
        oa:start 10 ; oa:end 19 ; oa:exact "225 dead {n}" .
}}
"""
        )
    # One official dismissed twice, once with a date and once without: two rows,
    # each with its own counts (a join on the unbound date matched both).
    parts.append(
        """
kzr:graph\\/document\\/m0 {
    kzr:event\\/dismissal-dated a kz:Dismissal ; rdfs:label "dismissal: Smailov" ;
        kz:participant kzr:person\\/smailov ; kz:date "2022-01-05"^^xsd:date ;
        kz:evidence kzr:evidence\\/m0\\/30-39 .
    kzr:event\\/dismissal-undated a kz:Dismissal ; rdfs:label "dismissal: Smailov again" ;
        kz:participant kzr:person\\/smailov ; kz:evidence kzr:evidence\\/m0\\/40-49 .
    kzr:evidence\\/m0\\/30-39 a kz:Evidence ; kz:document kzr:document\\/m0 ;
        oa:start 30 ; oa:end 39 ; oa:exact "Dismissed." .
    kzr:evidence\\/m0\\/40-49 a kz:Evidence ; kz:document kzr:document\\/m0 ;
        oa:start 40 ; oa:end 49 ; oa:exact "Let go." .
}
"""
    )
    path = tmp_path_factory.mktemp("often") / "often.trig"
    path.write_text("".join(parts), encoding="utf-8")
    return KnowledgeGraph.open(path, persist=False)


def answer(kg: KnowledgeGraph, name: str, folder: Path | None) -> list[dict]:
    return KnowledgeGraph(kg.store, kg.sources, queries_folder=folder).query(name)


def rows(kg: KnowledgeGraph, name: str, folder: Path | None) -> list[str]:
    """The rows as comparable text; a sampling query's without its sampled cells and counts."""
    chosen = answer(kg, name, folder)
    if "?quotes" not in (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8"):
        return sorted(json.dumps(row, sort_keys=True) for row in chosen)
    reference = chosen if folder else answer(kg, name, REFERENCE)
    if folder is None:
        check_samples(chosen, reference)
    kept = set(reference[0]) - set(SAMPLED) if reference else set()
    return sorted(json.dumps({k: v for k, v in r.items() if k in kept}) for r in chosen)


def items(cell: str | None) -> set[str]:
    return set(cell.split(" | ")) if cell else set()


def check_samples(found: list[dict], reference: list[dict]) -> None:
    """Each row's sampled cells are part of its reference's; whole when few documents tell it."""
    key_columns = [k for k in reference[0] if k not in SAMPLED] if reference else []
    full = {json.dumps([r[k] for k in key_columns]): r for r in reference}
    for row in found:
        ref = full[json.dumps([row[k] for k in key_columns])]
        assert len(items(row["evidence"])) <= int(row["quotes"])
        for column in SAMPLED:
            assert items(row[column]) <= items(ref[column]), (column, row)
            if int(row["sources"]) <= 5:
                assert items(row[column]) == items(ref[column]), (column, row)


def test_every_reference_is_a_saved_query(kg: KnowledgeGraph) -> None:
    assert REWRITTEN and set(REWRITTEN) <= set(kg.catalogue())


@pytest.mark.parametrize("name", REWRITTEN)
def test_same_rows_on_the_seed_graph(kg: KnowledgeGraph, name: str) -> None:
    found = rows(kg, name, None)
    assert found == rows(kg, name, REFERENCE)
    assert found or name == "protest-trigger"  # the seed graph has an answer to compare


@pytest.mark.parametrize("name", REWRITTEN)
def test_same_rows_on_a_synthetic_graph(synthetic: KnowledgeGraph, name: str) -> None:
    assert rows(synthetic, name, None) == rows(synthetic, name, REFERENCE)


@pytest.mark.parametrize("name", REWRITTEN)
def test_same_rows_on_the_built_graph(built: KnowledgeGraph, name: str) -> None:
    assert rows(built, name, None) == rows(built, name, REFERENCE)


# The provenance fixture has no country to be foreign to, and no Nazarbayev to connect.
ON_PROVENANCE = [n for n in REWRITTEN if n not in ("foreign-actors", "connection")]


@pytest.mark.parametrize("name", ON_PROVENANCE)
def test_same_rows_with_curated_evidence(name: str) -> None:
    kg = KnowledgeGraph.open(PROVENANCE)
    assert rows(kg, name, None) == rows(kg, name, REFERENCE)


@pytest.mark.parametrize("name", ON_PROVENANCE)
def test_same_rows_when_many_documents_tell_a_fact(told_often: KnowledgeGraph, name: str) -> None:
    assert rows(told_often, name, None) == rows(told_often, name, REFERENCE)


PROTEST = ("event/protest", 'Report A: "Protests in Almaty."', 2 * OFTEN + 2)
FIGURE = ("killed-official", 'Report A: "The ministry counted 225 dead."', OFTEN + 1)


@pytest.mark.parametrize(
    ("name", "fact"),
    [
        ("shared-facts", PROTEST),
        ("timeline", PROTEST),
        ("figures", FIGURE),
        ("actor-profile", PROTEST),
    ],
)
def test_a_fact_told_by_many_documents_shows_its_first_documents_quotes(
    told_often: KnowledgeGraph, name: str, fact: tuple[str, str, int]
) -> None:
    """Every document and quote counted; the quotes shown are the first document's."""
    part, first_quote, quotes = fact
    params = {"actor": "Almaty"} if name == "actor-profile" else {}
    row = next(r for r in told_often.query(name, **params) if part in r["fact"])
    every = told_often.query("evidence-of", fact=row["fact"])
    assert int(row["sources"]) == len({r["document"] for r in every}) > 5
    assert int(row["quotes"]) == len(every) == quotes
    assert row["documents"] == "Report A"
    assert row["evidence"] == first_quote


def test_evidence_of_gives_every_quote_in_order(told_often: KnowledgeGraph) -> None:
    every = told_often.query("evidence-of", fact="https://w3id.org/kzkg/id/event/protest")
    assert [r["source"] for r in every][:3] == ["Report A", "Report B", "Report m0"]
    assert [(r["quote"], r["start"], r["end"]) for r in every][2:4] == [
        ("Protest 0.", "0", "9"),
        ("Almaty 0.", "20", "29"),
    ]
    curated = told_often.query("evidence-of", fact="https://w3id.org/kzkg/id/tenure/smailov-pm")
    assert [(r["source"], r["quote"]) for r in curated] == [
        ("curated by kzkg curation team", "Approved by parliament on 11 January 2022.")
    ]


def test_an_official_dismissed_with_and_without_a_date_is_two_rows(
    told_often: KnowledgeGraph,
) -> None:
    rows = [r for r in told_often.query("officials-removed") if "smailov" in r["official"]]
    dismissed = sorted((r["date"] or "", r["quotes"], r["evidence"]) for r in rows)
    assert [d for d in dismissed if d[0] != "2022-01-11"] == [
        ("", "1", 'Report m0: "Let go."'),
        ("2022-01-05", "1", 'Report m0: "Dismissed."'),
    ]
