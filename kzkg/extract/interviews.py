"""Interviews and Q&A printed as turns: each turn is the words of whoever speaks it.

An interview gives the answers as paragraphs with no reporting verb, beside the
interviewer's questions: "— Mr. President, ...?" / "— Yes, it was ...", "Q: ..." /
"A: ...", "Tokayev: ...". Neither is the publisher's fact, so a turn is read like
a quotation (quotations.py): credited to the speaker its label names ("Tokayev:"),
otherwise to no one. A dash or a label opens a turn only in a document that asks a
question after one: a list's "- 238 killed" or "Karim Masimov: 18 years" is no turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

DASH = re.compile(r"[ \t]*(?:\u2014|\u2013|--)[ \t]+(?=\S)")
# A label may be set in bold ("**Q:**", "**Tokayev**:"); "Q." / "A." open turns only in a
# document that asks a question after a "Q." (an initial "A. Smith" opens none).
EM = r"[*_]{0,2}"
QA = re.compile(
    rf"[ \t]*{EM}(?P<who>Q|A|Question|Answer){EM}[ \t]*(?P<mark>[:.]){EM}[ \t]+(?=\S)",
    re.IGNORECASE,
)
DOTTED_QUESTION = re.compile(rf"(?m)^[ \t]*{EM}Q{EM}\.{EM}[ \t]+[^\n]*\?[ \t]*$")
NAME = r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}"
LABEL = re.compile(rf"[ \t]*{EM}(?P<who>{NAME}){EM}:{EM}[ \t]+(?=\S)")
DASHED_QUESTION = re.compile(r"(?m)^[ \t]*(?:\u2014|\u2013|--)[ \t]+[^\n]*\?[ \t]*$")
LABELLED_QUESTION = re.compile(rf"(?m)^[ \t]*{EM}{NAME}{EM}:{EM}[ \t]+[^\n]*\?[ \t]*$")


@dataclass(frozen=True)
class Turn:
    label: tuple[int, int] | None  # where a speaker's label ("Tokayev") is, in the body
    answer: bool = False  # an unlabelled answer: "A: ...", or "— ..." that asks nothing
    words: int = 0  # where the turn's words start, after its "A:" or dash


@lru_cache(maxsize=8)  # asked once per paragraph of the document at hand
def _asks_after_dashes(body: str) -> bool:
    return DASHED_QUESTION.search(body) is not None


@lru_cache(maxsize=8)
def _asks_after_labels(body: str) -> bool:
    return LABELLED_QUESTION.search(body) is not None


@lru_cache(maxsize=8)
def _asks_after_dots(body: str) -> bool:
    return DOTTED_QUESTION.search(body) is not None


def turn_at(body: str, line: int) -> Turn | None:
    """The turn that opens at offset `line` (the start of a paragraph), if one does.
    A label turn is one only if its label names someone: the caller checks."""
    qa = QA.match(body, line)
    if qa and (qa.group("mark") == ":" or _asks_after_dots(body)):
        return Turn(None, qa.group("who").lower() in ("a", "answer"), qa.end())
    dash = DASH.match(body, line)
    if dash and _asks_after_dashes(body):
        end = body.find("\n", line)
        asks = body[line : end if end >= 0 else None].rstrip().endswith("?")
        return Turn(None, not asks, dash.end())
    m = LABEL.match(body, line) if _asks_after_labels(body) else None
    return Turn(m.span("who")) if m else None
