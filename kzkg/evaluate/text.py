"""Finding a gold quote in a document body and comparing spans.

Gold quotes are verbatim after folding curly quotes to straight ones and runs
of white space to one space, so the body is folded the same way and every
folded character remembers its offset in the original.
"""

from __future__ import annotations

import re

QUOTE_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
Span = tuple[int, int]


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(QUOTE_FOLD)).strip()


def name_key(name: str) -> str:
    """How names are compared: folded like quotes, case-insensitive."""
    return fold(name).lower()


def folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each folded character, its offset in the original."""
    out, where = [], []
    previous_space = False
    for i, c in enumerate(text.translate(QUOTE_FOLD)):
        if c.isspace():
            if previous_space:
                continue
            c, previous_space = " ", True
        else:
            previous_space = False
        out.append(c)
        where.append(i)
    return "".join(out), where


class Body:
    """A document body folded once, for locating many quotes in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded, self.where = folded_with_map(text)
        self.lower = self.folded.lower()

    def locate(self, quote: str) -> Span | None:
        """Where the quote sits in the original body, or None."""
        wanted = fold(quote)
        at = self.folded.find(wanted)
        if at < 0 or not wanted:
            return None
        return self.where[at], self.where[at + len(wanted) - 1] + 1

    def find_name(self, name: str) -> Span | None:
        """The first mention of a name, case-insensitive, on word boundaries."""
        pattern = r"(?<!\w)" + re.escape(fold(name).lower()) + r"(?!\w)"
        hit = re.search(pattern, self.lower)
        if hit is None:
            return None
        return self.where[hit.start()], self.where[hit.end() - 1] + 1

    def sentence(self, span: Span) -> str:
        """The sentence (or line) around a span, on one line."""
        start, end = span
        stops = [
            m.end()
            for m in _SENTENCE_END.finditer(self.text)
            if not _abbreviation(self.text, m.start())
        ]
        first = max((s for s in stops if s <= start), default=0)
        last = min((s for s in stops if s >= end), default=len(self.text))
        return fold(self.text[first:last])


# A sentence ends at . ! or ? (and closing quotes or brackets) before white space,
# or at a line break; not after an abbreviation such as "Jan." or "U.S.".
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)|\n")
_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "col",
    "lt",
    "no",
    "vs",
    "ed",
    "u.s",
    "u.k",
    "e.g",
    "i.e",
}


def _abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"[\w.]*$", text[max(0, dot - 12) : dot])
    return word is not None and (word.group().lower() in _ABBREVIATIONS or len(word.group()) == 1)


def overlaps(a: Span, b: Span) -> bool:
    """Spans that share at least half of the shorter one."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= min(a[1] - a[0], b[1] - b[0]) / 2
