"""The attribute ruler's patterns and the lemmatizer's lemmas found by lookup give
spaCy's own annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.corpus import corpus_files, read_document
from kzkg.extract.attribute_lookup import AttributeLookup, look_up_attributes
from kzkg.extract.lemma_lookup import COMPONENT as LEMMAS
from kzkg.extract.lemma_lookup import look_up_lemmas
from kzkg.extract.pipeline import Extractor, load_model

SEEDS = Path(__file__).resolve().parents[2] / "graph" / "corpus"
# The ruler's odd patterns: two-word ones ("gonna", "ain't", "y'all", "let's",
# "there is"), dependency tests ("but" as adverb), words (pronouns, "that").
ODD_PHRASINGS = [
    "There is no way we're gonna let's say ain't y'all, but c'mon, gotta go.",
    "I told him that she said it was theirs; somebody who's anyone wouldn't.",
    "\n\nThe  Interior Ministry said 225 people died, whereas others said more.",
]


def _annotations(doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return ODD_PHRASINGS + [read_document(p).body for p in corpus_files(SEEDS)]


def test_lookup_gives_spacys_annotations(texts: list[str]) -> None:
    plain, looked_up = load_model(), load_model()
    look_up_attributes(looked_up)
    ruler = looked_up.get_pipe("attribute_ruler")
    assert ruler.match.__self__.__class__ is AttributeLookup  # the lookup is in use
    for expected, got in zip(plain.pipe(texts), looked_up.pipe(texts), strict=True):
        assert _annotations(got) == _annotations(expected)


def test_a_pattern_the_lookup_cannot_read_keeps_spacys_matcher() -> None:
    nlp = load_model()
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "riot"}, {"IS_PUNCT": True, "OP": "?"}]], {"POS": "NOUN"})
    look_up_attributes(nlp)
    assert not AttributeLookup(ruler).readable
    assert "match" not in vars(ruler)  # the class's own: spaCy's Matcher
    assert nlp("The riot.")[1].pos_ == "NOUN"


def test_an_index_outside_its_pattern_is_not_read() -> None:
    ruler = load_model().get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "riot"}]], {"POS": "NOUN"}, index=-1)
    assert AttributeLookup(ruler).readable  # -1 of one token is that token
    ruler.add([[{"LOWER": "riot"}]], {"POS": "NOUN"}, index=1)
    assert not AttributeLookup(ruler).readable


def test_lemmas_looked_up_are_the_lemmatizers(texts: list[str]) -> None:
    plain, looked_up = load_model(), load_model()
    look_up_lemmas(looked_up)
    assert looked_up.pipe_names.index(LEMMAS) == looked_up.pipe_names.index("lemmatizer") - 1
    for expected, got in zip(plain.pipe(texts), looked_up.pipe(texts), strict=True):
        assert _annotations(got) == _annotations(expected)


def test_a_lemmatizer_that_overwrites_runs_as_shipped() -> None:
    nlp = load_model()
    nlp.get_pipe("lemmatizer").overwrite = True
    look_up_lemmas(nlp)
    assert LEMMAS not in nlp.pipe_names


def test_the_lemmatizers_index_is_kept_as_sets_with_the_same_words() -> None:
    shipped = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    nlp = load_model()
    look_up_lemmas(nlp)
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert set(index.keys()) == set(shipped.keys())
    for pos in shipped.keys():
        assert isinstance(index[pos], frozenset)
        assert index[pos] == frozenset(shipped[pos])


def test_the_extractor_uses_both_lookups(extractor: Extractor) -> None:
    assert LEMMAS in extractor.nlp.pipe_names
    ruler = extractor.nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match.__self__, AttributeLookup)
