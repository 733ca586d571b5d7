"""Every saved query gives the same answer on pyoxigraph and on rdflib (the reference)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
import pytest
from required import REQUIRED

from kzkg.queries.catalogue import catalogue
from kzkg.store import KnowledgeGraph

NUMERIC = ("integer", "decimal", "double", "float", "long", "int")


def normal(term: object) -> object:
    """A comparable form: numbers by value, joined lists as sorted parts, IRIs and text as is."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype.value.rsplit("#", 1)[-1] in NUMERIC:
            try:
                return Decimal(term.value).normalize()
            except InvalidOperation:
                return term.value
        parts = term.value.split(" | ")
        return tuple(sorted(parts)) if len(parts) > 1 else (term.value, term.language)
    return term.value  # type: ignore[attr-defined]


def answer(kg: KnowledgeGraph, name: str) -> list[tuple[object, ...]]:
    result = kg.run_saved(name, REQUIRED.get(name, {}))
    assert result.kind == "select"
    return sorted((tuple(normal(t) for t in row) for row in result.rows), key=repr)


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_oxigraph_and_rdflib_agree(
    kg: KnowledgeGraph, kg_rdflib: KnowledgeGraph, name: str
) -> None:
    ours = answer(kg, name)
    assert ours, f"{name} has no rows on the seed graph: the comparison would prove nothing"
    assert ours == answer(kg_rdflib, name)


def test_ad_hoc_construct_agrees(kg: KnowledgeGraph, kg_rdflib: KnowledgeGraph) -> None:
    query = "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kz:City ; rdfs:label ?l }"
    ours, theirs = kg.run(query), kg_rdflib.run(query)
    assert ours.kind == theirs.kind == "graph"
    assert {str(t) for t in ours.triples} == {str(t) for t in theirs.triples} != set()


def test_a_triple_stated_by_several_documents_counts_once(
    kg: KnowledgeGraph, kg_rdflib: KnowledgeGraph
) -> None:
    # The default graph is the set union of the documents' graphs (SPARQL's
    # merge), not one copy per document: counts agree with the reference.
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?e rdfs:label ?l }"
    stated = kg.run("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e rdfs:label ?l } }")
    ours, theirs = kg.run(query), kg_rdflib.run(query)
    assert int(ours.rows[0][0].value) == int(theirs.rows[0][0].value)
    assert int(ours.rows[0][0].value) < int(stated.rows[0][0].value)
