"""Query results held in one shape, whichever engine produced them.

Terms are pyoxigraph terms (NamedNode, BlankNode, Literal, or None when a
variable is unbound), so formats.py serialises every engine's answer alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

Term = Any  # ox.NamedNode | ox.BlankNode | ox.Literal | None


@dataclass
class Result:
    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term, ...]] = field(default_factory=list)
    boolean: bool = False
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False

    def dicts(self) -> list[dict[str, Any]]:
        """Rows as {variable: plain value} (IRI or lexical form; None when unbound)."""
        return [
            {v: (None if t is None else t.value) for v, t in zip(self.variables, row, strict=True)}
            for row in self.rows
        ]


def from_oxigraph(answer: Any, row_cap: int | None = None) -> Result:
    """Materialise a pyoxigraph answer, keeping at most `row_cap` rows."""
    if isinstance(answer, ox.QueryBoolean):
        return Result("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows: list[tuple[Term, ...]] = []
        truncated = False
        for solution in answer:
            if row_cap is not None and len(rows) >= row_cap:
                truncated = True
                break
            rows.append(tuple(solution[n] for n in names))
        return Result("select", names, rows, truncated=truncated)
    triples: list[Any] = []
    for triple in answer:
        if row_cap is not None and len(triples) >= row_cap:
            return Result("graph", triples=triples, truncated=True)
        triples.append(triple)
    return Result("graph", triples=triples)


def to_oxigraph_term(term: Any) -> Term:
    """An rdflib term as a pyoxigraph term."""
    from rdflib import BNode, Literal, URIRef  # only the rdflib engine has rdflib terms

    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unexpected term {term!r}")
