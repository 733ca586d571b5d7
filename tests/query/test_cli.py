"""`kzkg queries` and `kzkg query`, run in-process, with their answers and their errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.queries.guard import UPDATES_LOCAL

runner = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


@pytest.fixture
def graph(seed_path: Path) -> list[str]:
    return ["--graph", str(seed_path)]


def test_queries_lists_names_titles_and_params() -> None:
    result = run("queries")
    assert result.exit_code == 0
    assert "succession: Succession to a post" in result.output
    assert "--param post=..." in result.output


def test_json_output_is_sparql_results_json(graph: list[str]) -> None:
    result = run(
        "query", "succession", "--param", "post=Security Council", "--format", "json", *graph
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert "holderLabel" in data["head"]["vars"]
    labels = [b["holderLabel"]["value"] for b in data["results"]["bindings"]]
    assert labels == ["Nursultan Nazarbayev", "Kassym-Jomart Tokayev"]


@pytest.mark.parametrize(
    ("fmt", "first"), [("csv", "successor,"), ("tsv", "?successor\t"), ("xml", "<?xml")]
)
def test_other_formats(graph: list[str], fmt: str, first: str) -> None:
    result = run("query", "head-of-state", "-f", fmt, *graph)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(first)
    assert "Kassym-Jomart Tokayev" in result.output


def test_table_and_rdflib_engine(graph: list[str]) -> None:
    result = run("query", "head-of-state", "--engine", "rdflib", *graph)
    assert result.exit_code == 0, result.output
    assert "Kassym-Jomart Tokayev" in result.output and "1 row(s)" in result.output


def test_table_cuts_long_lists_that_csv_keeps(graph: list[str]) -> None:
    # Twelve " | "-joined items, as a fact retold by many documents gives.
    sparql = (
        'SELECT (GROUP_CONCAT(?n; separator=" | ") AS ?items) '
        "WHERE { VALUES ?n { 'a1' 'a2' 'a3' 'a4' 'a5' 'a6' 'a7' 'a8' 'a9' 'a10' 'a11' 'a12' } }"
    )
    shown = run("query", "--sparql", sparql, *graph)
    assert shown.exit_code == 0, shown.output
    assert "a5 | ... and 7 more" in shown.output and "a6" not in shown.output
    assert "long lists cut to 5 items" in shown.output
    full = run("query", "--sparql", sparql, "-f", "csv", *graph)
    assert "a12" in full.output and "more" not in full.output
    short = run("query", "head-of-state", *graph)
    assert "long lists" not in short.output


def test_table_says_where_every_quote_of_a_sampled_row_is(graph: list[str]) -> None:
    shown = run("query", "shared-facts", *graph)
    assert shown.exit_code == 0, shown.output
    assert "evidence-of -p fact=IRI gives every quote" in shown.output
    assert "evidence-of" not in run("query", "head-of-state", *graph).output


def test_ad_hoc_sparql_has_project_prefixes(graph: list[str]) -> None:
    result = run(
        "query", "--sparql", "SELECT ?l WHERE { ?c a kz:City ; rdfs:label ?l }", "-f", "csv", *graph
    )
    assert result.exit_code == 0, result.output
    assert "Almaty" in result.output


def test_construct_gives_turtle(graph: list[str]) -> None:
    result = run(
        "query",
        "--sparql",
        "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a kz:City ; rdfs:label ?l }",
        *graph,
    )
    assert result.exit_code == 0, result.output
    assert "@prefix" in result.output and '"Almaty"' in result.output


def test_rq_file_runs(graph: list[str], tmp_path: Path) -> None:
    path = tmp_path / "cities.rq"
    path.write_text(
        "# title: Cities\n# param: place | a place | Almaty | kz:Place\n"
        "SELECT ?l WHERE { VALUES ?place { UNDEF } ?place rdfs:label ?l }\n"
    )
    result = run("query", str(path), "-p", "place=Alma-Ata", "-f", "csv", *graph)
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["l", "Almaty"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "sucession"], "did you mean: succession"),
        (["query", "succession", "-p", "postt=x"], "has no parameter 'postt'; it takes: post="),
        (
            ["query", "succession", "-p", "post=Nobody at all"],
            "no Post is labelled 'Nobody at all'",
        ),
        (["query", "succession", "-p", "post=security"], "matches several Posts"),
        (["query", "succession", "-p", "novalue"], "--param wants name=value"),
        (["query", "succession", "-f", "yaml"], "unknown format 'yaml'"),
    ],
)
def test_mistakes_are_one_line_errors(graph: list[str], args: list[str], message: str) -> None:
    result = run(*args, *graph)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("query", "summary", "column"),
    [
        ("SELECT * WHERE { ?s foaf:name ?o }", "error at 1:21: undeclared prefix `foaf:`", 20),
        ("SELECT * WHERE { ?x ?y }", "error at 1:18: syntax error at `?x`", 17),
        ('SELECT * WHERE { ?s ?p "abc }', "error at 1:24: unterminated string", 23),
    ],
)
def test_malformed_sparql_is_a_summary_and_a_caret(
    graph: list[str], query: str, summary: str, column: int
) -> None:
    result = run("query", "--sparql", query, *graph)
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"error: malformed SPARQL: {summary}",
        f"  {query}",
        "  " + " " * column + "^",
    ]


@pytest.mark.parametrize(
    ("fmt", "parsed_as"), [("jsonld", "json-ld"), ("nt", "nt"), ("rdf", "xml")]
)
def test_a_construct_in_every_graph_format(graph: list[str], fmt: str, parsed_as: str) -> None:
    query = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a kz:City ; rdfs:label ?l }"
    result = run("query", "--sparql", query, "--format", fmt, *graph)
    assert result.exit_code == 0, result.output
    parsed = rdflib.Graph().parse(data=result.output, format=parsed_as)
    assert sorted(str(o) for o in parsed.objects()) == ["Almaty", "Nur-Sultan", "Zhanaozen"]
    select = run("query", "--sparql", "SELECT * WHERE { ?s ?p ?o }", "-f", fmt, *graph)
    assert select.exit_code == 2
    assert "only CONSTRUCT and DESCRIBE" in select.output


def test_an_update_is_not_run_by_query(graph: list[str]) -> None:
    result = run("query", "--sparql", "DELETE WHERE { ?s ?p ?o }", *graph)
    assert result.exit_code == 2
    assert result.output.splitlines() == [f"error: {UPDATES_LOCAL}"]


def test_required_parameter_is_named(seed_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "need.rq"
    path.write_text("# param: who | an actor |\nSELECT * WHERE { VALUES ?who { UNDEF } }\n")
    result = run("query", str(path), "--graph", str(seed_path))
    assert result.exit_code != 0
    assert "needs parameter 'who' (an actor); it takes: who" in result.output


def test_endpoint_down_names_the_url() -> None:
    url = "http://127.0.0.1:9/query"
    result = run("query", "timeline", "--endpoint", url)
    assert result.exit_code != 0
    assert f"endpoint {url} unreachable" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_empty_parameter_value_is_refused(seed_path: Path) -> None:
    result = runner.invoke(app, ["query", "succession", "-p", "post=", "--graph", str(seed_path)])
    assert result.exit_code == 2
    assert result.output.strip() == (
        "error: --param post= has no value; leave it out to use the default"
    )
