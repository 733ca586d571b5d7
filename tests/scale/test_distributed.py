"""Extraction as a map on a local Dask cluster gives the single-process build, byte for byte."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kzkg.build import build
from kzkg.extract.pipeline import Extractor

if os.environ.get("CI"):
    # CI installs the test extra, which has Dask: there a missing Dask is a failure, not a skip.
    import distributed  # noqa: F401
else:
    pytest.importorskip(
        "distributed", reason="Dask is an optional extra: pip install 'kzkg[distributed]'"
    )


@pytest.mark.slow
def test_dask_map_gives_the_single_process_build(
    corpus: Path, tmp_path: Path, extractor: Extractor, clean_build
) -> None:
    from kzkg.distributed import build_on_dask

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
