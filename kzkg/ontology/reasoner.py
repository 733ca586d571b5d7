"""Consistency and satisfiability with HermiT (through owlready2).

HermiT refuses literals of xsd:date, xsd:gYear and xsd:gYearMonth ("not
part of the OWL 2 datatype map"), so those literals are set aside before
reasoning and SHACL checks them instead. The ontology itself names no such
datatype (durations are kz:isoDuration text), so it loads in HermiT as it is;
xsd:duration literals of graphs built before that are set aside too.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDFS, XSD

from kzkg.errors import KzkgError
from kzkg.ontology.explain import explain

OUTSIDE_OWL2 = {XSD.date, XSD.gYear, XSD.gYearMonth, XSD.duration}


@dataclass
class ReasonerResult:
    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    message: str = ""
    clashes: list[str] = field(default_factory=list)  # why it is inconsistent, when we can tell


def java_executable() -> str:
    """The Java runtime HermiT runs on; a clear error if there is none."""
    import owlready2

    configured = getattr(owlready2, "JAVA_EXE", "java")
    found = shutil.which(configured) or shutil.which("java")
    if not found:
        raise KzkgError(
            "no Java runtime found: the HermiT reasoner needs one "
            "(install it with `apt-get install default-jre-headless`, or run scripts/setup.sh)"
        )
    return found


def reasoner_input(schema: Graph, data: Graph | None = None) -> Graph:
    """Schema plus individuals, without what HermiT cannot read."""
    merged = Graph()
    for graph in (schema, data) if data is not None else (schema,):
        for s, p, o in graph:
            if isinstance(o, Literal) and o.datatype in OUTSIDE_OWL2:
                continue
            if p == RDFS.range and o in OUTSIDE_OWL2:
                continue
            merged.add((s, p, o))
    return merged


def run_hermit(graph: Graph) -> ReasonerResult:
    """Run HermiT on the graph: is it consistent, and which classes are unsatisfiable?"""
    import owlready2

    owlready2.JAVA_EXE = java_executable()
    with tempfile.TemporaryDirectory(prefix="kzkg-reason-") as tmp:
        path = Path(tmp) / "input.owl"
        graph.serialize(path, format="xml")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            clashes = explain(graph)
            return ReasonerResult(
                False, message="the ontology is inconsistent (HermiT)", clashes=clashes
            )
        except owlready2.OwlReadyJavaError as exc:
            detail = str(exc).strip().splitlines()
            raise KzkgError(f"HermiT failed: {detail[-1] if detail else exc}") from None
        unsat = sorted(c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing)
    return ReasonerResult(True, unsat, "unsatisfiable classes" if unsat else "consistent")
