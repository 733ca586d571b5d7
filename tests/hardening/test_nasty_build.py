"""The nasty corpus through `kzkg build`: one line per bad file, and never half a graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.vocab import document_graph

from .nasty import nasty_documents, write_nasty_corpus

PREVIOUS = "previous graph\n"
GOOD_IDS = [
    raw.split(b"\nid: ", 1)[1].split(b"\n", 1)[0].strip().decode()
    for name, raw, outcome in nasty_documents()
    if outcome == "ok" and name != "one-long-line.md"
]


def _expected(corpus: Path) -> dict[str, str]:
    """What the build says of each file: the reader's outcome, or the size limit."""
    expected = write_nasty_corpus(corpus)
    expected["one-long-line.md"] = "larger than the 1 MB limit for one document"
    return expected


def _lines_naming(output: str, name: str) -> list[str]:
    return [line for line in output.splitlines() if f"/{name}" in line]


def test_bad_files_stop_the_build_with_one_line_each(fast_cli: CliRunner, tmp_path: Path) -> None:
    expected = _expected(tmp_path / "corpus")
    out = tmp_path / "graph" / "kzkg.trig"
    out.parent.mkdir()
    out.write_text(PREVIOUS)
    result = fast_cli.invoke(
        app, ["build", "--corpus", str(tmp_path / "corpus"), "--out", str(out)]
    )
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for name, outcome in expected.items():
        lines = _lines_naming(result.output, name)
        if outcome == "ok":
            assert lines == [], result.output
        elif outcome == "skip":
            assert len(lines) == 1 and "empty body" in lines[0]
        else:
            assert len(lines) == 1 and outcome in lines[0], (name, result.output)
    assert out.read_text() == PREVIOUS
    assert [p.name for p in out.parent.iterdir()] == ["kzkg.trig"]


def test_keep_going_builds_the_good_files(fast_cli: CliRunner, tmp_path: Path) -> None:
    expected = _expected(tmp_path / "corpus")
    out = tmp_path / "kzkg.trig"
    result = fast_cli.invoke(
        app, ["build", "--corpus", str(tmp_path / "corpus"), "--out", str(out), "--keep-going"]
    )
    assert result.exit_code == 0, result.output
    bad = [n for n, o in expected.items() if o not in ("ok", "skip")]
    for name in bad:
        lines = _lines_naming(result.output, name)
        assert len(lines) == 1 and lines[0].startswith("skipped: "), (name, result.output)
    assert f"{len(GOOD_IDS)} documents" in result.output
    store = ox.Store()
    store.bulk_load(path=str(out), format=ox.RdfFormat.TRIG)
    graphs = {g.value for g in store.named_graphs()}
    assert {str(document_graph(doc_id)) for doc_id in GOOD_IDS} <= graphs
    documents = [g for g in graphs if "/graph/document/" in g]
    assert len(documents) == len(GOOD_IDS)


def test_size_limit_can_be_lowered(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\nid: a\n---\n" + "Protests spread. " * 200)
    result = fast_cli.invoke(
        app,
        [
            "build",
            "--corpus",
            str(corpus),
            "--out",
            str(tmp_path / "g.trig"),
            "--max-document-mb",
            "0.001",
        ],
    )
    assert result.exit_code == 2
    assert "a.md: 0.0 MB, larger than the 0.001 MB limit" in result.output
