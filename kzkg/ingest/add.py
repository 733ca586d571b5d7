"""Add one source to the corpus: read it, fill in its metadata, refuse duplicates, write it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from kzkg.build.plan import MAX_DOCUMENT_BYTES
from kzkg.corpus import id_problem
from kzkg.dates import PartialDate
from kzkg.errors import InputError
from kzkg.extract.pipeline import reads_language
from kzkg.ingest.draft import Draft
from kzkg.ingest.existing import CorpusIndex
from kzkg.ingest.fetch import Limits, fetch, is_url
from kzkg.ingest.language import detect
from kzkg.ingest.naming import make_id, unique_id
from kzkg.ingest.sniff import sniff
from kzkg.ingest.write import create_new, render
from kzkg.vocab import slug

MAX_SOURCE_BYTES = 50_000_000  # a saved page or a report; anything larger is a mistake
SUFFIX = {"html": ".html", "pdf": ".pdf", "text": ".txt"}


@dataclass(frozen=True)
class Overrides:
    """What the user says about a document; it wins over what was found in it."""

    id: str = ""
    title: str = ""
    date: str = ""
    publisher: str = ""


@dataclass
class Outcome:
    source: str
    status: str  # added, skipped or failed
    message: str  # one line: the file written, the file it duplicates, or why it failed
    path: Path | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Loaded:
    raw: bytes
    name: str  # file name or URL path: tells Markdown from HTML
    urls: tuple[str, ...] = ()  # as asked for and after redirects


class Adder:
    """Adds sources to one corpus folder; remembers what it added, so a batch has no duplicates."""

    def __init__(
        self,
        corpus: Path,
        keep_source: bool = False,
        sources: Path | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.corpus = corpus
        self.sources = sources or corpus.parent / "sources"
        self.keep_source = keep_source
        self.limits = limits or Limits()
        # Beside the build's cache (graph/.cache/), which keeps only its sub-folders.
        self.index = CorpusIndex.read(corpus, corpus.parent / ".cache" / "add-index.json")

    def add(self, source: str, overrides: Overrides = Overrides()) -> Outcome:
        try:
            return self._add(source, overrides)
        except InputError as exc:
            return Outcome(source, "failed", str(exc))
        except Exception as exc:  # a reader library's bug on odd input: that source only
            why = " ".join(str(exc).split())[:200]
            return Outcome(source, "failed", f"cannot read it ({type(exc).__name__}: {why})")

    def _add(self, source: str, overrides: Overrides) -> Outcome:
        loaded = self._load(source)
        kind = sniff(loaded.raw, loaded.name)
        draft = _read(kind, loaded)
        draft = _override(draft, overrides)
        if not draft.url and loaded.urls:
            draft.url = loaded.urls[-1]
        draft.language = detect(draft.body, draft.language)
        same = self.index.duplicate_of([*loaded.urls, draft.url], draft.body)
        if same is not None:
            return Outcome(source, "skipped", f"already in the corpus as {same}", same)
        doc_id = self._id(draft, overrides)
        data = render(doc_id, draft)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"the text is {len(data) / 1e6:.1f} MB, more than the "
                f"{MAX_DOCUMENT_BYTES / 1e6:g} MB `kzkg build` reads from one document"
            )
        path = self._write(doc_id, data, loaded.raw, kind)
        self.index.note(doc_id, draft.url, draft.body, path)
        notes = list(draft.notes)
        if not reads_language(draft.language):
            notes.append(
                f"language '{draft.language}': kept, but `kzkg build` extracts facts "
                "from English text only"
            )
        return Outcome(source, "added", str(path), path, notes)

    def _load(self, source: str) -> Loaded:
        if is_url(source):
            got = fetch(source, self.limits)
            return Loaded(got.raw, got.url.split("?")[0], (source, got.url))
        path = Path(source)
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise InputError("not a file")
            if size > MAX_SOURCE_BYTES:
                raise InputError(
                    f"{size / 1e6:.1f} MB, larger than the {MAX_SOURCE_BYTES / 1e6:g} MB limit"
                )
            return Loaded(path.read_bytes(), path.name)
        except FileNotFoundError:
            raise InputError("no such file") from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}") from None

    def _id(self, draft: Draft, overrides: Overrides) -> str:
        taken = self.index.taken()
        if not overrides.id:
            wanted = draft.id or make_id(draft.publisher, draft.date, draft.title, draft.body)
            return unique_id(wanted, taken)
        problem = id_problem(overrides.id)
        if problem is not None:  # the build would refuse the document later
            raise InputError(f"--id: {problem}")
        if slug(overrides.id) in taken:
            used = self.index.ids.get(slug(overrides.id))
            where = f" by {used}" if used else ""
            raise InputError(f"id '{overrides.id}' is already used{where}; give another --id")
        return overrides.id

    def _write(self, doc_id: str, data: bytes, raw: bytes, kind: str) -> Path:
        """The kept original first, so a corpus file never points at a source that is not there."""
        path = self.corpus / f"{slug(doc_id)}.txt"
        if path.exists():
            raise InputError(f"{path} already exists; nothing was overwritten")
        kept = self.sources / f"{slug(doc_id)}{SUFFIX[kind]}"
        if self.keep_source:
            create_new(kept, raw)
        try:
            create_new(path, data)
        except BaseException:
            if self.keep_source:
                kept.unlink(missing_ok=True)
            raise
        return path


def _read(kind: str, loaded: Loaded) -> Draft:
    if kind == "pdf":
        from kzkg.ingest.pdf import read_pdf

        return read_pdf(loaded.raw)
    if kind == "html":
        from kzkg.ingest.html import read_html

        return read_html(loaded.raw, loaded.urls[-1] if loaded.urls else "")
    from kzkg.ingest.text import read_text

    return read_text(loaded.raw, loaded.name)


def _override(draft: Draft, overrides: Overrides) -> Draft:
    changes = {k: v for k, v in vars(overrides).items() if v and k != "id"}
    found = changes.get("date") or draft.date
    if found:
        try:
            PartialDate.parse(found)
        except ValueError as exc:
            if "date" in changes:
                raise InputError(f"--date: {exc}") from None
            changes["date"] = ""  # a date the page got wrong is no reason to refuse it
    return replace(draft, **changes)
