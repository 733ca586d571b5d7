"""`kzkg push` and `kzkg query --endpoint` against a real Oxigraph server."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from required import REQUIRED
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.queries.catalogue import catalogue
from kzkg.store import KnowledgeGraph

pytestmark = pytest.mark.server
runner = CliRunner()


@pytest.fixture(scope="module")
def pushed(oxigraph_server: str, seed_path: Path) -> str:
    result = runner.invoke(
        app, ["push", "--endpoint", oxigraph_server + "/store", "--graph", str(seed_path)]
    )
    assert result.exit_code == 0, result.output
    # two documents, the resolution graph and the ontology
    assert "pushed 4 named graphs" in result.output
    return oxigraph_server


def test_each_named_graph_arrives(pushed: str, kg: KnowledgeGraph) -> None:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    reply = httpx.post(
        pushed + "/query",
        data={"query": query},
        headers={"Accept": "application/sparql-results+json"},
    )
    remote = {b["g"]["value"]: int(b["n"]["value"]) for b in reply.json()["results"]["bindings"]}
    local = {row["g"]: int(row["n"]) for row in kg.select(query)}
    assert remote == local


def test_pushing_twice_replaces(pushed: str, seed_path: Path) -> None:
    again = runner.invoke(app, ["push", "--endpoint", pushed + "/store", "--graph", str(seed_path)])
    assert again.exit_code == 0
    remote = KnowledgeGraph.open(endpoint=pushed + "/query")
    count = remote.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(count[0]["n"]) == int(
        KnowledgeGraph.open(seed_path).select(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        )[0]["n"]
    )


def normal(rows: list[dict]) -> list[str]:
    """Rows as comparable text; joined lists (GROUP_CONCAT has no set order) sorted."""
    return sorted(
        repr({k: sorted(v.split(" | ")) if isinstance(v, str) else v for k, v in row.items()})
        for row in rows
    )


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_saved_queries_answer_the_same_remotely(pushed: str, kg: KnowledgeGraph, name: str) -> None:
    remote = KnowledgeGraph.open(endpoint=pushed + "/query")
    params = REQUIRED.get(name, {})
    mine = normal(kg.query(name, **params))
    assert mine and normal(remote.query(name, **params)) == mine


def test_cli_query_on_an_endpoint(pushed: str) -> None:
    result = runner.invoke(
        app,
        [
            "query",
            "succession",
            "-p",
            "post=Security Council",
            "--endpoint",
            pushed + "/query",
            "-f",
            "csv",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.index("Nursultan Nazarbayev") < result.output.index("Kassym-Jomart")


def test_endpoint_error_names_url_and_status(oxigraph_server: str) -> None:
    url = oxigraph_server + "/nowhere"
    result = runner.invoke(app, ["query", "timeline", "--endpoint", url])
    assert result.exit_code != 0
    assert f"endpoint {url} answered 404" in result.output


def test_push_to_a_dead_endpoint_is_one_line(seed_path: Path) -> None:
    result = runner.invoke(
        app, ["push", "--endpoint", "http://127.0.0.1:9/store", "--graph", str(seed_path)]
    )
    assert result.exit_code != 0
    assert "endpoint http://127.0.0.1:9/store unreachable" in result.output
