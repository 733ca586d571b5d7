"""The words a sentence holds, gathered once (Sentence.lemmas, Sentence.lowers), let
rules skip sentences without the words they start from; skipping never loses a find."""

from __future__ import annotations

from pathlib import Path

from kzkg.corpus import Document, corpus_files, read_document
from kzkg.dates import PartialDate
from kzkg.extract.context import DocState, Sentence
from kzkg.extract.model import DocResult
from kzkg.extract.pipeline import Extractor
from kzkg.extract.report_verbs import claim_verb

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
