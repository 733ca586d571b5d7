"""`kzkg check` validates the examples of a kind in one pySHACL run, their IRIs renamed
apart: each example gets exactly the problems a run of its own gives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kzkg.ontology.check import DataCheck, batched_problems, example_files
from kzkg.ontology.files import parse_data, parse_graph
from kzkg.paths import ontology_file, shapes_file


@pytest.fixture(scope="module")
def checker() -> DataCheck:
    return DataCheck(parse_graph(ontology_file()), parse_graph(shapes_file()))


@pytest.mark.parametrize("kind", ["valid", "invalid"])
def test_one_run_gives_each_example_its_own_problems(checker: DataCheck, kind: str) -> None:
    graphs = {path: parse_data(path) for path in example_files(kind)}
    alone = {path: sorted(checker.problems(path.name, data)) for path, data in graphs.items()}
    together = {path: sorted(found) for path, found in batched_problems(checker, graphs).items()}
    assert together == alone
    if kind == "invalid":
        assert all(together.values())  # each fails, for its own reason


def test_examples_sharing_an_iri_stay_apart(checker: DataCheck, tmp_path: Path) -> None:
    """Two examples that each give kzr:person/b one label are not one person with two."""
    first = next(p for p in example_files("invalid") if p.name == "entity-two-labels.ttl")
    one_label = parse_data(first)
    person = URIRef("https://w3id.org/kzkg/id/person/b")
    one_label.remove((person, None, Literal("Bee")))
    other = parse_data(first)
    other.remove((person, None, Literal("B")))
    found = batched_problems(
        checker, {tmp_path / "one.ttl": one_label, tmp_path / "two.ttl": other}
    )
    assert found == {tmp_path / "one.ttl": [], tmp_path / "two.ttl": []}
