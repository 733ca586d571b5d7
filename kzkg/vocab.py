"""Namespaces and IRI minting shared by every step that reads or writes RDF.

IRIs derive from content (DESIGN.md, Identity): an entity's from its type and
canonical label, a fact's from its kind and key fields, so rebuilding the same
corpus gives the same IRIs and two documents reporting one fact share a node.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KZ = Namespace("https://w3id.org/kzkg/ontology#")
KZR = Namespace("https://w3id.org/kzkg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")

ONTOLOGY_IRI = URIRef("https://w3id.org/kzkg/ontology")
RESOLUTION_GRAPH = KZR["graph/resolution"]
CURATED_GRAPH = KZR["graph/curated"]

PREFIXES: dict[str, Namespace] = {
    "kz": KZ,
    "kzr": KZR,
    "oa": OA,
    "org": ORG,
    "sem": SEM,
    "wd": WD,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)),
    "prov": Namespace(str(PROV)),
}


def sparql_prefixes() -> str:
    """PREFIX lines for every project namespace, for ad-hoc and saved queries."""
    return "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items())


def slug(text: str) -> str:
    """ASCII, lower-case, hyphenated form of a label: 'Dag A. Fedøy' -> 'dag-a-fedoy'."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    folded = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-").lower()
    if folded:
        return folded
    # Labels with no Latin letters (Cyrillic, Kazakh) still need a stable slug.
    return "u-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def digest(*parts: object) -> str:
    """Short stable hash of a fact's key fields."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def entity_iri(kind: str, label: str) -> URIRef:
    return KZR[f"{kind.lower()}/{slug(label)}"]


def fact_iri(kind: str, *key: object) -> URIRef:
    return KZR[f"{kind.lower()}/{digest(kind, *key)}"]


def document_iri(doc_id: str) -> URIRef:
    return KZR[f"document/{slug(doc_id)}"]


def document_graph(doc_id: str) -> URIRef:
    return KZR[f"graph/document/{slug(doc_id)}"]


def evidence_iri(doc_id: str, start: int, end: int, extractor: str) -> URIRef:
    return KZR[f"evidence/{slug(doc_id)}/{start}-{end}-{digest(extractor)[:6]}"]
