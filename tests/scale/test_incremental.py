"""Incremental builds: only changed documents are extracted, and the output is a clean build's."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from typer.testing import CliRunner

from kzkg.build import build
from kzkg.build.cache import FORMAT
from kzkg.cli.main import app
from kzkg.extract.pipeline import Extractor

from .conftest import ROOT, small_document


def _cached(extractor: Extractor, corpus: Path, out: Path, cache: Path, **kwargs):
    return build(corpus, out, cache=cache, warn=lambda _: None, extractor=extractor, **kwargs)


def test_changed_document_alone_is_extracted_and_output_equals_clean_build(
    corpus: Path, tmp_path: Path, extractor: Extractor, clean_build
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "g.trig"
    first = _cached(extractor, corpus, out, cache)
    assert (first.extracted, first.cached) == (10, 0)
    assert out.read_bytes() == clean_build(corpus)
    (corpus / "doc-03.md").write_text(small_document(3, " Police detained 9 people in Taraz."))
    (corpus / "doc-99.md").write_text(small_document(99))
    (corpus / "doc-05.md").unlink()
    again = _cached(extractor, corpus, out, cache)
    assert (again.extracted, again.cached) == (2, 8)
    assert out.read_bytes() == clean_build(corpus)
    assert again.pruned == 2  # the old doc-03 and the removed doc-05
    assert len(list(cache.glob("*/*.json"))) == 10


def test_renamed_file_is_extracted_again(
    corpus: Path, tmp_path: Path, extractor: Extractor, clean_build
) -> None:
    """The file name is in the graph (kz:fileName), so it is part of the key."""
    cache, out = tmp_path / "cache", tmp_path / "g.trig"
    _cached(extractor, corpus, out, cache)
    (corpus / "doc-01.md").rename(corpus / "doc-01.txt")
    again = _cached(extractor, corpus, out, cache)
    assert again.extracted == 1
    assert out.read_bytes() == clean_build(corpus)


def test_lexicon_change_invalidates_the_cache(
    corpus: Path, tmp_path: Path, extractor: Extractor, clean_build
) -> None:
    lexicon = tmp_path / "lexicon"
    shutil.copytree(ROOT / "ontology" / "lexicon", lexicon)
    cache, out = tmp_path / "cache", tmp_path / "g.trig"
    _cached(extractor, corpus, out, cache, lexicon_folder=lexicon)
    entities = lexicon / "entities.yaml"
    entities.write_text(
        entities.read_text(encoding="utf-8").replace(
            "aliases: [Mamin]", "aliases: [Mamin, Mr Mamin]"
        ),
        encoding="utf-8",
    )
    again = _cached(extractor, corpus, out, cache, lexicon_folder=lexicon)
    assert again.cached == 0 and again.extracted == 10
    assert out.read_bytes() == clean_build(corpus, lexicon_folder=lexicon)
    assert "Mr Mamin" in out.read_text(encoding="utf-8")


def _damage(cache: Path) -> int:
    entries = sorted(cache.glob("*/*.json"))
    raw = entries[0].read_bytes()
    entries[0].write_bytes(raw[: len(raw) // 2])  # truncated
    entries[1].write_bytes(b"\x00\xff garbage")  # not text at all
    entries[2].write_bytes(b"")  # empty
    for entry, payload in (
        (entries[3], b'{"format": "%s", "id": 3}\n' % FORMAT.encode()),  # wrong shape
        (entries[5], raw.partition(b"\n")[2].partition(b"\n")[0] + b"\n\xff\xfe"),  # not UTF-8
    ):  # each with the right checksum
        entry.write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    flipped = bytearray(entries[4].read_bytes())
    flipped[-10] ^= 1  # one bit changed in the rendered graph
    entries[4].write_bytes(bytes(flipped))
    # named as atomic_write names them (tempfile.mkstemp beside the entry)
    (entries[6].parent / f".{entries[6].name}.k1ll3d_x.tmp").write_bytes(b"left by a killed build")
    return 6


def test_damaged_cache_entries_are_extracted_again(
    corpus: Path, tmp_path: Path, extractor: Extractor, clean_build
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "g.trig"
    _cached(extractor, corpus, out, cache)
    damaged = _damage(cache)
    again = _cached(extractor, corpus, out, cache)
    assert again.extracted == damaged
    assert out.read_bytes() == clean_build(corpus)
    assert not list(cache.glob("*/*.tmp"))
    assert _cached(extractor, corpus, out, cache).extracted == 0


def test_unwritable_cache_folder_does_not_stop_the_build(
    corpus: Path, tmp_path: Path, extractor: Extractor, clean_build
) -> None:
    cache = tmp_path / "cache"
    cache.write_text("a file where the folder should be")
    out = tmp_path / "g.trig"
    report = _cached(extractor, corpus, out, cache)
    assert report.extracted == 10 and out.read_bytes() == clean_build(corpus)


def test_cli_caches_next_to_the_output_by_default(
    corpus: Path, tmp_path: Path, fast_cli: CliRunner
) -> None:
    runner, out = fast_cli, tmp_path / "graph" / "kzkg.trig"
    args = ["build", "--corpus", str(corpus), "--out", str(out)]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert len(list((out.parent / ".cache").glob("*/*.json"))) == 10
    second = runner.invoke(app, args)
    assert second.exit_code == 0 and "10 documents (10 from cache)" in second.output
    shutil.rmtree(out.parent / ".cache")
    third = runner.invoke(app, [*args, "--no-cache"])
    assert third.exit_code == 0 and "(0 from cache)" in third.output
    assert not (out.parent / ".cache").exists()
