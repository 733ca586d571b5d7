"""`kzkg build`: corpus folder in, one deterministic TriG file out.

Read and check every document first (one line per bad file), then extract
each document independently (a pure function of document and lexicon, so
`jobs > 1` runs them in worker processes and an optional cache keyed by
content hash and extractor version skips unchanged ones), then emit, sort,
and write to a temporary file that replaces the output only when complete.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzkg.corpus import Document, EmptyBody, check_unique_ids, corpus_files, read_document
from kzkg.curation import load_curation
from kzkg.emit import Quad, entity_quads, result_quads, serialize_trig
from kzkg.errors import InputError
from kzkg.extract.model import DocResult, EntityKey
from kzkg.extract.pipeline import Extractor
from kzkg.extract.resolve import Resolver
from kzkg.lexicon import Lexicon, event_classes, load_lexicon
from kzkg.paths import curation_file, lexicon_dir, ontology_file

Warn = Callable[[str], None]


@dataclass
class BuildReport:
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    words: int = 0
    quads: int = 0
    cached: int = 0
    seconds: float = 0.0


def read_corpus(corpus: Path, warn: Warn) -> list[Document]:
    """Every document of the folder; all bad files reported together, one line each."""
    documents, problems = [], []
    for path in corpus_files(corpus):
        try:
            documents.append(read_document(path))
        except EmptyBody as skipped:
            warn(f"warning: {skipped}")
        except InputError as exc:
            problems.append(str(exc))
    if problems:
        raise InputError("\n".join(problems))
    check_unique_ids(documents)
    return documents


# --- extraction, in this process or in workers ----------------------------
_worker: Extractor | None = None  # one per worker process; spaCy loads once there


def _init_worker(lexicon: Lexicon) -> None:
    global _worker
    _worker = Extractor(lexicon)


def _extract_in_worker(document: Document) -> DocResult:
    assert _worker is not None
    return _worker.extract(document)


def _cache_path(cache: Path, version: str, document: Document) -> Path:
    h = hashlib.sha256(f"{version}\0{document.id}\0{document.file_name}\0".encode())
    h.update(document.body.encode("utf-8"))
    h.update(
        repr(
            (
                document.title,
                document.authors,
                document.publisher,
                document.date,
                document.url,
                document.language,
                document.kind,
            )
        ).encode()
    )
    return cache / f"{h.hexdigest()[:32]}.pickle"


def extract_all(
    documents: list[Document],
    lexicon: Lexicon,
    jobs: int = 1,
    cache: Path | None = None,
    progress: Any = None,
    extractor: Extractor | None = None,
) -> Iterator[DocResult]:
    """Results in document order, identical whatever `jobs` and the cache hold."""
    from kzkg.extract.pipeline import EXTRACTOR_VERSION

    version = f"{EXTRACTOR_VERSION}-{lexicon.fingerprint}"
    cached: dict[int, DocResult] = {}
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        for i, doc in enumerate(documents):
            path = _cache_path(cache, version, doc)
            if path.is_file():
                cached[i] = pickle.loads(path.read_bytes())
    todo = [d for i, d in enumerate(documents) if i not in cached]
    if jobs > 1 and len(todo) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(lexicon,))
        fresh: Iterator[DocResult] = pool.map(_extract_in_worker, todo, chunksize=1)
    else:
        pool = None
        local = extractor or Extractor(lexicon)
        fresh = (local.extract(d) for d in todo)
    try:
        for i, doc in enumerate(documents):
            result = cached[i] if i in cached else next(fresh)
            if cache is not None and i not in cached:
                _atomic_write(_cache_path(cache, version, doc), pickle.dumps(result))
            if progress is not None:
                progress(doc)
            yield result
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


# --- graph ------------------------------------------------------------------
def graph_quads(
    documents: list[Document], results: list[DocResult], lexicon: Lexicon, curated: list[Quad]
) -> list[Quad]:
    resolver = Resolver(lexicon)
    quads: list[Quad] = list(curated)
    entities: dict[EntityKey, Any] = {}
    for doc, result in zip(documents, results, strict=True):
        quads += result_quads(doc, result)
        for key, info in result.entities.items():
            if key in entities:
                entities[key].aliases |= info.aliases
            else:
                entities[key] = info
    # Places and organizations referred to (locatedIn, postIn) get a node too.
    pending = list(entities.values())
    while pending:
        info = pending.pop()
        for ref in (info.located_in, info.post_in, info.nationality):
            if ref is not None and ref not in entities and ref.label in resolver.by_label:
                entities[ref] = resolver.known(ref.label)
                pending.append(entities[ref])
    for info in entities.values():
        quads += entity_quads(info)
    return quads


def _atomic_write(path: Path, data: bytes) -> None:
    """Write next to the target, then rename over it: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def build(
    corpus: Path,
    out: Path,
    jobs: int = 1,
    cache: Path | None = None,
    warn: Warn = print,
    progress: Any = None,
    lexicon_folder: Path | None = None,
    curated_file: Path | None = None,
    extractor: Extractor | None = None,
) -> BuildReport:
    import time

    began = time.perf_counter()
    report = BuildReport()
    documents = read_corpus(corpus, warn)
    lexicon = load_lexicon(lexicon_folder or lexicon_dir(), ontology_file())
    curated = load_curation(
        curated_file or curation_file(), lexicon, event_classes(ontology_file())
    )
    if extractor is not None and extractor.lexicon.fingerprint != lexicon.fingerprint:
        extractor = None
    results = list(extract_all(documents, lexicon, jobs, cache, progress, extractor))
    quads = graph_quads(documents, results, lexicon, curated)
    _atomic_write(out, serialize_trig(quads).encode("utf-8"))
    report.documents = len(documents)
    report.words = sum(len(d.body.split()) for d in documents)
    report.quads = len(set(quads))
    report.seconds = time.perf_counter() - began
    return report
