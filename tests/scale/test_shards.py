"""Shards and file lists build part of a corpus; per-document files add up to the whole."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kzkg.build import build
from kzkg.build.shards import Shard, available_cores, parse_jobs
from kzkg.cli.main import app
from kzkg.errors import InputError
from kzkg.extract.pipeline import Extractor


def _quads(*paths: Path) -> set[str]:
    found: set[str] = set()
    for path in paths:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
            found.add(str(quad))
    return found


def test_every_id_falls_in_exactly_one_shard() -> None:
    ids = [f"doc-{n}" for n in range(500)] + ["", "Ü", "a/b"]
    for count in (1, 2, 7):
        shards = [Shard(i, count) for i in range(1, count + 1)]
        assert all(sum(s.holds(doc_id) for s in shards) == 1 for doc_id in ids)
    sizes = [sum(Shard(i, 4).holds(d) for d in ids) for i in range(1, 5)]
    assert min(sizes) > 80  # roughly even


@pytest.mark.parametrize("text", ["0/2", "3/2", "1", "a/b", "1/0", "-1/2"])
def test_bad_shard_is_one_line(text: str) -> None:
    with pytest.raises(InputError, match="--shard"):
        Shard.parse(text)


def test_jobs_values() -> None:
    assert parse_jobs("auto") == parse_jobs("0") == available_cores() >= 1
    assert parse_jobs("3") == 3
    for bad in ("-1", "x", "1.5", ""):
        with pytest.raises(InputError, match="--jobs"):
            parse_jobs(bad)


def test_shards_per_document_files_add_up_to_the_whole(
    corpus: Path, tmp_path: Path, extractor: Extractor
) -> None:
    cache, per_doc = tmp_path / "cache", tmp_path / "per-doc"
    whole = tmp_path / "whole.trig"
    build(corpus, whole, warn=lambda _: None, extractor=extractor)
    counts = []
    for index in (1, 2, 3):
        report = build(
            corpus,
            None,
            cache=cache,
            per_document=per_doc,
            shard=Shard(index, 3),
            warn=lambda _: None,
            extractor=extractor,
        )
        counts.append(report.documents)
    assert sum(counts) == 10 and all(counts)
    parts = sorted(per_doc.rglob("*.trig"))
    assert [p.name for p in parts if p.name.startswith("resolution")] == [
        "resolution-1-of-3.trig",
        "resolution-2-of-3.trig",
        "resolution-3-of-3.trig",
    ]
    assert _quads(*parts) == _quads(whole)
    # The reduce: a whole build over the shards' cache extracts nothing and
    # replaces the parts by one resolution graph.
    reduce = build(
        corpus,
        tmp_path / "reduced.trig",
        cache=cache,
        per_document=per_doc,
        warn=lambda _: None,
        extractor=extractor,
    )
    assert reduce.extracted == 0
    assert (tmp_path / "reduced.trig").read_bytes() == whole.read_bytes()
    assert sorted(p.name for p in per_doc.glob("*.trig")) == ["curated.trig", "resolution.trig"]
    assert _quads(*per_doc.rglob("*.trig")) == _quads(whole)
    # Readable by others as far as the umask allows: a server loads these files.
    umask = os.umask(0)
    os.umask(umask)
    assert {p.stat().st_mode & 0o777 for p in per_doc.rglob("*.trig")} == {0o666 & ~umask}


def test_cli_file_list(fast_cli: CliRunner, corpus: Path, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("# two of them\ndoc-01.md\n\n" + str(corpus / "doc-02.md") + "\n")
    out = tmp_path / "part.trig"
    result = fast_cli.invoke(
        app, ["build", "--corpus", str(corpus), "--files", str(listing), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output
    text = out.read_text(encoding="utf-8")
    assert "graph/document/doc-01>" in text and "graph/document/doc-03>" not in text


def test_cli_partial_build_needs_an_output(fast_cli: CliRunner, corpus: Path) -> None:
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--shard", "1/2"])
    assert result.exit_code == 2
    assert "needs --out or --per-document" in result.output


def test_cli_missing_listed_file(fast_cli: CliRunner, corpus: Path, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("doc-01.md\nnope.md\n")
    result = fast_cli.invoke(
        app, ["build", "--corpus", str(corpus), "--files", str(listing), "--out", "x.trig"]
    )
    assert result.exit_code == 2 and "list.txt:2: no such document file: nope.md" in result.output


def test_ids_with_one_slug_are_refused(corpus: Path, tmp_path: Path, extractor: Extractor) -> None:
    (corpus / "x1.md").write_text("---\nid: Same Id\n---\nText.\n")
    (corpus / "x2.md").write_text("---\nid: same-id\n---\nText.\n")
    with pytest.raises(InputError, match="same document IRI"):
        build(corpus, tmp_path / "g.trig", warn=lambda _: None, extractor=extractor)
