"""Extractor.extract_many, which lets spaCy batch the pieces of many documents
together, gives each document the result that extracting it alone gives."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from kzkg.corpus import corpus_files, read_document
from kzkg.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[2]


def test_many_documents_at_once_give_what_each_gives_alone(extractor: Extractor) -> None:
    seeds = [read_document(p) for p in corpus_files(ROOT / "graph" / "corpus")]
    first = seeds[0]
    documents = [
        *seeds,
        dataclasses.replace(first, id="french", language="fr"),  # no facts, still a result
        dataclasses.replace(first, id="short", body="Tokayev dismissed the government."),
        first,  # again, after the others
    ]
    together = list(extractor.extract_many(documents))
    assert [r.doc_id for r in together] == [d.id for d in documents]
    for document, result in zip(documents, together, strict=True):
        assert result == extractor.extract(document), document.id
    assert together[-1] == together[0]  # nothing carried over from the documents between
    assert together[-3].facts == {}
