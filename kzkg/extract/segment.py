"""Cut a body into chunks spaCy can parse, keeping every chunk's offset.

Paragraphs (blank-line separated) are the natural unit; a paragraph longer
than MAX_CHUNK is cut at the last sentence end or space before the limit, so
a huge one-line document costs time linear in its size and never exceeds
spaCy's max_length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_CHUNK = 10_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_SENTENCE_END = re.compile(r"[.!?]\s")


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


def chunks(body: str) -> Iterator[tuple[int, str]]:
    """(offset, text) for each non-blank paragraph piece of the body, in order."""
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        piece = body[position:end]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            yield from _cut_long(stripped, position + lead)
        position = match.end() if match else len(body)
