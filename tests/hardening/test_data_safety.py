"""Issue 13, data loss: a build deletes only what it wrote, one build at a time, all or nothing.

Each test reproduces one case of the issue: `--cache` on a folder of the
user's, two builds at once, a killed build's temporary file, a killed
`--jobs` build's workers, an id too long for a file name.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.build import build
from kzkg.build.cache import CODE, code_version
from kzkg.build.cachefolder import MARKER
from kzkg.cli.main import app
from kzkg.extract.pipeline import Extractor

from .conftest import ROOT

PREVIOUS = "# the previous graph\n"
BODY = "Tokayev said that order would be restored. Protesters rallied in Aktau on 2 January."


def _corpus(folder: Path, documents: int = 1, sentences: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(documents):
        text = " ".join([BODY] * sentences)
        (folder / f"d{n}.md").write_text(f"---\nid: d{n}\ndate: 2022-01-10\n---\n{text}\n")
    return folder


def _build(cli: CliRunner, corpus: Path, out: Path, *args: str):
    return cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out), *args])


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --- 1. the cache deletes only what it wrote ---------------------------------------------
def test_cache_in_the_project_root_is_refused_and_deletes_nothing(
    fast_cli: CliRunner, tmp_path: Path
) -> None:
    """`kzkg build --cache .` deleted every file two levels down (64 tracked files)."""
    project = tmp_path / "project"
    corpus = _corpus(project / "graph" / "corpus")
    (project / "ontology").mkdir()
    (project / "ontology" / "kzkg.ttl").write_text("@prefix kz: <x#> .\n")
    (project / "ab").mkdir()
    (project / "ab" / "cdef.json").write_text("{}")  # looks a little like an entry
    out = project / "graph" / "kzkg.trig"
    out.write_text(PREVIOUS)
    before = _tree(project)
    result = _build(fast_cli, corpus, out, "--cache", str(project))
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and "not a kzkg cache" in result.output
    assert _tree(project) == before


def test_cache_on_the_graph_folder_keeps_the_corpus(fast_cli: CliRunner, tmp_path: Path) -> None:
    """`kzkg build --cache graph` in a fresh clone deleted both corpus documents."""
    graph = tmp_path / "graph"
    corpus = _corpus(graph / "corpus", documents=2)
    before = _tree(graph)
    result = _build(fast_cli, corpus, graph / "kzkg.trig", "--cache", str(graph))
    assert result.exit_code == 2 and "not a kzkg cache" in result.output
    assert _tree(graph) == before


def test_a_marked_cache_deletes_only_entries_of_its_own_naming(
    tmp_path: Path, extractor: Extractor
) -> None:
    corpus, cache, out = _corpus(tmp_path / "corpus", 2), tmp_path / "cache", tmp_path / "g.trig"
    build(corpus, out, cache=cache, warn=lambda _: None, extractor=extractor)
    assert (cache / MARKER).is_file()
    entries = sorted(cache.glob("*/*.json"))
    assert len(entries) == 2
    someone_elses = [
        cache / "notes.txt",
        cache / "ab" / "notes.json",
        cache / "zz" / ("0" * 40 + ".json"),  # a folder of a name we never make
        cache / entries[0].parent.name / "README",
    ]
    for path in someone_elses:
        path.parent.mkdir(exist_ok=True)
        path.write_text("mine")
    (corpus / "d1.md").unlink()
    report = build(corpus, out, cache=cache, warn=lambda _: None, extractor=extractor)
    assert report.pruned == 1
    assert sum(p.exists() for p in entries) == 1  # d1's entry went
    assert len(list(cache.glob("*/*.json"))) == 1 + 2  # d0's, notes.json and 000...json
    assert all(path.read_text() == "mine" for path in someone_elses)


def test_an_unmarked_cache_of_an_older_kzkg_is_adopted(
    tmp_path: Path, extractor: Extractor
) -> None:
    corpus, cache, out = _corpus(tmp_path / "corpus"), tmp_path / "cache", tmp_path / "g.trig"
    build(corpus, out, cache=cache, warn=lambda _: None, extractor=extractor)
    (cache / MARKER).unlink()  # as an older kzkg left it: entries only
    report = build(corpus, out, cache=cache, warn=lambda _: None, extractor=extractor)
    assert report.cached == 1 and (cache / MARKER).is_file()


def test_a_cache_of_another_layout_is_refused(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus, cache = _corpus(tmp_path / "corpus"), tmp_path / "cache"
    cache.mkdir()
    (cache / MARKER).write_text("kzkg cache, layout 99\n")
    result = _build(fast_cli, corpus, tmp_path / "g.trig", "--cache", str(cache))
    assert result.exit_code == 2 and "a cache of another layout" in result.output
    assert not (tmp_path / "g.trig").exists()


def test_the_cache_key_covers_the_extraction_code() -> None:
    """After kzkg/build/ was made, the key hashed only emit.py: code changes went unseen."""
    package = ROOT / "kzkg"
    for pattern in CODE:
        assert list(package.glob(pattern)), f"{pattern} matches no file: the key misses code"
    covered = {p for pattern in CODE for p in package.glob(pattern)}
    assert package / "extract" / "pipeline.py" in covered
    assert package / "build" / "emit.py" in covered and package / "corpus.py" in covered
    assert len(code_version()) == 16


# --- 2. one build at a time ------------------------------------------------------------------
def _start_build(
    tmp_path: Path, *args: str, documents: int = 6, sentences: int = 12
) -> subprocess.Popen:
    corpus = _corpus(tmp_path / "corpus", documents, sentences=sentences)
    command = [sys.executable, "-m", "kzkg", "build", "--corpus", str(corpus), *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _wait_for(condition, proc: subprocess.Popen, what: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert proc.poll() is None, (what, proc.communicate())
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.mark.slow
def test_a_second_build_into_the_same_output_or_cache_says_another_is_running(
    fast_cli: CliRunner, tmp_path: Path
) -> None:
    """Two builds into one graph: the last rename won silently, and one's prune ate the other's."""
    out, cache = tmp_path / "graph" / "kzkg.trig", tmp_path / "cache"
    # Enough documents that the first build still runs while the other two try: its
    # workers extract them in batches, so a dozen can be done before the others start.
    first = _start_build(tmp_path, "--out", str(out), "--cache", str(cache), documents=48)
    try:
        _wait_for(lambda: (cache / ".kzkg-cache.lock").exists(), first, "the first build's lock")
        other = tmp_path / "other"
        _corpus(other)
        same_out = _build(fast_cli, other, out, "--no-cache")
        same_cache = _build(fast_cli, other, tmp_path / "o.trig", "--cache", str(cache))
        running = (cache / ".kzkg-cache.lock").exists()  # the first build still holds it
    finally:
        stdout, stderr = first.communicate(timeout=120)
    assert running, "the first build ended too soon to test anything"
    for result in (same_out, same_cache):
        assert result.exit_code == 75, result.output
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and "another build (pid " in lines[0], result.output
    assert first.returncode == 0, stderr
    assert "48 documents" in stdout.decode()
    assert not (tmp_path / "o.trig").exists()
    assert len(list(cache.glob("*/*.json"))) == 48  # nothing of the first pruned
    assert sorted(p.name for p in out.parent.iterdir()) == ["kzkg.trig"]  # lock gone


# --- 3. a killed build's temporary file --------------------------------------------------
def test_temp_files_a_killed_build_left_are_swept_and_only_ours(
    tmp_path: Path, extractor: Extractor
) -> None:
    """SIGKILL during the final write left graph/.kzkg.trig.*.tmp, never swept."""
    corpus, graph = _corpus(tmp_path / "corpus"), tmp_path / "graph"
    graph.mkdir()
    fd, left = tempfile.mkstemp(prefix=".kzkg.trig.", suffix=".tmp", dir=graph)  # as the write
    os.close(fd)
    kept = [graph / ".kzkg.trig.notes.tmp", graph / ".other.trig.abcd1234.tmp", graph / "x.tmp"]
    for path in kept:
        path.write_text("not ours")
    build(corpus, graph / "kzkg.trig", warn=lambda _: None, extractor=extractor)
    assert not Path(left).exists()
    assert all(path.read_text() == "not ours" for path in kept)


# --- 4. a killed --jobs build's workers -------------------------------------------------
def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_of_a_killed_jobs_build_die_with_it(tmp_path: Path) -> None:
    """Workers of a SIGKILLed `--jobs 2` build ran on, holding its stdout and stderr."""
    out = tmp_path / "g.trig"
    # Enough text that the workers are still extracting when the build is killed.
    proc = _start_build(
        tmp_path, "--out", str(out), "--no-cache", "--jobs", "2", documents=40, sentences=60
    )
    workers: set[int] = set()
    try:
        _wait_for(lambda: len(_children(proc.pid)) >= 2, proc, "two worker processes")
        time.sleep(1.0)  # let them get to work
        workers = _children(proc.pid)
        proc.kill()
        proc.communicate(timeout=30)  # EOF only once no worker holds the pipes
        deadline = time.monotonic() + 10
        while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _running(pid)], "workers outlived the build"
    finally:
        for pid in workers:  # never leave them behind, even when the test fails
            if _running(pid):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
    assert not out.exists()


WORKER = """
import os, sys, time
import kzkg.build.lifeline as lifeline
lifeline._kernel_lifeline = lambda: None  # as where there is no prctl: the thread alone
build = os.getpid()
worker = os.fork()
if worker == 0:
    lifeline.die_with(build)
    time.sleep(60)
    os._exit(0)
