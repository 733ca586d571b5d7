"""Military and police ranks written before a name, which are no post.

"Police Lieutenant General Yerzhan Sadenov", "Major General Daulet Ergozhin",
"Colonel X": the rank says how senior the person is in a service, not which
office they hold, so it gives no tenure; a title before the rank still does
("First Deputy Chairman of the KNB Major General Daulet Ergozhin"). "General"
alone after a post word is part of a title ("Prosecutor General", "Secretary
General"), not a rank.
"""

from __future__ import annotations

from typing import Any

Token = Any  # spacy.tokens.Token

RANKS = {
    "colonel",
    "lieutenant",
    "major",
    "captain",
    "sergeant",
    "brigadier",
    "admiral",
    "marshal",
    "col.",
    "lt.",
    "maj.",
    "capt.",
    "gen.",
}
GENERAL = {"general", "generals"}
# A service named before the rank: "Police Colonel", "Army General", "Justice Major".
SERVICES = {"police", "army", "militia", "justice", "guards", "air", "force", "navy"}


def _rank_word(tok: Token) -> bool:
    return tok.lower_ in RANKS | GENERAL or (tok.text == "-" and not tok.whitespace_)


def rank_start(first: Token, lo: int, title_heads: frozenset[str]) -> int:
    """Where the rank right before a name's first token starts (the name's own index
    when there is none): "Police Lieutenant General NAME" starts at "Police"."""
    doc = first.doc
    i = first.i
    while i - 1 >= lo and _rank_word(doc[i - 1]):
        i -= 1
    words = [t.lower_ for t in doc[i : first.i] if t.text != "-"]
    if not words:
        return first.i
    before = doc[i - 1] if i - 1 >= lo else None
    if not RANKS & set(words):  # "General" alone: a rank unless a post word precedes it
        if before is not None and before.lower_ in title_heads | {"attorney", "inspector"}:
            return first.i
    while i - 1 >= lo and doc[i - 1].lower_ in SERVICES:
        i -= 1
    return i
