"""The on-disk store beside a graph: rebuilt when the graph changes, never stale,
never half-published, and shared safely by commands running at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kzkg.errors import KzkgError
from kzkg.store import KnowledgeGraph

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "graph" / "kzkg.trig"
EXTRA = (
    "\n<https://w3id.org/kzkg/id/graph/extra> {\n"
    "  <https://w3id.org/kzkg/id/person/zz-extra> a <https://w3id.org/kzkg/ontology#Person> ;\n"
    '    <http://www.w3.org/2000/01/rdf-schema#label> "Zz Extra" .\n}\n'
)


def people(kg: KnowledgeGraph) -> set[str]:
    rows = kg.select("SELECT ?l WHERE { ?p a kz:Person ; rdfs:label ?l }")
    return {row["l"] for row in rows}


def generations(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


@pytest.fixture()
def graph(tmp_path: Path) -> Path:
    path = tmp_path / "g.trig"
    path.write_bytes(SEED.read_bytes())
    return path


def test_the_store_answers_like_memory_and_is_reused(graph: Path) -> None:
    disk = KnowledgeGraph.open(graph, persist=True)
    memory = KnowledgeGraph.open(graph, persist=False)
    assert people(disk) == people(memory)
    assert len(disk.store) == len(memory.store)
    # The saved label index (the order of an entity's labels is the store's own).
    assert {i: set(n) for i, n in disk.index().names.items()} == {
        i: set(n) for i, n in memory.index().names.items()
    }
    assert disk.index().classes == memory.index().classes
    folder = graph.with_suffix(".oxigraph")
    [built] = generations(folder)
    again = KnowledgeGraph.open(graph, persist=True)
    assert generations(folder) == [built]  # opened, not rebuilt
    assert people(again) == people(memory)


def test_the_views_span_counts_are_saved_with_the_store_and_read_back(
    graph: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A view's evidence counts come from the summary saved at build time (counting
    every quote's offsets was half of a view's time at 10,000 documents), and give
    the model an in-memory graph gives."""
    from kzkg import span_counts
    from kzkg.views.model import load_model

    memory = KnowledgeGraph.open(graph, persist=False)
    expected, in_memory = memory.span_counts(), load_model(memory, quotes=2).graph
    KnowledgeGraph.open(graph, persist=True)  # builds the store and its summaries
    [built] = generations(graph.with_suffix(".oxigraph"))
    assert (built / "spans.json").is_file()

    def no_counting(kg: KnowledgeGraph) -> dict[str, str]:
        raise AssertionError("counted again instead of reading the saved summary")

    monkeypatch.setattr(span_counts, "count_spans", no_counting)
    disk = KnowledgeGraph.open(graph, persist=True)
    assert disk.span_counts() == expected
    assert any(len(span_counts.parse_counts(c)) > 1 for c in expected.values())
    on_disk = load_model(disk, quotes=2).graph
    assert list(on_disk.nodes(data=True)) == list(in_memory.nodes(data=True))


def test_an_unreadable_summary_is_one_clear_error(graph: Path) -> None:
    KnowledgeGraph.open(graph, persist=True)
    [built] = generations(graph.with_suffix(".oxigraph"))
    (built / "spans.json").write_text("{not json", "utf-8")
    with pytest.raises(KzkgError, match="unreadable graph store.*delete"):
        KnowledgeGraph.open(graph, persist=True).span_counts()


def test_a_changed_graph_is_rebuilt_and_the_old_store_pruned(graph: Path) -> None:
    first = KnowledgeGraph.open(graph, persist=True)
    assert "Zz Extra" not in people(first)
    del first  # releases its reader lock, so the old generation may go
    graph.write_text(graph.read_text("utf-8") + EXTRA, "utf-8")
    second = KnowledgeGraph.open(graph, persist=True)
    assert "Zz Extra" in people(second)
    assert second.resolve("zz extra") == "https://w3id.org/kzkg/id/person/zz-extra"
    assert len(generations(graph.with_suffix(".oxigraph"))) == 1


def test_a_generation_in_use_is_kept_while_a_new_one_is_built(graph: Path) -> None:
    reader = KnowledgeGraph.open(graph, persist=True)
    graph.write_text(graph.read_text("utf-8") + EXTRA, "utf-8")
    writer = KnowledgeGraph.open(graph, persist=True)
    assert len(generations(graph.with_suffix(".oxigraph"))) == 2
    assert "Zz Extra" not in people(reader) and "Zz Extra" in people(writer)


def test_a_rewrite_with_the_same_size_and_time_is_not_served_stale(graph: Path) -> None:
    """Same size, same modification time, same inode: only the content differs."""
    text = graph.read_text("utf-8")
    assert "Nursultan Nazarbayev" in text
    before = KnowledgeGraph.open(graph, persist=True)
    assert "Nursultan Nazarbayev" in people(before)
    st = graph.stat()
    with graph.open("r+b") as handle:  # in place: the inode stays
        handle.write(text.replace("Nursultan Nazarbayev", "Nursultan Nazarbayeq").encode())
    os.utime(graph, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert graph.stat().st_size == st.st_size and graph.stat().st_ino == st.st_ino
    after = KnowledgeGraph.open(graph, persist=True)
    assert "Nursultan Nazarbayeq" in people(after)
    assert "Nursultan Nazarbayev" not in people(after)


# A builder that stops half-way: the store is filled (written to disk), then it
# waits to be killed before closing, stamping or renaming anything.
HALF_WAY = """
import sys, time
from pathlib import Path
import kzkg.store as store

real = store.fill_store

def fill_then_hang(target, paths, on_disk=False):
    real(target, paths, on_disk)
    target.flush()
    print("filled", flush=True)
    time.sleep(600)

store.fill_store = fill_then_hang
store.KnowledgeGraph.open(Path(sys.argv[1]), persist=True)
"""


def start_half_way_builder(graph: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", HALF_WAY, str(graph)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "filled"
    return proc


def test_a_build_killed_mid_write_publishes_nothing_and_is_swept(graph: Path) -> None:
    graph.write_text(graph.read_text("utf-8") + EXTRA, "utf-8")
    proc = start_half_way_builder(graph)
    folder = graph.with_suffix(".oxigraph")
    [half] = [p for p in folder.iterdir() if p.name.startswith(".building-")]
    assert (half / "db").is_dir()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert generations(folder) == []  # nothing half-written was published
    kg = KnowledgeGraph.open(graph, persist=True)
    assert "Zz Extra" in people(kg)
    assert len(kg.store) == len(KnowledgeGraph.open(graph, persist=False).store)
    assert not half.exists()  # the next build swept it
    assert len(generations(folder)) == 1


def test_a_second_command_waits_for_the_build_then_opens_a_whole_store(graph: Path) -> None:
    proc = start_half_way_builder(graph)  # holds the build lock, store half-built
    opened: list[KnowledgeGraph] = []
    waiting = threading.Thread(
        target=lambda: opened.append(KnowledgeGraph.open(graph, persist=True))
    )
    waiting.start()
    try:
        waiting.join(timeout=1.0)
        assert waiting.is_alive() and not opened  # it waits rather than read a half store
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    waiting.join(timeout=120)
    [kg] = opened
    assert people(kg) == people(KnowledgeGraph.open(graph, persist=False))
