"""Extraction as a map on Dask: the same build, its documents spread over a cluster.

Each task reads a slice of the corpus's files (from a file system the workers
share), looks each up in the cache when one is given, extracts the misses with
one spaCy pipeline per worker process, and returns each document's rendered
graph and entities. The client gathers them in file order and runs the same
reduce as `kzkg build`, so the output is byte for byte a single-process build.
Dask does all the scheduling; nothing here decides where a task runs.

Needs the optional extra: `pip install kzkg[distributed]`.

    from kzkg.distributed import build_on_dask
    build_on_dask(Path("graph/corpus"), Path("graph/kzkg.trig"))          # LocalCluster
    build_on_dask(corpus, out, address="tcp://scheduler:8786")           # a running cluster
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from kzkg.build import HEADER, BuildReport, graph_blocks, to_extracted
from kzkg.buildcache import Extracted, ResultCache
from kzkg.buildplan import MAX_DOCUMENT_BYTES, Planned, Warn, check_ids, plan_file
from kzkg.corpus import EmptyBody, corpus_files
from kzkg.curation import load_curation
from kzkg.errors import InputError, KzkgError
from kzkg.graphfiles import rows_in, write_graph, write_per_document
from kzkg.lexicon import Lexicon, event_classes, load_lexicon
from kzkg.paths import curation_file, lexicon_dir, ontology_file

_extractors: dict[str, Any] = {}  # per worker process: spaCy loads once per lexicon


def extract_files(
    paths: list[Path], lexicon: Lexicon, cache: Path | None, max_bytes: int
) -> list[tuple[str, Path, Any]]:
    """The map task: ("new" | "hit", path, (key, Extracted)) or ("skip" | "bad", path, line)."""
    from kzkg.extract.pipeline import Extractor

    store = ResultCache(cache) if cache is not None else None
    out: list[tuple[str, Path, Any]] = []
    for path in paths:
        try:
            item = plan_file(path, lexicon.fingerprint, store, max_bytes)
        except EmptyBody as skipped:
            out.append(("skip", path, f"warning: {skipped}"))
            continue
        except InputError as exc:
            out.append(("bad", path, str(exc)))
            continue
        kind = "hit" if item.hit is not None else "new"
        if item.hit is None:
            assert item.document is not None
            if lexicon.fingerprint not in _extractors:
                _extractors[lexicon.fingerprint] = Extractor(lexicon)
            extractor = _extractors[lexicon.fingerprint]
            item.hit = to_extracted(item.document, extractor.extract(item.document))
            if store is not None:
                store.put(item.key, item.hit)
        out.append((kind, path, (item.key, item.hit)))
    return out


def _slices(paths: list[Path], count: int) -> list[list[Path]]:
    size = max(1, -(-len(paths) // count))
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def _client(address: str | None, workers: int) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise KzkgError(
            "Dask is not installed: pip install 'kzkg[distributed]' (dask[distributed])"
        ) from None
    if address is not None:
        return Client(address), None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,  # spaCy and our code hold the GIL: processes, not threads
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    return Client(cluster), cluster


def build_on_dask(
    corpus: Path,
    out: Path | None,
    address: str | None = None,
    workers: int = 2,
    tasks: int | None = None,
    cache: Path | None = None,
    per_document: Path | None = None,
    warn: Warn = print,
    keep_going: bool = False,
    lexicon_folder: Path | None = None,
    curated_file: Path | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> BuildReport:
    """Build on a Dask cluster at `address`, or on a LocalCluster of `workers` processes."""
    began = time.perf_counter()
    lexicon = load_lexicon(lexicon_folder or lexicon_dir(), ontology_file())
    curated = load_curation(
        curated_file or curation_file(), lexicon, event_classes(ontology_file())
    )
    paths = corpus_files(corpus)
    client, cluster = _client(address, workers)
    try:
        slices = _slices(paths, tasks or 4 * max(1, len(client.scheduler_info()["workers"])))
        futures = client.map(
            extract_files, slices, lexicon=lexicon, cache=cache, max_bytes=max_bytes, pure=False
        )
        outcomes = [row for part in client.gather(futures) for row in part]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    planned, problems, fresh = [], [], 0
    for kind, path, value in outcomes:
        if kind in ("new", "hit"):
            fresh += kind == "new"
            planned.append(Planned(path, value[0], hit=value[1]))
        elif kind == "skip":
            warn(value)
        else:
            problems.append(value)
    if problems and not keep_going:
        raise InputError("\n".join(problems))
    for line in problems:
        warn(f"skipped: {line}")
    check_ids(planned)
    entries: list[Extracted] = [p.hit for p in planned]  # type: ignore[misc]
    blocks = graph_blocks(entries, lexicon, curated)
    if out is not None:
        write_graph(out, HEADER, blocks)
    if per_document is not None:
        write_per_document(
            per_document, HEADER, blocks, entries, [e.doc_id for e in entries], None, True
        )
    report = BuildReport(documents=len(entries), extracted=fresh, cached=len(entries) - fresh)
    report.words = sum(e.words for e in entries)
    report.quads = sum(rows_in(b) for b in blocks.values())
    report.seconds = time.perf_counter() - began
    return report
