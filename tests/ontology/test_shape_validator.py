"""ShapeValidator, which mixes the ontology in once for all the data graphs of a
check, finds what pySHACL finds given the ontology for each graph, and leaves its
mixed graph as it was."""

from __future__ import annotations

import pyshacl

from kzkg.ontology.check import example_files
from kzkg.ontology.files import parse_data, parse_graph
from kzkg.ontology.shacl import ShapeValidator, report_violations
from kzkg.paths import ontology_file, shapes_file

ONTOLOGY = parse_graph(ontology_file())
SHAPES = parse_graph(shapes_file())


def test_the_same_violations_as_pyshacl_with_the_ontology_each_time() -> None:
    validator = ShapeValidator(SHAPES, ONTOLOGY)
    before = set(validator.mixed)
    paths = [*example_files("invalid"), *example_files("valid")]
    for path in paths:
        data = parse_data(path)
        _conforms, report, _text = pyshacl.validate(
            data,
            shacl_graph=SHAPES,
            ont_graph=ONTOLOGY,
            inference="none",
            advanced=True,
            allow_warnings=True,
        )
        assert validator.violations(data) == report_violations(report), path.name
    assert set(validator.mixed) == before


def test_a_data_triple_the_ontology_states_too_stays_in_the_mixed_graph() -> None:
    validator = ShapeValidator(SHAPES, ONTOLOGY)
    shared = next(iter(validator.mixed))
    data = parse_data(example_files("valid")[0])
    data.add(shared)
    validator.violations(data)
    assert shared in validator.mixed
