"""`kzkg build`: corpus folder in, one deterministic TriG file out.

Three steps. Plan (kzkg/build/plan.py): read every file, look it up in the
cache (keyed by its bytes, the extractor and the lexicon), parse the misses;
bad files give one line each. Map (kzkg/build/map.py): extract each missed
document on its own (a pure function of document and lexicon, so `jobs > 1`
runs it in worker processes) into its named graph, rendered once as TriG
text, and cache it. Reduce (here): merge entities into the resolution graph,
add the curated graph, and write every graph's text in sorted order to a
temporary file that replaces the output only when complete. The result is
byte for byte what one sort of all quads would give, because a sorted TriG is
its graphs one after another. The Dask build (kzkg/build/dask.py) runs the
same plan and map on a cluster and the same reduce here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzkg.build.align import aligned_rows
from kzkg.build.cache import Extracted, ResultCache, open_cache
from kzkg.build.curation import load_curation
from kzkg.build.emit import Quad, Row, entity_quads, rendered, write_rows
from kzkg.build.map import HEADER, extract_misses
from kzkg.build.plan import MAX_DOCUMENT_BYTES, Planned, Warn, plan
from kzkg.build.shards import Shard
from kzkg.build.write import Outputs, claimed, rows_in, write_outputs
from kzkg.corpus import corpus_files
from kzkg.extract.model import EntityInfo, EntityKey
from kzkg.extract.pipeline import Extractor
from kzkg.extract.resolve import Resolver
from kzkg.lexicon import Lexicon, event_classes, load_lexicon
from kzkg.paths import curation_file, lexicon_dir, ontology_file
from kzkg.vocab import document_graph, entity_iri


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


def load_inputs(
    lexicon_folder: Path | None, curated_file: Path | None
) -> tuple[Lexicon, list[Quad]]:
    """The lexicon and the curated facts every build starts from."""
    lexicon = load_lexicon(lexicon_folder or lexicon_dir(), ontology_file())
    curated = load_curation(
        curated_file or curation_file(), lexicon, event_classes(ontology_file())
    )
    return lexicon, curated


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
    return [quad for info in one_per_node(entities.values()) for quad in entity_quads(info)]


def one_per_node(infos: Any) -> list[EntityInfo]:
    """One entity per IRI: names that differ only in case or punctuation ("BRUSSELS" in
    a dateline, "Brussels" in the text; "Foreign minister", "Foreign Minister") are one
    node, which must have one rdfs:label. The label kept is the first not in capitals,
    in sort order; the others become aliases."""
    by_iri: dict[Any, EntityInfo] = {}
    for info in sorted(infos, key=lambda i: (i.key.label.isupper(), i.key.label)):
        iri = entity_iri(info.key.kind, info.key.label)
        if iri in by_iri:
            by_iri[iri].aliases |= info.aliases | {info.key.label}
        else:
            by_iri[iri] = info
    return list(by_iri.values())


def graph_blocks(entries: list[Extracted], lexicon: Lexicon, curated: list[Quad]) -> dict[str, str]:
    """{graph term: TriG text of that graph}, for every graph of the build."""
    blocks = {f"<{document_graph(e.doc_id)}>": e.block for e in entries}
    shared: dict[str, list[Row]] = {}
    entities = rendered(resolution_quads([e.entities for e in entries], lexicon))
    for row in aligned_rows(rendered(curated) | entities, entities):
        shared.setdefault(row[0], []).append(row)
    for graph, rows in shared.items():
        blocks[graph] = write_rows(rows)[len(HEADER) :]
    return blocks


class Clock:
    """Seconds spent in each step of a build."""

    def __init__(self) -> None:
        self.began = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self.last
        self.last = now


def reduce(
    planned: list[Planned],
    lexicon: Lexicon,
    curated: list[Quad],
    outputs: Outputs,
    store: ResultCache | None,
    clock: Clock,
) -> BuildReport:
    """Write the extracted documents' graphs with the resolution and curated graphs."""
    entries: list[Extracted] = [item.hit for item in planned]  # type: ignore[misc]
    blocks = graph_blocks(entries, lexicon, curated)
    clock.lap("resolution graph")
    fresh_ids = [item.doc_id for item in planned if item.extracted]
    write_outputs(outputs, HEADER, blocks, entries, fresh_ids)
    clock.lap("write")
    report = BuildReport(documents=len(entries), extracted=len(fresh_ids))
    report.cached = report.documents - report.extracted
    report.words = sum(e.words for e in entries)
    report.quads = sum(rows_in(block) for block in blocks.values())
    if store is not None and outputs.whole:
        report.pruned = store.prune({item.key for item in planned})
        clock.lap("prune cache")
    report.seconds = time.perf_counter() - clock.began
    report.phases = clock.laps
    return report


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
    clock = Clock()
    lexicon, curated = load_inputs(lexicon_folder, curated_file)
    paths = corpus_files(corpus) if files is None else files
    outputs = Outputs(out, per_document, shard, whole=shard is None and files is None)
    store = open_cache(cache, warn)
    with claimed(outputs, store):
        clock.lap("setup")
        planned = plan(paths, lexicon.fingerprint, store, warn, shard, keep_going, max_bytes)
        clock.lap("read and look up")
        if extractor is not None and extractor.lexicon.fingerprint != lexicon.fingerprint:
            extractor = None
        extract_misses(planned, lexicon, store, jobs, extractor, progress)
        clock.lap("extract")
        return reduce(planned, lexicon, curated, outputs, store, clock)
