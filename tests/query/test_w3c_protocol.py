"""Issue 19: the W3C SPARQL 1.1 Protocol test suite against a real `kzkg serve`.

Every request of the manifest (fixtures/w3c-protocol/) is sent as written:
method, path (its `/sparql/` kept), headers and body in its declared encoding;
only the authority is the loopback server's. Each answer is judged as the
manifest says: status class, content type, and the boolean or the parsed
results. Query tests must pass; update tests must pass or be refused with a 4xx
(the endpoint is read-only by design).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from loopback import running_serve
from rdflib import RDF, RDFS, Namespace
from rdflib.collection import Collection

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
SUITE = Path(__file__).with_name("fixtures") / "w3c-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
BOOLEAN_TYPES = {"application/sparql-results+json", "application/sparql-results+xml"}
TABULAR_TYPES = BOOLEAN_TYPES | {"text/csv", "text/tab-separated-values"}
RDF_TYPES = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt"}
PASSED, REFUSED = "passed", "refused"
# The conformance figure README.md states: the 7 update tests that expect a
# success are refused (403), everything else passes.
EXPECTED = {PASSED: 27, REFUSED: 7}

MANIFEST = rdflib.Graph().parse(SUITE / "manifest.ttl", format="turtle")


def items(node: rdflib.term.Node) -> list:
    return list(Collection(MANIFEST, node))


def entries() -> list[rdflib.term.Node]:
    manifest = MANIFEST.value(predicate=RDF.type, object=MF.Manifest)
    return items(MANIFEST.value(manifest, MF.entries))


def name_of(test: rdflib.term.Node) -> str:
    return str(test).rsplit("#", 1)[1]


def graph_files() -> dict[str, str]:
    """Data file name -> the graph IRI the manifest loads it under."""
    found = {}
    for data in MANIFEST.objects(None, UT.graphData):
        path = Path(str(MANIFEST.value(data, UT.graph)).removeprefix("file://"))
        found[path.name] = str(MANIFEST.value(data, RDFS.label))
    return found


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kzkg serve` over a TriG holding the three data files as the manifest's graphs."""
    quads = [
        ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri))
        for file, iri in graph_files().items()
        for t in ox.parse(path=SUITE / file, format=ox.RdfFormat.N_TRIPLES)
    ]
    trig = tmp_path_factory.mktemp("w3c") / "protocol.trig"
    trig.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
    args = ["--graph", str(trig), "--workers", "1", "--saved-workers", "1"]
    with running_serve(*args) as (_process, base):
        yield base


def send(base: str, request: rdflib.term.Node) -> httpx.Response:
    """The manifest's request, as written, to the server at `base`."""
    headers = {}
    for header in items(MANIFEST.value(request, HT.headers) or RDF.nil):
        headers[str(MANIFEST.value(header, HT.fieldName))] = str(
            MANIFEST.value(header, HT.fieldValue)
        )
    content = None
    body = MANIFEST.value(request, HT.body)
    if body is not None:
        encoding = str(MANIFEST.value(body, CNT.characterEncoding))
        content = str(MANIFEST.value(body, CNT.chars)).encode(encoding)
    method = str(MANIFEST.value(request, HT.methodName))
    url = base + str(MANIFEST.value(request, HT.absolutePath))
    return httpx.request(method, url, headers=headers, content=content, timeout=30)


def judge(request: rdflib.term.Node, reply: httpx.Response) -> str | None:
    """What is wrong with `reply` by the manifest's expectations; None when nothing."""
    expected = MANIFEST.value(request, HT.resp)
    classes = {str(s).removeprefix(HTS)[0] for s in MANIFEST.objects(expected, MF.expectedStatus)}
    if str(reply.status_code)[0] not in classes:
        return f"status {reply.status_code}, expected {sorted(classes)}xx: {reply.text[:200]}"
    media = reply.headers.get("content-type", "").split(";")[0].strip()
    form = MANIFEST.value(expected, MF.expectedFormat)
    boolean = MANIFEST.value(expected, MF.expectedBoolean)
    if form is not None and str(form) in ("boolean", "tabular"):
        allowed = BOOLEAN_TYPES if str(form) == "boolean" else TABULAR_TYPES
        if media not in allowed:
            return f"content type {media!r} is not a {form} result type"
        if media == "application/sparql-results+json":
            json.loads(reply.text)
        else:
            fmt = {
                "application/sparql-results+xml": ox.QueryResultsFormat.XML,
                "text/csv": ox.QueryResultsFormat.CSV,
                "text/tab-separated-values": ox.QueryResultsFormat.TSV,
            }[media]
            ox.parse_query_results(reply.content, format=fmt)
    if form is not None and str(form) == "RDF":
        if media not in RDF_TYPES:
            return f"content type {media!r} is not an RDF type"
        rdflib.Graph().parse(io.BytesIO(reply.content), format=RDF_TYPES[media])
    if boolean is not None:
        got = (
            json.loads(reply.text).get("boolean")
            if media == "application/sparql-results+json"
            else "<boolean>true</boolean>" in reply.text
        )
        if got is not boolean.toPython():
            return f"boolean {got}, expected {boolean}"
    return None


def is_update(request: rdflib.term.Node) -> bool:
    body = MANIFEST.value(request, HT.body)
    text = str(MANIFEST.value(body, CNT.chars)) if body is not None else ""
    headers = items(MANIFEST.value(request, HT.headers) or RDF.nil)
    kinds = {str(MANIFEST.value(h, HT.fieldValue)) for h in headers}
    path = str(MANIFEST.value(request, HT.absolutePath))
    return "application/sparql-update" in kinds or text.startswith("update=") or "update=" in path


@cache
def outcome(base: str, test: rdflib.term.Node) -> str:
    """PASSED, REFUSED (an update answered 4xx) or what went wrong."""
    for request in items(MANIFEST.value(MANIFEST.value(test, MF.action), HT.requests)):
        reply = send(base, request)
        problem = judge(request, reply)
        if problem is None:
            continue
        if is_update(request) and 400 <= reply.status_code < 500:
            return REFUSED
        return problem
    return PASSED


def test_the_manifest_has_34_cases() -> None:
    assert len(entries()) == 34
    assert set(graph_files()) == {"data1.nt", "data2.nt", "data3.nt"}


@pytest.mark.parametrize("test", entries(), ids=name_of)
def test_protocol_case(served: str, test: rdflib.term.Node) -> None:
    result = outcome(served, test)
    if name_of(test).startswith(("update_", "bad_update_")):
        assert result in (PASSED, REFUSED)
    else:
        assert result == PASSED


def test_conformance_figure(served: str) -> None:
    """The figure README.md states."""
    results = [outcome(served, test) for test in entries()]
    assert {kind: results.count(kind) for kind in (PASSED, REFUSED)} == EXPECTED
