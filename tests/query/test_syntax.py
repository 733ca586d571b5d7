"""Issue 15: a malformed query is told with its line, column and a caret, and in words
where they can be found; an update sent as a query is named as one."""

from __future__ import annotations

import pytest

from kzkg.errors import InputError
from kzkg.queries.guard import UPDATES_REFUSED, QueryRefused, check_query
from kzkg.queries.syntax import explain, is_update
from kzkg.store import KnowledgeGraph


def told(query: str, engine_message: str = "") -> tuple[str, str, str]:
    first, line, caret = explain(query, engine_message).split("\n")
    return first, line, caret


@pytest.mark.parametrize(
    ("query", "what", "at"),
    [
        ("SELECT * WHERE { ?s foaf:name ?o }", "1:21: undeclared prefix `foaf:`", 20),
        ("SELECT * WHERE { ?s :p ?o }", "1:21: undeclared prefix `:`", 20),
        ('SELECT * WHERE { ?s ?p "abc }', "1:24: unterminated string", 23),
        ("SELECT * WHERE { ?s ?p ?o ", "1:16: `{` is never closed", 15),
        ("SELECT * WHERE { ?s ?p ?o } }", "1:29: `}` closes nothing that was opened", 28),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?o > 1 }", "`}` before the `(` at 1:33", 40),
        ("SELEC * WHERE {}", "1:1: a query begins with SELECT", 0),
        ("SELECT * WHERE { ?x ?y }", "1:18: syntax error at `?x`", 17),
        ("SELECT ?x WHERE { ?x ?p ?o } ORDER ?x", "unexpected `ORDER`: the query could end", 29),
    ],
)
def test_the_place_and_the_reason(query: str, what: str, at: int) -> None:
    first, line, caret = told(query)
    assert first.startswith("malformed SPARQL: error at ") and what in first
    assert line == "  " + query.strip("\n")
    assert caret == "  " + " " * at + "^"


def test_the_line_of_a_multiline_query_is_shown() -> None:
    query = "PREFIX ex: <http://example.org/>\nSELECT * WHERE {\n\tex:a bad:b ?o\n}"
    first, line, caret = told(query)
    assert first == "malformed SPARQL: error at 3:7: undeclared prefix `bad:`"
    assert line == "   ex:a bad:b ?o"  # the tab shown as one space, so the caret lines up
    assert caret == "        ^"


def test_a_long_line_is_cut_around_the_place() -> None:
    query = "SELECT * WHERE { " + "?s ?p ?o . " * 40 + "?s nope:x ?o }"
    first, line, caret = told(query)
    assert "undeclared prefix `nope:`" in first
    assert len(line) <= 2 + 72 and "nope:x" in line
    assert line[caret.index("^") :].startswith("nope:")


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "12:30 # not: a comment" } # foo: bar',
        "SELECT * WHERE { ?s <http://example.org/a#b> ?o . _:b0 ?p 1 }",
        'SELECT * WHERE { ?s ?p "1"^^xsd:int FILTER(?s < 3 && ?o > 1) }',
        "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:p '''it's: \"long\"''' }",
    ],
)
def test_no_mistake_is_seen_in_strings_iris_comments_or_declared_prefixes(query: str) -> None:
    # rdflib reads these, so only the engine's words could be told, at its place.
    message = explain(query, "error at 1:3: expected one of X, Y, The engine says why")
    assert message.split("\n")[0] == "malformed SPARQL: error at 1:3: The engine says why"


def test_grammar_tokens_are_not_shown(kg: KnowledgeGraph) -> None:
    # Oxigraph refuses it; rdflib's parser does not.
    with pytest.raises(InputError) as caught:
        kg.run("SELECT ?x WHERE { ?x ?p ?o } GROUP BY ?p")
    first = str(caught.value).split("\n")[0]
    assert first.endswith("The SELECT contains a variable that is unbound")
    assert '"$"' not in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "insert data { <a> <b> <c> }",
        "# a comment\nPREFIX ex: <http://example.org/>\nBASE <http://x/>\nCLEAR ALL",
        "LOAD <http://example.org/data>",
        "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_named_as_updates(text: str) -> None:
    assert is_update(text)
    with pytest.raises(
        QueryRefused, match=r"^updates are not allowed on this endpoint \(read-only\)$"
    ):
        check_query(text)
    assert UPDATES_REFUSED.startswith("updates are not allowed")


@pytest.mark.parametrize(
    "text", ["SELECT * WHERE { ?s ?p ?o }", "PREFIX delete: <http://x/> ASK {}", "DESCRIBE <x>"]
)
def test_queries_are_not_updates(text: str) -> None:
    assert not is_update(text)
