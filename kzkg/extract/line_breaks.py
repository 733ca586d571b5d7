"""Lines as sentences: a line break inside a paragraph ends a sentence.

Bodies carry no hard wraps, so a single line break separates lines that stand
alone: list items ("- 225 people died, according to ...\\n- More than 4,500 were
injured"), a table's rows, a timeline's date over its entry, a headline over the
standfirst. The parser often runs such lines together, and then one item's
attribution, date or subject is read into the next. `line_sentences` starts a
sentence after every line break, before the parser runs, unless the line runs on:
it ends in a comma, or the next goes on in lower case (a text wrapped by hand).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language

COMPONENT = "kzkg_line_sentences"
# A line ending in a comma runs on (or was cut short). One ending in a colon is read
# alone too: a list's head gives its source to its items in list_heads.py.
RUNS_ON = (",",)


@Language.component(COMPONENT)
def line_sentences(doc: Any) -> Any:
    """The first word after a line break starts a sentence, unless the line runs on."""
    # Only whitespace tokens are looked at, found in one array: walking every token
    # in Python costs more than the parse step.
    for i in (int(n) for n in numpy.flatnonzero(doc.to_array("IS_SPACE"))):
        if 0 < i < len(doc) - 1 and "\n" in doc[i].text and not _runs_on(doc[i - 1], doc[i + 1]):
            doc[i + 1].is_sent_start = True
    return doc


def _runs_on(last: Any, first: Any) -> bool:
    """A line ending in a comma (or cut short there), or a line wrapped inside a
    sentence: the next line goes on in lower case ("Amnesty International\ndismissed")."""
    return last.text in RUNS_ON or first.text[:1].islower()


def handle_line_breaks(nlp: Any) -> None:
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
