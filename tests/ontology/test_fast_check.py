"""The fast path of `kzkg check` (no typer) prints and exits exactly as the typer
command does, and leaves to typer every form it is not sure of."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.cli.fastcheck import parse, run
from kzkg.cli.main import app

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "query" / "fixtures" / "seed.trig"
INVALID = ROOT / "ontology" / "examples" / "invalid" / "tenure-without-post.ttl"


@pytest.mark.parametrize(
    "args",
    [
        ["--no-graph"],
        ["--graph", str(SEED)],
        ["--graph", str(INVALID), "--graph", str(SEED)],  # a failed step and its problems
        ["--graph", str(ROOT / "no-such-graph.trig")],  # a mistake: one line, same code
    ],
    ids=" ".join,
)
def test_the_fast_path_checks_as_typer_does(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    typer_result = CliRunner().invoke(app, ["check", *args])
    code = run(args)
    fast = capsys.readouterr()
    assert code == typer_result.exit_code
    assert fast.out.replace("\r\n", "\n") == typer_result.stdout
    assert fast.err == typer_result.stderr


def test_graphs_are_kept_in_order() -> None:
    parsed = parse(["--graph", "a.trig", "--no-graph", "--graph=b.trig"])
    assert parsed == {"graphs": [Path("a.trig"), Path("b.trig")], "no_graph": True}
    assert parse([]) == {"graphs": None, "no_graph": False}


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--graph"], ["--graph", "--no-graph"], ["--graph="], ["x.trig"], ["-g", "x"]],
    ids=" ".join,
)
def test_forms_it_is_unsure_of_go_to_typer(args: list[str]) -> None:
    assert parse(args) is None
    assert run(args) is None


def test_the_fast_path_knows_every_option_of_the_typer_command() -> None:
    import inspect

    from kzkg.cli.check_table import check_and_print
    from kzkg.cli.cmd_check import check

    assert list(inspect.signature(check).parameters) == ["graph", "no_graph"]
    assert list(inspect.signature(check_and_print).parameters) == ["graphs", "no_graph"]
