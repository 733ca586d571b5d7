"""What the corpus already holds: ids, URLs and bodies, to refuse duplicates by name."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from kzkg.corpus import EmptyBody, corpus_files, read_document
from kzkg.errors import InputError
from kzkg.ingest.draft import normalised
from kzkg.vocab import slug


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
    def read(cls, folder: Path) -> CorpusIndex:
        index = cls(folder)
        if not folder.exists():
            return index
        for path in corpus_files(folder):
            try:
                doc = read_document(path)
            except (InputError, EmptyBody):
                continue  # `kzkg build` reports bad files; they hold no usable id or body
            index.note(doc.id, doc.url, doc.body, path)
        return index

    def note(self, doc_id: str, url: str, body: str, path: Path) -> None:
        self.ids.setdefault(slug(doc_id), path)
        if url_key(url):
            self.urls.setdefault(url_key(url), path)
        self.bodies.setdefault(body_key(body), path)

    def duplicate_of(self, urls: list[str], body: str) -> Path | None:
        for url in urls:
            found = self.urls.get(url_key(url)) if url_key(url) else None
            if found is not None:
                return found
        return self.bodies.get(body_key(body))

    def taken(self) -> set[str]:
        """Slugs no new id may have: the corpus's ids and its file names."""
        return set(self.ids) | {slug(p.stem) for p in self.folder.glob("*") if p.is_file()}
