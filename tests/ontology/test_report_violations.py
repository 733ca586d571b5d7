"""report_violations reads a pySHACL report's triples as the SPARQL query it replaced did:
each result's focus node with each of its paths and messages, or none."""

from __future__ import annotations

from rdflib import Graph

from kzkg.ontology.shacl import Violation, report_violations

REPORT = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:report sh:result ex:r1 , ex:r2 , ex:r3 .
ex:other sh:result ex:r1 .
ex:r1 sh:focusNode ex:a ; sh:resultPath ex:p ; sh:resultMessage "one" , "two" .
ex:r2 sh:focusNode ex:b ; sh:value ex:c .
ex:r3 sh:resultMessage "no focus node" .
"""

# The query the triples replace, kept here as the reference.
QUERY = """
SELECT ?focus ?path ?message WHERE {
  ?report <http://www.w3.org/ns/shacl#result> ?r .
  ?r <http://www.w3.org/ns/shacl#focusNode> ?focus .
  OPTIONAL { ?r <http://www.w3.org/ns/shacl#resultPath> ?path }
  OPTIONAL { ?r <http://www.w3.org/ns/shacl#resultMessage> ?message }
}"""


def test_each_path_and_message_of_a_result_and_none_without_a_focus_node() -> None:
    report = Graph().parse(data=REPORT, format="turtle")
    assert report_violations(report) == [
        Violation("http://example.org/a", "one", "http://example.org/p"),
        Violation("http://example.org/a", "two", "http://example.org/p"),
        Violation("http://example.org/b", "violates a shape", ""),
    ]
    by_query = {
        Violation(str(f), str(m or "violates a shape"), str(p or ""))
        for f, p, m in report.query(QUERY)  # type: ignore[misc]
    }
    assert report_violations(report) == sorted(by_query)
