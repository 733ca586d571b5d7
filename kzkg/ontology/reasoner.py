"""Consistency and satisfiability with HermiT (the jar owlready2 ships).

HermiT runs as owlready2 would run it, minus what we never read: owlready2
asks it to classify classes, properties and every individual (-c -O -D -I),
which with the examples' individuals takes ten times as long as the two
answers `kzkg check` gives. So HermiT is asked just those: is the graph with
its individuals consistent (-k), and which classes of the schema are
unsatisfiable (-U), in two JVMs side by side; the JIT compiles with C1 only
and one thread collects garbage, which halves the CPU of runs this short.

HermiT refuses literals of xsd:date, xsd:gYear and xsd:gYearMonth ("not
part of the OWL 2 datatype map"), so those literals are set aside before
reasoning and SHACL checks them instead. The ontology itself names no such
datatype (durations are kz:isoDuration text), so it loads in HermiT as it is;
xsd:duration literals of graphs built before that are set aside too.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDFS, XSD

from kzkg.errors import KzkgError
from kzkg.ontology.explain import explain

OUTSIDE_OWL2 = {XSD.date, XSD.gYear, XSD.gYearMonth, XSD.duration}
JAVA_MEMORY_MB = 2000  # as owlready2 gives HermiT


@dataclass
class ReasonerResult:
    consistent: bool
    unsatisfiable: list[str] = field(default_factory=list)
    message: str = ""
    clashes: list[str] = field(default_factory=list)  # why it is inconsistent, when we can tell


def java_executable() -> str:
    """The Java runtime HermiT runs on; a clear error if there is none."""
    configured = getattr(sys.modules.get("owlready2"), "JAVA_EXE", "java")  # if set there
    found = shutil.which(configured) or shutil.which("java")
    if not found:
        raise KzkgError(
            "no Java runtime found: the HermiT reasoner needs one "
            "(install it with `apt-get install default-jre-headless`, or run scripts/setup.sh)"
        )
    return found


def hermit_classpath() -> str:
    """HermiT's jar in the owlready2 package, found without importing owlready2."""
    spec = importlib.util.find_spec("owlready2")
    if spec is None or spec.origin is None:
        raise KzkgError("owlready2 is not installed: it ships the HermiT reasoner")
    folder = Path(spec.origin).parent / "hermit"
    return os.pathsep.join([str(folder), str(folder / "HermiT.jar")])


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


def run_hermit(graph: Graph, schema: Graph | None = None) -> ReasonerResult:
    """Is `graph` consistent, and which classes are unsatisfiable? Classes are
    tested in `schema` (the ontology without the individuals) when given, else in
    `graph`: with individuals, each class test reasons over all of them."""
    with tempfile.TemporaryDirectory(prefix="kzkg-reason-") as tmp:
        whole = Path(tmp) / "input.owl"
        graph.serialize(whole, format="xml")
        classes = whole
        if schema is not None:
            classes = Path(tmp) / "schema.owl"
            schema.serialize(classes, format="xml")
        running = [_start_hermit("-k", whole)]
        try:
            running.append(_start_hermit("-U", classes))
            consistent = _answer(running[0], "is satisfiable.")
            unsatisfiable = _answer(running[1], _EQUIVALENTS)
        finally:
            for process in running:  # after an error, the other JVM is not left running
                if process.poll() is None:
                    process.kill()
                    process.wait()
    if consistent is None or "is not satisfiable" in consistent or unsatisfiable is None:
        clashes = explain(graph)
        return ReasonerResult(
            False, message="the ontology is inconsistent (HermiT)", clashes=clashes
        )
    # The classes are the indented lines after the heading (anything before it is not).
    listed = unsatisfiable[unsatisfiable.index(_EQUIVALENTS) :].splitlines()[1:]
    unsat = sorted(
        line.strip().strip("<>")
        for line in listed
        if line[:1].isspace() and line.strip() not in ("", "owl:Nothing", _NOTHING)
    )
    return ReasonerResult(True, unsat, "unsatisfiable classes" if unsat else "consistent")


_NOTHING = "http://www.w3.org/2002/07/owl#Nothing"
_EQUIVALENTS = "Classes equivalent to"  # the heading of HermiT's -U answer


def _start_hermit(action: str, path: Path) -> subprocess.Popen[str]:
    command = [
        java_executable(),
        f"-Xmx{JAVA_MEMORY_MB}M",
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",  # one collector thread: a tenth less CPU on a run this short
        "-cp",
        hermit_classpath(),
        "org.semanticweb.HermiT.cli.CommandLine",
        "-N",  # whole IRIs, no prefixes
        action,
        path.as_uri(),
    ]
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8"
    )


def _answer(process: subprocess.Popen[str], expected: str) -> str | None:
    """HermiT's output; None if it found the ontology inconsistent, an error if it failed
    (it exits 0 even when it cannot read its input, so the answer is looked for)."""
    out, err = process.communicate()
    if process.returncode == 1 and "Inconsistent ontology" in err:
        return None
    if process.returncode != 0 or expected not in out:
        detail = [line for line in (err or out).strip().splitlines() if line.strip()]
        raise KzkgError(f"HermiT failed: {detail[0] if detail else f'exit {process.returncode}'}")
    return out
