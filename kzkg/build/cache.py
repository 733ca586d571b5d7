"""Per-document extraction results, and the on-disk cache that makes builds incremental.

A document's extraction is kept as an `Extracted`: its id, word count, the
entities it mentions (for the shared resolution graph) and its own named graph
already rendered as TriG text. An entry is keyed by the document file's bytes
and name, the extractor's code and model versions and the lexicon fingerprint,
so any change to one of them is a miss. Entries are JSON, not pickle: a cache
folder is a plain directory anyone can write to, and loading JSON runs no code.
The rendered graph follows the JSON as plain UTF-8, so a build served from the
cache decodes a small JSON header per document, not 50 KB of escaped text.
A damaged entry (truncated, edited, wrong shape) fails its checksum or its
parse and is treated as a miss; it is re-extracted and rewritten, never fatal.
The folder is claimed first (kzkg/build/cachefolder.py): a build uses only a
folder it marked, and deletes only files of its own naming.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from kzkg.build.atomic import atomic_write
from kzkg.build.cachefolder import LOCK, claim, stale_files, unclaim_if_unused
from kzkg.build.lock import locked
from kzkg.corpus import id_problem
from kzkg.errors import shown
from kzkg.extract.model import EntityInfo, EntityKey

FORMAT = "kzkg-extracted-2"
# Source files (under kzkg/) whose code decides what a document's graph looks like.
CODE = (
    "extract/*.py",
    "corpus.py",
    "dates.py",
    "yamlfile.py",
    "build/emit.py",
    "build/align.py",
    "vocab.py",
    "lexicon.py",
)
_PACKAGE = Path(__file__).resolve().parents[1]


@dataclass
class Extracted:
    doc_id: str
    words: int
    entities: list[EntityInfo]
    block: str  # the document's named graph as TriG, without the @prefix lines


@cache
def code_version() -> str:
    """Digest of the extraction code and the NLP library and model versions."""
    from kzkg.extract.pipeline import EXTRACTOR_VERSION, MODEL

    h = hashlib.sha256(f"{FORMAT}\0{EXTRACTOR_VERSION}\0".encode())
    for package in ("spacy", MODEL.replace("_", "-")):
        try:
            h.update(f"{package}={metadata.version(package)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package}=?\0".encode())
    for pattern in CODE:
        for path in sorted(_PACKAGE.glob(pattern)):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    h.update(alignment_fingerprint().encode())
    return h.hexdigest()[:16]


def alignment_fingerprint() -> str:
    """What decides the aligned quads: the table and the ontology's class tree (not its
    labels or definitions, so a curator's rewording re-extracts nothing)."""
    from kzkg.build.align import alignment_file, load_alignment

    table = alignment_file()
    align = load_alignment()
    parts = [table.read_text(encoding="utf-8") if table.is_file() else ""]
    parts += sorted(f"{cls} {' '.join(types)}" for cls, types in align.types.items())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def entry_key(file_name: str, raw: bytes, lexicon_fingerprint: str) -> str:
    h = hashlib.sha256(f"{code_version()}\0{lexicon_fingerprint}\0".encode())
    h.update(os.fsencode(file_name) + b"\0")  # a name that is not UTF-8 is refused later
    h.update(raw)
    return h.hexdigest()[:40]


# --- JSON form -------------------------------------------------------------------
def _key(k: EntityKey | None) -> list[str] | None:
    return None if k is None else [k.kind, k.label]


def _unkey(v: Any) -> EntityKey | None:
    return None if v is None else EntityKey(str(v[0]), str(v[1]))


def to_json(item: Extracted) -> dict[str, Any]:
    """Everything but the rendered graph, which is stored after the JSON."""
    return {
        "format": FORMAT,
        "id": item.doc_id,
        "words": item.words,
        "entities": [
            [
                e.key.kind,
                e.key.label,
                e.cls,
                sorted(e.aliases),
                e.wikidata,
                _key(e.located_in),
                _key(e.post_in),
                _key(e.nationality),
            ]
            for e in item.entities
        ],
    }


