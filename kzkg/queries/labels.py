"""The label index: an entity found by its exact label in one dictionary look-up.

`params.resolve` scans and case-folds every label of the wanted class, which
costs milliseconds per parameter at a million triples. Most parameters are an
entity's exact label or alias; `lookup` answers those from a map of
case-folded names, and returns None for everything else (no match, several,
a post named by its body, part of a label), which `resolve` then answers
and explains. The index is saved with the on-disk store (kzkg/diskstore.py)
so a process that opens it never rebuilds it.
"""

from __future__ import annotations

from typing import Any

from kzkg.queries.params import EntityIndex, _class_iri


def index_to_json(index: EntityIndex) -> dict[str, Any]:
    return {
        "names": index.names,
        "classes": {iri: sorted(kinds) for iri, kinds in index.classes.items()},
        "parts": {iri: sorted(bodies) for iri, bodies in index.parts.items()},
    }


def index_from_json(data: dict[str, Any]) -> EntityIndex:
    return EntityIndex(
        names={iri: list(names) for iri, names in data["names"].items()},
        classes={iri: set(kinds) for iri, kinds in data["classes"].items()},
        parts={iri: set(bodies) for iri, bodies in data["parts"].items()},
    )


def label_keys(index: EntityIndex) -> dict[str, list[str]]:
    """{case-folded label or alias: the entities it names}."""
    keys: dict[str, list[str]] = {}
    for iri, names in index.names.items():
        for name in names:
            found = keys.setdefault(name.casefold(), [])
            if iri not in found:
                found.append(iri)
    return keys


def lookup(index: EntityIndex, keys: dict[str, list[str]], text: str, kind: str) -> str | None:
    """The one entity of class `kind` whose label or alias is `text` (any case), or None
    when `resolve` must decide: exactly its first step, without the scan."""
    cls = _class_iri(kind)
    found = [
        iri
        for iri in keys.get(text.strip().casefold(), ())
        if cls is None or cls in index.classes.get(iri, ())
    ]
    return found[0] if len(found) == 1 else None
