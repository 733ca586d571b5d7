"""`kzkg add` through the CLI: files, folders and lists; duplicates, overrides, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.corpus import read_document

from .conftest import FIXTURES

NEWS_ID = "steppe-herald-2022-01-06-tokayev-takes-over-security-council-as"


def _add(corpus: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["add", "--corpus", str(corpus), *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_saved_page_becomes_a_corpus_document(tmp_path: Path) -> None:
    corpus = tmp_path / "graph" / "corpus"
    code, output = _add(corpus, str(FIXTURES / "steppe_news.html"))
    assert code == 0, output
    doc = read_document(corpus / f"{NEWS_ID}.txt")
    assert doc.id == NEWS_ID
    assert (doc.title, doc.publisher, doc.authors) == (
        "Tokayev takes over Security Council as protests spread",
        "Steppe Herald",
        ("Aigerim Sultanova",),
    )
    assert doc.date is not None and doc.date.iso() == "2022-01-06"
    assert doc.language == "en"
    assert doc.body == (FIXTURES / "steppe_news.body.txt").read_text(encoding="utf-8")
    assert f"added: {FIXTURES / 'steppe_news.html'}: {corpus / NEWS_ID}.txt" in output
    assert "1 added, 0 skipped, 0 failed" in output


def test_options_override_what_was_found(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    code, output = _add(
        corpus,
        str(FIXTURES / "rights_watch_statement.html"),
        "--id", "carw-release",
        "--title", "Release the detained",
        "--date", "2022-01",
        "--publisher", "CARW",
    )  # fmt: skip
    assert code == 0, output
    doc = read_document(corpus / "carw-release.txt")
    assert (doc.title, doc.publisher, doc.date.iso()) == ("Release the detained", "CARW", "2022-01")


def test_folder_list_progress_and_summary(tmp_path: Path, pdfs: dict[str, Path]) -> None:
    saved = tmp_path / "saved"
    saved.mkdir()
    for name in ("steppe_news.html", "rights_watch_statement.html", "index_page.html"):
        shutil.copy(FIXTURES / name, saved / name)
    (saved / "steppe_news_files").mkdir()  # a browser's folder of images: left alone
    listing = tmp_path / "list.txt"
    listing.write_text(
        f"# reports\n{pdfs['two_columns']}\n{pdfs['scanned']}\n\nnot-there.pdf\n",
        encoding="utf-8",
    )
    corpus = tmp_path / "corpus"
    code, output = _add(corpus, str(saved), "--from-list", str(listing), "--keep-source")
    assert code == 0, output
    assert "3 added, 0 skipped, 3 failed" in output
    assert f"failed: {pdfs['scanned']}: the PDF has no text layer" in output
    assert "index_page.html: no main text found in the page" in output
    assert "not-there.pdf: no such file" in output
    assert len(_files(corpus)) == 3
    assert sorted(p.suffix for p in (tmp_path / "sources").iterdir()) == [".html", ".html", ".pdf"]


def test_duplicates_are_skipped_naming_the_existing_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _add(corpus, str(FIXTURES / "steppe_news.html"))
    # The same article saved again under another name, with other clutter around it.
    again = tmp_path / "copy.htm"
    page = (FIXTURES / "steppe_news.html").read_text(encoding="utf-8")
    again.write_text(page.replace("Comments (3)", "Comments (4)"), encoding="utf-8")
    code, output = _add(corpus, str(again))
    assert code == 0, output
    assert f"skipped: {again}: already in the corpus as {corpus / NEWS_ID}.txt" in output
    # Same body, no URL: still a duplicate (spacing and case ignored).
    body = (corpus / f"{NEWS_ID}.txt").read_text(encoding="utf-8").split("---\n", 2)[2]
    text = tmp_path / "pasted.txt"
    text.write_text(body.upper().replace(". ", ".  ").replace("\n\n", "\n\n\n"), "utf-8")
    code, output = _add(corpus, str(text))
    assert code == 0, output
    assert f"skipped: {text}: already in the corpus as {corpus / NEWS_ID}.txt" in output
    assert _files(corpus) == [f"{NEWS_ID}.txt"]


def test_an_existing_id_is_never_overwritten(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _add(corpus, str(FIXTURES / "steppe_news.html"), "--id", "herald")
    before = (corpus / "herald.txt").read_bytes()
    code, output = _add(corpus, str(FIXTURES / "rights_watch_statement.html"), "--id", "herald")
    assert code == 2
    assert "id 'herald' is already used by" in output and "Traceback" not in output
    assert (corpus / "herald.txt").read_bytes() == before
    assert _files(corpus) == ["herald.txt"]


@pytest.mark.parametrize(
    ("bad_id", "says"), [("x" * 300, "at most 200"), ("two\nlines", "control character")]
)
def test_an_id_the_build_would_refuse_is_refused_at_once(
    tmp_path: Path, bad_id: str, says: str
) -> None:
    corpus = tmp_path / "corpus"
    code, output = _add(corpus, str(FIXTURES / "steppe_news.html"), "--id", bad_id)
    assert code == 2
    assert "--id:" in output and says in output and "Traceback" not in output
    assert _files(corpus) == []


def test_generated_ids_do_not_collide(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{NEWS_ID}.txt").write_text(f"---\nid: {NEWS_ID}\n---\nOther text.\n")
    code, output = _add(corpus, str(FIXTURES / "steppe_news.html"))
    assert code == 0, output
    assert (corpus / f"{NEWS_ID}-2.txt").exists()


@pytest.mark.parametrize(
    ("name", "content", "why"),
    [
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "not HTML, PDF or text"),
        ("empty.html", b"", "the file is empty"),
        ("stub.html", (FIXTURES / "paywall_stub.html").read_bytes(), "no main text found"),
        ("short.txt", b"Only a line.\n", "no main text found in the file (3 words"),
    ],
)
def test_bad_input_one_line_non_zero_nothing_written(
    tmp_path: Path, name: str, content: bytes, why: str
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    corpus = tmp_path / "corpus"
    code, output = _add(corpus, str(source))
    assert code == 2
    assert why in output and "Traceback" not in output
    assert "error: nothing was added" in output
    assert _files(corpus) == []


def test_bad_options(tmp_path: Path) -> None:
    page = str(FIXTURES / "steppe_news.html")
    code, output = _add(tmp_path, page, "--date", "6 Jan 2022")
    assert code == 2 and "--date: not an ISO date" in output
    code, output = _add(tmp_path, page, page, "--id", "x")
    assert code == 2 and output.strip() == "error: --id and --title need exactly one source"
    code, output = _add(tmp_path)
    assert code == 2 and "nothing to add" in output


def test_other_language_is_kept_with_its_language(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    code, output = _add(corpus, str(FIXTURES / "kursiv_ru.html"))
    assert code == 0, output
    assert "note: language 'ru': kept, but `kzkg build` extracts facts from English" in output
    (path,) = corpus.iterdir()
    assert path.name == "stepnoi-vestnik-2022-01-05-tokaev-vozglavil-sovet-bezopasnosti.txt"
    assert read_document(path).language == "ru"


def test_markdown_with_heading_and_text_with_front_matter(tmp_path: Path) -> None:
    body = " ".join(["Protesters gathered in Aktau on the second day of the year."] * 6)
    note = tmp_path / "note.md"
    note.write_text(f"# Aktau, 2 January\n\n{body}\n", encoding="utf-8")
    typed = tmp_path / "typed.txt"
    typed.write_text(
        f"---\ntitle: Typed up\npublisher: Field notes\ndate: 2022-01-03\n---\n{body} Again.\n"
    )
    corpus = tmp_path / "corpus"
    code, output = _add(corpus, str(note), str(typed))
    assert code == 0, output
    docs = {d.title: d for d in map(read_document, corpus.iterdir())}
    assert docs["Aktau, 2 January"].body == body + "\n"
    assert docs["Typed up"].publisher == "Field notes"
    assert (corpus / "field-notes-2022-01-03-typed-up.txt").exists()


def test_huge_sources_and_texts_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    huge = tmp_path / "dump.txt"
    huge.write_text("Protesters filled the square again today. " * 30_000, encoding="utf-8")
    code, output = _add(corpus, str(huge))
    assert code == 2 and "MB, more than the 1 MB `kzkg build` reads from one document" in output
    monkeypatch.setattr("kzkg.ingest.add.MAX_SOURCE_BYTES", 1000)
    code, output = _add(corpus, str(FIXTURES / "steppe_news.html"))
    assert code == 2 and "larger than the 0.001 MB limit" in output
    assert _files(corpus) == []


def test_the_saved_index_follows_edits_and_survives_damage(tmp_path: Path) -> None:
    corpus = tmp_path / "graph" / "corpus"
    page = str(FIXTURES / "steppe_news.html")
    _add(corpus, page)
    assert "skipped" in _add(corpus, page)[1]
    saved = tmp_path / "graph" / ".cache" / "add-index.json"  # written by the second run
    assert f"{NEWS_ID}.txt" in saved.read_text(encoding="utf-8")
    # The analyst rewrites the document: it no longer holds that article.
    (corpus / f"{NEWS_ID}.txt").write_text(f"---\nid: {NEWS_ID}\n---\nAnother text.\n")
    code, output = _add(corpus, page)
    assert code == 0 and f"{NEWS_ID}-2.txt" in output, output
    saved.write_text("{not json", encoding="utf-8")
    assert "skipped" in _add(corpus, page)[1]


def test_a_reader_crash_fails_that_source_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(raw: bytes, url: str = "") -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("kzkg.ingest.html.read_html", broken)
    note = tmp_path / "note.txt"
    note.write_text("Protesters gathered in Aktau on the second day of the year. " * 10)
    corpus = tmp_path / "corpus"
    code, output = _add(corpus, str(FIXTURES / "steppe_news.html"), str(note))
    assert code == 0, output
    assert "cannot read it (RecursionError: maximum recursion depth exceeded)" in output
    assert "1 added, 0 skipped, 1 failed" in output


def test_an_unwritable_corpus_is_one_line(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    code, output = _add(blocked / "corpus", str(FIXTURES / "steppe_news.html"))
    assert code == 2 and "cannot write there" in output and "Traceback" not in output
