"""The fast path of `kzkg query` (no typer) prints, errs and exits exactly as the
typer command does, and leaves to typer every form it is not sure of."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.cli.fastquery import parse, run
from kzkg.cli.main import app

SAME_AS_TYPER = [
    ["succession"],
    ["succession", "--param", "post=Security Council", "--format", "json"],
    ["succession", "-p", "post=Security Council", "-f", "csv", "--limit", "1"],
    ["--format=tsv", "succession", "--param=post=Security Council"],
    ["timeline", "--limit", "0", "--format", "xml"],
    ["--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--engine", "rdflib"],
    ["--sparql", "ASK { ?s a kz:Person }"],
    ["--sparql", "CONSTRUCT { ?s a kz:Person } WHERE { ?s a kz:Person } LIMIT 2"],
    # mistakes: one line on stderr, the same exit code
    ["sucession"],
    ["succession", "-p", "post=security"],
    ["succession", "-p", "novalue"],
    ["succession", "-f", "yaml"],
    ["succession", "--sparql", "ASK {}"],
    ["--sparql", "SELECT * WHERE { ?x ?y }"],
    ["no-such-file.rq"],
]


@pytest.mark.parametrize("args", SAME_AS_TYPER, ids=" ".join)
def test_the_fast_path_answers_as_typer_does(
    args: list[str], seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [*args, "--graph", str(seed_path)]
    typer_result = CliRunner().invoke(app, ["query", *args])
    code = run(args)
    fast = capsys.readouterr()
    assert code == typer_result.exit_code
    assert fast.out.replace("\r\n", "\n") == typer_result.stdout  # as click's runner reads it
    assert fast.err == typer_result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["succession", "--help"],
        ["succession", "--limit", "x"],
        ["succession", "--limit", "-1"],
        ["succession", "other"],
        ["succession", "--format"],
        ["succession", "--format", ""],
        ["succession", "-f", "json", "--format", "csv"],
        ["succession", "-ppost=x"],
        ["succession", "--unknown", "x"],
        ["succession", "--", "-p"],
        ["succession", "--graph", "--format"],
    ],
    ids=" ".join,
)
def test_forms_it_is_unsure_of_go_to_typer(args: list[str]) -> None:
    assert parse(args) is None
    assert run(args) is None


def test_repeated_params_are_kept_in_order() -> None:
    parsed = parse(["q", "-p", "a=1", "--param", "b=2", "--param=c=3", "-g", "x.trig"])
    assert parsed == {"name": "q", "param": ["a=1", "b=2", "c=3"], "graph": Path("x.trig")}


def test_the_fast_path_knows_every_option_and_default_of_the_typer_command() -> None:
    import inspect

    from kzkg.cli.cmd_query import run_query
    from kzkg.cli.fastquery import _OPTIONS
    from kzkg.cli.query_text import answer

    spellings: dict[str, str] = {}
    defaults = inspect.signature(answer).parameters
    for name, parameter in inspect.signature(run_query).parameters.items():
        info = parameter.default  # typer's Option/Argument: its declarations and default
        spellings.update({s: name for s in getattr(info, "param_decls", ()) or ()})
        if defaults[name].default is not inspect.Parameter.empty:  # name and param have none
            assert info.default == defaults[name].default, name
    assert spellings == _OPTIONS
