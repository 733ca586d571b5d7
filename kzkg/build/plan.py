"""Plan a build: which files are usable, which are in the cache, which need extraction.

Every file is read once and looked up in the cache by its bytes; only misses
are parsed. Bad files give one line each: all together as one error, or, with
`keep_going`, as warnings while the rest builds. Document ids must be unique,
and so must the IRIs they give.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kzkg.build.cache import Extracted, ResultCache, entry_key
from kzkg.build.shards import Shard
from kzkg.corpus import Document, EmptyBody, parse_document
from kzkg.errors import InputError, shown
from kzkg.extract.pipeline import reads_language
from kzkg.vocab import slug

Warn = Callable[[str], None]
# About 150,000 words: a minute or more of extraction. Longer files are refused
# rather than let one stray dump hold up a whole build.
MAX_DOCUMENT_BYTES = 1_000_000


@dataclass
class Planned:
    path: Path
    key: str
    hit: Extracted | None = None
    document: Document | None = None
    extracted: bool = False  # by this build, not found in the cache

    @property
    def doc_id(self) -> str:
        return self.hit.doc_id if self.hit else self.document.id  # type: ignore[union-attr]


@dataclass
class Reading:
    """What reading some files found: usable documents, and a line for each one that is not."""

    planned: list[Planned] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # warnings: files with no body
    problems: list[str] = field(default_factory=list)  # bad files: an error, or skipped
    notes: list[str] = field(default_factory=list)  # documents read but not extracted

    def extend(self, other: Reading) -> None:
        self.planned += other.planned
        self.empty += other.empty
        self.problems += other.problems
        self.notes += other.notes


def plan(
    paths: list[Path],
    fingerprint: str,
    cache: ResultCache | None,
    warn: Warn,
    shard: Shard | None = None,
    keep_going: bool = False,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> list[Planned]:
    """Every usable document of `paths` (in shard), from the cache where possible."""
    return settle(read_files(paths, fingerprint, cache, shard, max_bytes), warn, keep_going)


def read_files(
    paths: list[Path],
    fingerprint: str,
    cache: ResultCache | None,
    shard: Shard | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Reading:
    reading = Reading()
    for path in paths:
        try:
            item = plan_file(path, fingerprint, cache, max_bytes)
        except EmptyBody as skipped:
            reading.empty.append(f"warning: {skipped}")
            continue
        except InputError as exc:
            reading.problems.append(str(exc))
            continue
        if shard is None or shard.holds(item.doc_id):
            reading.planned.append(item)
            if item.document is not None and not reads_language(item.document.language):
                language = item.document.language
                note = f"note: {shown(path)}: language '{language}', no facts extracted"
                reading.notes.append(note)
    return reading


def settle(reading: Reading, warn: Warn, keep_going: bool) -> list[Planned]:
    """The usable documents; bad files are one error together, or with `keep_going` warnings."""
    for line in reading.empty + reading.notes:
        warn(line)
    if reading.problems and not keep_going:
        raise InputError("\n".join(reading.problems))
    for line in reading.problems:
        warn(f"skipped: {line}")
    check_ids(reading.planned)
    return reading.planned


def plan_file(path: Path, fingerprint: str, cache: ResultCache | None, max_bytes: int) -> Planned:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{shown(path)}: {size / 1e6:.1f} MB, larger than the {max_bytes / 1e6:g} MB limit "
                "for one document (--max-document-mb)"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown(path)}: cannot read: {exc.strerror}") from None
    key = entry_key(path.name, raw, fingerprint)
    hit = cache.get(key) if cache is not None else None
    if hit is not None:
        return Planned(path, key, hit=hit)
    return Planned(path, key, document=parse_document(path, raw))


def check_ids(planned: list[Planned]) -> None:
    by_id: dict[str, Path] = {}
    by_slug: dict[str, tuple[str, Path]] = {}
    for item in planned:
        doc_id = item.doc_id
        if doc_id in by_id:
            raise InputError(
                f"{shown(item.path)}: duplicate id '{doc_id}' (also in {shown(by_id[doc_id].name)})"
            )
        other = by_slug.get(slug(doc_id))
        if other is not None:
            raise InputError(
                f"{shown(item.path)}: id '{doc_id}' gives the same document IRI as '{other[0]}' "
                f"in {shown(other[1].name)}"
            )
        by_id[doc_id], by_slug[slug(doc_id)] = item.path, (doc_id, item.path)
