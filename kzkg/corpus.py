"""Read corpus documents: UTF-8 files with YAML front matter and a body.

A document file starts with a line `---`, then YAML metadata (id, title,
authors, publisher, date, url; optional language, kind), then a closing `---`
line. The body is everything after the closing line, unchanged, so evidence
offsets count from its first character.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kzkg.dates import PartialDate
from kzkg.errors import InputError

CORPUS_SUFFIXES = (".md", ".txt")
REQUIRED_FIELDS = ("id",)
# Real front matter is a few hundred bytes; a huge block is a mistake or an
# attack that PyYAML would spend minutes on. The pure-Python loader is used on
# purpose: libyaml's C loader crashes the process on deeply nested input.
MAX_FRONT_MATTER = 64 * 1024
KNOWN_FIELDS = ("id", "title", "authors", "publisher", "date", "url", "language", "kind", "series")


@dataclass(frozen=True)
class Document:
    id: str
    path: Path
    body: str
    title: str = ""
    authors: tuple[str, ...] = ()
    publisher: str = ""
    date: PartialDate | None = None
    url: str = ""
    language: str = "en"
    kind: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def content_hash(self) -> str:
        """Hash of everything extraction reads: metadata and body."""
        h = hashlib.sha256()
        h.update(self.path.read_bytes() if self.path.exists() else self.body.encode("utf-8"))
        return h.hexdigest()


class EmptyBody(Exception):
    """The document has metadata but no text; callers warn and skip it."""


def _fail(path: Path, problem: str, line: int | None = None) -> InputError:
    where = f"{path}:{line}" if line else str(path)
    return InputError(f"{where}: {problem}")


def split_front_matter(path: Path, text: str) -> tuple[str, str, int]:
    """Return (yaml_text, body, line number of the first YAML line)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != "---":
        raise _fail(path, "missing front matter: the first line must be '---'", 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r") == "---":
            meta = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return meta, body, 2
    raise _fail(path, "front matter is not closed: no second '---' line", 1)


def _text_field(path: Path, meta: dict[str, Any], name: str) -> str:
    value = meta.get(name)
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise _fail(path, f"front matter field '{name}' must be text, not a {type(value).__name__}")
    return str(value).strip()


def _authors(path: Path, meta: dict[str, Any]) -> tuple[str, ...]:
    value = meta.get("authors", meta.get("author"))
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(a.strip() for a in value.split(",") if a.strip())
    if isinstance(value, list) and all(isinstance(a, (str, int, float)) for a in value):
        return tuple(str(a).strip() for a in value if str(a).strip())
    raise _fail(path, "front matter field 'authors' must be a list of names")


def _date(path: Path, meta: dict[str, Any]) -> PartialDate | None:
    value = meta.get("date")
    if value is None or value == "":
        return None
    # YAML reads 2022-01-02 as a datetime.date; partial dates arrive as str or int.
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    try:
        return PartialDate.parse(text[:10])
    except ValueError as exc:
        raise _fail(path, f"front matter 'date': {exc}") from None


def parse_document(path: Path, raw: bytes) -> Document:
    """Parse one document file's bytes. Raises InputError or EmptyBody."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem = f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        raise _fail(path, problem, line) from None
    meta_text, body, first_line = split_front_matter(path, text)
    if len(meta_text) > MAX_FRONT_MATTER:
        raise _fail(path, f"front matter is larger than {MAX_FRONT_MATTER // 1024} KiB", first_line)
    try:
        meta = yaml.safe_load(meta_text) if meta_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _fail(path, f"front matter is not valid YAML: {problem}", line) from None
    except RecursionError:
        raise _fail(path, "front matter is nested too deeply", first_line) from None
    if not isinstance(meta, dict):
        raise _fail(path, "front matter must be a YAML mapping of field: value", first_line)
    for name in REQUIRED_FIELDS:
        if meta.get(name) in (None, ""):
            raise _fail(path, f"front matter has no '{name}'", first_line)
    doc_id = _text_field(path, meta, "id")
    if not body.strip():
        raise EmptyBody(f"{path}: empty body, skipped")
    extra = {k: str(v) for k, v in meta.items() if k not in KNOWN_FIELDS and isinstance(v, str)}
    return Document(
        id=doc_id,
        path=path,
        body=body,
        title=_text_field(path, meta, "title"),
        authors=_authors(path, meta),
        publisher=_text_field(path, meta, "publisher"),
        date=_date(path, meta),
        url=_text_field(path, meta, "url"),
        language=_text_field(path, meta, "language") or "en",
        kind=_text_field(path, meta, "kind"),
        extra=extra,
    )


def read_document(path: Path) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(path, f"cannot read: {exc.strerror}") from None
    return parse_document(path, raw)


def corpus_files(corpus: Path) -> list[Path]:
    """The document files of a corpus folder, sorted so builds are deterministic."""
    if not corpus.exists():
        raise InputError(f"{corpus}: corpus folder does not exist")
    if not corpus.is_dir():
        raise InputError(f"{corpus}: not a folder")
    return sorted(
        p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in CORPUS_SUFFIXES
    )


def check_unique_ids(documents: Iterable[Document]) -> None:
    seen: dict[str, Path] = {}
    for doc in documents:
        if doc.id in seen:
            raise _fail(doc.path, f"duplicate id '{doc.id}' (also in {seen[doc.id].name})")
        seen[doc.id] = doc.path


def iter_corpus(corpus: Path, warn: Any = None) -> Iterator[Document]:
    """Yield the corpus's documents, skipping empty ones (reported through `warn`)."""
    for path in corpus_files(corpus):
        try:
            yield read_document(path)
        except EmptyBody as skipped:
            if warn is not None:
                warn(str(skipped))
