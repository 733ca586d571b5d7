"""Each SPARQL text parsed once while checking: rdflib re-parses a string on every call.

pySHACL runs each SHACL-SPARQL constraint as a string, once per focus node and
shape, and `kzkg check` runs its violation queries on every example: the same
few dozen texts parsed hundreds of times, 40% of the check. `parsed_once`
memoises rdflib's parse-and-translate step for the block; a translated query
is rdflib's own prepared form, made to be evaluated again with other bindings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any


def _namespaces(init_ns: Mapping[str, Any] | None) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, str(v)) for k, v in (init_ns or {}).items()))


@contextmanager
def parsed_once() -> Iterator[None]:
    """Within the block, rdflib parses and translates each query text only once."""
    from rdflib.plugins.sparql import processor
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.evaluate import evalQuery
    from rdflib.plugins.sparql.parser import parseQuery

    original = processor.SPARQLProcessor.query
    cache: dict[tuple[str, Any, tuple[tuple[str, str], ...]], Any] = {}

    def query(
        self: Any,
        query: Any,
        initBindings: Any = None,  # noqa: N803 (rdflib's names)
        initNs: Any = None,  # noqa: N803
        base: Any = None,
        DEBUG: bool = False,  # noqa: N803
    ) -> Any:
        if isinstance(query, str):
            key = (query, base, _namespaces(initNs))
            if key not in cache:
                cache[key] = translateQuery(parseQuery(query), base, initNs)
            query = cache[key]
        return evalQuery(self.graph, query, initBindings, base)

    processor.SPARQLProcessor.query = query  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original  # type: ignore[method-assign]
