"""Changes by a fraction: "prison terms cut by half or three-quarters", "prices rose
by a third". The fraction is the value; the measure is the change and what changed
("cut in prison terms"), read from the verb the "by" phrase hangs on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kzkg.extract.context import Sentence, Token
from kzkg.extract.measures import phrase

_PART = (
    r"(?:(?:a|one)[\s-])?(?:half|third|quarter|fifth|tenth)"
    r"|(?:two|three|four)[\s-](?:thirds|quarters|fifths)"
)
FRACTION = re.compile(
    rf"\bby\s+(?P<value>(?:{_PART})(?:\s+or\s+(?:{_PART}))?)\b(?!\s+(?:a|an|the)\b)",
    re.IGNORECASE,
)
CHANGE_VERBS = {"cut", "reduce", "raise", "increase", "rise", "fall", "drop", "lower", "grow"}
CHANGE_VERBS |= {"shrink", "decline", "slash", "jump", "climb", "decrease", "shorten"}


def _changed(verb: Token) -> Token | None:
    """What the verb changed: its passive subject, its object, or an intransitive subject."""
    for dep in ("nsubjpass", "dobj", "nsubj"):
        found = [c for c in verb.children if c.dep_ == dep and c.pos_ in ("NOUN", "PROPN")]
        if found:
            return found[0]
    return None


def find_fractions(sent: Sentence) -> Iterator[tuple[str, str, Token]]:
    """(measure, value, the word that changed) for each "by a fraction" in the sentence."""
    text = sent.text
    for m in FRACTION.finditer(text):
        by = next((t for t in sent.tokens if t.idx - sent.span.start_char == m.start()), None)
        if by is None or by.head.pos_ != "VERB" or by.head.lemma_.lower() not in CHANGE_VERBS:
            continue
        changed = _changed(by.head)
        if changed is None:
            continue
        yield f"{by.head.lemma_.lower()} in {phrase(changed)}", m.group("value"), changed
