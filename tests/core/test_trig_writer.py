"""The build's own TriG writer: terms written as rdflib reads them back."""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kzkg.build.emit import (
    PREFIXES,
    _integer_text,
    _kz_text,
    _plain_text,
    entity_quads,
    entity_rows,
    rendered,
    serialize_trig,
    written_term,
)
from kzkg.extract.model import EntityInfo, EntityKey
from kzkg.vocab import KZ, KZR

GRAPH = KZR["graph/document/test"]
ODD_TEXT = 'a "quote" \\ back\nslash\r\ttab \x01\x1f\x7f \u2019é'


def test_names_in_a_known_namespace_are_prefixed() -> None:
    assert written_term(RDF.type) == "a"
    assert written_term(KZ.Person) == "kz:Person"
    assert written_term(RDFS.label) == "rdfs:label"
    assert written_term(KZR["person/dariga"]) == "<https://w3id.org/kzkg/id/person/dariga>"
    assert written_term(KZ["a/b"]) == "<https://w3id.org/kzkg/ontology#a/b>"  # no plain name
    assert written_term(KZ["1st"]) == "<https://w3id.org/kzkg/ontology#1st>"
    assert written_term(URIRef("http://example.org/x#y")) == "<http://example.org/x#y>"
    assert all(ns.endswith(("#", "/")) for ns in PREFIXES.values())


def test_literals_are_escaped_and_typed() -> None:
    assert written_term(Literal(ODD_TEXT)) == (
        '"a \\"quote\\" \\\\ back\\nslash\\r\\ttab \\u0001\\u001F\x7f \u2019é"'
    )
    assert written_term(Literal("x", lang="en")) == '"x"@en'
    assert written_term(Literal("x", datatype=XSD.string)) == '"x"'
    assert written_term(Literal(5)) == '"5"^^xsd:integer'
    assert written_term(Literal("2022-01", datatype=XSD.gYearMonth)) == '"2022-01"^^xsd:gYearMonth'


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


def test_terms_written_without_rdflib_are_written_as_rdflib_terms_are() -> None:
    for text in (ODD_TEXT, "", "plain", "\\", '"', "\x00", "é \u2028 \U0001f600"):
        assert _plain_text(text) == written_term(Literal(text))
    for number in (0, 7, 12_345_678_901):
        assert _integer_text(number) == written_term(Literal(number))
    for name in ("Person", "evidence", "a-b", "1st"):
        assert _kz_text(name) == written_term(KZ[name])


def test_entity_rows_are_the_entity_quads_written() -> None:
    kz = EntityKey("place", "Kazakhstan")
    info = EntityInfo(
        EntityKey("post", "Prime Minister"), "Post", {"PM", "Premier"}, "Q1", None, kz, None
    )
    assert set(entity_rows(info)) == rendered(entity_quads(info))
    info.aliases.add("Head of Government")  # a changed entity is written anew
    assert set(entity_rows(info)) == rendered(entity_quads(info))
