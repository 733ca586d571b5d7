"""The entity ruler with its one-word exact-case names found by hash lookup
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
