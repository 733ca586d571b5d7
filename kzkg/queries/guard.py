"""What a query must pass before the engine sees it: parsed, not too deep, no SERVICE.

The decision is made on a real SPARQL parser's tree (rdflib's), not on the
text: a regular expression over text disagreed with the engine about where
comments and IRIs end, and hid a SERVICE clause from the check. Two places
where rdflib and Oxigraph read the same text differently are closed first:
a comment ends at a carriage return for Oxigraph and only at a line feed for
rdflib (so carriage returns become line feeds, in the text checked and the
text run alike), and rdflib expands `\\uXXXX` escapes anywhere while Oxigraph
reads them only inside strings (so they are refused). Whatever still slips
through meets workers that cannot open a network socket (server/sandbox.py).

Oxigraph recurses once per level of nesting and per link of a chain
(`a || b || c`, `{...} UNION {...}`, a path `p/q/r`, the OPTIONALs of a
group) and crashes its process past a few thousand; `depth` counts those
levels and a query past `MAX_DEPTH` is refused before it runs.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kzkg.errors import InputError
from kzkg.queries.syntax import explain, is_update

MAX_DEPTH = 300
UPDATES_REFUSED = "updates are not allowed on this endpoint (read-only)"
UPDATES_LOCAL = "updates are not run here: kzkg query only reads the graph (kzkg build writes it)"
# rdflib's parser recurses about 25 Python frames per level of nesting: enough
# room for MAX_DEPTH, still far from the C stack (tested to 20,000 levels).
PARSER_RECURSION = 15_000
_ESCAPE = re.compile(r"\\[uU]")
# Lists that the engine folds into a left-deep tree, one level per item.
_CHAINS = {"part", "graph", "other"}
# Rows of VALUES data stay flat.
_FLAT = {"InlineData", "InlineDataOneVar", "InlineDataFull"}


class QueryRefused(InputError):
    """A well-formed query this endpoint will not run."""


class Malformed(InputError):
    """Text the parser cannot read as SPARQL."""


def normalise(text: str) -> str:
    """Line ends as line feeds, so every parser sees the same comments."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@contextmanager
def _recursion_limit(limit: int) -> Iterator[None]:
    before = sys.getrecursionlimit()
    sys.setrecursionlimit(max(before, limit))
    try:
        yield
    finally:
        sys.setrecursionlimit(before)


def parse(text: str) -> Any:
    """rdflib's parse tree of the query; an InputError saying where it is malformed."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        with _recursion_limit(PARSER_RECURSION):
            return parseQuery(text)
    except RecursionError:
        raise QueryRefused(too_deep(None)) from None
    except Exception as exc:  # pyparsing's ParseException; rdflib's plain ones for some input
        raise Malformed(explain(text, str(exc), refusal=exc)) from None


def too_deep(depth: int | None) -> str:
    found = f" ({depth} levels)" if depth is not None else ""
    return (
        f"query nested too deeply{found}: at most {MAX_DEPTH} levels of groups, "
        "parentheses, UNION/OPTIONAL/FILTER chains and path steps"
    )


def _children(node: Any) -> Iterator[tuple[str, Any]]:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        yield from node.items()
    elif isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        for item in node:
            yield "", item


def depth(node: Any, budget: int = MAX_DEPTH) -> int:
    """Levels the engine will nest for this parse tree (stops counting past `budget`)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [(node, 0)]
    deepest = 0
    while stack:  # iterative: the tree may be as deep as the parser allowed
        current, level = stack.pop()
        if isinstance(current, CompValue):
            level += 1
            if current.name in _FLAT:
                deepest = max(deepest, level)
                continue
        deepest = max(deepest, level)
        if deepest > budget:
            return deepest
        for key, child in _children(current):
            chained = key in _CHAINS and type(child).__name__ in ("ParseResults", "list")
            stack.append((child, level + (len(child) if chained else 0)))
    return deepest


def uses_service(tree: Any) -> bool:
    """True if the parse tree has a SERVICE pattern anywhere."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        current = stack.pop()
        if isinstance(current, CompValue) and current.name == "ServiceGraphPattern":
            return True
        stack.extend(child for _, child in _children(current))
    return False


def check_query(text: str, *, local: bool = False) -> str:
    """The text to run, once the query has passed; QueryRefused or Malformed otherwise.

    `local=True` is for the command line, on the user's own machine: SERVICE is
    allowed, and text rdflib cannot read (SPARQL 1.2 syntax, say) goes on to the
    engine, which says what is wrong with it; only the nesting limit holds."""
    text = normalise(text)
    _check(text, local)
    return text


@dataclass
class QueryCheck:
    """`check_query` that remembers the queries that passed (by digest): clients
    repeat their queries, and rdflib takes a fifth of a second over a long one."""

    remembered: int = 512
    passed: OrderedDict[bytes, None] = field(default_factory=OrderedDict)

    def __call__(self, text: str) -> str:
        text = normalise(text)
        key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
        if key in self.passed:
            self.passed.move_to_end(key)
            return text
        _check(text, local=False)
        self.passed[key] = None
        if len(self.passed) > self.remembered:
            self.passed.popitem(last=False)
        return text


def _check(text: str, local: bool) -> None:
    if is_update(text):  # an update sent as a query; the engine would say "expected CONSTRUCT"
        raise QueryRefused(UPDATES_LOCAL if local else UPDATES_REFUSED)
    if not local and _ESCAPE.search(text):
        raise QueryRefused(
            "\\u and \\U escapes are not accepted (parsers disagree on them): "
            "write the character itself"
        )
    try:
        tree = parse(text)
    except Malformed:
        if local:
            return
        raise
    levels = depth(tree)
    if levels > MAX_DEPTH:
        raise QueryRefused(too_deep(levels))
    if not local and uses_service(tree):
        raise QueryRefused("federated queries (SERVICE) are not allowed on this endpoint")
