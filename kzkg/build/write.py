"""Write a build's graphs: one sorted TriG file, or one TriG file per named graph.

Both take the graphs as rendered TriG text keyed by the graph's term. Sorting
the blocks by that term gives exactly the file that sorting every quad would
(our serializer orders by graph first), without holding the quads.
The per-document folder is what a SPARQL server bulk-loads or `kzkg push`
sends: `documents/<slug(id)>.trig` for each document, and `resolution.trig`
and `curated.trig` (a shard writes `resolution-I-of-N.trig`: its own part).
Every output of a build is staged first and renamed only when all are
written (`write_outputs`): a failure part-way replaces nothing.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from kzkg.build.atomic import Staging, sweep_temp_files
from kzkg.build.cache import Extracted, ResultCache
from kzkg.build.lock import locked
from kzkg.build.shards import Shard
from kzkg.errors import KzkgError, shown
from kzkg.vocab import document_graph, slug

_ROW = "\n        "  # each predicate-object row starts a line with 8 spaces
# Our own file names, the only ones a build deletes: slug(id) and the resolution parts.
_DOCUMENT_FILE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.trig")
_RESOLUTION_PART = re.compile(r"resolution-(?:\d+-of-\d+|files-[0-9a-f]{12})\.trig")


@dataclass
class Outputs:
    """Where a build writes, and which part of the corpus it covers."""

    out: Path | None
    per_document: Path | None = None
    shard: Shard | None = None
    whole: bool = True  # the whole corpus: may prune the cache and stale per-document files


@contextmanager
def claimed(outputs: Outputs, store: ResultCache | None) -> Iterator[None]:
    """Hold the locks of a build's outputs and cache for the block, and sweep the
    temporary files a killed build left where this one will write."""
    with ExitStack() as stack:
        if store is not None:
            stack.callback(store.unmark_unused)  # last, once every lock is released
        out, folder = outputs.out, outputs.per_document
        if out is not None:
            stack.enter_context(locked(out.parent / f".{out.name}.lock", out))
            sweep_temp_files(out.parent, re.escape(out.name))
        if folder is not None:
            stack.enter_context(locked(folder / ".kzkg-build.lock", folder, outputs.whole))
            if outputs.whole:  # alone in the folder: no other build is writing there
                for place in (folder, folder / "documents"):
                    sweep_temp_files(place, r"[a-z0-9-]+\.trig")
        if store is not None:
            stack.enter_context(store.locked(exclusive=outputs.whole))
        yield


def rows_in(block: str) -> int:
    """Triples in a block written by emit.write_rows (literals never hold a newline)."""
    return block.count(_ROW)


def write_graph(staging: Staging, out: Path, header: str, blocks: dict[str, str]) -> None:
    """The whole graph, sorted, staged to replace `out`."""
    with staging.output(out, sync=True) as handle:
        handle.write(header.encode("utf-8"))
        for term in sorted(blocks):
            handle.write(blocks[term].encode("utf-8"))


def _shared_name(term: str, part: str) -> str:
    name = term.rstrip(">").rsplit("/", 1)[-1]
    return f"{name}-{part}.trig" if part and name == "resolution" else f"{name}.trig"


def write_per_document(
    staging: Staging,
    outputs: Outputs,
    header: str,
    blocks: dict[str, str],
    entries: list[Extracted],
    fresh: Iterable[str],
) -> list[Path]:
    """One TriG file per graph, staged. Unchanged documents' files are left as they are;
    for a whole-corpus build, returns the files of documents no longer in the corpus."""
    folder, shard, whole = outputs.per_document, outputs.shard, outputs.whole
    assert folder is not None
    docs = folder / "documents"
    redo = set(fresh)
    wanted: set[str] = set()
    doc_terms = set()
    for entry in entries:
        term = f"<{document_graph(entry.doc_id)}>"
        doc_terms.add(term)
        target = docs / f"{slug(entry.doc_id)}.trig"
        wanted.add(target.name)
        if entry.doc_id in redo or not target.is_file():
            staging.write(target, (header + blocks[term]).encode("utf-8"))
    part = "" if whole else shard.name if shard else _part_name(entries)
    for term, block in blocks.items():
        if term not in doc_terms:
            staging.write(folder / _shared_name(term, part), (header + block).encode("utf-8"))
    if not whole:
        return []
    # Only files of our naming: the folder may hold other things of the user's.
    old = list(docs.iterdir()) if docs.is_dir() else []
    stale = [p for p in old if _DOCUMENT_FILE.fullmatch(p.name) and p.name not in wanted]
    parts = [p for p in folder.iterdir() if _RESOLUTION_PART.fullmatch(p.name)]
    return stale + parts  # parts superseded by the whole


def write_outputs(
    outputs: Outputs,
    header: str,
    blocks: dict[str, str],
    entries: list[Extracted],
    fresh: list[str],
) -> None:
    """All of a build's files or none: staged, then renamed, the graph last."""
    out, per_document = outputs.out, outputs.per_document
    staging = Staging()
    try:  # whatever stops it (an error, SIGTERM, Ctrl-C), nothing staged stays behind
        stale = []
        try:
            if per_document is not None:
                stale = write_per_document(staging, outputs, header, blocks, entries, fresh)
            if out is not None:
                write_graph(staging, out, header, blocks)
        except OSError as exc:
            where = shown(exc.filename or out or per_document)
            raise KzkgError(f"cannot write {where}: {exc.strerror}; nothing was replaced") from None
        try:
            staging.commit()
        except OSError as exc:
            raise KzkgError(f"cannot write {shown(exc.filename)}: {exc.strerror}") from None
    finally:
        staging.discard()
    for path in stale:
        path.unlink(missing_ok=True)


def _part_name(entries: list[Extracted]) -> str:
    ids = "\0".join(sorted(e.doc_id for e in entries))
    return "files-" + hashlib.sha256(ids.encode("utf-8")).hexdigest()[:12]
