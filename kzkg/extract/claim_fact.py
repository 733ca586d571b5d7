"""One claim as a fact: claimant(s), type, text, what it is about, when it was made.

Shared by the sentence rules (claims.py) and by quotations whose speaker is
named in another sentence (quotations.py), so both give the same node for the
same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kzkg.dates import PartialDate
from kzkg.extract.model import DocResult, EntityKey, FactKey, Lit, Span, Value
from kzkg.vocab import digest

QUOTES = re.compile(r"[\"\u201c\u201d]")


def tidy(text: str) -> str:
    """The words of a claim without a quotation mark left open by where the quotation
    was cut ('"We are ready to help,') or the comma before "he said"."""
    text = text.strip()
    for _ in range(2):
        if len(QUOTES.findall(text)) % 2 == 1:
            if QUOTES.fullmatch(text[:1]):
                text = text[1:]
            elif QUOTES.fullmatch(text[-1:]):
                text = text[:-1]
            else:  # 'terrorists” trained abroad': a closing mark whose opening was cut off
                text = _unopened_closing(text)
        text = text.strip().rstrip(",;:").strip()
    return text


def _unopened_closing(text: str) -> str:
    close = text.find("\u201d")
    if close >= 0 and "\u201c" not in text[:close]:
        return text[:close] + text[close + 1 :]
    return text


def add_claim(
    result: DocResult,
    speakers: list[EntityKey],
    ctype: str,
    text: str,
    span: Span,
    about: Sequence[Value],
    date: PartialDate | None,
) -> FactKey:
    """The claim node, keyed by its first claimant and its normalised words."""
    text = tidy(text) or text
    normal = " ".join(QUOTES.sub("", text).split()).lower()
    fkey = FactKey("claim", (speakers[0].label, digest(normal)))
    label = f"{speakers[0].label}: {ctype}: {text[:80]}"
    fact = result.fact(fkey, "Claim", label, span)
    for s in speakers:
        fact.add("claimant", s)
    fact.add("claimType", Lit(ctype, "claimtype"))
    fact.add("claimText", Lit(text))
    for key in about:
        if key not in speakers and key != fkey:  # never about itself
            fact.add("about", key)
    if date is not None:
        fact.add("date", Lit.of_date(date))
    return fkey
