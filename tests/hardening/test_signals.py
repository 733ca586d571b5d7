"""Stopping `kzkg build` part-way (SIGTERM, SIGKILL) leaves the previous graph as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzkg.build import build
from kzkg.extract.pipeline import Extractor

from .conftest import ROOT

PREVIOUS = b"@prefix kz: <https://w3id.org/kzkg/ontology#> .\n# the previous graph\n"
SENTENCES = [
    "Protesters rallied in Aktau on 2 January against the price of gas.",
    "Police detained 40 people in Almaty, the Interior Ministry said.",
    "Tokayev said that order would be restored within days.",
    "Rioters stormed the akimat in Almaty on Wednesday.",
]


def _corpus(folder: Path, documents: int = 30, sentences: int = 16) -> Path:
    folder.mkdir()
    for n in range(documents):
        body = " ".join(SENTENCES[(n + i) % 4] for i in range(sentences))
        (folder / f"d{n:03d}.md").write_text(f"---\nid: d{n}\ndate: 2022-01-10\n---\n{body}\n")
    return folder


def _start_and_stop(tmp_path: Path, signum: int) -> tuple[subprocess.Popen, Path, Path, str]:
    corpus, cache = _corpus(tmp_path / "corpus"), tmp_path / "cache"
    out = tmp_path / "graph" / "kzkg.trig"
    out.parent.mkdir()
    out.write_bytes(PREVIOUS)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [
        sys.executable,
        "-m",
        "kzkg",
        "build",
        "--corpus",
        str(corpus),
        "--out",
        str(out),
        "--cache",
        str(cache),
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(cache.glob("*/*.json")):  # wait until extraction is under way
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the build never started extracting"
        time.sleep(0.05)
    proc.send_signal(signum)
    _, stderr = proc.communicate(timeout=60)
    return proc, out, cache, stderr.decode()


def _temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.slow
def test_sigterm_stops_cleanly_and_keeps_the_previous_graph(tmp_path: Path) -> None:
    proc, out, cache, stderr = _start_and_stop(tmp_path, signal.SIGTERM)
    assert proc.returncode == 128 + signal.SIGTERM, stderr
    lines = stderr.strip().splitlines()
    assert lines == ["error: stopped by SIGTERM; the previous graph is kept"], stderr
    assert out.read_bytes() == PREVIOUS
    assert _temp_files(out.parent) == [] and _temp_files(cache) == []


@pytest.mark.slow
def test_sigkill_keeps_the_previous_graph_and_the_next_build_recovers(
    tmp_path: Path, extractor: Extractor
) -> None:
    proc, out, cache, _ = _start_and_stop(tmp_path, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == PREVIOUS
    assert _temp_files(out.parent) == []  # the output's temp file exists only at the very end
    done = len(list(cache.glob("*/*.json")))
    assert 0 < done < 30, "killed too late to test anything"
    report = build(tmp_path / "corpus", out, cache=cache, warn=lambda _: None, extractor=extractor)
    assert report.cached == done and report.documents == 30
    assert _temp_files(cache) == []  # swept by the next build
    clean = tmp_path / "clean.trig"
    build(tmp_path / "corpus", clean, warn=lambda _: None, extractor=extractor)
    assert out.read_bytes() == clean.read_bytes()
