"""Validate data against ontology/shapes.ttl with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph
from rdflib.namespace import SH

_RESULTS = """
SELECT ?focus ?path ?message ?value WHERE {
  ?report <http://www.w3.org/ns/shacl#result> ?r .
  ?r <http://www.w3.org/ns/shacl#focusNode> ?focus .
  OPTIONAL { ?r <http://www.w3.org/ns/shacl#resultPath> ?path }
  OPTIONAL { ?r <http://www.w3.org/ns/shacl#resultMessage> ?message }
  OPTIONAL { ?r <http://www.w3.org/ns/shacl#value> ?value }
}"""


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    message: str
    path: str = ""

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


def validate(data: Graph, shapes: Graph, ontology: Graph) -> list[Violation]:
    """Return the shape violations of `data`, sorted; empty when it conforms."""
    from pyshacl import validate as pyshacl_validate

    _conforms, report, _text = pyshacl_validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    found = set()
    for row in report.query(_RESULTS):
        focus, path, message, _value = row
        found.add(Violation(str(focus), str(message or "violates a shape"), str(path or "")))
    return sorted(found)


__all__ = ["SH", "Violation", "validate"]
