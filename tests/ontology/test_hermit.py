"""The shipped ontology loads and reasons in owlready2 + HermiT as it is, and an
inconsistency names the individuals and classes involved."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.ontology.explain import explain
from kzkg.ontology.reasoner import java_executable, run_hermit
from kzkg.paths import ontology_file

PREFIXES = """@prefix kz: <https://w3id.org/kzkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix kzr: <https://w3id.org/kzkg/id/> .
"""


def with_data(turtle: str) -> Graph:
    graph = Graph().parse(ontology_file(), format="turtle")
    graph.parse(data=PREFIXES + turtle, format="turtle")
    return graph


def test_shipped_file_loads_in_owlready2_and_hermit_without_any_setting_aside() -> None:
    owlready2 = pytest.importorskip("owlready2")
    owlready2.JAVA_EXE = java_executable()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kzkg.owl"
        Graph().parse(ontology_file(), format="turtle").serialize(path, format="xml")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        assert [c for c in world.inconsistent_classes() if c is not owlready2.Nothing] == []
    assert "#duration" not in ontology_file().read_text(encoding="utf-8").replace("kz:duration", "")


def test_an_iso_duration_is_consistent_and_free_text_is_named() -> None:
    good = run_hermit(with_data('kzr:e a kz:StateOfEmergency ; kz:duration "P14D" .'))
    assert good.consistent
    bad = run_hermit(with_data('kzr:e a kz:StateOfEmergency ; kz:duration "two weeks" .'))
    assert not bad.consistent
    assert bad.clashes == [
        "kzr:e has 'two weeks' for kz:duration, outside its range kz:isoDuration"
    ]


def test_disjoint_classes_through_a_domain_are_named_with_their_source() -> None:
    graph = with_data("kzr:c a kz:Claim ; kz:holder kzr:x .")
    result = run_hermit(graph)
    assert not result.consistent
    assert result.clashes == [
        "kzr:c is both kz:Claim [asserted] and kz:Tenure [subject of kz:holder], which are disjoint"
    ]


def test_two_values_of_a_functional_property_are_named() -> None:
    graph = with_data('kzr:d a kz:Document ; kz:docId "a" , "b" .')
    assert explain(graph) == ["kzr:d has 'a', 'b' for kz:docId, which takes one value"]


def test_kzkg_check_lists_the_clash(ontology_copy: Path) -> None:
    with (ontology_copy / "kzkg.ttl").open("a", encoding="utf-8") as handle:
        handle.write("\n<https://w3id.org/kzkg/id/x> a kz:Person , kz:Organization .\n")
    result = CliRunner().invoke(app, ["check", "--no-graph"])
    assert result.exit_code == 1
    assert (
        "kzr:x is both kz:Organization [asserted] and kz:Person [asserted], which are disjoint"
        in result.output
    )


def test_a_failing_hermit_is_one_line_and_leaves_no_jvm(monkeypatch: pytest.MonkeyPatch) -> None:
    from kzkg.errors import KzkgError

    monkeypatch.setattr("kzkg.ontology.reasoner.hermit_classpath", lambda: "/nonexistent")
    with pytest.raises(KzkgError, match=r"^HermiT failed: .*CommandLine") as caught:
        run_hermit(with_data(""))
    assert "\n" not in str(caught.value)


def test_classes_are_tested_in_the_schema_and_consistency_with_the_individuals() -> None:
    schema = with_data("kz:Odd rdfs:subClassOf kz:Claim , kz:Tenure .")
    result = run_hermit(with_data("kz:Odd rdfs:subClassOf kz:Claim , kz:Tenure ."), schema)
    assert result.consistent
    assert result.unsatisfiable == ["https://w3id.org/kzkg/ontology#Odd"]
    clash = with_data("kzr:c a kz:Claim ; kz:holder kzr:x .")
    assert not run_hermit(clash, with_data("")).consistent
