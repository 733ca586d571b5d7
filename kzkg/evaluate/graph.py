"""The built graph as the evaluation sees it: names, types and, per kind of
fact, each extracted fact with its arguments and evidence spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kzkg.evaluate.text import Span, name_key
from kzkg.vocab import ONTOLOGY_IRI, sparql_prefixes

# Per kind of fact: the pattern that finds the facts, and each argument's path.
FACT_PATTERNS = {
    "roles": "?f a kz:Tenure",
    "events": "?f a ?c . ?c rdfs:subClassOf+ kz:Event",
    "claims": "?f a kz:Claim",
    "statistics": "?f a kz:Statistic",
}
ARGUMENT_PATHS = {
    "roles": {
        "holder": "kz:holder",
        "post": "kz:post",
        "organization": "kz:post/kz:postIn",
        "start": "kz:startDate",
        "end": "kz:endDate",
        "predecessor": "kz:predecessor",
        "successor": "kz:successor",
    },
    "events": {
        "type": "a/rdfs:label",
        "date": "kz:date",
        "place": "kz:place",
        "agents": "kz:agent",
        "participants": "kz:participant",
        "targets": "kz:target",
    },
    "claims": {"claimant": "kz:claimant", "about": "kz:about", "date": "kz:date"},
    "statistics": {
        "value": "kz:value",
        "number": "kz:numericValue",
        "claimant": "kz:claimant",
        "date": "kz:date",
    },
}


@dataclass
class Fact:
    iri: str
    label: str = ""
    args: dict[str, set[str]] = field(default_factory=dict)
    spans: list[tuple[str, Span, str]] = field(default_factory=list)  # (docId, span, quote)
    curated: bool = False


def _value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str | None:
    return term.value if term is not None else None


class BuiltGraph:
    """A built TriG graph with the ontology, in an in-memory Oxigraph store."""

    def __init__(self, trig: Path, ontology: Path) -> None:
        self.store = ox.Store()
        self.store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        self.store.bulk_load(
            path=str(ontology), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(ONTOLOGY_IRI))
        )
        self.synonyms: dict[str, set[str]] = {}  # from the gold: see Gold.synonyms
        self.names: dict[str, set[str]] = {}
        for row in self.rows("SELECT ?e ?n { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } }"):
            self.names.setdefault(row["e"], set()).add(name_key(row["n"]))
        self.types: dict[str, set[str]] = {}
        closure = "SELECT ?e ?t { ?e a/rdfs:subClassOf* ?t . ?t rdfs:subClassOf* kz:Entity }"
        for row in self.rows(closure):
            self.types.setdefault(row["e"], set()).add(row["t"].rsplit("#", 1)[-1])
        files = "SELECT ?id ?file { ?d a kz:Document ; kz:docId ?id ; kz:fileName ?file }"
        self.doc_ids = {row["file"]: row["id"] for row in self.rows(files)}

    def rows(self, query: str) -> list[dict[str, Any]]:
        result = self.store.query(sparql_prefixes() + query, use_default_graph_as_union=True)
        assert isinstance(result, ox.QuerySolutions)  # every query here is a SELECT
        names = [v.value for v in result.variables]
        return [{n: _value(t) for n, t in zip(names, solution, strict=True)} for solution in result]

    def named(self, iri: str | None, wanted: list[str]) -> bool:
        """Does the entity go by one of the wanted names (or another name of the
        same gold entity)?"""
        if iri is None:
            return False
        names = set(wanted).union(*(self.synonyms.get(w, ()) for w in wanted))
        return bool(self.names.get(iri, set()) & names)

    def facts(self, kind: str) -> dict[str, Fact]:
        pattern = FACT_PATTERNS[kind]
        found: dict[str, Fact] = {}
        for row in self.rows(
            f"SELECT DISTINCT ?f ?l {{ {pattern} OPTIONAL {{ ?f rdfs:label ?l }} }}"
        ):
            found.setdefault(row["f"], Fact(row["f"], row["l"] or ""))
        for arg, path in ARGUMENT_PATHS[kind].items():
            for row in self.rows(f"SELECT DISTINCT ?f ?v {{ {pattern} . ?f {path} ?v }}"):
                found[row["f"]].args.setdefault(arg, set()).add(row["v"])
        evidence = f"""SELECT ?f ?id ?s ?e ?q {{ {pattern} . ?f kz:evidence ?ev .
            ?ev kz:document/kz:docId ?id ; oa:start ?s ; oa:end ?e ; oa:exact ?q }}"""
        for row in self.rows(evidence):
            span = (int(row["s"]), int(row["e"]))
            found[row["f"]].spans.append((row["id"], span, row["q"]))
        for row in self.rows(f"SELECT DISTINCT ?f {{ {pattern} . ?f kz:evidence/kz:curator ?c }}"):
            found[row["f"]].curated = True
        return found
