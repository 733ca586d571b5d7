"""Document ids made from publisher, date and title, unique in the corpus.

An id is its own slug (ASCII, lower case, hyphens), so two ids never give the
same document IRI (kzkg.vocab.slug), and it reads as what the document is:
`steppe-herald-2022-01-06-tokayev-takes-over-security-council`.
"""

from __future__ import annotations

import hashlib
import re

from kzkg.vocab import slug

TITLE_WORDS = 6
PUBLISHER_WORDS = 3
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        "a|b|v|g|d|e|e|zh|z|i|i|k|l|m|n|o|p|r|s|t|u|f|kh|ts|ch|sh|shch||y||e|yu|ya|"
        "a|g|q|n|o|u|u|h|i".split("|"),
        strict=True,
    )
)


def _words(text: str, limit: int) -> str:
    latin = "".join(_CYRILLIC.get(c, c) for c in text.lower()).replace("-", " ")
    folded = slug(latin)
    if folded.startswith("u-"):  # no Latin letters even after transliteration
        return ""
    return "-".join(folded.split("-")[:limit])


def make_id(publisher: str, date: str, title: str, body: str) -> str:
    parts = [_words(publisher, PUBLISHER_WORDS), date, _words(title, TITLE_WORDS)]
    made = "-".join(p for p in parts if p)
    if not _words(title, TITLE_WORDS):
        made = "-".join(p for p in (made, "doc", hashlib.sha1(body.encode()).hexdigest()[:8]) if p)
    return re.sub(r"-+", "-", made).strip("-")


def unique_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`, ... : the first not in `taken` (slugs)."""
    candidate, n = wanted, 1
    while slug(candidate) in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate
