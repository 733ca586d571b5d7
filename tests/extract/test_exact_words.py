"""The entity ruler with its word-for-word names found by hash lookup
(kzkg/extract/exactwords.py) matches and labels exactly what spaCy's Matcher did."""

from __future__ import annotations

from pathlib import Path

from kzkg.corpus import corpus_files, read_document
from kzkg.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "ALMATY, Jan 6 - Tokayev and TOKAYEV met; tokayev, Tokaev and Nazarbayev did not.",
    "Kazakhstan's president Kassym-Jomart Tokayev spoke in Nur-Sultan and in Astana.",
    "The CSTO sent troops to Almaty, said Russia\u2019s foreign ministry.",
    # Words of which some keep their case: "CSTO peacekeepers" is, "Csto peacekeepers" not.
    "CSTO peacekeepers and the CSTO Peacekeeping Forces left; Csto peacekeepers did not.",
    "The U.S. State Department, the US state department and the BBC cited ITAR-TASS.",
    "The UN Committee against Torture and the un committee against torture met the Kazakh MFA.",
]


def test_the_ruler_finds_and_labels_what_the_matcher_found(extractor: Extractor) -> None:
    ruler = extractor.nlp.get_pipe("entity_ruler")
    texts = [*TEXTS, *(read_document(p).body for p in corpus_files(ROOT / "graph" / "corpus"))]
    with extractor.nlp.select_pipes(disable=["entity_ruler", "ner"]):
        docs = list(extractor.nlp.pipe(texts))
    fast = [ruler.match(doc) for doc in docs]
    swapped = ruler.matcher
    try:
        ruler.matcher = swapped.original  # the Matcher the ruler built, every pattern in it
        slow = [ruler.match(doc) for doc in docs]
    finally:
        ruler.matcher = swapped
    assert fast == slow
    assert sum(len(m) for m in fast) > 20
    ents = {(e.text, e.label_, e.ent_id_) for e in extractor.nlp(TEXTS[0]).ents}
    assert ("TOKAYEV", "PERSON", "person|Kassym-Jomart Tokayev") in ents
    # The Matcher keeps only patterns that are not plain words: none in the lexicon now.
    assert len(swapped.patterns) == 0
    mixed = {(e.text, e.ent_id_) for e in extractor.nlp(TEXTS[3]).ents}
    assert ("CSTO peacekeepers", "group|CSTO peacekeepers") in mixed
    assert not any(text.startswith("Csto") and ent_id for text, ent_id in mixed)
