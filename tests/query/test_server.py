"""`kzkg serve` over real HTTP on a loopback port: SPARQLWrapper and plain httpx."""

from __future__ import annotations

import csv
import io

import httpx
import pytest
from bs4 import BeautifulSoup
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

pytestmark = pytest.mark.server

CITIES = "SELECT ?l WHERE { ?c a kz:City ; rdfs:label ?l } ORDER BY ?l"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_sparqlwrapper_select_json(kzkg_server: str) -> None:
    client = SPARQLWrapper(kzkg_server + "/sparql")
    client.setQuery(CITIES)
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert [b["l"]["value"] for b in data["results"]["bindings"]] == [
        "Almaty",
        "Nur-Sultan",
        "Zhanaozen",
    ]


def test_sparqlwrapper_post_xml_csv_and_construct(kzkg_server: str) -> None:
    client = SPARQLWrapper(kzkg_server + "/sparql")
    client.setMethod("POST")
    client.setQuery(CITIES)
    client.setReturnFormat(XML)
    assert "Almaty" in client.query().convert().toxml()
    client.setReturnFormat(CSV)
    assert b"Nur-Sultan" in client.query().convert()
    client.setQuery("CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a kz:City ; rdfs:label ?l }")
    client.setReturnFormat(TURTLE)
    assert b'"Almaty"' in client.query().convert()


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_content_negotiation(kzkg_server: str, accept: str, media: str) -> None:
    reply = httpx.get(kzkg_server + "/sparql", params={"query": CITIES}, headers={"Accept": accept})
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith(media)
    assert "Zhanaozen" in reply.text


