"""An initial before a surname ends no sentence.

Kazakh and Russian official texts name people by their initials: "Deputy Prosecutor
General Zh. Asanov said ...", "Minister Ye. Turgumbayev", "A. K. Tasmagambetova".
The parser takes the full stop of "Zh." for a sentence's end, so the surname opens a
sentence of its own ("Asanov said ..."), loses its title and is tagged as a place.
`initials_join` tells the parser, before it runs, that the word after an initial's
full stop starts no sentence when it is a proper noun: an initial is one capital
letter or a capital and a small one ("A.", "Zh.", "Ye."), written without a space
before its full stop.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IS_TITLE, LENGTH, ORTH
from spacy.language import Language

COMPONENT = "kzkg_initials"
INITIAL = re.compile(r"^(?:[A-Z]|[A-Z][a-z])$")
INITIAL_DOT = re.compile(r"^[A-Z][a-z]?\.$")  # "K." is one token, "Zh." two


@Language.component(COMPONENT)
def initials_join(doc: Any) -> Any:
    """The proper noun after an initial's full stop goes on with the sentence."""
    # Only full stops and short title-case words are looked at, found in one array:
    # walking every token in Python costs more than the parse step.
    orth, length, title = doc.to_array([ORTH, LENGTH, IS_TITLE]).T
    dot = doc.vocab.strings["."]
    for at in numpy.flatnonzero((orth == dot) | ((length <= 3) & (title == 1))):
        i = int(at)
        if i < len(doc) - 1 and initial_ends(doc[i]) and _name_after(doc[i + 1]):
            doc[i + 1].is_sent_start = False
    return doc


def initial_ends(tok: Any) -> bool:
    """Does an initial end at this token: "K." or the full stop of "Zh" "."?"""
    if INITIAL_DOT.match(tok.text):
        return True
    if tok.text != "." or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return bool(INITIAL.match(before.text)) and not before.whitespace_


# Tags of words that open sentences and are never surnames: "... Zh. The court ...".
# ("Turgumbayev" after "Ye." is tagged a modal verb: MD is no sign.)
NOT_NAMES = {"DT", "PRP", "PRP$", "IN", "CC", "RB", "WRB", "WP", "WDT", "EX", "CD"}


def _name_after(tok: Any) -> bool:
    """A surname or another initial: "Zh. Asanov", "A. K. Tasmagambetova"."""
    return tok.tag_ not in NOT_NAMES and tok.text[:1].isupper() and tok.text.isalpha()


def initials_before(tok: Any, start: int) -> int:
    """The first token of the initials written just before a token ("A. K." before
    "Tasmagambetova", from `start` of the sentence on); the token itself when none."""
    doc, first = tok.doc, tok.i
    while first - 1 >= start:
        if INITIAL_DOT.match(doc[first - 1].text):
            first -= 1  # "K."
        elif first - 2 >= start and doc[first - 1].text == "." and initial_ends(doc[first - 1]):
            first -= 2  # "Zh" "."
        else:
            break
    return first


def handle_initials(nlp: Any) -> None:
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
