"""How one gold argument is compared with what was extracted.

Each comparison answers "agree", "wrong" (the graph states something else) or
"absent" (the graph states nothing): a wrong argument is worse than a missing one.
"""

from __future__ import annotations

import re
from typing import Any

from kzkg.evaluate.gold import alternatives
from kzkg.evaluate.graph import BuiltGraph
from kzkg.evaluate.text import fold, name_key

AGREE, WRONG, ABSENT = "agree", "wrong", "absent"

_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen"
        " fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12})
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def numbers(text: str) -> set[float]:
    """Every number a value states: digits ("3,000", "15.6") and number words."""
    found = {float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}
    for word in re.findall(r"[a-z]+", text.lower()):  # "hundreds" is no number: no plurals
        if word in _WORDS:
            found.add(float(_WORDS[word]))
        elif word in _ORDINALS:
            found.add(float(_ORDINALS[word]))
    return found


def compare_names(graph: BuiltGraph, wanted: Any, extracted: set[str]) -> str:
    """Any extracted entity named as one of the wanted names agrees."""
    names = (
        alternatives(wanted) if not isinstance(wanted, list) else [name_key(str(w)) for w in wanted]
    )
    if not extracted:
        return ABSENT
    return AGREE if any(graph.named(e, names) for e in extracted) else WRONG


def compare_dates(wanted: Any, extracted: set[str]) -> str:
    """Partial dates agree when one is a prefix of the other (2022-01 and 2022-01-05)."""
    if not extracted:
        return ABSENT
    gold = str(wanted)
    return AGREE if any(d.startswith(gold) or gold.startswith(d) for d in extracted) else WRONG


def compare_value(wanted: Any, extracted: set[str]) -> str:
    """A statistic's value agrees when it states one of the gold value's numbers,
    or (for values without a number) one contains the other."""
    if not extracted:
        return ABSENT
    gold = fold(str(wanted)).lower().strip('"')
    gold_numbers = numbers(gold)
    for value in extracted:
        mine = fold(value).lower()
        if (gold_numbers and numbers(mine) & gold_numbers) or mine in gold or gold in mine:
            return AGREE
    return WRONG


def compare_type(wanted: Any, class_labels: set[str]) -> str:
    """An event class label like "protest or demonstration" against the gold types."""
    want = alternatives(wanted)
    for label in class_labels:
        alts = [a.strip() for a in label.lower().split(" or ")]
        if any(w == a or w in a.split() or a in w for w in want for a in alts):
            return AGREE
    return WRONG if class_labels else ABSENT