def _entity(row: list[Any]) -> EntityInfo:
    kind, label, cls, aliases, wikidata, located, post_in, nationality = row
    return EntityInfo(
        EntityKey(str(kind), str(label)),
        str(cls),
        set(map(str, aliases)),
        wikidata,
        _unkey(located),
        _unkey(post_in),
        _unkey(nationality),
    )


def _frozen(row: list[Any]) -> tuple[Any, ...]:
    return tuple(tuple(v) if isinstance(v, list) else v for v in row)


def from_json(
    data: dict[str, Any], block: str, known: dict[tuple[Any, ...], EntityInfo] | None = None
) -> Extracted:
    """Raises ValueError/KeyError/TypeError/IndexError on anything malformed.

    `known` shares one EntityInfo among the documents that mention the same entity
    the same way (thousands of documents name Tokayev): read-only, as the reduce
    step copies before it merges."""
    if data["format"] != FORMAT:
        raise ValueError("other format")
    known = {} if known is None else known
    entities = []
    for row in data["entities"]:
        frozen = _frozen(row)
        if frozen not in known:
            known[frozen] = _entity(row)
        entities.append(known[frozen])
    if not isinstance(data["id"], str) or id_problem(data["id"]) is not None:
        raise TypeError("id must be a valid id")
    return Extracted(data["id"], int(data["words"]), entities, block)


# --- the cache folder ---------------------------------------------------------------
def open_cache(folder: Path | None, warn: Callable[[str], None]) -> ResultCache | None:
    """The cache in `folder`, or None when there is none: a folder that cannot hold one
    (read-only, a file) slows the build with a warning; one that is not ours stops it."""
    if folder is None:
        return None
    try:
        return ResultCache(folder)
    except OSError as exc:
        problem = exc.strerror or str(exc)
        warn(f"warning: {shown(folder)}: cannot keep a cache there ({problem}); building without")
        return None


class ResultCache:
    """`folder/<2 hex>/<key>.json`: first line the SHA-256 of the rest, then one line
    of JSON, then the document's graph as TriG. Opening it claims the folder."""

    def __init__(self, folder: Path) -> None:
        self.marked = claim(folder)  # before anything is read or written there
        self.folder = folder
        self._known: dict[tuple[Any, ...], EntityInfo] = {}

    def locked(self, exclusive: bool) -> Any:
        """One build at a time may prune (`exclusive`); builds that only add share it."""
        return locked(self.folder / LOCK, self.folder, exclusive)

    def unmark_unused(self) -> None:
        """Remove the folder again if this build made it and wrote nothing to it (it
        failed before extracting): a failed build leaves no new files behind."""
        if self.marked:
            unclaim_if_unused(self.folder)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Extracted | None:
        try:
            raw = self.path(key).read_bytes()
            digest, _, payload = raw.partition(b"\n")
            if hashlib.sha256(payload).hexdigest().encode() != digest:
                return None
            header, _, block = payload.partition(b"\n")
            return from_json(json.loads(header), block.decode("utf-8"), self._known)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None  # missing or damaged: extract again

    def put(self, key: str, item: Extracted) -> None:
        header = json.dumps(to_json(item), ensure_ascii=False)  # one line: no raw newlines
        payload = f"{header}\n{item.block}".encode()
        digest = hashlib.sha256(payload).hexdigest().encode()
        try:
            atomic_write(self.path(key), digest + b"\n" + payload)
        except OSError:
            pass  # a read-only or full cache folder slows the next build, nothing more

    def prune(self, live: set[str]) -> int:
        """Delete entries not in `live` and temp files left by a killed build: files of
        our naming in subfolders of our naming, nothing else."""
        removed = 0
        for path in stale_files(self.folder, live):
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
        return removed
