"""What the corpus already holds: ids, URLs and bodies, to refuse duplicates by name.

Reading every document's front matter takes about 1.3 ms a file (the pure-Python
YAML loader, on purpose: see kzkg/corpus.py), 13 s for 10,000 documents. So
what each file gave is kept in a small JSON file beside the build cache, keyed
by the file's name, size and modification time, like git's index; a file that
changed is read again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kzkg.build.atomic import atomic_write
from kzkg.corpus import EmptyBody, corpus_files, read_document
from kzkg.errors import InputError
from kzkg.ingest.draft import normalised
from kzkg.vocab import slug

FORMAT = "kzkg-add-index-1"


def url_key(url: str) -> str:
    """A URL as compared for duplicates: http = https, no www., no fragment, no final /."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host:
        return ""
    return urlunsplit(("http", host, parts.path.rstrip("/"), parts.query, ""))


def body_key(body: str) -> str:
    return hashlib.sha256(normalised(body).encode("utf-8")).hexdigest()


@dataclass
class CorpusIndex:
    folder: Path
    ids: dict[str, Path] = field(default_factory=dict)  # by slug: slugs give the IRIs
    urls: dict[str, Path] = field(default_factory=dict)
    bodies: dict[str, Path] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path, saved: Path | None = None) -> CorpusIndex:
        """The corpus's keys; `saved` keeps them between runs."""
        index = cls(folder)
        if not folder.exists():
            return index
        known = _load(saved)
        seen: dict[str, list[Any]] = {}
        for path in corpus_files(folder):
            stat = path.stat()
            entry = known.get(path.name)
            if entry is None or entry[:2] != [stat.st_size, stat.st_mtime_ns]:
                keys = _keys(path)
                if keys is None:
                    continue  # `kzkg build` reports bad files; they hold no usable id or body
                entry = [stat.st_size, stat.st_mtime_ns, *keys]
            seen[path.name] = entry
            index._add(path, *entry[2:])
        if saved is not None and seen != known:
            _save(saved, seen)
        return index

    def note(self, doc_id: str, url: str, body: str, path: Path) -> None:
        self._add(path, slug(doc_id), url_key(url), body_key(body))

    def _add(self, path: Path, id_slug: str, url: str, body: str) -> None:
        self.ids.setdefault(id_slug, path)
        if url:
            self.urls.setdefault(url, path)
        self.bodies.setdefault(body, path)

    def duplicate_of(self, urls: list[str], body: str) -> Path | None:
        for url in urls:
            found = self.urls.get(url_key(url)) if url_key(url) else None
            if found is not None:
                return found
        return self.bodies.get(body_key(body))

    def taken(self) -> set[str]:
        """Slugs no new id may have: the corpus's ids and its file names."""
        return set(self.ids) | {slug(p.stem) for p in self.folder.glob("*") if p.is_file()}


def _keys(path: Path) -> list[str] | None:
    try:
        doc = read_document(path)
    except (InputError, EmptyBody):
        return None
    return [slug(doc.id), url_key(doc.url), body_key(doc.body)]


def _load(saved: Path | None) -> dict[str, list[Any]]:
    try:
        data = json.loads(saved.read_text(encoding="utf-8")) if saved else {}
    except (OSError, ValueError):
        return {}  # missing or damaged: every file is read again
    files = data.get("files") if isinstance(data, dict) and data.get("format") == FORMAT else None
    return files if isinstance(files, dict) else {}


def _save(saved: Path, files: dict[str, list[Any]]) -> None:
    try:
        atomic_write(saved, json.dumps({"format": FORMAT, "files": files}).encode())
    except OSError:
        pass  # a read-only place only costs the next run its speed
