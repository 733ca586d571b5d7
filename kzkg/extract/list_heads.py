"""After the whole document is read: list items under a head that names their source,
fact boxes closed by their source ("Killed: 238\nSource: Prosecutor's Office"), and items
or a fact box's lines that name their source in brackets ("- Dead: 238 (Prosecutor
General's Office)").

An explainer or a fact box puts the source once, over the list ("According to the
Interior Ministry:" / "Human Rights Watch said:"), and each item below it is that
source's word. Items are lines of their own (line_breaks.py), so the parser reads
each without the head: a figure would be the publisher's, an event a fact. Here
a figure on such an item becomes the source's claimed figure, and an event told
only there is dropped, unless it is an official act (`reported_as_fact`) and the
head names an official source: the same terms as "according to X" in a sentence.
Under a head of what is wanted ("The protesters demanded:", "Tokayev promised:") no
item tells an event.
"""

from __future__ import annotations

import bisect
import re

from kzkg.extract.figure_sources import moved_to
from kzkg.extract.model import DocResult, EntityKey, Fact, FactKey, Lit, Span
from kzkg.lexicon import Lexicon

ITEM = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022*\u25aa]|\d{1,2}[.)])[ \t]+\S")
HEAD = re.compile(
    r"according to (?P<a>.+)"
    r"|(?:figures|data|numbers|statistics|estimates) (?:from|by|of) (?P<b>.+)"
    r"|(?P<c>.+?) (?:said|says|reported|reports|stated|states|announced|estimated|estimates)"
    r"(?: .*)?",  # "The ministry said on Monday that:"
    re.I,
)
# A head of what is wanted, promised or planned: its items did not happen.
WISH_HEAD = re.compile(
    r"\b(?:demand|call(?:ed|s)? for|urge|want|ask(?:ed|s)? for|propos|promis|pledge|vow"
    r"|plan|seek|sought|hope|expect|goal|aim|request)\w*",
    re.I,
)
SOURCE_LINE = re.compile(r"[ \t]*(?:sources?|data|figures)[ \t]*:[ \t]*(\S.*?)[ \t.]*$", re.I)
OWN_SOURCE = re.compile(r"\(([^()\n]{2,80})\)[ \t.]*$")
SPEAKERS = ("person", "organization", "group")
MAX_LINES = 40  # lines looked through for a list's head or a block's source


def _lines(body: str) -> list[tuple[int, int]]:
    """(start, end) of every line of the body."""
    spans, start = [], 0
    for line in body.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


