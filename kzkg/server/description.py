"""The SPARQL 1.1 Service Description a GET of the endpoint without a query answers.

Clients (YASGUI, SPARQLWrapper users, crawlers) read it to learn what the
endpoint speaks: SPARQL 1.1 Query only (no update), the result formats it can
write, and that its default graph is the union of the named graphs.
"""

from __future__ import annotations

import pyoxigraph as ox

from kzkg.queries.formats import graph_bytes
from kzkg.server.negotiate import GRAPH_TYPES, RESULT_TYPES

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_COMMENT = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
DCTERMS_TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
SIMPLE_ENTAILMENT = ox.NamedNode("http://www.w3.org/ns/entailment/Simple")
# The W3C's IRIs for the formats the endpoint writes (negotiate.py's short names).
FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "ttl": "Turtle",
    "nt": "N-Triples",
    "rdf": "RDF_XML",
    "jsonld": "JSON-LD",
}
Object = ox.NamedNode | ox.BlankNode | ox.Literal
TITLE = "kzkg: a knowledge graph of the January 2022 unrest in Kazakhstan"
UNION = "The default graph is the union of all the named graphs; the endpoint is read-only."


def sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def description(endpoint: str) -> list[ox.Triple]:
    """The Service Description of the endpoint at the URL `endpoint`."""
    service, dataset = ox.BlankNode("service"), ox.BlankNode("dataset")
    default = ox.BlankNode("defaultGraph")
    written = dict.fromkeys([*RESULT_TYPES.values(), *GRAPH_TYPES.values()])
    formats = [ox.NamedNode(FORMATS_NS + FORMAT_IRIS[f]) for f in written]
    triples: list[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, Object]] = [
        (service, RDF_TYPE, sd("Service")),
        (service, sd("endpoint"), ox.NamedNode(endpoint)),
        (service, sd("supportedLanguage"), sd("SPARQL11Query")),
        (service, sd("feature"), sd("UnionDefaultGraph")),
        (service, sd("defaultEntailmentRegime"), SIMPLE_ENTAILMENT),
        *((service, sd("resultFormat"), iri) for iri in formats),
        (service, DCTERMS_TITLE, ox.Literal(TITLE, language="en")),
        (service, sd("defaultDataset"), dataset),
        (dataset, RDF_TYPE, sd("Dataset")),
        (dataset, sd("defaultGraph"), default),
        (default, RDF_TYPE, sd("Graph")),
        (dataset, RDFS_COMMENT, ox.Literal(UNION, language="en")),
    ]
    return [ox.Triple(*triple) for triple in triples]


def description_bytes(endpoint: str, fmt: str) -> bytes:
    """The description in one of the graph formats (ttl, nt, rdf, jsonld)."""
    prefixes = {
        "sd": SD,
        "formats": FORMATS_NS,
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "dcterms": "http://purl.org/dc/terms/",
    }
    return graph_bytes(description(endpoint), fmt, prefixes)
