"""Added documents go through `kzkg build`: facts with valid evidence from English ones,
none from a document in another language."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, URIRef

from kzkg.build import build
from kzkg.corpus import read_document
from kzkg.extract.pipeline import Extractor
from kzkg.ingest import Adder
from kzkg.vocab import KZ, OA, document_graph

from .conftest import FIXTURES


def _evidence(dataset: Dataset, doc_id: str) -> list[tuple[int, int, str]]:
    graph = dataset.graph(URIRef(document_graph(doc_id)))
    return [
        (
            int(graph.value(ev, OA.start)),
            int(graph.value(ev, OA.end)),
            str(graph.value(ev, OA.exact)),
        )
        for ev in graph.subjects(KZ.document, None)
    ]


def test_build_extracts_facts_from_added_documents(
    tmp_path: Path, pdfs: dict[str, Path], extractor: Extractor
) -> None:
    corpus = tmp_path / "graph" / "corpus"
    adder = Adder(corpus)
    added = [
        adder.add(str(FIXTURES / "steppe_news.html")),
        adder.add(str(pdfs["one_column"])),
        adder.add(str(FIXTURES / "kursiv_ru.html")),
    ]
    assert [o.status for o in added] == ["added"] * 3, [o.message for o in added]
    news, briefing, russian = (read_document(o.path) for o in added)
    out, warnings = tmp_path / "kzkg.trig", []
    build(corpus, out, warn=warnings.append, extractor=extractor)

    dataset = Dataset()
    dataset.parse(out, format="trig")
    for doc in (news, briefing):
        evidence = _evidence(dataset, doc.id)
        assert len(evidence) >= 5, doc.id
        for start, end, quote in evidence:
            assert doc.body[start:end] == quote
    quotes = {quote for _, _, quote in _evidence(dataset, news.id)}
    said = "replaced Nursultan Nazarbayev as chairman of the Security Council"
    assert any(said in quote for quote in quotes)
    graph = dataset.graph(URIRef(document_graph(news.id)))
    assert {str(o) for o in graph.objects(None, KZ.publisherName)} == {"Steppe Herald"}

    assert _evidence(dataset, russian.id) == []
    ru_graph = dataset.graph(URIRef(document_graph(russian.id)))
    assert {str(o) for o in ru_graph.objects(None, KZ.language)} == {"ru"}
    assert warnings == [f"note: {russian.path}: language 'ru', no facts extracted"]
