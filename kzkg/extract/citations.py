"""Reference markers ("...the constitution.[2] The amendments ...", Wikipedia style).

The tokenizer glues "[4" to the word before it ("articles.[4") and the parser then
runs two sentences together, so facts of the second are read against the first.
`handle_citation_markers` splits the marker off and starts a new sentence after it.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from spacy.util import compile_suffix_regex

COMPONENT = "kzkg_citation_sentences"


@Language.component(COMPONENT)
def citation_sentences(doc: Any) -> Any:
    """A sentence starts after "]" that closes a marker following a full stop."""
    # Only the "]" tokens are looked at, found by their ids in one array: most text has
    # none, and joining the text or walking every token costs more than the parse step.
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
    suffixes = [*nlp.Defaults.suffixes, r"\[\d+"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
