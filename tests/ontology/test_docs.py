from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from kzkg.cli.main import app

runner = CliRunner()


def test_docs_are_written_offline_with_every_class(tmp_path: Path) -> None:
    out = tmp_path / "new" / "docs"
    result = runner.invoke(app, ["docs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "html.parser")
    for tag in soup.find_all(["script", "link", "img"]):
        source = tag.get("src") or tag.get("href") or ""
        assert not re.match(r"https?://", source), f"remote resource: {tag}"
    text = soup.get_text(" ")
    for label in ("tenure", "claim", "evidence", "communications shutdown"):
        assert label in text


def test_docs_into_an_impossible_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["docs", "--out", str(blocker / "docs")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "cannot create the output folder" in result.output


def test_the_page_heading_is_the_title_alone(tmp_path: Path) -> None:
    result = runner.invoke(app, ["docs", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup((tmp_path / "index.html").read_text(encoding="utf-8"), "html.parser")
    heading = soup.find("h1").get_text()
    assert heading.endswith("unrest in Kazakhstan"), heading


def test_a_pylode_failure_exits_non_zero_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pylode

    def broken(self):
        raise ValueError("no ontology found\nin the graph")

    monkeypatch.setattr(pylode.OntPub, "make_html", broken)
    result = runner.invoke(app, ["docs", "--out", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert result.output.strip() == (
        "error: pyLODE could not document the ontology: no ontology found"
    )
    assert not (tmp_path / "out" / "index.html").exists()
