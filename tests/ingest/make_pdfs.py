"""PDFs made for the tests with reportlab: one and two columns, running header and
footer on every page, a scanned page (an image, no text), and an encrypted file.

Two-column pages are drawn row by row (left line, right line, next row), as
some producers do, so only a reader that orders text by position gets the
sentences right.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

WIDTH, HEIGHT = A4
FONT, SIZE, LEADING = "Helvetica", 10, 13
PUBLISHED = 1641859200  # 2022-01-11 00:00 UTC: the PDFs' CreationDate
HEADER = "Central Asia Rights Watch · Briefing on Kazakhstan"

ONE_COLUMN = [
    "Kazakhstan after the January events: a briefing for the human rights council.",
    "Protests began in the oil town of Zhanaozen on 2 January 2022 after the price of "
    "liquefied gas doubled overnight. Within three days they had spread to almost every "
    "region of the country and to its largest city, Almaty.",
    "Kassym-Jomart Tokayev replaced Nursultan Nazarbayev as chairman of the Security Council "
    "on 5 January. On the same day the government of Askar Mamin resigned.",
    "Tokayev asked the Collective Security Treaty Organization for help to restore order, "
    "and troops from Russia arrived on 6 January. They left the country before the end of "
    "the month.",
    "The authorities reported that 225 people died during the unrest. Our researchers "
    "documented cases of torture in detention in Almaty, Taldykorgan and Shymkent.",
    "We call for an independent investigation into every death and for the release of all "
    "those detained for peaceful protest.",
]

TWO_COLUMNS_TITLE = "Court watch: the first trials after January"
TWO_COLUMNS = [
    "The first trials of people accused of taking part in the riots opened in Almaty in "
    "March 2022. Most of the defendants were young men from the suburbs of the city.",
    "Defence lawyers said that several confessions had been obtained under duress and "
    "asked the court to exclude them from the evidence.",
    "In Taldykorgan the court sentenced four men to prison terms of between five and eight "
    "years for attacking the building of the regional administration.",
    "Observers from our network attended twenty hearings. In most of them the public was "
    "allowed into the courtroom, but relatives were searched and their phones were taken.",
    "Prosecutors dropped charges against eleven defendants after the amnesty law was "
    "adopted in March 2023, which closed the last of the cases we followed.",
]


@contextmanager
def _canvas(path: Path, encrypt: object = "") -> Iterator[Canvas]:
    """A canvas whose CreationDate is PUBLISHED; saved when the block ends."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(PUBLISHED)
    try:
        canvas = Canvas(str(path), pagesize=A4, encrypt=encrypt or None)
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
    yield canvas
    canvas.save()


def _header_footer(canvas: Canvas, page: int, pages: int) -> None:
    canvas.setFont(FONT, 8)
    canvas.drawString(50, HEIGHT - 40, HEADER)
    canvas.drawRightString(WIDTH - 50, 30, f"Page {page} of {pages}")


def _lines(paragraphs: list[str], width: float) -> list[str]:
    """Wrapped lines, an empty line between paragraphs."""
    out: list[str] = []
    for paragraph in paragraphs:
        out += [*simpleSplit(paragraph, FONT, SIZE, width), ""]
    return out


def _metadata(canvas: Canvas, title: str) -> None:
    canvas.setTitle(title)
    canvas.setAuthor("Marat Bekov; Laura Jensen")
    canvas.setSubject("Kazakhstan")
    canvas.setCreator("kzkg tests")


def _scan(canvas: Canvas) -> None:
    """A page that is only a picture of text, as a scanner makes it."""
    picture = Image.new("L", (600, 800), 245)
    pen = ImageDraw.Draw(picture)
    for row in range(40, 760, 24):
        pen.rectangle((40, row, 560, row + 10), fill=60)
    canvas.drawImage(ImageReader(picture), 40, 60, WIDTH - 80, HEIGHT - 120)


def one_column(path: Path, scanned_page: bool = False, encrypt: object = "") -> Path:
    """Two pages of text (and, with scanned_page, a third that is an image only); `encrypt`
    is a user password or a reportlab StandardEncryption."""
    pages = 3 if scanned_page else 2
    with _canvas(path, encrypt) as canvas:
        _one_column(canvas, pages, scanned_page)
    return path


def _one_column(canvas: Canvas, pages: int, scanned_page: bool) -> None:
    _metadata(canvas, "Kazakhstan after the January events")
    lines = _lines(ONE_COLUMN, WIDTH - 100)
    half = (len(lines) // 2) + 1
    for page, chunk in enumerate((lines[:half], lines[half:]), 1):
        _header_footer(canvas, page, pages)
        canvas.setFont(FONT, SIZE)
        y = HEIGHT - 80
        for line in chunk:
            canvas.drawString(50, y, line)
            y -= LEADING
        canvas.showPage()
    if scanned_page:
        _header_footer(canvas, 3, pages)
        _scan(canvas)
        canvas.showPage()


def two_columns(path: Path) -> Path:
    """A full-width title, then two columns drawn row by row; header and footer on each page."""
    with _canvas(path) as canvas:
        _two_columns(canvas)
    return path


def _two_columns(canvas: Canvas) -> None:
    _metadata(canvas, TWO_COLUMNS_TITLE)
    column = (WIDTH - 100 - 30) / 2
    lines = _lines(TWO_COLUMNS, column)
    per_page = len(lines) // 2 + 1
    pages = [lines[:per_page], lines[per_page:]]
    for number, chunk in enumerate(pages, 1):
        _header_footer(canvas, number, len(pages))
        top = HEIGHT - 80
        if number == 1:
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(50, top, TWO_COLUMNS_TITLE)
            top -= 40
        canvas.setFont(FONT, SIZE)
        rows = (len(chunk) + 1) // 2
        left, right = chunk[:rows], chunk[rows:]
        for row in range(rows):
            y = top - row * LEADING
            canvas.drawString(50, y, left[row])
            if row < len(right):
                canvas.drawString(50 + column + 30, y, right[row])
        canvas.showPage()


def scanned_only(path: Path) -> Path:
    with _canvas(path) as canvas:
        for _ in range(2):
            _scan(canvas)
            canvas.showPage()
    return path


def flowing(path: Path, paragraphs: list[str], columns: int, title: str = "") -> Path:
    """Paragraphs typeset by reportlab's layout engine in one or two columns of large type
    (so even a short text runs over pages), with a running header and page numbers."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

    def furniture(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(50, HEIGHT - 40, HEADER)
        canvas.drawRightString(WIDTH - 50, 30, f"Page {doc.page}")
        canvas.restoreState()

    gap = 20
    width = (WIDTH - 100 - gap * (columns - 1)) / columns
    frames = [Frame(50 + i * (width + gap), 60, width, HEIGHT - 130) for i in range(columns)]
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title)
    doc.addPageTemplates([PageTemplate(frames=frames, onPage=furniture)])
    style = getSampleStyleSheet()["BodyText"].clone("large", fontSize=22, leading=27)
    story: list = []
    for paragraph in paragraphs:
        story += [Paragraph(escape(paragraph), style), Spacer(1, 6)]
    doc.build(story)
    return path
