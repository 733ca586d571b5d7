"""Binding a saved query's parameters: resolve what the user typed, then fill VALUES.

Users type an IRI, a prefixed name (kzr:person/...) or a label or alias
("Tokaev"). Entity parameters are resolved through the graph's labels to one
IRI; the value is then made into an RDF term by pyoxigraph (which validates
IRIs and escapes literals) and placed in the query's `VALUES ?name { UNDEF }`
clause. The user's text is never spliced into SPARQL as it stands.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox

from kzkg.dates import PartialDate
from kzkg.errors import InputError
from kzkg.queries.catalogue import Param, SavedQuery
from kzkg.vocab import KZ, PREFIXES


@dataclass
class EntityIndex:
    """Labels, aliases and classes of every entity, for resolving parameters."""

    names: dict[str, list[str]] = field(default_factory=dict)  # iri -> [label, aliases...]
    classes: dict[str, set[str]] = field(default_factory=dict)  # iri -> classes and superclasses
    parts: dict[str, set[str]] = field(default_factory=dict)  # post -> the body it is a post in

    def of_class(self, cls: str | None) -> list[str]:
        if cls is None:
            return list(self.names)
        return [iri for iri, kinds in self.classes.items() if cls in kinds and iri in self.names]


def expand(text: str) -> str | None:
    """The full IRI for `<iri>`, `http(s)://...`, `urn:...` or a project prefixed name."""
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    if re.match(r"^(https?|urn):", text):
        return text
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and " " not in local:
        return str(PREFIXES[prefix]) + local
    return None


def _class_iri(kind: str) -> str | None:
    if kind == "entity":
        return None
    return expand(kind) or str(KZ[kind])


def resolve(index: EntityIndex, text: str, kind: str = "entity") -> str:
    """The IRI of the one entity of class `kind` named `text`; an InputError otherwise."""
    iri = expand(text)
    if iri is not None:
        return iri
    cls = _class_iri(kind)
    pool = index.of_class(cls)
    wanted = text.strip().casefold()
    shown = repr(text)[1:-1]  # an error message stays one line whatever was typed
    what = "entity" if cls is None else f"{kind.split(':')[-1]}"

    def named(iri: str) -> str:
        return f"{index.names[iri][0]} <{iri}>"

    exact = sorted(i for i in pool if wanted in (n.casefold() for n in index.names[i]))
    if not exact:
        # A post may be named by its body ("Security Council" for its head).
        anywhere = {i for i, ns in index.names.items() if wanted in (n.casefold() for n in ns)}
        exact = sorted(i for i in pool if index.parts.get(i, set()) & anywhere)
    if not exact and len(wanted) >= 3:
        exact = sorted(i for i in pool if any(wanted in n.casefold() for n in index.names[i]))
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        listed = "; ".join(named(i) for i in exact[:10])
        raise InputError(f"'{shown}' matches several {what}s: {listed}")
    labels = {n: i for i in pool for n in index.names[i]}
    close = difflib.get_close_matches(text, list(labels), n=5, cutoff=0.6)
    if close:
        hint = f"; closest: {'; '.join(named(labels[c]) for c in close)}"
    else:
        some = sorted(index.names[i][0] for i in pool)[:8]
        hint = f"; {what}s include: {', '.join(some)}" if some else f"; the graph has no {what}s"
    raise InputError(f"no {what} is labelled '{shown}'{hint}")


def term_for(index: EntityIndex, param: Param, value: str) -> ox.NamedNode | ox.Literal:
    if param.kind == "date":
        try:
            return ox.Literal(PartialDate.parse(value).iso())
        except ValueError as exc:
            raise InputError(f"parameter '{param.name}': {exc}") from None
    if param.kind == "text":
        return ox.Literal(value)
    iri = resolve(index, value, param.kind)
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise InputError(f"parameter '{param.name}': not a valid IRI <{iri}>: {exc}") from None


ANY = "*"


def placeholder(names: str) -> re.Pattern[str]:
    """`VALUES ?name { UNDEF }` for a name (or an alternation of names, as group 1);
    keywords in any case, the variable exactly as SPARQL compares it."""
    return re.compile(r"(?i:VALUES)\s+\?(" + names + r")\s*\{\s*(?i:UNDEF)\s*\}")


def fill_placeholders(text: str, terms: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """`text` with every `VALUES ?name { UNDEF }` of a bound name filled with its term.

    One pass over the original text: a filled value is never searched again, so a
    value that looks like another parameter's placeholder stays inside its literal
    (substituting one name after another let the second land inside the first)."""
    if not terms:
        return text
    every = placeholder("|".join(re.escape(name) for name in terms))
    # A query may repeat a placeholder in each UNION branch: all are filled.
    return every.sub(lambda found: f"VALUES ?{found.group(1)} {{ {terms[found.group(1)]} }}", text)


def bind_terms(query: SavedQuery, values: Mapping[str, str], index: EntityIndex) -> dict:
    """{parameter: RDF term} for every parameter not left open (`*`)."""
    for name in values:
        query.param(name)  # raises, naming the parameters the query takes
    terms = {}
    for param in query.params:
        value = values.get(param.name) or param.default
        if not value:
            raise InputError(
                f"query '{query.name}' needs parameter '{param.name}' "
                f"({param.description}); {query.signature()}"
            )
        if not placeholder(re.escape(param.name)).search(query.text):
            raise InputError(
                f"{query.path}: no 'VALUES ?{param.name} {{ UNDEF }}' for its parameter"
            )
        if value != ANY:
            terms[param.name] = term_for(index, param, str(value))
    return terms


def bind(query: SavedQuery, values: Mapping[str, str], index: EntityIndex) -> str:
    """The query text with every parameter's VALUES clause filled in."""
    return fill_placeholders(query.text, bind_terms(query, values, index))