class _Heads:
    """The source each list item's head names, found once per line."""

    def __init__(self, result: DocResult, body: str) -> None:
        self.body = body
        self.lines = _lines(body)
        self.starts = [s for s, _ in self.lines]
        self.mentions = sorted((span.start, span.end, key) for key, span in result.mentions)

    def head_of(self, at: int) -> tuple[EntityKey, str] | None:
        """(source, head text) of the list item holding offset `at`, if its head names one,
        or of any line of a block closed by a line "Source: X"."""
        n = bisect.bisect_right(self.starts, at) - 1
        if not ITEM.match(self._text(n)):
            box_line = not self._text(n).rstrip().endswith(".")  # no sentence of its own
            return (self._own(n) if box_line else None) or self._below(n)
        return self._own(n) or self._above(n)

    def _own(self, n: int) -> tuple[EntityKey, str] | None:
        """An item that names its source in brackets at its end: "- Dead: 238 (Prosecutor
        General's Office)"."""
        text = self._text(n)
        found = OWN_SOURCE.search(text)
        named = self._named(n, text, found.start(1), found.end(1)) if found else None
        if named is None or found is None:
            return None
        # "the National Security Committee (KNB)": the bracket spells out a name, no source
        before = self._named(n, text, 0, found.start())
        return None if before is not None and before[0] == named[0] else named

    def _above(self, n: int) -> tuple[EntityKey, str] | None:
        head = self._head_line(n)
        return (self._source(head) if head is not None else None) or self._below(n)

    def _head_line(self, n: int) -> int | None:
        """The line over the list item `n`: the first above it that is no item."""
        for back in range(n - 1, max(-1, n - MAX_LINES), -1):
            text = self._text(back)
            if text.strip() and not ITEM.match(text):
                return back
        return None  # another item, or a blank line between items, all the way up

    def wished(self, at: int) -> bool:
        """Is offset `at` on a list item under a head of what is wanted ("The protesters
        demanded:", "Tokayev promised:")?"""
        n = bisect.bisect_right(self.starts, at) - 1
        head = self._head_line(n) if ITEM.match(self._text(n)) else None
        text = self._text(head).strip() if head is not None else ""
        heading = len(text) <= 60 and not text.endswith((".", "!", "?"))  # "Their demands"
        return (text.endswith(":") or heading) and WISH_HEAD.search(text) is not None

    def _below(self, n: int) -> tuple[EntityKey, str] | None:
        """A fact box's last line names its source: "Source: Prosecutor General's Office"."""
        for line in range(n + 1, min(len(self.lines), n + MAX_LINES)):
            text = self._text(line)
            if not text.strip():
                return None  # the block ended
            found = SOURCE_LINE.match(text)
            if found:
                return self._named(line, text, found.start(1), found.end(1))
        return None

    def _text(self, n: int) -> str:
        start, end = self.lines[n]
        return self.body[start:end]

    def _source(self, n: int) -> tuple[EntityKey, str] | None:
        text = self._text(n).rstrip()
        match = HEAD.fullmatch(text[:-1].strip()) if text.endswith(":") else None
        if match is None:
            return None
        group = next(g for g in ("a", "b", "c") if match.group(g) is not None)
        lead = len(text) - len(text.lstrip())
        return self._named(n, text, lead + match.start(group), lead + match.end(group))

    def _named(self, n: int, text: str, lo: int, hi: int) -> tuple[EntityKey, str] | None:
        """The one speaker named between `lo` and `hi` of line `n`."""
        lo, hi = self.lines[n][0] + lo, self.lines[n][0] + hi
        keys = {k for s, e, k in self.mentions if lo <= s and e <= hi and k.kind in SPEAKERS}
        return (next(iter(keys)), text) if len(keys) == 1 else None


def _own(fact: Fact, own: frozenset[EntityKey]) -> bool:
    claimants = {v for p, v in fact.props if p == "claimant"}
    measure = next((v.value for p, v in fact.props if p == "measure" and isinstance(v, Lit)), "")
    return claimants <= own and not measure.startswith("claimed ")


def _official(head: str, lexicon: Lexicon, cls: str) -> bool:
    words = set(re.findall(r"[\w-]+", head.lower()))
    official = {w for w in lexicon.words("official_words") if " " not in w}
    return cls.lower() in lexicon.words("reported_as_fact") and bool(words & official)


def settle_list_heads(result: DocResult, body: str, own: list[EntityKey], lexicon: Lexicon) -> None:
    """Give figures on list items their head's source; drop what the items only report."""
    heads = _Heads(result, body)
    own_voice = frozenset(own)
    for fact in list(result.facts.values()):
        if fact.cls == "Statistic" and _own(fact, own_voice):
            head = heads.head_of(min(fact.evidence).start)
            if head is not None:
                moved_to(result, fact, [head[0]])
        elif fact.fkey.kind == "event":
            _drop_reported(result, fact, heads, lexicon)
    for fact in result.facts.values():  # no link to a dropped event ("causedBy")
        fact.props = {(p, v) for p, v in fact.props if not _dropped(v, result)}


def _dropped(value: object, result: DocResult) -> bool:
    return isinstance(value, FactKey) and value.kind == "event" and value not in result.facts


def _drop_reported(result: DocResult, fact: Fact, heads: _Heads, lexicon: Lexicon) -> None:
    told: set[Span] = set()
    for span in fact.evidence:
        if heads.wished(span.start):
            continue  # "The protesters demanded: - the resignation of the government"
        head = heads.head_of(span.start)
        if head is None or _official(head[1], lexicon, fact.cls):
            told.add(span)
    if not told:
        del result.facts[fact.fkey]
    else:
        fact.evidence = told
