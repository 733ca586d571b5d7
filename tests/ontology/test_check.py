"""`kzkg check` passes on the shipped ontology and fails clearly on broken copies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.ontology.check import check_data, example_files, expected_message
from kzkg.ontology.files import parse_data, parse_graph
from kzkg.paths import ontology_file, shapes_file

runner = CliRunner()


def run_check() -> tuple[int, str]:
    result = runner.invoke(app, ["check", "--no-graph"])
    return result.exit_code, result.output


def test_shipped_ontology_passes_every_step() -> None:
    code, output = run_check()
    assert code == 0, output
    for step in ("parse", "terms", "reasoner", "examples"):
        assert step in output
    assert "FAIL" not in output


@pytest.mark.parametrize("name", ["kzkg.ttl", "shapes.ttl"])
def test_syntax_error_is_one_line_with_file_and_line(ontology_copy: Path, name: str) -> None:
    path = ontology_copy / name
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(30, 'kz:Broken a owl:Class ; rdfs:label "unterminated .')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, output = run_check()
    assert code == 2
    error = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(error) == 1
    assert f"{name}:31:" in error[0] and "syntax" in error[0]


def append(path: Path, turtle: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n" + turtle + "\n")


def test_unsatisfiable_class_is_named(ontology_copy: Path) -> None:
    append(
        ontology_copy / "kzkg.ttl",
        "kz:PersonOrganization a owl:Class ; rdfs:subClassOf kz:Person , kz:Organization ;\n"
        '    rdfs:label "person organization"@en ; skos:definition "Impossible."@en .',
    )
    code, output = run_check()
    assert code == 1
    assert "unsatisfiable class: https://w3id.org/kzkg/ontology#PersonOrganization" in output


def test_inconsistent_ontology_is_reported(ontology_copy: Path) -> None:
    append(
        ontology_copy / "kzkg.ttl",
        "<https://w3id.org/kzkg/id/x> a kz:Person , kz:Organization .",
    )
    code, output = run_check()
    assert code == 1
    assert "inconsistent" in output


def test_term_without_label_or_definition_is_named(ontology_copy: Path) -> None:
    append(ontology_copy / "kzkg.ttl", "kz:undocumented a owl:ObjectProperty .")
    code, output = run_check()
    assert code == 1
    assert "kzkg/ontology#undocumented: term has no rdfs:label" in output
    assert "kzkg/ontology#undocumented: term has no definition" in output


def test_invalid_example_that_conforms_fails_the_check(ontology_copy: Path) -> None:
    shutil.copy(
        ontology_copy / "examples" / "valid" / "succession.trig",
        ontology_copy / "examples" / "invalid" / "not-really-invalid.trig",
    )
    code, output = run_check()
    assert code == 1
    assert "not-really-invalid.trig: should fail but conforms" in output


def test_missing_java_is_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import kzkg.ontology.reasoner as reasoner

    monkeypatch.setattr(reasoner.shutil, "which", lambda _name: None)
    code, output = run_check()
    assert code == 1
    assert "error: no Java runtime found" in output
    assert "apt-get install default-jre-headless" in output
    assert "Traceback" not in output


def test_built_graph_is_validated_when_given(tmp_path: Path) -> None:
    broken = tmp_path / "graph.trig"
    text = (ontology_file().parent / "examples" / "valid" / "succession.trig").read_text()
    broken.write_text(text.replace("oa:start 0 ; oa:end 68", "oa:start 0 ; oa:end 60"))
    result = runner.invoke(app, ["check", "--graph", str(broken)])
    assert result.exit_code == 1
    assert "quote length must equal end - start" in result.output
    missing = runner.invoke(app, ["check", "--graph", str(tmp_path / "nope.trig")])
    assert missing.exit_code == 2 and "does not exist" in missing.output


ONTOLOGY = parse_graph(ontology_file())
SHAPES = parse_graph(shapes_file())


@pytest.mark.parametrize("path", example_files("valid"), ids=lambda p: p.name)
def test_valid_examples_conform(path: Path) -> None:
    assert check_data(path.name, parse_data(path), ONTOLOGY, SHAPES) == []


@pytest.mark.parametrize("path", example_files("invalid"), ids=lambda p: p.name)
def test_invalid_examples_fail_with_their_expected_message(path: Path) -> None:
    expected = expected_message(path)
    assert expected, f"{path.name} has no '# expect:' first line"
    problems = check_data(path.name, parse_data(path), ONTOLOGY, SHAPES)
    assert any(expected in p for p in problems), problems


def test_committed_built_graph_conforms_to_the_shapes() -> None:
    from kzkg.ontology.check import check_graph
    from kzkg.paths import built_graph

    step = check_graph(built_graph(), ONTOLOGY, SHAPES)
    assert step.ok, step.problems[:5]
