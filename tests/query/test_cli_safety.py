"""Issue 13 on the command line: injection through `kzkg view`/`kzkg query` parameters,
reserved parameter names, and deep nesting in `kzkg query --sparql`."""

from __future__ import annotations

from pathlib import Path

import pytest
from loopback import Listener
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.errors import InputError
from kzkg.paths import queries_dir
from kzkg.queries.catalogue import Param, SavedQuery
from kzkg.queries.guard import check_query
from kzkg.queries.params import EntityIndex, bind
from kzkg.store import KnowledgeGraph

runner = CliRunner()


def injection(url: str) -> list[str]:
    return [
        "-p",
        "from=VALUES ?to { UNDEF }",
        "-p",
        f"to=}} SERVICE <{url}> {{ ?s ?p ?o }} VALUES ?z {{",
    ]


def test_one_parameter_cannot_land_inside_another(seed_path: Path, listener: Listener, tmp_path):
    """`kzkg view --query FILE.rq`: unresolved values become literals, bound in one pass."""
    result = runner.invoke(
        app,
        ["view", "--graph", str(seed_path), "--out", str(tmp_path / "v.html")]
        + ["--query", str(queries_dir() / "connection.rq"), *injection(listener.url)],
    )
    assert "Traceback" not in result.output
    assert listener.hits == []


def test_kzkg_query_with_a_query_file_binds_in_one_pass(seed_path: Path, listener: Listener):
    result = runner.invoke(
        app,
        ["query", str(queries_dir() / "connection.rq"), "--graph", str(seed_path)]
        + injection(listener.url),
    )
    assert result.exit_code == 2 and "no Actor is labelled" in result.output
    assert listener.hits == []


def test_bound_text_values_stay_literals() -> None:
    query = SavedQuery(
        "two",
        Path("two.rq"),
        "SELECT * WHERE { VALUES ?a { UNDEF } VALUES ?b { UNDEF } }",
        params=(Param("a", "first", kind="text"), Param("b", "second", kind="text")),
    )
    text = bind(
        query,
        {"a": "VALUES ?b { UNDEF }", "b": "} SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } {"},
        EntityIndex(),
    )
    assert text == (
        'SELECT * WHERE { VALUES ?a { "VALUES ?b { UNDEF }" } '
        'VALUES ?b { "} SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } {" } }'
    )
    check_query(text)  # no SERVICE in the parsed query


@pytest.mark.parametrize("reserved", ["row_cap", "name", "kg", "self", "params"])
def test_reserved_names_are_unknown_parameters(seed_path: Path, reserved: str) -> None:
    result = runner.invoke(
        app, ["query", "succession", "-p", f"{reserved}=1", "--graph", str(seed_path)]
    )
    assert result.exit_code == 2
    assert f"has no parameter '{reserved}'" in result.output
    assert "Traceback" not in result.output and len(result.output.splitlines()) == 1


@pytest.mark.parametrize("reserved", ["row_cap", "name", "self", "params"])
def test_reserved_names_from_python(kg: KnowledgeGraph, reserved: str) -> None:
    with pytest.raises(InputError, match=f"has no parameter '{reserved}'"):
        kg.query("succession", **{reserved: "1"})


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
        "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
        "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * 3000 + "}" * 3000 + " }",
    ],
)
def test_kzkg_query_refuses_deep_nesting_with_one_line(seed_path: Path, query: str) -> None:
    """These made the engine crash the process (exit 139) with no message."""
    result = runner.invoke(app, ["query", "--sparql", query, "--graph", str(seed_path)])
    assert result.exit_code == 2
    assert "nested too deeply" in result.output and len(result.output.splitlines()) == 1
