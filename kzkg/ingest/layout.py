"""Reading order of a PDF's text boxes, and the page furniture to leave out.

A page's boxes are read in bands from the top: a box that crosses the middle
of the text area (a title, a one-column paragraph) is a band of its own; the
boxes between two such are columns, read left column first, each top to
bottom. A line that comes back at the top or bottom of most pages (a running
header, "Page 3 of 12") is furniture, not text. A paragraph without closing
punctuation goes on in the next box when that box starts in lower case, or
starts a new column or page: a paragraph cut by the break, joined again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MARGIN = 0.12  # top and bottom share of the page where running headers and footers sit
_PAGE_NUMBER = re.compile(r"^\W*(page\s*)?\d+(\s*(of|/)\s*\d+)?\W*$", re.IGNORECASE)
_CLOSED = re.compile(r"[.!?:;\"”’)\]]$")


@dataclass
class Box:
    x0: float
    y0: float  # PDF coordinates: y grows upwards
    x1: float
    y1: float
    text: str


@dataclass
class Page:
    width: float
    height: float
    boxes: list[Box] = field(default_factory=list)
    has_images: bool = False


def page_text(pages: list[Page]) -> list[str]:
    """The document's paragraphs in reading order, furniture left out."""
    furniture = _repeated(pages)
    paragraphs: list[str] = []
    for page in pages:
        previous: int | str | None = "page"
        for box, column in _reading_order(page.boxes):
            if _is_furniture(box, page, furniture):
                continue
            text = _join_lines(box.text)
            # A new page, or the next column of the same band: the text may go on across it.
            cut = previous == "page" or previous is not None and column not in (None, previous)
            previous = column
            if paragraphs and not _CLOSED.search(paragraphs[-1]) and (text[:1].islower() or cut):
                paragraphs[-1] = f"{paragraphs[-1]} {text}"
            else:
                paragraphs.append(text)
    return paragraphs


def textless_pages(pages: list[Page]) -> list[int]:
    """Numbers (from 1) of the pages that are pictures with no text but furniture: scans."""
    furniture = _repeated(pages)
    return [
        number
        for number, page in enumerate(pages, 1)
        if page.has_images and all(_is_furniture(b, page, furniture) for b in page.boxes)
    ]


def _reading_order(boxes: list[Box]) -> list[tuple[Box, int | None]]:
    """The boxes in reading order, each with its column (0 left, 1 right; None: full width)."""
    if not boxes:
        return []
    middle = (min(b.x0 for b in boxes) + max(b.x1 for b in boxes)) / 2
    ordered: list[tuple[Box, int | None]] = []
    band: list[tuple[Box, int | None]] = []
    for box in sorted(boxes, key=lambda b: (-b.y1, b.x0)):
        if box.x0 < middle < box.x1:
            ordered += sorted(band, key=lambda item: (item[1], -item[0].y1))
            band = []
            ordered.append((box, None))
        else:
            band.append((box, int(box.x0 >= middle)))
    return ordered + sorted(band, key=lambda item: (item[1], -item[0].y1))


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _in_margin(box: Box, page: Page) -> bool:
    return box.y0 > page.height * (1 - MARGIN) or box.y1 < page.height * MARGIN


def _repeated(pages: list[Page]) -> set[str]:
    """Shapes of margin lines found on at least half the pages (and on two or more)."""
    counts: dict[str, int] = {}
    for page in pages:
        for shape in {_shape(b.text) for b in page.boxes if _in_margin(b, page)}:
            counts[shape] = counts.get(shape, 0) + 1
    return {s for s, n in counts.items() if n >= 2 and n * 2 >= len(pages)}


def _is_furniture(box: Box, page: Page, furniture: set[str]) -> bool:
    if not _in_margin(box, page):
        return False
    return _shape(box.text) in furniture or bool(_PAGE_NUMBER.match(box.text.strip()))


def _join_lines(text: str) -> str:
    """A box's lines as one paragraph; a word hyphenated across a line break made whole."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    joined = ""
    for line in lines:
        if re.search(r"[a-z]-$", joined) and line[:1].islower():
            joined = joined[:-1] + line
        else:
            joined = f"{joined} {line}" if joined else line
    return joined
