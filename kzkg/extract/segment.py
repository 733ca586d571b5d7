"""Cut a body into chunks spaCy can parse, keeping every chunk's offset.

Paragraphs (blank-line separated) are the natural unit; a paragraph longer
than MAX_CHUNK is cut at the last sentence end or space before the limit, so
a huge one-line document costs time linear in its size and never exceeds
spaCy's max_length. Quotation marks of translated Russian-language reports,
«...» and „...“, reach spaCy as English ones, one character for one so every
offset holds: the tagger takes a closing » for a noun and loses the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_CHUNK = 10_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_SENTENCE_END = re.compile(r"[.!?]\s")
_GUILLEMETS = str.maketrans("\u00ab\u00bb", "\u201c\u201d")
_LOW_HIGH = re.compile("\u201e([^\u201c\u201d\u201e\n]*)\u201c")  # „...“
# A headline's scare quotes: "Tokayev says 'terrorists' trained abroad". Not an
# apostrophe ("Kazakhstan's", "protesters' rights"): the marks stand apart from words.
_SINGLE = re.compile(
    "(?<![\\w'\u2019])['\u2018]([^'\u2018\u2019\n]{1,80}?)['\u2019](?![\\w'\u2019])"
)


def _cut_long(text: str, offset: int) -> Iterator[tuple[int, str]]:
    start = 0
    while len(text) - start > MAX_CHUNK:
        window = text[start : start + MAX_CHUNK]
        ends = [m.end() for m in _SENTENCE_END.finditer(window)]
        cut = ends[-1] if ends and ends[-1] > MAX_CHUNK // 2 else window.rfind(" ") + 1
        if cut <= 0:
            cut = MAX_CHUNK
        yield offset + start, text[start : start + cut]
        start += cut
    yield offset + start, text[start:]


def chunks(body: str, title: str = "") -> Iterator[tuple[int, str]]:
    """(offset, text) for each non-blank paragraph piece of the body, in order. A line
    that repeats the document's title is a piece of its own: a headline has no full
    stop, and the parser would run it into the standfirst under it."""
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        pieces = _headline_apart(body[position:end], position, title)
        for offset, piece in (p for o, t in pieces for p in _headings_apart(t, o)):
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                for at, text in _cut_long(stripped, offset + lead):
                    yield at, english_marks(text)
        position = match.end() if match else len(body)


def english_marks(text: str) -> str:
    """ "«A», „B“, 'C'" as "\u201cA\u201d, \u201cB\u201d, \u201cC\u201d": the same length,
    the marks spaCy parses."""
    text = _LOW_HIGH.sub("\u201c\\1\u201d", text)
    text = _SINGLE.sub("\u201c\\1\u201d", text)
    return text.translate(_GUILLEMETS).replace("\u201e", "\u201c")


def _headline_apart(paragraph: str, offset: int, title: str) -> Iterator[tuple[int, str]]:
    heading = _words(title)
    if not heading or "\n" not in paragraph:
        yield offset, paragraph
        return
    start = 0
    for line in paragraph.splitlines(keepends=True):
        if _words(line) == heading:
            if start < paragraph.index(line, start):
                cut = paragraph.index(line, start)
                yield offset + start, paragraph[start:cut]
                start = cut
            yield offset + start, line
            start += len(line)
    yield offset + start, paragraph[start:]


# A heading over the text in one paragraph ("Background\nProtests began on 2 January
# ..."): a few capitalised words and no closing mark, over lines that end a sentence.
# The tagger reads it into the sentence under it ("Background Protests" as one name)
# unless it is a piece of its own. Not a contact block ("Jane Roe\nSenior Adviser"),
# nor a date over its entry (entries.py reads those in place).
_TEXT_END = re.compile(r"[.!?\"”')]\s*$")
_HEADING = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,5}[ \t]*\n(?=[ \t]*[A-Z])")


def _headings_apart(paragraph: str, offset: int) -> Iterator[tuple[int, str]]:
    """A heading line that opens the paragraph is a piece apart from the text under it."""
    match = _HEADING.match(paragraph)
    text = paragraph[match.end() :] if match else ""
    if match is None or not _TEXT_END.search(text) or any(c.isdigit() for c in match.group()):
        yield offset, paragraph
        return
    yield offset, paragraph[: match.end()]
    yield offset + match.end(), text


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())
