"""The map step of a build: extract documents, in this process or in worker processes.

Extraction is a pure function of document and lexicon, rendered once as TriG
text, so where it runs changes nothing in the output. `extract_misses` is the
step both `kzkg build` and the Dask build run on their planned documents.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Generator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from kzkg.build.align import Alignment, aligned_rows, load_alignment
from kzkg.build.cache import Extracted, ResultCache
from kzkg.build.emit import entity_rows, result_rows, write_rows
from kzkg.build.lifeline import die_with
from kzkg.build.plan import Planned
from kzkg.corpus import Document
from kzkg.extract.model import DocResult
from kzkg.extract.pipeline import Extractor
from kzkg.lexicon import Lexicon

HEADER = write_rows([])
_worker: Extractor | None = None  # one per worker process; spaCy loads once there
DOCUMENTS_PER_TASK = 8  # about one spaCy batch of pieces of ~500-word documents


def to_extracted(document: Document, result: DocResult, alignment: Alignment) -> Extracted:
    """The document's graph as TriG, aligned by `alignment` (load_alignment, read once
    per task: it hashes the table and the ontology)."""
    # The document's entities (posts' organizations) let chains such as org:organization resolve.
    context = [row for info in result.entities.values() for row in entity_rows(info)]
    text = write_rows(aligned_rows(result_rows(document, result), context, alignment))
    return Extracted(
        document.id,
        len(document.body.split()),
        list(result.entities.values()),
        text[len(HEADER) :],
    )


def _init_worker(lexicon: Lexicon, build: int) -> None:
    global _worker
    die_with(build)  # even a SIGKILLed build leaves no workers behind
    # Ctrl-C and SIGTERM are the parent's to handle; it stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if _worker is None or _worker.lexicon.fingerprint != lexicon.fingerprint:
        _worker = Extractor(lexicon)  # not forked from the build: a worker of its own


def _extract_in_worker(documents: list[Document]) -> list[Extracted]:
    assert _worker is not None
    alignment = load_alignment()
    return [
        to_extracted(d, r, alignment)
        for d, r in zip(documents, _worker.extract_many(documents), strict=True)
    ]


def extract_documents(
    documents: list[Document], lexicon: Lexicon, jobs: int = 1, extractor: Extractor | None = None
) -> Generator[Extracted, None, None]:
    """Extracted documents in the given order, identical whatever `jobs` is."""
    jobs = min(jobs, len(documents))
    if jobs <= 1:
        local = extractor or (Extractor(lexicon) if documents else None)
        if local is not None:
            alignment = load_alignment()
            for document, result in zip(documents, local.extract_many(documents), strict=True):
                yield to_extracted(document, result, alignment)
        return
    context = multiprocessing.get_context()  # the platform's own: fork on Linux
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_init_worker,
        initargs=(lexicon, os.getpid()),
    )
    # A few documents per task: spaCy batches their pieces together (Extractor.extract_many).
    tasks = [
        documents[n : n + DOCUMENTS_PER_TASK] for n in range(0, len(documents), DOCUMENTS_PER_TASK)
    ]
    try:
        shared = _to_share(extractor, lexicon, context.get_start_method())
        for extracted in _forked_with(shared, pool, tasks):
            yield from extracted
    finally:
        pool.shutdown(cancel_futures=True)


def _to_share(extractor: Extractor | None, lexicon: Lexicon, start: str) -> Extractor | None:
    """The extractor forked workers share; none where workers start afresh (spawn,
    forkserver), which load their own and would not see one made here."""
    if start != "fork":
        return None
    return extractor or Extractor(lexicon)


def _forked_with(extractor: Extractor | None, pool: ProcessPoolExecutor, tasks: list[Any]) -> Any:
    """The pool's results, its workers forked while `extractor` is this process's
    `_worker`: they share the model loaded once, as spaCy's own n_process does,
    instead of each loading it (a second or more of CPU per worker). The pool
    starts all its forked workers on the first task."""
    global _worker
    _worker = extractor
    try:
        return pool.map(_extract_in_worker, tasks, chunksize=1)
    finally:
        _worker = None  # the build's process keeps no model once the workers have it


def extract_misses(
    planned: list[Planned],
    lexicon: Lexicon,
    store: ResultCache | None,
    jobs: int = 1,
    extractor: Extractor | None = None,
    progress: Any = None,
) -> None:
    """Give every planned document its result: the cache's, or a fresh one (then cached)."""
    todo = [item.document for item in planned if item.hit is None]
    fresh = extract_documents(todo, lexicon, jobs, extractor)  # type: ignore[arg-type]
    try:
        for item in planned:
            if item.hit is None:
                item.hit = next(fresh)
                item.extracted = True
                if store is not None:
                    store.put(item.key, item.hit)
            if progress is not None:
                progress(item.path)
    finally:
        fresh.close()  # stops the worker pool now, not when the generator is collected
