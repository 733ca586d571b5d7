"""`kzkg build`: corpus folder in, one deterministic TriG file out.

Three steps. Plan: read every file, look it up in the cache (keyed by its
bytes, the extractor and the lexicon), parse the misses; bad files give one
line each. Map: extract each missed document on its own (a pure function of
document and lexicon, so `jobs > 1` runs it in worker processes) into its
named graph, rendered once as TriG text, and cache it. Reduce: merge entities
into the resolution graph, add the curated graph, and write every graph's
text in sorted order to a temporary file that replaces the output only when
complete. The result is byte for byte what one sort of all quads would give,
because a sorted TriG is its graphs one after another.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzkg.buildcache import Extracted, ResultCache
from kzkg.buildplan import MAX_DOCUMENT_BYTES, Warn, plan
from kzkg.corpus import Document, corpus_files
from kzkg.curation import load_curation
from kzkg.emit import Quad, entity_quads, result_quads, serialize_trig
from kzkg.extract.model import DocResult, EntityInfo, EntityKey
from kzkg.extract.pipeline import Extractor
from kzkg.extract.resolve import Resolver
from kzkg.graphfiles import rows_in, write_graph, write_per_document
from kzkg.lexicon import Lexicon, event_classes, load_lexicon
from kzkg.paths import curation_file, lexicon_dir, ontology_file
from kzkg.shards import Shard
from kzkg.vocab import document_graph


@dataclass
class BuildReport:
    documents: int = 0
    skipped: list[str] = field(default_factory=list)
    words: int = 0
    quads: int = 0
    cached: int = 0
    extracted: int = 0
    pruned: int = 0
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds per step, for profiling


# --- map: extraction, in this process or in workers ---------------------------------
HEADER = serialize_trig([])
_worker: Extractor | None = None  # one per worker process; spaCy loads once there


def to_extracted(document: Document, result: DocResult) -> Extracted:
    text = serialize_trig(result_quads(document, result))
    return Extracted(
        document.id,
        len(document.body.split()),
        list(result.entities.values()),
        text[len(HEADER) :],
    )


def _init_worker(lexicon: Lexicon) -> None:
    global _worker
    # Ctrl-C and SIGTERM are the parent's to handle; it stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _worker = Extractor(lexicon)


def _extract_in_worker(document: Document) -> Extracted:
    assert _worker is not None
    return to_extracted(document, _worker.extract(document))


def extract_documents(
    documents: list[Document], lexicon: Lexicon, jobs: int = 1, extractor: Extractor | None = None
) -> Iterator[Extracted]:
    """Extracted documents in the given order, identical whatever `jobs` is."""
    jobs = min(jobs, len(documents))
    if jobs <= 1:
        local = extractor or (Extractor(lexicon) if documents else None)
        for document in documents:
            assert local is not None
            yield to_extracted(document, local.extract(document))
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(lexicon,))
    try:
        yield from pool.map(_extract_in_worker, documents, chunksize=1)
    finally:
        pool.shutdown(cancel_futures=True)


# --- reduce ----------------------------------------------------------------------
def resolution_quads(entity_lists: list[list[EntityInfo]], lexicon: Lexicon) -> list[Quad]:
    """Entity nodes of kzr:graph/resolution, aliases merged over all documents."""
    resolver = Resolver(lexicon)
    entities: dict[EntityKey, Any] = {}
    for infos in entity_lists:
        for info in infos:
            if info.key in entities:
                entities[info.key].aliases |= info.aliases
            else:
                entities[info.key] = EntityInfo(
                    info.key,
                    info.cls,
                    set(info.aliases),
                    info.wikidata,
                    info.located_in,
                    info.post_in,
                    info.nationality,
                )
    # Places and organizations referred to (locatedIn, postIn) get a node too.
    pending = list(entities.values())
    while pending:
        info = pending.pop()
        for ref in (info.located_in, info.post_in, info.nationality):
            if ref is not None and ref not in entities and ref.label in resolver.by_label:
                entities[ref] = resolver.known(ref.label)
                pending.append(entities[ref])
    return [quad for info in entities.values() for quad in entity_quads(info)]


def graph_blocks(entries: list[Extracted], lexicon: Lexicon, curated: list[Quad]) -> dict[str, str]:
    """{graph term: TriG text of that graph}, for every graph of the build."""
    blocks = {f"<{document_graph(e.doc_id)}>": e.block for e in entries}
    shared: dict[Any, list[Quad]] = {}
    for quad in [*curated, *resolution_quads([e.entities for e in entries], lexicon)]:
        shared.setdefault(quad[3], []).append(quad)
    for graph, quads in shared.items():
        blocks[f"<{graph}>"] = serialize_trig(quads)[len(HEADER) :]
    return blocks


class _Clock:
    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self.last
        self.last = now


def build(
    corpus: Path,
    out: Path | None,
    jobs: int = 1,
    cache: Path | None = None,
    warn: Warn = print,
    progress: Any = None,
    lexicon_folder: Path | None = None,
    curated_file: Path | None = None,
    extractor: Extractor | None = None,
    shard: Shard | None = None,
    files: list[Path] | None = None,
    per_document: Path | None = None,
    keep_going: bool = False,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> BuildReport:
    began = time.perf_counter()
    clock = _Clock()
    lexicon = load_lexicon(lexicon_folder or lexicon_dir(), ontology_file())
    curated = load_curation(
        curated_file or curation_file(), lexicon, event_classes(ontology_file())
    )
    whole = shard is None and files is None
    store = ResultCache(cache) if cache is not None else None
    paths = corpus_files(corpus) if files is None else files
    clock.lap("setup")
    planned = plan(paths, lexicon.fingerprint, store, warn, shard, keep_going, max_bytes)
    clock.lap("read and look up")
    if extractor is not None and extractor.lexicon.fingerprint != lexicon.fingerprint:
        extractor = None
    todo = [p for p in planned if p.hit is None]
    fresh = extract_documents([p.document for p in todo], lexicon, jobs, extractor)  # type: ignore[misc]
    entries: list[Extracted] = []
    for item in planned:
        if item.hit is None:
            item.hit = next(fresh)
            if store is not None:
                store.put(item.key, item.hit)
        entries.append(item.hit)
        if progress is not None:
            progress(item.path)
    clock.lap("extract")
    blocks = graph_blocks(entries, lexicon, curated)
    clock.lap("resolution graph")
    if out is not None:
        write_graph(out, HEADER, blocks)
        clock.lap("write graph")
    if per_document is not None:
        fresh_ids = [p.doc_id for p in todo]
        write_per_document(per_document, HEADER, blocks, entries, fresh_ids, shard, whole)
        clock.lap("write per-document")
    report = BuildReport(documents=len(entries), cached=len(planned) - len(todo))
    report.extracted = len(todo)
    report.words = sum(e.words for e in entries)
    report.quads = sum(rows_in(block) for block in blocks.values())
    if store is not None and whole:
        report.pruned = store.prune({p.key for p in planned})
        clock.lap("prune cache")
    report.seconds = time.perf_counter() - began
    report.phases = clock.laps
    return report
