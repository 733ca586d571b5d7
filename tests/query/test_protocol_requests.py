"""Issue 19: how a protocol request is read (server/protocol.py) and answered in
which format (server/negotiate.py), without a server."""

from __future__ import annotations

import pytest

from kzkg.queries.engines import Dataset
from kzkg.server.negotiate import choose_format
from kzkg.server.protocol import Refused, read_request

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
DOC = "https%3A%2F%2Fw3id.org%2Fkzkg%2Fid%2Fgraph%2Fdocument%2Fpism"


def refused(method: str, query: bytes, media: str = "", body: bytes | None = None) -> Refused:
    with pytest.raises(Refused) as caught:
        read_request(method, query, media, body)
    return caught.value


def test_dataset_parameters_from_the_url_and_the_form_together() -> None:
    asked = read_request(
        "POST",
        f"default-graph-uri={DOC}&named-graph-uri=http%3A%2F%2Fa.example%2Fg".encode(),
        FORM,
        b"query=ASK%20%7B%7D&default-graph-uri=http%3A%2F%2Fb.example%2Fg",
    )
    assert asked.query == "ASK {}"
    assert asked.dataset == Dataset(
        ("https://w3id.org/kzkg/id/graph/document/pism", "http://b.example/g"),
        ("http://a.example/g",),
    )


def test_without_dataset_parameters_the_endpoint_keeps_its_own() -> None:
    assert read_request("GET", b"query=ASK%20%7B%7D", "", None).dataset is None


@pytest.mark.parametrize(
    ("method", "query", "media", "body"),
    [
        ("GET", b"query=ASK%20%7B%7D&query=ASK%20%7B%7D", "", None),
        ("POST", b"", FORM, b"query=ASK%20%7B%7D&query=SELECT%20*%20%7B%7D"),
        ("POST", b"query=ASK%20%7B%7D", DIRECT, b"ASK {}"),
        ("POST", b"query=ASK%20%7B%7D", FORM, b"query=ASK%20%7B%7D"),
    ],
)
def test_more_than_one_query_is_refused(
    method: str, query: bytes, media: str, body: bytes | None
) -> None:
    assert refused(method, query, media, body).status == 400


@pytest.mark.parametrize("charset", ["ISO-8859-1", "UTF-16", "windows-1251"])
def test_a_body_in_another_charset_is_refused_not_misread(charset: str) -> None:
    text = "ASK {}"
    caught = refused("POST", b"", f"{DIRECT}; charset={charset}", text.encode(charset))
    assert caught.status == 415 and "UTF-8" in caught.message


def test_bytes_that_are_not_utf8_are_refused_not_replaced() -> None:
    latin = 'SELECT ("é" AS ?x) {}'.encode("latin-1")
    assert refused("POST", b"", DIRECT, latin).status == 400
    assert refused("POST", b"", FORM, b"query=%E9").status == 400
    assert refused("GET", b"query=ASK%20%7B%7D%FF", "", None).status == 400


def test_utf8_is_read_as_is() -> None:
    text = 'SELECT ("Қазақстан é" AS ?x) {}'
    asked = read_request("POST", b"", f"{DIRECT}; charset=UTF-8", text.encode("utf-8"))
    assert asked.query == text


@pytest.mark.parametrize(
    ("method", "query", "media", "body"),
    [
        ("GET", b"update=CLEAR%20ALL", "", None),
        ("POST", b"", "application/sparql-update", b"CLEAR ALL"),
        ("POST", b"", FORM, b"update=CLEAR%20XYZ"),
        ("POST", b"", "application/sparql-update; charset=UTF-16", "CLEAR".encode("utf-16")),
    ],
)
def test_updates_are_refused_as_read_only(
    method: str, query: bytes, media: str, body: bytes | None
) -> None:
    caught = refused(method, query, media, body)
    assert caught.status == 403 and "read-only" in caught.message


@pytest.mark.parametrize("media", ["", "text/plain", "application/json"])
def test_other_body_types_are_refused(media: str) -> None:
    assert refused("POST", b"", media, b"ASK {}").status == 415


@pytest.mark.parametrize(
    ("accept", "kind", "expected"),
    [
        ("", "graph", "ttl"),
        ("*/*", "graph", "ttl"),
        ("application/rdf+xml", "graph", "rdf"),
        ("application/n-triples, text/turtle;q=0.5", "graph", "nt"),
        ("text/html, application/xml;q=0.9, */*;q=0.8", "graph", "ttl"),
        ("text/html", "graph", None),
        ("application/sparql-results+json", "graph", None),
        ("text/*", "select", "csv"),
        ("text/html, application/xml;q=0.9, */*;q=0.8", "select", "xml"),
        ("application/rdf+xml", "select", None),
        ("text/csv;q=0, application/json", "select", "json"),
        ("application/ld+json", "graph", "jsonld"),
        ("application/ld+json", "select", None),
    ],
)
def test_content_negotiation(accept: str, kind: str, expected: str | None) -> None:
    assert choose_format(accept, kind) == expected


@pytest.mark.parametrize(
    ("accept", "override", "kind", "expected"),
    [
        ("", "jsonld", "graph", "jsonld"),
        ("", "json-ld", "graph", "jsonld"),  # SPARQLWrapper's names, then media types
        ("", "application/ld+json", "graph", "jsonld"),
        ("", "rdf+xml", "graph", "rdf"),
        ("application/rdf+xml", "xml", "graph", "rdf"),  # xml fits no graph: Accept decides
        ("", "xml", "graph", "ttl"),
        ("text/csv", "json", "select", "json"),
        ("application/foo", "jsonld", "select", None),
    ],
)
def test_format_overrides_that_fit_the_answer(
    accept: str, override: str, kind: str, expected: str | None
) -> None:
    assert choose_format(accept, kind, override) == expected
