"""`kzkg export --format nt`: every triple once loaded, as the store's merged default graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.store import KnowledgeGraph

runner = CliRunner()


def named(triples: set[ox.Triple]) -> set[ox.Triple]:
    return {
        t
        for t in triples
        if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode)
    }


def test_loaded_triples_are_the_default_graph_our_queries_read(seed_graph: Path, tmp_path):
    out = tmp_path / "server" / "all.nt"
    result = runner.invoke(app, ["export", "-f", "nt", "-o", str(out), "--graph", str(seed_graph)])
    assert result.exit_code == 0, result.output
    server = ox.Store()
    server.bulk_load(path=str(out), format=ox.RdfFormat.N_TRIPLES)  # a server's default graph
    ours = KnowledgeGraph.open(seed_graph).store
    assert ours is not None
    expected = {q.triple for q in ours.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    loaded = {q.triple for q in server}
    # The ontology's blank nodes (OWL lists) are named afresh by every parse.
    assert len(loaded) == len(expected)
    assert named(loaded) == named(expected) and len(named(expected)) > 500
    # Streamed, not deduplicated: a triple several documents state comes once per document.
    written = int(result.output.split("(")[1].split()[0])
    assert written == len(out.read_text(encoding="utf-8").splitlines()) >= len(expected)


def test_bad_input_leaves_the_previous_file(seed_graph: Path, tmp_path):
    out = tmp_path / "all.nt"
    out.write_text("previous\n", encoding="utf-8")
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    for args, message in (
        (["--graph", str(bad)], "not valid RDF"),
        (["--graph", str(tmp_path / "missing.trig")], "does not exist"),
        (["--graph", str(tmp_path / "graph.ttl")], "not a TriG or N-Quads file"),
    ):
        result = runner.invoke(app, ["export", "-f", "nt", "-o", str(out), *args])
        assert result.exit_code != 0 and message in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    folder = runner.invoke(
        app, ["export", "-f", "nt", "-o", str(tmp_path), "--graph", str(seed_graph)]
    )
    assert folder.exit_code != 0 and "is a folder" in folder.output
