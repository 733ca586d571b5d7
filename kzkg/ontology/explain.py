"""Why HermiT found the graph inconsistent: the individuals and classes involved.

HermiT answers only "inconsistent". The clashes our ontology can produce are
few, so they are looked for directly in the reasoner's input: an individual
that falls in two disjoint classes (asserted, or through a property's domain
or range, up the subclass tree), two different values of a functional
datatype property, and a literal outside its property's datatype (e.g. a
kz:duration that is not ISO 8601 text). Each clash is one line naming the
individual, the classes and where each class comes from.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.term import Node

from kzkg.vocab import PREFIXES


def short(term: Node) -> str:
    """kz:Person rather than the whole IRI, for one readable line."""
    text = str(term)
    for name, ns in PREFIXES.items():
        if text.startswith(str(ns)) and len(text) > len(str(ns)):
            return f"{name}:{text[len(str(ns)) :]}"
    return f"<{text}>"


def explain(graph: Graph) -> list[str]:
    """One line per clash found; empty when none of the known kinds is present."""
    return [*_disjoint_classes(graph), *_functional_values(graph), *_datatype_ranges(graph)]


def _supers(graph: Graph) -> dict[Node, set[Node]]:
    supers: dict[Node, set[Node]] = defaultdict(set)
    for cls in set(graph.subjects(RDFS.subClassOf)):
        supers[cls] = {c for c in graph.transitive_objects(cls, RDFS.subClassOf) if c is not None}
    return supers


def _disjoint_pairs(graph: Graph) -> set[frozenset[Node]]:
    pairs = {frozenset((a, b)) for a, b in graph.subject_objects(OWL.disjointWith)}
    for group in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        members = graph.value(group, OWL.members)
        if members is not None:
            pairs |= {frozenset(p) for p in combinations(Collection(graph, members), 2)}
    return {p for p in pairs if len(p) == 2}


def _classes_of(graph: Graph) -> dict[Node, dict[Node, str]]:
    """Each named individual's classes, each with why it has it."""
    why: dict[Node, dict[Node, str]] = defaultdict(dict)
    for s, cls in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and isinstance(cls, URIRef) and not cls.startswith(str(OWL)):
            why[s].setdefault(cls, "asserted")
    for prop, cls in graph.subject_objects(RDFS.domain):
        if isinstance(cls, URIRef):
            for s in graph.subjects(prop, None):
                if isinstance(s, URIRef):
                    why[s].setdefault(cls, f"subject of {short(prop)}")
    for prop, cls in graph.subject_objects(RDFS.range):
        if isinstance(cls, URIRef) and (prop, RDF.type, OWL.ObjectProperty) in graph:
            for o in graph.objects(None, prop):
                if isinstance(o, URIRef):
                    why[o].setdefault(cls, f"object of {short(prop)}")
    return why


def _disjoint_classes(graph: Graph) -> list[str]:
    supers, pairs, found = _supers(graph), _disjoint_pairs(graph), []
    schema = set(graph.subjects(RDF.type, OWL.Class)) | set(graph.subjects(RDF.type, RDFS.Datatype))
    for individual, direct in sorted(_classes_of(graph).items(), key=lambda item: str(item[0])):
        if individual in schema:
            continue
        reached: dict[Node, tuple[Node, str]] = {}
        for cls, reason in sorted(direct.items(), key=lambda item: str(item[0])):
            for sup in {cls} | supers.get(cls, set()):
                reached.setdefault(sup, (cls, reason))
        for pair in sorted(pairs, key=lambda p: sorted(map(str, p))):
            a, b = sorted(pair, key=str)
            if a in reached and b in reached:
                found.append(
                    f"{short(individual)} is both {_via(a, reached[a])} and "
                    f"{_via(b, reached[b])}, which are disjoint"
                )
    return found


def _via(cls: Node, source: tuple[Node, str]) -> str:
    direct, reason = source
    chain = short(cls) if direct == cls else f"{short(cls)} (as {short(direct)})"
    return f"{chain} [{reason}]"


def _functional_values(graph: Graph) -> list[str]:
    found = []
    for prop in sorted(graph.subjects(RDF.type, OWL.FunctionalProperty), key=str):
        if (prop, RDF.type, OWL.DatatypeProperty) not in graph:
            continue
        values: dict[Node, set[Node]] = defaultdict(set)
        for s, o in graph.subject_objects(prop):
            if isinstance(o, Literal):
                values[s].add(o)
        for s, literals in sorted(values.items(), key=lambda item: str(item[0])):
            if len({_value(lit) for lit in literals}) > 1:
                shown = ", ".join(sorted(repr(str(v)) for v in literals))
                found.append(f"{short(s)} has {shown} for {short(prop)}, which takes one value")
    return found


def _value(literal: Node) -> object:
    value = getattr(literal, "value", None)
    return str(literal) if value is None else value


def _datatype_ranges(graph: Graph) -> list[str]:
    found = []
    for prop, datatype in sorted(graph.subject_objects(RDFS.range)):
        if (prop, RDF.type, OWL.DatatypeProperty) not in graph:
            continue
        base, patterns = _restriction(graph, datatype)
        if base != XSD.string:  # numbers and dates: subtypes and lexical forms are SHACL's
            continue
        for s, value in sorted(graph.subject_objects(prop)):
            if not isinstance(value, Literal):
                continue
            kind = value.datatype or (None if value.language else XSD.string)
            fits = kind == base and all(re.fullmatch(p, str(value)) for p in patterns)
            if not fits:
                found.append(
                    f"{short(s)} has {str(value)!r} for {short(prop)}, "
                    f"outside its range {short(datatype)}"
                )
    return found


def _restriction(graph: Graph, datatype: Node) -> tuple[Node | None, list[str]]:
    """The base datatype and xsd:pattern facets of a range; (None, []) for a class."""
    if (datatype, RDF.type, OWL.Class) in graph or not isinstance(datatype, URIRef):
        return None, []
    if datatype.startswith(str(XSD)):
        return datatype, []
    for shape in graph.objects(datatype, OWL.equivalentClass):
        base = graph.value(shape, OWL.onDatatype)
        facets = graph.value(shape, OWL.withRestrictions)
        if base is None:
            continue
        patterns = []
        if isinstance(facets, BNode):
            for facet in Collection(graph, facets):
                patterns += [str(p) for p in graph.objects(facet, XSD.pattern)]
        return base, patterns
    return None, []
