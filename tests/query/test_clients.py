"""Issue 15: what SPARQL clients ask of `kzkg serve` over real HTTP: graphs as JSON-LD
and RDF/XML (SPARQLWrapper), the Service Description, updates sent as queries, and
syntax errors that point at the place."""

from __future__ import annotations

import httpx
import pytest
import rdflib
from SPARQLWrapper import JSONLD, RDFXML, XML, SPARQLWrapper

from kzkg.server.protocol import READ_ONLY

pytestmark = [
    pytest.mark.server,
    # SPARQLWrapper's own use of rdflib's old API, not ours.
    pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning"),
]

CITIES = "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a kz:City ; rdfs:label ?l }"
LABEL = rdflib.RDFS.label
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = rdflib.Namespace("http://www.w3.org/ns/formats/")


def labels(graph: rdflib.Graph) -> list[str]:
    return sorted(str(o) for o in graph.objects(None, LABEL))


@pytest.mark.parametrize("wanted", [JSONLD, RDFXML, XML])
def test_sparqlwrapper_gets_a_construct_as_jsonld_and_rdfxml(kzkg_server: str, wanted) -> None:
    client = SPARQLWrapper(kzkg_server + "/sparql")
    client.setQuery(CITIES)
    client.setReturnFormat(wanted)
    answer = client.query()
    media = {JSONLD: "application/ld+json"}.get(wanted, "application/rdf+xml")
    assert answer.response.headers["content-type"].startswith(media)
    graph = answer.convert()
    assert isinstance(graph, rdflib.Graph)
    assert labels(graph) == ["Almaty", "Nur-Sultan", "Zhanaozen"]


def test_jsonld_by_accept_and_by_format(kzkg_server: str) -> None:
    by_accept = httpx.get(
        kzkg_server + "/sparql",
        params={"query": CITIES},
        headers={"Accept": "application/ld+json"},
    )
    by_format = httpx.get(kzkg_server + "/sparql", params={"query": CITIES, "format": "jsonld"})
    assert by_accept.status_code == by_format.status_code == 200
    assert by_accept.headers["content-type"] == "application/ld+json"
    assert by_accept.content == by_format.content
    graph = rdflib.Graph().parse(data=by_accept.text, format="json-ld")
    assert labels(graph) == ["Almaty", "Nur-Sultan", "Zhanaozen"]


@pytest.mark.parametrize(
    ("query", "accept"),
    [(CITIES, "application/foo"), ("SELECT * WHERE { ?s ?p ?o }", "application/foo")],
)
def test_a_type_that_cannot_be_written_is_406(kzkg_server: str, query: str, accept: str) -> None:
    reply = httpx.get(kzkg_server + "/sparql", params={"query": query}, headers={"Accept": accept})
    assert reply.status_code == 406 and "application/foo" in reply.text


@pytest.mark.parametrize("path", ["/sparql", "/sparql/", "/query", "/query/"])
def test_get_without_a_query_is_the_service_description(kzkg_server: str, path: str) -> None:
    reply = httpx.get(kzkg_server + path)
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=reply.text, format="turtle")
    service = graph.value(predicate=rdflib.RDF.type, object=SD.Service)
    assert service is not None
    assert graph.value(service, SD.endpoint) == rdflib.URIRef(kzkg_server + path)
    assert graph.value(service, SD.supportedLanguage) == SD.SPARQL11Query
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    written = set(graph.objects(service, SD.resultFormat))
    assert {FORMATS["SPARQL_Results_JSON"], FORMATS["JSON-LD"], FORMATS.RDF_XML} <= written
    dataset = graph.value(service, SD.defaultDataset)
    assert graph.value(dataset, rdflib.RDF.type) == SD.Dataset
    assert graph.value(dataset, SD.defaultGraph) is not None


@pytest.mark.parametrize(
    ("accept", "parsed_as"),
    [("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"), ("text/plain", "nt")],
)
def test_the_service_description_is_negotiated(
    kzkg_server: str, accept: str, parsed_as: str
) -> None:
    reply = httpx.get(kzkg_server + "/sparql", headers={"Accept": accept})
    assert reply.status_code == 200
    graph = rdflib.Graph().parse(data=reply.text, format=parsed_as)
    assert (None, SD.endpoint, rdflib.URIRef(kzkg_server + "/sparql")) in graph
    refused = httpx.get(kzkg_server + "/sparql", headers={"Accept": "text/html"})
    assert refused.status_code == 406


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }",
        "LOAD <http://example.org/data.ttl>",
        "CLEAR ALL",
        "PREFIX ex: <http://example.org/>\n# a comment\nWITH ex:g DELETE { ?s ?p ?o } WHERE {}",
    ],
)
def test_an_update_sent_as_a_query_is_refused_as_read_only(kzkg_server: str, update: str) -> None:
    for reply in (
        httpx.get(kzkg_server + "/sparql", params={"query": update}),
        httpx.post(kzkg_server + "/sparql", data={"query": update}),
        httpx.post(
            kzkg_server + "/sparql",
            content=update,
            headers={"Content-Type": "application/sparql-query"},
        ),
    ):
        assert reply.status_code == 400
        assert reply.text.strip() == READ_ONLY
        assert "CONSTRUCT" not in reply.text


def test_an_update_parameter_says_the_same(kzkg_server: str) -> None:
    reply = httpx.post(kzkg_server + "/sparql", data={"update": "CLEAR ALL"})
    assert reply.status_code == 403 and reply.text.strip() == READ_ONLY


@pytest.mark.parametrize(
    ("query", "summary", "line", "column"),
    [
        (
            "SELECT ?n WHERE {\n  ?p foaf:name ?n\n}",
            "error at 2:6: undeclared prefix `foaf:`",
            "  ?p foaf:name ?n",
            5,
        ),
        (
            "SELECT * WHERE { ?s ?p ?o FILTER(?o = 3 }",
            "error at 1:41: `}` before the `(` at 1:33 is closed",
            "SELECT * WHERE { ?s ?p ?o FILTER(?o = 3 }",
            40,
        ),
        ("SELEC * WHERE {}", "found `SELEC`", "SELEC * WHERE {}", 0),
    ],
)
def test_a_syntax_error_points_at_the_place(
    kzkg_server: str, query: str, summary: str, line: str, column: int
) -> None:
    reply = httpx.get(kzkg_server + "/sparql", params={"query": query})
    assert reply.status_code == 400
    first, shown, caret = reply.text.rstrip("\n").split("\n")
    assert first.startswith("malformed SPARQL: ") and summary in first
    assert "expected" not in first.lower() and "[" not in first
    assert shown == "  " + line
    assert caret == "  " + " " * column + "^"
