"""Extraction as a map on a local Dask cluster gives the single-process build, byte for byte."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.build import build
from kzkg.cli.main import app
from kzkg.extract.pipeline import Extractor

if os.environ.get("CI"):
    # CI installs the test extra, which has Dask: there a missing Dask is a failure, not a skip.
    import distributed  # noqa: F401
else:
    pytest.importorskip(
        "distributed", reason="Dask is an optional extra: pip install 'kzkg[distributed]'"
    )

PREVIOUS = "previous graph\n"


@pytest.mark.slow
def test_dask_map_gives_the_single_process_build(
    corpus: Path, tmp_path: Path, extractor: Extractor, clean_build
) -> None:
    from kzkg.build.dask import build_on_dask

    (corpus / "empty.md").write_text("---\nid: empty\n---\n\n", encoding="utf-8")
    out, per_doc, cache = tmp_path / "dask.trig", tmp_path / "per-doc", tmp_path / "cache"
    warnings: list[str] = []
    report = build_on_dask(
        corpus, out, workers=2, tasks=3, cache=cache, per_document=per_doc, warn=warnings.append
    )
    assert report.documents == 10 and report.extracted == 10
    assert out.read_bytes() == clean_build(corpus)
    assert any("empty.md" in w for w in warnings)
    assert len(list((per_doc / "documents").glob("*.trig"))) == 10
    # The workers filled the cache: a local build afterwards extracts nothing.
    again = build(corpus, tmp_path / "local.trig", cache=cache, warn=lambda _: None)
    assert again.extracted == 0
    assert (tmp_path / "local.trig").read_bytes() == out.read_bytes()


@pytest.mark.slow
def test_cli_dask_gives_the_plain_build_and_shares_its_cache(
    fast_cli: CliRunner, corpus: Path, tmp_path: Path, clean_build
) -> None:
    out, per_doc = tmp_path / "graph" / "kzkg.trig", tmp_path / "per-doc"
    args = ["build", "--corpus", str(corpus), "--out", str(out)]
    result = fast_cli.invoke(app, [*args, "--dask", "--jobs", "2", "--per-document", str(per_doc)])
    assert result.exit_code == 0, result.output
    assert "10 documents (0 from cache)" in result.output
    assert out.read_bytes() == clean_build(corpus)
    assert len(list((per_doc / "documents").glob("*.trig"))) == 10
    # The cache next to --out is the local build's: a plain build now extracts nothing.
    again = fast_cli.invoke(app, args)
    assert again.exit_code == 0 and "10 documents (10 from cache)" in again.output
    assert out.read_bytes() == clean_build(corpus)


def _error_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


def test_cli_unreachable_scheduler_is_one_line_and_keeps_the_graph(
    fast_cli: CliRunner, corpus: Path, tmp_path: Path
) -> None:
    import dask

    out = tmp_path / "kzkg.trig"
    out.write_text(PREVIOUS)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = fast_cli.invoke(
            app,
            ["build", "--corpus", str(corpus), "--out", str(out)]
            + ["--dask-scheduler", "tcp://127.0.0.1:9"],
        )
    assert result.exit_code == 1
    lines = _error_lines(result.output)
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert out.read_text() == PREVIOUS and [p.name for p in tmp_path.iterdir()] == [
        "corpus",
        "kzkg.trig",
    ]


def test_cli_malformed_scheduler_address_is_one_line(fast_cli: CliRunner, corpus: Path) -> None:
    result = fast_cli.invoke(
        app, ["build", "--corpus", str(corpus), "--out", "x.trig", "--dask-scheduler", "nowhere"]
    )
    assert result.exit_code == 2
    assert _error_lines(result.output) == [
        "error: --dask-scheduler nowhere: not a scheduler address "
        "(missing port number in address 'nowhere')"
    ]


def test_cli_dask_missing_is_one_line(
    fast_cli: CliRunner, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails as if not installed
    out = tmp_path / "kzkg.trig"
    out.write_text(PREVIOUS)
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out), "--dask"])
    assert result.exit_code == 1
    assert _error_lines(result.output) == [
        "error: Dask is not installed: pip install 'kzkg[distributed]' (dask[distributed])"
    ]
    assert out.read_text() == PREVIOUS
