"""The build's own TriG writer: terms written as rdflib reads them back."""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kzkg.build.emit import PREFIXES, _term, serialize_trig
from kzkg.vocab import KZ, KZR

GRAPH = KZR["graph/document/test"]
ODD_TEXT = 'a "quote" \\ back\nslash\r\ttab \x01\x1f\x7f \u2019é'


def test_names_in_a_known_namespace_are_prefixed() -> None:
    assert _term(RDF.type) == "a"
    assert _term(KZ.Person) == "kz:Person"
    assert _term(RDFS.label) == "rdfs:label"
    assert _term(KZR["person/dariga"]) == "<https://w3id.org/kzkg/id/person/dariga>"
    assert _term(KZ["a/b"]) == "<https://w3id.org/kzkg/ontology#a/b>"  # no plain name
    assert _term(KZ["1st"]) == "<https://w3id.org/kzkg/ontology#1st>"
    assert _term(URIRef("http://example.org/x#y")) == "<http://example.org/x#y>"
    assert all(ns.endswith(("#", "/")) for ns in PREFIXES.values())


def test_literals_are_escaped_and_typed() -> None:
    assert _term(Literal(ODD_TEXT)) == (
        '"a \\"quote\\" \\\\ back\\nslash\\r\\ttab \\u0001\\u001F\x7f \u2019é"'
    )
    assert _term(Literal("x", lang="en")) == '"x"@en'
    assert _term(Literal("x", datatype=XSD.string)) == '"x"'
    assert _term(Literal(5)) == '"5"^^xsd:integer'
    assert _term(Literal("2022-01", datatype=XSD.gYearMonth)) == '"2022-01"^^xsd:gYearMonth'


def test_what_is_written_reads_back_the_same() -> None:
    quads = [
        (KZR["evidence/x"], KZ.exact, Literal(ODD_TEXT), GRAPH),
        (KZR["evidence/x"], RDF.type, KZ.Evidence, GRAPH),
        (KZR["evidence/x"], KZ.start, Literal(12), GRAPH),
        (KZR["person/x"], RDFS.label, Literal("Dariga", lang="kk"), GRAPH),
    ]
    read = Dataset()
    read.parse(data=serialize_trig(quads), format="trig")
    got = set(read.quads((None, None, None, None)))
    assert got == set(quads)
