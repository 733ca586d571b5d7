"""The model's rule lemmatizer, asked once per distinct token.

spaCy's rule lemmatizer gives each token the first lemma of its word, part of
speech and morphology, remembering each answer, but it walks the document in
Python, making a Token object and reading its attributes for every word. A
component just before it reads those three values for the whole document at
once and asks the lemmatizer itself only for a triple it has not met, so the
lemmatizer finds every lemma already set (as it finds the attribute ruler's,
which it keeps) and the lemmas are its own.

Asked about a word it has not met, the lemmatizer tests each candidate form for
membership of its index, a list of up to 57,000 words per part of speech, by
scanning it: about 0.2 ms a word, some 0.35 s on the dev set's 1,800 distinct
words in each new process. The index is kept as sets, with the same members.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

COMPONENT = "kzkg_lemma_lookup"
KNOWN_AT_MOST = 50_000  # distinct tokens remembered; the dev set has about 3,000


class LemmaLookup:
    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._lemma: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma == 0:
                lemmas[i] = self._known(doc, i, (orth, pos, morph))
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def _known(self, doc: Any, i: int, key: tuple[int, int, int]) -> int:
        found = self._lemma.get(key)
        if found is None:
            if len(self._lemma) >= KNOWN_AT_MOST:
                self._lemma.clear()  # a long build meets ever rarer words
            lemma = self.lemmatizer.lemmatize(doc[i])[0]
            found = self._lemma[key] = doc.vocab.strings.add(lemma)
        return found


@Language.factory(COMPONENT)
def make_lemma_lookup(nlp: Language, name: str) -> Any:
    lemmatizer = nlp.get_pipe("lemmatizer")
    return LemmaLookup(lemmatizer)


def look_up_lemmas(nlp: Any) -> None:
    """Have the model's rule lemmatizer's answers looked up before it runs; a
    lemmatizer of another mode, or one that overwrites lemmas, runs as shipped."""
    if COMPONENT in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite:
        nlp.add_pipe(COMPONENT, before="lemmatizer")
        index_as_sets(lemmatizer)


def index_as_sets(lemmatizer: Any) -> None:
    """The lemmatizer's index of known words per part of speech, as sets: it only
    asks `form in index` and whether a part of speech has one."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for pos in list(index.keys()):
        words = index[pos]
        if isinstance(words, list):
            index[pos] = frozenset(words)
