"""Ontology classes: the most specific class of a node and its broad category.

Categories (person, organization, ..., claim) decide a node's colour and shape
in views and the `type` column of the CSV entity table.
"""

from __future__ import annotations

import re
from collections import defaultdict

from kzkg.store import KnowledgeGraph
from kzkg.vocab import KZ

# Broad kinds that get a colour and a shape; the first ancestor that matches wins.
CATEGORIES = (
    "Person",
    "Organization",
    "Group",
    "Place",
    "Post",
    "Tenure",
    "Event",
    "Claim",
    "Statistic",
)
ENTITY_CATEGORIES = frozenset({"Person", "Organization", "Group", "Place", "Post", "Entity"})

ANCESTORS_QUERY = "SELECT ?c ?super WHERE { ?c a owl:Class ; rdfs:subClassOf* ?super . }"


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def class_ancestors(kg: KnowledgeGraph) -> dict[str, set[str]]:
    ancestors: dict[str, set[str]] = defaultdict(set)
    for row in kg.select(ANCESTORS_QUERY):
        ancestors[row["c"]].add(row["super"])
    return ancestors


def category_of(cls: str, ancestors: dict[str, set[str]]) -> str:
    supers = ancestors.get(cls, {cls}) | {cls}
    for name in CATEGORIES:
        if str(KZ[name]) in supers:
            return name
    return "Entity" if str(KZ.Entity) in supers else "Fact"


def most_specific(types: set[str], ancestors: dict[str, set[str]]) -> str:
    # The class with the most ancestors is the deepest; ties break by IRI.
    return max(sorted(types), key=lambda t: len(ancestors.get(t, ())))
