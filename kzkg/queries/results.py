"""Query results held in one shape, whichever engine produced them.

Terms are pyoxigraph terms (NamedNode, BlankNode, Literal, or None when a
variable is unbound), so formats.py serialises every engine's answer alike.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kzkg.errors import InputError
from kzkg.queries.typed import (
    LIST_SEPARATOR,
    data_frame,
    html_table,
    short_text,
    sorted_items,
    typed_row,
)

Term = Any  # ox.NamedNode | ox.BlankNode | ox.Literal | None


@dataclass
class Result:
    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term, ...]] = field(default_factory=list)
    boolean: bool = False
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False
    lists: frozenset[str] = frozenset()  # columns a saved query joins with " | "

    # -- for notebooks: typed rows, len, iteration, a short repr, HTML, pandas, rdflib --

    def typed(self) -> list[dict[str, Any]]:
        """Rows as {variable: int, float, bool, PartialDate, list or text; None when unbound}."""
        return [typed_row(self.variables, row, self.lists) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) or int(self.boolean)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.typed() if self.kind == "select" else self.triples)

    def __bool__(self) -> bool:  # an empty answer is still an answer
        return True

    def __repr__(self) -> str:
        if self.kind == "ask":
            return f"<Result ask: {self.boolean}>"
        if self.kind == "graph":
            return f"<Result graph: {len(self.triples):,} triples; .graph() gives an rdflib Graph>"
        head = f"<Result {len(self.rows):,} rows × ({', '.join(self.variables)})"
        if not self.rows:
            return head + ">"
        first = typed_row(self.variables, self.rows[0], self.lists)
        shown = ", ".join(short_text(first[v], 24) for v in self.variables)
        return f"{head}, first: {shown}{' ...' if len(self.rows) > 1 else ''}>"

    def _repr_html_(self) -> str:
        if self.kind != "select":
            return f"<pre>{html.escape(repr(self))}</pre>"
        return html_table(self.variables, self.typed(), len(self.rows))

    def to_pandas(self) -> Any:
        """A pandas DataFrame of a SELECT answer, with typed columns."""
        if self.kind != "select":
            raise InputError("to_pandas() needs a SELECT query; use .graph() for CONSTRUCT")
        return data_frame(self.variables, self.typed())

    def graph(self) -> Any:
        """A CONSTRUCT or DESCRIBE answer as an rdflib Graph."""
        from rdflib import Graph  # rdflib is loaded only when asked for

        if self.kind != "graph":
            raise InputError("graph() needs a CONSTRUCT or DESCRIBE query")
        out = Graph()
        for triple in self.triples:
            out.add(
                tuple(to_rdflib_term(t) for t in (triple.subject, triple.predicate, triple.object))
            )
        return out

    def sort_lists(self) -> None:
        """Sort the items of each " | "-joined cell: engines join them in different orders."""
        at = [i for i, v in enumerate(self.variables) if v in self.lists]
        if not at:
            return
        done: dict[str, ox.Literal] = {}  # a fact's quotes repeat in each of its rows
        for n, row in enumerate(self.rows):
            cells = list(row)
            for i in at:
                term = cells[i]
                if isinstance(term, ox.Literal) and LIST_SEPARATOR in term.value:
                    text = term.value
                    if text not in done:
                        done[text] = ox.Literal(LIST_SEPARATOR.join(sorted_items(text)))
                    cells[i] = done[text]
            self.rows[n] = tuple(cells)

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


def to_rdflib_term(term: Any) -> Any:
    """A pyoxigraph term as an rdflib term."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
