"""Read corpus documents: UTF-8 files with YAML front matter and a body.

A document file starts with a line `---`, then YAML metadata (id, title,
authors, publisher, date, url; optional language, kind), then a closing `---`
line. The body is everything after the closing line, unchanged, so evidence
offsets count from its first character.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzkg.dates import PartialDate
from kzkg.errors import InputError, shown
from kzkg.vocab import slug
from kzkg.yamlfile import line_of, load_yaml

CORPUS_SUFFIXES = (".md", ".txt")
REQUIRED_FIELDS = ("id",)
# Real front matter is a few hundred bytes; a huge block is a mistake or an
# attack that PyYAML would spend minutes on (kzkg/yamlfile.py reads it).
MAX_FRONT_MATTER = 64 * 1024
KNOWN_FIELDS = ("id", "title", "authors", "publisher", "date", "url", "language", "kind", "series")
# An id names the document's graph and, with --per-document, its file: it must
# fit in a file name (255 bytes on most file systems) and print on one line.
MAX_ID_LENGTH = 200
# Nor control characters, line breaks or text-direction overrides, which would
# break a one-line message or make an id print as another.
_NOT_IN_ID = ("Cc", "Cs", "Zl", "Zp")
_BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# A date may carry a time of day (as feeds write it); the document keeps the day.
_DATE_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?"
)


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
    where = f"{shown(path)}:{line}" if line else shown(path)
    return InputError(f"{where}: {problem}")


def id_problem(doc_id: str) -> str | None:
    """Why `doc_id` cannot be a document id, or None when it can."""
    if len(doc_id) > MAX_ID_LENGTH:
        return f"id is {len(doc_id)} characters long; at most {MAX_ID_LENGTH}"
    for char in doc_id:
        if unicodedata.category(char) in _NOT_IN_ID or char in _BIDI_CONTROLS:
            return f"id contains the control character {shown(char)}"
    if len(slug(doc_id)) > MAX_ID_LENGTH:  # a few characters fold into many (NFKD)
        return f"id gives a name of {len(slug(doc_id))} characters; at most {MAX_ID_LENGTH}"
    return None


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


def _date(meta: dict[str, Any]) -> PartialDate | None:
    """The whole value must be a date (2022, 2022-01, 2022-01-05) or a date and time."""
    value = meta.get("date")
    if value is None or value == "":
        return None
    text = str(value).strip()  # load_yaml keeps dates as text; a year alone is an int
    with_time = _DATE_TIME.fullmatch(text)
    try:
        return PartialDate.parse(with_time.group(1) if with_time else text)
    except ValueError as exc:
        raise ValueError(f"front matter 'date': {exc}") from None


def parse_document(path: Path, raw: bytes) -> Document:
    """Parse one document file's bytes. Raises InputError or EmptyBody."""
    try:
        path.name.encode("utf-8")  # it goes into the graph (kz:fileName)
    except UnicodeEncodeError:
        raise _fail(path, "the file name is not UTF-8: rename the file") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem = f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        raise _fail(path, problem, line) from None
    meta_text, body, first_line = split_front_matter(path, text)
    if len(meta_text) > MAX_FRONT_MATTER:
        raise _fail(path, f"front matter is larger than {MAX_FRONT_MATTER // 1024} KiB", first_line)
    meta = load_yaml(meta_text, path, first_line, "front matter") if meta_text.strip() else {}
    if not isinstance(meta, dict):
        raise _fail(path, "front matter must be a YAML mapping of field: value", first_line)
    for name in REQUIRED_FIELDS:
        if meta.get(name) in (None, ""):
            raise _fail(path, f"front matter has no '{name}'", first_line)
    doc_id = _text_field(path, meta, "id")
    bad_id = id_problem(doc_id)
    if bad_id is not None:
        raise _fail(path, bad_id, line_of(meta, "id"))
    try:
        date = _date(meta)
    except ValueError as exc:
        raise _fail(path, str(exc), line_of(meta, "date")) from None
    if not body.strip():
        raise EmptyBody(f"{shown(path)}: empty body, skipped")
    extra = {k: str(v) for k, v in meta.items() if k not in KNOWN_FIELDS and isinstance(v, str)}
    return Document(
        id=doc_id,
        path=path,
        body=body,
        title=_text_field(path, meta, "title"),
        authors=_authors(path, meta),
        publisher=_text_field(path, meta, "publisher"),
        date=date,
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
        raise InputError(f"{shown(corpus)}: corpus folder does not exist")
    if not corpus.is_dir():
        raise InputError(f"{shown(corpus)}: not a folder")
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
