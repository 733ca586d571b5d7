"""A document read from a source, before it becomes a corpus file."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kzkg.errors import InputError

# A real article has a few paragraphs; fewer words than this is a list of
# links, a cookie wall or a paywall stub, not something to extract facts from.
MIN_WORDS = 50

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


@dataclass
class Draft:
    body: str
    title: str = ""
    authors: list[str] = field(default_factory=list)
    publisher: str = ""
    date: str = ""  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    url: str = ""
    language: str = ""  # as the source declares it; the body's own language decides
    kind: str = ""  # html, pdf or text: what it was read from
    notes: list[str] = field(default_factory=list)  # said to the user, not stored
    id: str = ""  # an id the source gives itself (a text file's front matter)
    extra: dict[str, str] = field(default_factory=dict)  # other front matter, kept as it was


def clean_body(paragraphs: list[str]) -> str:
    """Paragraphs as plain text: one line each, a blank line between, no stray spaces."""
    kept = []
    for paragraph in paragraphs:
        text = _CONTROL.sub("", unicodedata.normalize("NFC", paragraph))
        text = _SPACES.sub(" ", " ".join(text.split("\n"))).strip()
        if text:
            kept.append(text)
    return "\n\n".join(kept) + "\n" if kept else ""


def tidy_text(text: str) -> str:
    """A text file's body with its own line breaks: no trailing spaces, no runs of
    blank lines, one final newline."""
    lines = [
        _CONTROL.sub("", line).rstrip() for line in unicodedata.normalize("NFC", text).split("\n")
    ]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return tidy + "\n" if tidy.strip() else ""


def require_text(body: str, what: str) -> None:
    words = len(body.split())
    if words < MIN_WORDS:
        raise InputError(
            f"no main text found in {what} ({words} words; at least {MIN_WORDS} needed): "
            "an index page, a paywall or a cookie wall?"
        )


def normalised(body: str) -> str:
    """The body as compared for duplicates: case, spacing and punctuation forms ignored."""
    text = unicodedata.normalize("NFKC", body).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
