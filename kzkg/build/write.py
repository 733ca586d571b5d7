"""Write a build's graphs: one sorted TriG file, or one TriG file per named graph.

Both take the graphs as rendered TriG text keyed by the graph's term. Sorting
the blocks by that term gives exactly the file that sorting every quad would
(our serializer orders by graph first), without holding the quads.
The per-document folder is what a SPARQL server bulk-loads or `kzkg push`
sends: `documents/<slug(id)>.trig` for each document, and `resolution.trig`
and `curated.trig` (a shard writes `resolution-I-of-N.trig`: its own part).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from kzkg.build.cache import Extracted, atomic_output, atomic_write
from kzkg.build.shards import Shard
from kzkg.vocab import document_graph, slug

_ROW = "\n        "  # each predicate-object row starts a line with 8 spaces


def rows_in(block: str) -> int:
    """Triples in a block written by emit.serialize_trig (literals never hold a newline)."""
    return block.count(_ROW)


def write_graph(out: Path, header: str, blocks: dict[str, str]) -> None:
    """The whole graph, sorted, written to a temporary file renamed over `out` when done."""
    with atomic_output(out, sync=True) as handle:
        handle.write(header.encode("utf-8"))
        for term in sorted(blocks):
            handle.write(blocks[term].encode("utf-8"))


def _shared_name(term: str, part: str) -> str:
    name = term.rstrip(">").rsplit("/", 1)[-1]
    return f"{name}-{part}.trig" if part and name == "resolution" else f"{name}.trig"


def write_per_document(
    folder: Path,
    header: str,
    blocks: dict[str, str],
    entries: list[Extracted],
    fresh: Iterable[str],
    shard: Shard | None,
    whole: bool,
) -> None:
    """One TriG file per graph. Unchanged documents' files are left as they are;
    a whole-corpus build removes files of documents no longer in the corpus."""
    docs = folder / "documents"
    docs.mkdir(parents=True, exist_ok=True)
    redo = set(fresh)
    wanted: set[str] = set()
    doc_terms = set()
    for entry in entries:
        term = f"<{document_graph(entry.doc_id)}>"
        doc_terms.add(term)
        target = docs / f"{slug(entry.doc_id)}.trig"
        wanted.add(target.name)
        if entry.doc_id in redo or not target.is_file():
            atomic_write(target, (header + blocks[term]).encode("utf-8"))
    part = "" if whole else shard.name if shard else _part_name(entries)
    for term, block in blocks.items():
        if term not in doc_terms:
            atomic_write(folder / _shared_name(term, part), (header + block).encode("utf-8"))
    if whole:
        stale = [p for p in docs.iterdir() if p.name not in wanted]
        stale += list(folder.glob("resolution-*.trig"))  # parts superseded by the whole
        for path in stale:
            path.unlink(missing_ok=True)


def _part_name(entries: list[Extracted]) -> str:
    ids = "\0".join(sorted(e.doc_id for e in entries))
    return "files-" + hashlib.sha256(ids.encode("utf-8")).hexdigest()[:12]
