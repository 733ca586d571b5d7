"""The check before the engine (issue 13, items 6 and 9): decided on rdflib's parse tree."""

from __future__ import annotations

import pytest

from kzkg.queries.catalogue import catalogue
from kzkg.queries.guard import (
    MAX_DEPTH,
    Malformed,
    QueryCheck,
    QueryRefused,
    check_query,
    depth,
    parse,
)

LISTENER = "http://127.0.0.1:9/sparql"
SERVICE = f"SERVICE <{LISTENER}> {{ ?s ?p ?o }}"


def test_every_saved_query_passes_well_inside_the_depth_limit() -> None:
    for query in catalogue().values():
        assert check_query(query.text) == query.text.replace("\r", "\n")
        assert depth(parse(query.text)) < MAX_DEPTH // 3, query.name


@pytest.mark.parametrize(
    "query",
    [
        f"SELECT * WHERE {{ {SERVICE} }}",
        f"SELECT * WHERE {{ # note\r{SERVICE} \n }}",  # a comment ends at CR for Oxigraph
        f"SELECT * WHERE {{ # note\r\n{SERVICE} }}",
        f"SELECT * WHERE {{ {{ SELECT ?s WHERE {{ {SERVICE} }} }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{LISTENER}> }} SERVICE SILENT ?e {{ ?s ?p ?o }} }}",
        f"ASK {{ FILTER EXISTS {{ {SERVICE} }} }}",
        f"DESCRIBE ?s WHERE {{ ?s ?p ?o MINUS {{ {SERVICE} }} }}",
    ],
)
def test_service_anywhere_in_the_tree_is_refused(query: str) -> None:
    with pytest.raises(QueryRefused, match="SERVICE"):
        check_query(query)


@pytest.mark.parametrize(
    "query",
    [
        f"SELECT * WHERE {{ BIND(<http://a\u00a0#> AS ?z) {SERVICE} }}",
        f"SELECT * WHERE {{ BIND(<http://a\u3000#> AS ?z) {SERVICE} }}",
        f'SELECT * WHERE {{ BIND("a\\u0022 # " AS ?x) {SERVICE} \n }}',
        f"SELECT * WHERE {{ \\u0053ERVICE <{LISTENER}> {{ ?s ?p ?o }} }}",
    ],
)
def test_text_the_parsers_read_differently_is_refused(query: str) -> None:
    with pytest.raises((QueryRefused, Malformed)):
        check_query(query)


def test_service_in_strings_iris_and_comments_is_no_service() -> None:
    query = (
        'SELECT ?x WHERE { BIND("SERVICE <http://x/>" AS ?x) ?s <http://x/SERVICE> ?o }  # SERVICE'
    )
    assert check_query(query) == query


def test_the_text_run_is_the_text_checked() -> None:
    assert (
        check_query("SELECT * WHERE {\r\n ?s ?p ?o # c\r}") == "SELECT * WHERE {\n ?s ?p ?o # c\n}"
    )


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
        "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
        "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o " * 3000 + "}" * 3000 + " }",
        "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * (MAX_DEPTH + 10)) + " }",
        "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(["?o"] * (MAX_DEPTH + 10)) + ") }",
        "SELECT * WHERE { ?s " + "/".join(["rdfs:label"] * (MAX_DEPTH + 10)) + " ?o }",
        "SELECT * WHERE { ?s ?p ?o " + "MINUS { ?s ?p ?o } " * (MAX_DEPTH + 10) + "}",
    ],
)
def test_deep_nesting_and_long_chains_are_refused(query: str) -> None:
    for local in (False, True):
        with pytest.raises(QueryRefused, match="nested too deeply"):
            check_query(query, local=local)


def test_wide_but_shallow_queries_pass() -> None:
    rows = " ".join(f"<http://x/{i}>" for i in range(5000))
    assert check_query(f"SELECT * WHERE {{ ?s ?p ?o }} VALUES ?s {{ {rows} }}")
    assert check_query("SELECT * WHERE " + "{" * 40 + " ?s ?p ?o " + "}" * 40)


def test_the_command_line_may_federate_and_use_what_rdflib_cannot_read() -> None:
    assert check_query(f"SELECT * WHERE {{ {SERVICE} }}", local=True)
    triple_term = "SELECT * WHERE { VALUES ?x { <<( <http://a> <http://b> <http://c> )>> } }"
    assert check_query(triple_term, local=True) == triple_term
    with pytest.raises(Malformed, match="malformed SPARQL: error at 1:"):
        check_query(triple_term)


def test_the_workers_check_remembers_what_passed_and_nothing_else() -> None:
    check = QueryCheck(remembered=2)
    good = "SELECT * WHERE { ?s ?p ?o }"
    assert check(good) == good and len(check.passed) == 1
    for _ in range(2):
        with pytest.raises(QueryRefused):
            check(f"SELECT * WHERE {{ {SERVICE} }}")
    assert len(check.passed) == 1
    check("ASK {}")
    check("ASK { ?s ?p ?o }")
    assert len(check.passed) == 2
