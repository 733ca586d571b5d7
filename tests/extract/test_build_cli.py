"""`kzkg build` through the CLI: determinism, the committed graph, parallel runs, bad input."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kzkg.build.map as buildmap_module
from kzkg.build import build
from kzkg.cli.main import app
from kzkg.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "graph" / "corpus"
GOOD = "---\nid: {id}\ntitle: T\ndate: 2022-01-06\n---\n{body}\n"


def _corpus(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (corpus / name).write_bytes(data)
    return corpus


def test_committed_graph_is_a_fresh_build_of_the_corpus(seed_build: Path) -> None:
    committed = ROOT / "graph" / "kzkg.trig"
    assert committed.read_bytes() == seed_build.read_bytes(), "run `kzkg build` and commit"


def test_two_builds_and_two_jobs_give_the_same_bytes(
    tmp_path: Path, seed_build: Path, extractor: Extractor
) -> None:
    again = tmp_path / "again.trig"
    build(SEEDS, again, warn=lambda _: None, extractor=extractor)
    parallel = tmp_path / "parallel.trig"
    build(SEEDS, parallel, jobs=2, warn=lambda _: None)
    assert again.read_bytes() == seed_build.read_bytes()
    assert parallel.read_bytes() == seed_build.read_bytes()


def _kind_of_worker(documents: list) -> list[str]:
    """In a worker: what extracts there."""
    return [type(buildmap_module._worker).__name__]


def test_forked_workers_share_the_builds_extractor(monkeypatch, lexicon) -> None:
    class Loaded:  # stands in for the Extractor the build loaded
        def __init__(self) -> None:
            self.lexicon = lexicon

    monkeypatch.setattr(buildmap_module, "_extract_in_worker", _kind_of_worker)
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(  # the build's own pool: forked, with its initializer
        max_workers=2, initializer=buildmap_module._init_worker, initargs=(lexicon, os.getpid())
    )
    try:
        kinds = list(buildmap_module._forked_with(Loaded(), pool, [[1], [2], [3]]))  # type: ignore[arg-type]
    finally:
        pool.shutdown()
    assert kinds == [["Loaded"]] * 3  # no worker loaded a model of its own
    assert buildmap_module._worker is None  # nor does the build keep one


def test_workers_started_afresh_get_no_extractor_made_for_them(monkeypatch, lexicon) -> None:
    def no_model(_lexicon):  # a spawned worker would load its own: none is made here
        raise AssertionError("an Extractor was made for workers that cannot share it")

    monkeypatch.setattr(buildmap_module, "Extractor", no_model)
    for start in ("spawn", "forkserver"):
        assert buildmap_module._to_share(None, lexicon, start) is None
    given = object()
    assert buildmap_module._to_share(given, lexicon, "fork") is given  # type: ignore[arg-type]


def test_cache_gives_the_same_graph(tmp_path: Path, seed_build: Path, extractor: Extractor) -> None:
    cache = tmp_path / "cache"
    first, second = tmp_path / "1.trig", tmp_path / "2.trig"
    build(SEEDS, first, cache=cache, warn=lambda _: None, extractor=extractor)
    assert len(list(cache.glob("*/*.json"))) == 2
    build(SEEDS, second, cache=cache, warn=lambda _: None, extractor=extractor)
    assert first.read_bytes() == second.read_bytes() == seed_build.read_bytes()


def test_cli_builds_and_reports(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"a.md": GOOD.format(id="a", body="Protesters stormed the akimat.")})
    out = tmp_path / "g.trig"
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 documents" in result.output
    assert "kz:Riot" in out.read_text(encoding="utf-8")
    # Readable by others as far as the umask allows (a server may run as another user).
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"---\nid: x\n---\nbad \xff byte\n", "not UTF-8"),
        ("no front matter here\n", "missing front matter"),
        ("---\nid: [unclosed\n---\nbody\n", "not valid YAML"),
        ('---\nid: x\ntitle: "T\x01"\n---\nbody\n', "bad.md:3: front matter is not valid YAML"),
        ("---\ntitle: no id\n---\nbody\n", "no 'id'"),
    ],
)
def test_bad_file_fails_with_one_line_and_keeps_previous_graph(
    fast_cli: CliRunner, tmp_path: Path, content: bytes | str, problem: str
) -> None:
    corpus = _corpus(tmp_path, {"good.md": GOOD.format(id="g", body="Text."), "bad.md": content})
    out = tmp_path / "g.trig"
    out.write_text("previous graph", encoding="utf-8")
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "bad.md" in lines[0] and problem in lines[0], result.output
    assert "Traceback" not in result.output
    assert out.read_text(encoding="utf-8") == "previous graph"


def test_every_bad_file_gets_its_own_line(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"a.md": "nothing\n", "b.md": b"---\nid: b\n---\n\xfe\n"})
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert any("a.md" in line for line in result.output.splitlines())
    assert any("b.md" in line and ":4" in line for line in result.output.splitlines())


def test_duplicate_ids_fail(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {"a.md": GOOD.format(id="same", body="A."), "b.md": GOOD.format(id="same", body="B.")},
    )
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(tmp_path / "o")])
    assert result.exit_code != 0
    assert "duplicate id 'same'" in result.output


def test_empty_body_warns_and_is_skipped(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {
            "a.md": GOOD.format(id="a", body="Police detained protesters in Aktau."),
            "empty.md": "---\nid: e\n---\n\n   \n",
        },
    )
    out = tmp_path / "g.trig"
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "empty.md" in result.output and "empty body" in result.output
    assert "document/e>" not in out.read_text(encoding="utf-8")


def test_failure_during_extraction_leaves_previous_graph(
    fast_cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path, {"a.md": GOOD.format(id="a", body="Text.")})
    out = tmp_path / "g.trig"
    out.write_text("previous graph", encoding="utf-8")

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(buildmap_module, "write_rows", boom)  # in the map step
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "previous graph"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_bad_jobs_value(fast_cli: CliRunner, tmp_path: Path) -> None:
    result = fast_cli.invoke(
        app, ["build", "--corpus", str(SEEDS), "--jobs", "many", "--out", str(tmp_path / "o")]
    )
    assert result.exit_code != 0 and "--jobs" in result.output


def test_missing_corpus_folder(fast_cli: CliRunner, tmp_path: Path) -> None:
    result = fast_cli.invoke(app, ["build", "--corpus", str(tmp_path / "nope")])
    assert result.exit_code != 0 and "does not exist" in result.output


def test_huge_one_line_document_builds(tmp_path: Path, extractor: Extractor) -> None:
    sentence = "Protesters rallied in Almaty on 5 January and police detained dozens of them. "
    body = sentence * 600  # about 50 KB on one line: cut into chunks, offsets kept
    corpus = _corpus(tmp_path, {"big.md": GOOD.format(id="big", body=body)})
    out = tmp_path / "g.trig"
    build(corpus, out, warn=lambda _: None, extractor=extractor)
    text = out.read_text(encoding="utf-8")
    assert "kz:Protest" in text and "kz:Arrest" in text
    shutil.rmtree(corpus)


def test_nasty_text_builds_and_quotes_stay_exact(tmp_path: Path, extractor: Extractor) -> None:
    body = (
        "<script>alert('x')</script> Токаев заявил, что порядок восстановлен.\n\n"
        'Қасым-Жомарт Тоқаев \u202eمرحبا\u202c said on 5 January that "order\x07 was restored".\n\n'
        "\x00\x01 Protesters stormed the akimat in Almaty.\t\r\n\n" + "x" * 30_000 + "\n"
    )
    corpus = _corpus(tmp_path, {"nasty.md": GOOD.format(id="nasty", body=body)})
    out = tmp_path / "g.trig"
    build(corpus, out, warn=lambda _: None, extractor=extractor)
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(out), format=ox.RdfFormat.TRIG)
    document = (corpus / "nasty.md").read_text(encoding="utf-8").split("---\n", 2)[2]
    query = (
        "SELECT ?s ?e ?q { ?ev <http://www.w3.org/ns/oa#start> ?s ; "
        "<http://www.w3.org/ns/oa#end> ?e ; <http://www.w3.org/ns/oa#exact> ?q }"
    )
    rows = list(store.query(query, use_default_graph_as_union=True))
    assert rows
    assert all(document[int(r["s"].value) : int(r["e"].value)] == r["q"].value for r in rows)


def test_an_empty_corpus_builds_with_a_warning(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {})
    out = tmp_path / "g.trig"
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"warning: no documents in {corpus}" in result.output
    assert out.is_file()


def test_names_differing_in_case_are_one_node_with_one_label(
    tmp_path: Path, extractor: Extractor
) -> None:
    """A dateline's "WASHINGTON" and a text's "Washington" are one place with one label."""
    from rdflib import Dataset, Literal, URIRef
    from rdflib.namespace import RDFS

    body = (
        "WASHINGTON (Example News) - The White House on Friday rejected the claim.\n\n"
        '"We have seen no evidence," Jen Psaki told reporters in Washington.'
    )
    corpus = _corpus(tmp_path, {"a.md": GOOD.format(id="a", body=body)})
    out = tmp_path / "out.trig"
    build(corpus, out, warn=lambda _: None, extractor=extractor)
    data = Dataset()
    data.parse(out, format="trig")
    washington = URIRef("https://w3id.org/kzkg/id/place/washington")
    labels = {o for _, _, o, _ in data.quads((washington, RDFS.label, None, None))}
    assert labels == {Literal("Washington")}
