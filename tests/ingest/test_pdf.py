"""PDFs: text in reading order without running headers and footers; scanned and encrypted
files refused with one line."""

from __future__ import annotations

from pathlib import Path

import make_pdfs
import pytest
from make_pdfs import HEADER, ONE_COLUMN, TWO_COLUMNS, TWO_COLUMNS_TITLE
from reportlab.lib.pdfencrypt import StandardEncryption

from kzkg.errors import InputError
from kzkg.ingest.pdf import read_pdf


def test_one_column_with_header_footer_and_a_scanned_page(pdfs: dict[str, Path]) -> None:
    draft = read_pdf(pdfs["one_column"].read_bytes())
    assert draft.body.strip().split("\n\n") == ONE_COLUMN
    assert draft.body.startswith("Kazakhstan after the January events: a briefing")
    assert draft.body.rstrip().endswith("detained for peaceful protest.")
    assert HEADER not in draft.body and "Page " not in draft.body
    assert draft.title == "Kazakhstan after the January events"
    assert draft.authors == ["Marat Bekov", "Laura Jensen"]
    assert draft.date == "2022-01-11"
    assert draft.notes == ["page(s) 3 of 3 have no text layer (scanned?): skipped"]


def test_two_columns_drawn_row_by_row_read_column_by_column(pdfs: dict[str, Path]) -> None:
    draft = read_pdf(pdfs["two_columns"].read_bytes())
    assert draft.body.strip().split("\n\n") == [TWO_COLUMNS_TITLE, *TWO_COLUMNS]
    assert draft.title == TWO_COLUMNS_TITLE


def test_scanned_pdf_is_refused(pdfs: dict[str, Path]) -> None:
    with pytest.raises(InputError, match="no text layer"):
        read_pdf(pdfs["scanned"].read_bytes())


def test_encrypted_pdf_is_refused(pdfs: dict[str, Path]) -> None:
    with pytest.raises(InputError, match="encrypted"):
        read_pdf(pdfs["encrypted"].read_bytes())


def test_pdf_encrypted_with_an_empty_password_is_read(tmp_path: Path) -> None:
    # Viewers open these without asking: only printing or copying is "protected".
    locked = make_pdfs.one_column(tmp_path / "p.pdf", encrypt=StandardEncryption("", "owner"))
    assert read_pdf(locked.read_bytes()).body.strip().split("\n\n") == ONE_COLUMN


def test_truncated_and_damaged_pdfs_are_refused(pdfs: dict[str, Path]) -> None:
    raw = pdfs["two_columns"].read_bytes()
    with pytest.raises(InputError, match="cut short"):
        read_pdf(raw[: len(raw) // 2])
    with pytest.raises(InputError, match="damaged"):
        read_pdf(raw[:200] + b"\n%%EOF\n")
