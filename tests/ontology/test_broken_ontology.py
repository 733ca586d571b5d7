"""A Turtle syntax error in ontology/kzkg.ttl is one line and exit 2 in every command."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.cli.main import app


@pytest.fixture
def broken(ontology_copy: Path) -> Path:
    path = ontology_copy / "kzkg.ttl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(30, 'kz:Broken a owl:Class ; rdfs:label "unterminated .')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["query", "timeline"],
        ["build", "--out", "{tmp}/x.trig", "--no-cache"],
        ["export", "--out", "{tmp}/export"],
        ["centrality"],
        ["check-lexicon"],
    ],
)
def test_one_line_with_file_and_line(broken: Path, tmp_path: Path, args: list[str]) -> None:
    graph = Path(__file__).resolve().parents[1] / "query" / "fixtures" / "seed.trig"
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if args[0] in ("query", "export", "centrality"):
        args += ["--graph", str(graph)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"error: {broken}:31: Turtle syntax error:"), lines[0]
    assert "(kzkg.ttl, line" not in lines[0]
