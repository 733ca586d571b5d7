"""Namespaces and IRI minting shared by every step that reads or writes RDF.

IRIs derive from content (DESIGN.md, Identity): an entity's from its type and
canonical label, a fact's from its kind and key fields, so rebuilding the same
corpus gives the same IRIs and two documents reporting one fact share a node.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import URIRef


class Namespace(str):
    """rdflib's Namespace, without importing rdflib until a term is made.

    `KZ.Person` and `KZ["Person"]` are rdflib URIRefs, `str(KZ)` the namespace
    IRI, as with rdflib's own; a command that only queries (`kzkg query`) never
    needs rdflib and starts without its ~100 ms import."""

    __slots__ = ()

    def term(self, name: str) -> URIRef:
        from rdflib import URIRef

        return URIRef(str(self) + name)

    def __getitem__(self, name: str) -> URIRef:  # type: ignore[override]
        return self.term(name)

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.term(name)

    @property
    def title(self) -> URIRef:  # type: ignore[override]  # kz:title, not str.title
        return self.term("title")

    def __contains__(self, ref: object) -> bool:
        return str(ref).startswith(str(self))

    def __repr__(self) -> str:
        return f"Namespace({str(self)!r})"


KZ = Namespace("https://w3id.org/kzkg/ontology#")
KZR = Namespace("https://w3id.org/kzkg/id/")
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")

ONTOLOGY = "https://w3id.org/kzkg/ontology"  # ONTOLOGY_IRI as a plain string

PREFIXES: dict[str, Namespace] = {
    "kz": KZ,
    "kzr": KZR,
    "oa": OA,
    "org": ORG,
    "sem": SEM,
    "wd": WD,
    "rdf": Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    "rdfs": Namespace("http://www.w3.org/2000/01/rdf-schema#"),
    "owl": Namespace("http://www.w3.org/2002/07/owl#"),
    "xsd": Namespace("http://www.w3.org/2001/XMLSchema#"),
    "skos": Namespace("http://www.w3.org/2004/02/skos/core#"),
    "dcterms": Namespace("http://purl.org/dc/terms/"),
    "prov": Namespace("http://www.w3.org/ns/prov#"),
}

_TERMS = {
    "ONTOLOGY_IRI": ONTOLOGY,
    "RESOLUTION_GRAPH": KZR + "graph/resolution",
    "CURATED_GRAPH": KZR + "graph/curated",
}
_RDFLIB_NAMESPACES = ("DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD")


def __getattr__(name: str) -> Any:
    """The rdflib terms and namespaces of this module, made when first imported."""
    if name in _TERMS:
        from rdflib import URIRef

        value: Any = URIRef(_TERMS[name])
    elif name in _RDFLIB_NAMESPACES:
        import rdflib.namespace

        value = getattr(rdflib.namespace, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def sparql_prefixes() -> str:
    """PREFIX lines for every project namespace, for ad-hoc and saved queries."""
    return "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items())


@lru_cache(maxsize=65_536)  # the same labels and document ids, IRI after IRI
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
    return KZR[_evidence_path(doc_id, start, end, extractor)]


def evidence_name(doc_id: str, start: int, end: int, extractor: str) -> str:
    """`evidence_iri` as a plain string, for writers that make no rdflib term."""
    return str(KZR) + _evidence_path(doc_id, start, end, extractor)


def _evidence_path(doc_id: str, start: int, end: int, extractor: str) -> str:
    return f"evidence/{slug(doc_id)}/{start}-{end}-{_extractor_tag(extractor)}"


@lru_cache(maxsize=1024)  # a build's few dozen extractor names, on every quote
def _extractor_tag(extractor: str) -> str:
    return digest(extractor)[:6]