def test_post_bodies(kzkg_server: str) -> None:
    direct = httpx.post(
        kzkg_server + "/sparql",
        content=CITIES,
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    form = httpx.post(
        kzkg_server + "/sparql", data={"query": CITIES}, headers={"Accept": "text/csv"}
    )
    assert direct.status_code == form.status_code == 200
    rows = list(csv.reader(io.StringIO(direct.text)))
    assert rows[1:] == [["Almaty"], ["Nur-Sultan"], ["Zhanaozen"]] and direct.text == form.text


@pytest.mark.parametrize(
    ("request_kwargs", "status", "message"),
    [
        ({"params": {"query": "SELECT * WHERE { ?x ?y }"}}, 400, "malformed SPARQL: error at 1:"),
        ({"data": {"format": "json"}}, 400, "missing 'query'"),
        ({"data": {"update": "DROP ALL"}}, 403, "read-only"),
        (
            {"content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
            403,
            "read-only",
        ),
        (
            {
                "params": {
                    "query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
                }
            },
            400,
            "SERVICE",
        ),
        (
            {"params": {"query": "select * where { service <http://example.org/> { ?s ?p ?o } }"}},
            400,
            "SERVICE",
        ),
        (
            {
                "content": "SELECT * WHERE { ?s ?p ?o } #" + "x" * 30_000,
                "headers": {"Content-Type": "application/sparql-query"},
            },
            413,
            "limit",
        ),
    ],
)
def test_refusals(kzkg_server: str, request_kwargs: dict, status: int, message: str) -> None:
    method = "POST" if "data" in request_kwargs or "content" in request_kwargs else "GET"
    reply = httpx.request(method, kzkg_server + "/sparql", **request_kwargs)
    assert reply.status_code == status
    assert message in reply.text


def test_service_in_a_string_is_not_refused(kzkg_server: str) -> None:
    query = 'SELECT ?x WHERE { BIND("SERVICE <http://x/>" AS ?x) }  # SERVICE'
    assert httpx.get(kzkg_server + "/sparql", params={"query": query}).status_code == 200


def test_row_cap_truncates_and_says_so(kzkg_server: str) -> None:
    reply = httpx.get(kzkg_server + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert reply.status_code == 200
    assert len(reply.json()["results"]["bindings"]) == 50
    assert reply.headers["x-kzkg-truncated"] == "true"


def test_timeout_is_an_error_and_the_server_keeps_answering(kzkg_server: str) -> None:
    slow = httpx.get(kzkg_server + "/sparql", params={"query": SLOW}, timeout=30)
    assert slow.status_code == 504
    assert "time limit" in slow.text
    for _ in range(3):  # the other worker answers while the killed one is replaced
        assert httpx.get(kzkg_server + "/sparql", params={"query": "ASK {}"}).json()["boolean"]


def test_page_and_its_assets_come_from_the_package(kzkg_server: str) -> None:
    page = httpx.get(kzkg_server + "/")
    assert page.status_code == 200
    soup = BeautifulSoup(page.text, "html.parser")
    sources = [s["src"] for s in soup.find_all("script")] + [
        link["href"] for link in soup.find_all("link")
    ]
    assert sources and all(src.startswith("/static/") for src in sources)
    for src in sources:
        assert httpx.get(kzkg_server + src).status_code == 200
    script = httpx.get(kzkg_server + "/static/app.js").text
    assert "innerHTML" not in script and "textContent" in script


def test_saved_query_api_for_the_page(kzkg_server: str) -> None:
    listing = httpx.get(kzkg_server + "/api/queries").json()
    names = {q["name"] for q in listing["queries"]}
    assert {"succession", "timeline", "connection"} <= names
    rows = httpx.get(
        kzkg_server + "/api/run", params={"query": "succession", "post": "Security Council"}
    ).json()
    bindings = rows["results"]["bindings"]
    assert [b["holderLabel"]["value"] for b in bindings] == [
        "Nursultan Nazarbayev",
        "Kassym-Jomart Tokayev",
    ]
    assert all(b["evidence"]["value"] for b in bindings)
    bad = httpx.get(kzkg_server + "/api/run", params={"query": "succession", "post": "nobody"})
    assert bad.status_code == 400 and "no Post is labelled 'nobody'" in bad.text


def test_a_saved_query_opens_as_a_network_view(kzkg_server: str) -> None:
    reply = httpx.get(
        kzkg_server + "/view",
        params={"query": "succession", "post": "head of the Security Council"},
        timeout=60,
    )
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/html")
    assert "Tokayev" in reply.text and "Nazarbayev" in reply.text
    unknown = httpx.get(kzkg_server + "/view", params={"query": "no-such-query"}, timeout=60)
    assert unknown.status_code in (400, 404)
    assert "no-such-query" in unknown.text


GRAPH = "https://w3id.org/kzkg/id/graph/"


def cities_in(kzkg_server: str, **dataset: str | list[str]) -> list[str]:
    reply = httpx.get(kzkg_server + "/sparql", params={"query": CITIES, **dataset})
    assert reply.status_code == 200, reply.text
    return [b["l"]["value"] for b in reply.json()["results"]["bindings"]]


def test_dataset_parameters_choose_the_graphs_a_query_sees(kzkg_server: str) -> None:
    assert cities_in(kzkg_server) == ["Almaty", "Nur-Sultan", "Zhanaozen"]  # the union
    assert cities_in(kzkg_server, **{"default-graph-uri": GRAPH + "resolution"}) == [
        "Almaty",
        "Nur-Sultan",
        "Zhanaozen",
    ]
    assert cities_in(kzkg_server, **{"default-graph-uri": GRAPH + "document/pism"}) == []
    # A graph the store does not have is an empty graph, not an error.
    assert cities_in(kzkg_server, **{"default-graph-uri": "http://example.org/none"}) == []
    graphs = httpx.get(
        kzkg_server + "/sparql/",
        params={
            "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g",
            "named-graph-uri": [GRAPH + "document/nhc", GRAPH + "document/pism"],
        },
    )
    assert graphs.status_code == 200
    assert [b["g"]["value"] for b in graphs.json()["results"]["bindings"]] == [
        GRAPH + "document/nhc",
        GRAPH + "document/pism",
    ]


def test_relative_iris_resolve_against_the_endpoint(kzkg_server: str) -> None:
    reply = httpx.post(
        kzkg_server + "/sparql/",
        content="CONSTRUCT { <s> <p> 1 } WHERE {}",
        headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"},
    )
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("application/n-triples")
    assert reply.text.startswith(f"<{kzkg_server}/sparql/s> <{kzkg_server}/sparql/p> ")


def test_graph_answers_in_rdf_xml_or_406(kzkg_server: str) -> None:
    query = {"query": "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c a kz:City ; rdfs:label ?l }"}
    xml = httpx.get(
        kzkg_server + "/sparql", params=query, headers={"Accept": "application/rdf+xml"}
    )
    assert xml.status_code == 200 and xml.headers["content-type"] == "application/rdf+xml"
    assert "Almaty" in xml.text
    html = httpx.get(kzkg_server + "/sparql", params=query, headers={"Accept": "text/html"})
    assert html.status_code == 406 and "text/turtle" in html.text
