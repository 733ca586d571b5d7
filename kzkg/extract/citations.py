"""Reference markers ("...the constitution.[2] The amendments ...", Wikipedia style).

The tokenizer glues "[4" to the word before it ("articles.[4") and the parser then
runs two sentences together, so facts of the second are read against the first.
`handle_citation_markers` splits the marker off and starts a new sentence after it.
So with a footnote number glued to a full stop ("left 238 people dead.12 Most were
killed ..."), which is no figure either.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from spacy.util import compile_suffix_regex

COMPONENT = "kzkg_citation_sentences"


# A footnote number glued to the word and full stop before it, as text copied from a
# report keeps its superscripts: "left 238 people dead.12 Most were killed ..."
FOOTNOTE = r"(?<=[a-z]{3}\.)\d{1,3}"


def footnote_number(tok: Any) -> bool:
    """Is the token a footnote number glued to the full stop of the word before it?"""
    doc = tok.doc
    if tok.i < 2 or not tok.is_digit or len(tok.text) > 3:
        return False
    stop, word = doc[tok.i - 1], doc[tok.i - 2]
    return stop.text == "." and not stop.whitespace_ and not word.whitespace_ and word.is_alpha


@Language.component(COMPONENT)
def citation_sentences(doc: Any) -> Any:
    """A sentence starts after "]" that closes a marker following a full stop, and after
    a footnote number glued to a full stop ("dead.12 Most ...")."""
    # Only the "]" tokens are looked at, found by their ids in one array: most text has
    # none, and joining the text or walking every token costs more than the parse step.
    for i in (int(n) for n in numpy.flatnonzero(doc.to_array("IS_DIGIT"))):
        if i < len(doc) - 1 and footnote_number(doc[i]):
            nxt = doc[i + 1]
            if nxt.is_title or nxt.is_space:
                nxt.is_sent_start = True
    closing = numpy.flatnonzero(doc.to_array("ORTH") == doc.vocab.strings.add("]"))
    for i in (int(n) for n in closing):
        if i < 2 or i >= len(doc) - 1 or not doc[i - 1].text.startswith("["):
            continue
        j = i - 1
        while j > 0 and (doc[j].text.startswith("[") or doc[j].text == "]"):
            j -= 1
        nxt = doc[i + 1]
        if doc[j].text in (".", "!", "?") and (nxt.is_title or nxt.is_space):
            nxt.is_sent_start = True
    return doc


def handle_citation_markers(nlp: Any) -> None:
    suffixes = [*nlp.Defaults.suffixes, r"\[\d+", FOOTNOTE]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
