"""Read a PDF: its text in reading order, without running headers and footers, and its metadata.

pdfminer.six groups characters into lines and paragraph boxes by position, so
the order the producer drew them in does not matter; `layout.py` then orders
the boxes (columns left to right, each top to bottom) and drops what repeats
at the top or bottom of every page. pdfminer.six is MIT-licensed and pure
Python (PyMuPDF would be faster but is AGPL).
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from kzkg.errors import InputError
from kzkg.ingest.draft import Draft, clean_body, require_text
from kzkg.ingest.layout import Box, Page, page_text, textless_pages

_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")
# Titles some producers write for every file: worth less than the first line.
_USELESS_TITLE = re.compile(r"^(untitled|microsoft word - .*|.*\.(docx?|pdf|odt|rtf))$", re.I)


def read_pdf(raw: bytes) -> Draft:
    if b"%%EOF" not in raw[-2048:]:
        # pdfminer reads what it can of a truncated file: half a report, silently.
        raise InputError("the PDF is cut short (no %%EOF at its end): an incomplete download?")
    # pdfminer logs every oddity of a file (missing CropBox, font metrics) as a warning;
    # the user gets one line per source, so only its errors are left to show.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    info = _open(raw)
    pages = _pages(raw)
    scanned = textless_pages(pages)
    paragraphs = page_text(pages)
    if not paragraphs:
        if scanned:
            raise InputError(
                "the PDF has no text layer (scanned pages only): run OCR on it first "
                "(e.g. ocrmypdf), then add the result"
            )
        raise InputError("the PDF has no text")
    body = clean_body(paragraphs)
    require_text(body, "the PDF")
    title = _field(info, "Title")
    if not title or _USELESS_TITLE.match(title):
        title = paragraphs[0] if len(paragraphs[0]) <= 200 else ""
    draft = Draft(
        body=body,
        title=title,
        authors=[a.strip() for a in re.split(r";|,| and ", _field(info, "Author")) if a.strip()],
        publisher=_field(info, "Publisher") or _field(info, "Company"),
        date=_date(_field(info, "CreationDate")),
        kind="pdf",
    )
    if scanned:
        listed = ", ".join(str(n) for n in scanned)
        draft.notes.append(
            f"page(s) {listed} of {len(pages)} have no text layer (scanned?): skipped"
        )
    return draft


def _open(raw: bytes) -> dict[str, Any]:
    """The document information dictionary; one-line errors for encrypted and broken files."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(raw)), password="")
    except PDFPasswordIncorrect:
        raise InputError(
            "the PDF is encrypted and needs a password: save an unprotected copy "
            "(e.g. qpdf --decrypt --password=... in.pdf out.pdf) and add that"
        ) from None
    except PDFEncryptionError as exc:
        raise InputError(f"the PDF is encrypted in a way that cannot be read ({exc})") from None
    except Exception as exc:  # pdfminer raises many types (PSEOF, KeyError, ...) on damaged files
        raise _damaged(exc) from None
    return _resolve(document.info[0]) if document.info else {}


def _pages(raw: bytes) -> list[Page]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextBox

    pages = []
    try:
        for layout in extract_pages(io.BytesIO(raw), laparams=LAParams()):
            boxes = [
                Box(item.x0, item.y0, item.x1, item.y1, item.get_text())
                for item in layout
                if isinstance(item, LTTextBox) and item.get_text().strip()
            ]
            images = any(isinstance(item, (LTImage, LTFigure)) for item in layout)
            pages.append(Page(layout.width, layout.height, boxes, images))
    except Exception as exc:  # pdfminer raises many types on damaged files
        raise _damaged(exc) from None
    return pages


def _damaged(exc: Exception) -> InputError:
    return InputError(f"the PDF is damaged and cannot be read ({exc or type(exc).__name__})")


def _resolve(info: dict[str, Any]) -> dict[str, Any]:
    from pdfminer.pdftypes import resolve1

    return {str(key): resolve1(value) for key, value in info.items()}


def _field(info: dict[str, Any], name: str) -> str:
    from pdfminer.utils import decode_text

    value = info.get(name)
    if isinstance(value, bytes):
        value = decode_text(value) if value.startswith(b"\xfe\xff") else value.decode("latin-1")
    return " ".join(str(value).split()) if isinstance(value, str) else ""


def _date(text: str) -> str:
    match = _PDF_DATE.match(text)
    if not match:
        return ""
    return "-".join(part for part in match.groups() if part)