print(worker, flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_without_the_kernel_a_worker_still_notices_its_build_is_gone() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", WORKER], env=env, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    worker = int(proc.stdout.readline())
    try:
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 10
        while _running(worker) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _running(worker)
    finally:
        if _running(worker):
            os.kill(worker, signal.SIGKILL)


# --- 5. an id too long for a file name; all outputs or none -----------------------------------
def test_a_5000_character_id_is_refused_before_anything_is_written(
    fast_cli: CliRunner, tmp_path: Path
) -> None:
    """`File name too long` came after kzkg.trig was replaced and part of the folder written."""
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "long.md").write_text(f"---\nid: {'x' * 5000}\n---\n{BODY}\n")
    out, folder = tmp_path / "kzkg.trig", tmp_path / "graphs"
    out.write_text(PREVIOUS)
    result = _build(fast_cli, corpus, out, "--per-document", str(folder), "--no-cache")
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1
    assert "long.md:2: id is 5000 characters long; at most 200" in result.output
    assert out.read_text() == PREVIOUS
    assert not folder.exists() or _tree(folder) == {}


def test_a_failed_per_document_write_replaces_nothing(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", documents=2)
    out, folder = tmp_path / "kzkg.trig", tmp_path / "graphs"
    out.write_text(PREVIOUS)
    folder.mkdir()
    (folder / "documents").write_text("a file where the folder should be")
    result = _build(fast_cli, corpus, out, "--per-document", str(folder), "--no-cache")
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot write "), result.output
    assert "nothing was replaced" in lines[0]
    assert out.read_text() == PREVIOUS
    assert sorted(p.name for p in folder.iterdir()) == ["documents"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "graphs", "kzkg.trig"]


def test_the_default_cache_shares_graph_cache_with_the_other_commands(
    fast_cli: CliRunner, tmp_path: Path
) -> None:
    """`kzkg add` and `kzkg evaluate` keep their state in graph/.cache/ before any build."""
    graph = tmp_path / "graph"
    corpus = _corpus(graph / "corpus")
    neighbours = {
        graph / ".cache" / "add-index.json": "{}",
        graph / ".cache" / "evaluate" / "0123456789abcdef" / "graph.trig": PREVIOUS,
    }
    for path, text in neighbours.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for _ in range(2):  # the second build prunes
        result = _build(fast_cli, corpus, graph / "kzkg.trig")
        assert result.exit_code == 0, result.output
    assert "(1 from cache)" in result.output
    assert all(path.read_text() == text for path, text in neighbours.items())
