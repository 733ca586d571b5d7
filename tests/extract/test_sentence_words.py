"""The words a sentence holds, gathered once (Sentence.lemmas, Sentence.lowers), let
rules skip sentences without the words they start from; skipping never loses a find."""

from __future__ import annotations

from pathlib import Path

from kzkg.corpus import Document, corpus_files, read_document
from kzkg.dates import PartialDate
from kzkg.extract.context import PRON, DocState, Sentence
from kzkg.extract.dates import find_durations
from kzkg.extract.model import DocResult
from kzkg.extract.pipeline import Extractor
from kzkg.extract.report_verbs import claim_verb
from kzkg.lexicon import Lexicon

ROOT = Path(__file__).resolve().parents[2]


def _sentences(extractor: Extractor, text: str) -> list[Sentence]:
    doc = Document(id="t", path=Path("t.md"), body=text, date=PartialDate.parse("2022-01-07"))
    state = DocState(doc, extractor.lexicon, extractor.resolver, DocResult("t"))
    return [Sentence(span, 0, state) for span in extractor.nlp(text).sents]


def test_a_sentence_gathers_its_lemmas_and_lower_case_forms(extractor: Extractor) -> None:
    (sent,) = _sentences(extractor, "Police Detained Hundreds of protesters in Almaty.")
    assert {"police", "detain", "protester", "almaty"} <= sent.lemmas
    assert {"police", "detained", "hundreds", "protesters"} <= sent.lowers
    assert sent.lemmas is sent.lemmas  # made once


def test_claim_verb_lemmas_hold_the_first_word_of_phrasal_claim_verbs(extractor) -> None:
    lexicon = extractor.lexicon
    phrasal = [verb for verb in lexicon.claim_verbs if " " in verb]
    assert phrasal  # "call on", ...
    assert {verb.split()[0] for verb in phrasal} <= lexicon.claim_verb_lemmas
    assert {verb for verb in lexicon.claim_verbs if " " not in verb} <= lexicon.claim_verb_lemmas


def test_a_sentence_without_a_claim_verb_lemma_has_no_claim_verb(extractor) -> None:
    bodies = [read_document(p).body for p in corpus_files(ROOT / "graph" / "corpus")]
    skipped = 0
    for body in bodies:
        for piece in body.split("\n\n"):
            for sent in _sentences(extractor, piece):
                found = [t for t in sent.tokens if claim_verb(t, sent)]
                if sent.lemmas.isdisjoint(extractor.lexicon.claim_verb_lemmas):
                    assert not found, sent.text
                    skipped += 1
                elif found:
                    assert {t.lemma_.lower() for t in found} <= sent.lemmas
    assert skipped > 10  # the check lets most sentences of a report skip the walk


def test_lexicon_words_keep_the_curators_order_and_answer_in_as_the_list(extractor) -> None:
    lexicon = extractor.lexicon
    for name, listed in lexicon.lists.items():
        words = lexicon.words(name)
        assert tuple(words) == listed and list(words) == list(listed)
        assert all(word in words for word in listed)
        assert "no such word" not in words and ["a list"] not in words and None not in words
        assert lexicon.words(name) is words  # made once per list


def test_lexicon_words_follow_a_replaced_list() -> None:
    lexicon = Lexicon(lists={"units": ("people", "tenge")})
    assert "tenge" in lexicon.words("units")
    lexicon.lists["units"] = ("dollars",)
    assert "tenge" not in lexicon.words("units") and "dollars" in lexicon.words("units")
    assert lexicon.words("absent") == () and "x" not in lexicon.words("absent")


def test_title_words_are_every_post_title_and_post_word(extractor) -> None:
    lexicon = extractor.lexicon
    titles = {t for post in lexicon.posts for t in post.titles} | set(lexicon.words("post_words"))
    assert lexicon.title_words == titles and "prime minister" in lexicon.title_words


def test_durations_of_one_text_are_found_once_and_handed_out_fresh() -> None:
    text = "Internet access was cut for five days and a curfew imposed for two weeks."
    first = find_durations(text)
    assert [d for _, _, d in first] == ["P5D", "P14D"]
    first.clear()  # a caller's list is its own
    assert [d for _, _, d in find_durations(text)] == ["P5D", "P14D"]


def test_the_pronoun_symbol_is_spacys() -> None:
    from spacy.symbols import PRON as SPACY_PRON

    assert PRON == SPACY_PRON


def test_a_word_set_is_its_lists_words(extractor) -> None:
    lexicon = extractor.lexicon
    for name, listed in lexicon.lists.items():
        assert lexicon.word_set(name) == set(listed)
    assert lexicon.word_set("absent") == frozenset()
