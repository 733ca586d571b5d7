"""Rows of a saved query, for the query view.

COUPLING with the saved-query helper (kzkg.queries, written in parallel): when
`KnowledgeGraph.query(name, **params)` exists it is used for named queries.
Otherwise, and for a path to an .rq file, the file is read here: its header
(`# title:`, `# param: name | what | default`) gives the title and the
parameters, which are bound as IRIs when they name an entity, else as text.
Everything else in the views depends only on the rows.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kzkg.errors import InputError, KzkgError
from kzkg.paths import queries_dir
from kzkg.queries.params import fill_placeholders, placeholder
from kzkg.store import KnowledgeGraph


def parse_header(text: str) -> tuple[str | None, dict[str, str]]:
    """The `# title:` and the `# param:` defaults of a saved query."""
    title = None
    params: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            continue
        key, _, value = line.lstrip("# ").partition(":")
        if key.strip() == "title":
            title = value.strip()
        elif key.strip() == "param":
            parts = [p.strip() for p in value.split("|")]
            params[parts[0]] = parts[2] if len(parts) > 2 else ""
    return title, params


def _term(kg: KnowledgeGraph, value: str) -> Any:
    if value.startswith(("http://", "https://")):
        try:
            return ox.NamedNode(value)
        except ValueError as exc:
            raise InputError(f"not a valid IRI <{value}>: {exc}") from None
    try:
        return ox.NamedNode(kg.resolve(value))
    except KzkgError:
        return ox.Literal(value)


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


def _from_file(
    kg: KnowledgeGraph, path: Path, params: dict[str, str]
) -> tuple[str, list[dict[str, Any]]]:
    text = path.read_text(encoding="utf-8")
    title, declared = parse_header(text)
    unknown = sorted(set(params) - set(declared))
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        raise InputError(f"{path.name}: unknown parameter(s) {', '.join(unknown)} (known: {known})")
    values = {**declared, **params}
    bindings = {k: _term(kg, v) for k, v in values.items() if v}
    # Saved queries name a parameter in `VALUES ?name { UNDEF }`: fill those in one
    # pass over the file's text; the engine substitutes any other parameter variable.
    filled = {k: t for k, t in bindings.items() if placeholder(re.escape(k)).search(text)}
    text = fill_placeholders(text, filled)
    bindings = {k: t for k, t in bindings.items() if k not in filled}
    return title or path.stem, kg.select(text, **bindings)


def run_saved_query(
    kg: KnowledgeGraph, name: str, params: dict[str, str]
) -> tuple[str, list[dict[str, Any]]]:
    """(title, rows) of a saved query given by name or by .rq path."""
    if name.endswith(".rq"):
        path = Path(name)
        if not path.is_file():
            raise InputError(f"{path}: query file does not exist")
        return _from_file(kg, path, params)
    if hasattr(kg, "query"):  # the saved-query helper's API
        result = kg.query(name, **params)
        rows = getattr(result, "rows", result)
        saved = getattr(kg, "saved", None)  # its catalogue entry, for the title
        title = getattr(saved(name), "title", "") if callable(saved) else ""
        return title or name, [{k: _plain(v) for k, v in dict(row).items()} for row in rows]
    path = queries_dir() / f"{name}.rq"
    if not path.is_file():
        names = sorted(p.stem for p in queries_dir().glob("*.rq"))
        raise InputError(f"no saved query '{name}' (available: {', '.join(names) or 'none'})")
    return _from_file(kg, path, params)


def parameter_nodes(kg: KnowledgeGraph, name: str, params: dict[str, str]) -> list[str]:
    """IRIs of the entities the query's parameters name (given, else the defaults)."""
    declared: dict[str, str] = {}
    path = Path(name) if name.endswith(".rq") else queries_dir() / f"{name}.rq"
    if not name.endswith(".rq") and callable(getattr(kg, "saved", None)):
        try:  # the catalogue of the graph's own queries folder
            declared = {p.name: p.default for p in getattr(kg.saved(name), "params", ())}
        except KzkgError:
            declared = {}
    elif path.is_file():
        _, declared = parse_header(path.read_text(encoding="utf-8"))
    values = {**declared, **params}
    found = []
    for value in values.values():
        if not value:
            continue
        try:
            term = _term(kg, value)
        except KzkgError:
            continue
        if isinstance(term, ox.NamedNode):
            found.append(term.value)
    return found
