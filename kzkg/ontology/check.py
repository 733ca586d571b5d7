"""`kzkg check`: is the ontology consistent, are its terms documented, does data conform?

Each step gives a StepResult; the CLI prints them as a table. Syntax errors in
the ontology or shapes stop the check at once with one line (FILE:LINE).
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Graph

from kzkg.ontology.files import parse_data, parse_graph
from kzkg.ontology.reasoner import reasoner_input, run_hermit
from kzkg.ontology.shacl import ShapeValidator
from kzkg.ontology.sparqlcache import parsed_once
from kzkg.paths import examples_dir, ontology_dir, ontology_file, shapes_file

_HEADER = re.compile(r"^#\s*(\w+):\s*(.*)$")


@dataclass
class StepResult:
    name: str
    ok: bool
    summary: str
    problems: list[str] = field(default_factory=list)


@dataclass
class Violation:
    """A quality query from ontology/violations/ that must return no rows."""

    path: Path
    target: str
    message: str
    query: str

    @classmethod
    def load(cls, path: Path) -> Violation:
        text = path.read_text(encoding="utf-8")
        header: dict[str, str] = {}
        for line in text.splitlines():
            if match := _HEADER.match(line):
                header[match.group(1)] = match.group(2)
        return cls(path, header.get("target", "ontology"), header.get("message", path.stem), text)

    def run(self, graph: Graph) -> list[str]:
        try:
            rows = graph.query(self.query)
        except Exception as exc:
            return [f"{self.path.name}: query failed: {str(exc).splitlines()[0]}"]
        return [f"{' '.join(str(v) for v in row)}: {self.message}" for row in rows]  # type: ignore[union-attr]

    def run_on(self, store: ViolationStore, data: ox.NamedNode | None = None) -> list[str]:
        """The same answer as `run(data + ontology)` (or `run(ontology)`), from Oxigraph."""
        graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [store.ontology]
        if data is not None:
            graphs.append(data)
        try:
            solutions = store.store.query(self.query, default_graph=graphs)
        except SyntaxError as exc:
            return [f"{self.path.name}: query failed: {str(exc).splitlines()[0]}"]
        if not isinstance(solutions, ox.QuerySolutions):
            return [f"{self.path.name}: query failed: not a SELECT query"]
        rows = (" ".join(str(t.value if t is not None else None) for t in s) for s in solutions)
        # The union of two graphs may hold a triple twice; rdflib's merged graph once.
        return list(dict.fromkeys(f"{row}: {self.message}" for row in rows))


class ViolationStore:
    """The ontology and each data graph in their own graphs of one Oxigraph store, so a
    data violation query sees `data + ontology` without copying the ontology each time
    (and runs in Oxigraph, not rdflib: the queries scan every triple)."""

    def __init__(self, ontology: Graph) -> None:
        self.store = ox.Store()
        self.added = 0
        self.ontology = self.add("ontology", ontology)

    def add(self, name: str, graph: Graph) -> ox.NamedNode:
        self.added += 1
        node = ox.NamedNode(f"urn:kzkg:check:{self.added}:{quote(name)}")
        data = graph.serialize(format="nt", encoding="utf-8")
        self.store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=node)
        return node


def violations(target: str) -> list[Violation]:
    folder = ontology_dir() / "violations"
    found = [Violation.load(p) for p in sorted(folder.glob("*-violation.rq"))]
    return [v for v in found if v.target == target]


def example_files(kind: str) -> list[Path]:
    folder = examples_dir() / kind
    return sorted(p for p in folder.glob("*") if p.suffix in (".ttl", ".trig"))


def expected_message(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.match(r"#\s*expect:\s*(.+)", first)
    return match.group(1).strip() if match else ""


def check_terms(ontology: Graph, store: ViolationStore | None = None) -> StepResult:
    """The ontology's own violation queries; in Oxigraph when `store` (holding this
    ontology) is given, a hundred times faster than rdflib's engine on these."""
    queries = violations("ontology")
    if store is None:
        problems = [p for v in queries for p in v.run(ontology)]
    else:
        problems = [p for v in queries for p in v.run_on(store)]
    terms = len(set(ontology.subjects()))
    summary = f"{terms} subjects; every kz: term has a label and a definition"
    return StepResult(
        "terms", not problems, summary if not problems else "undocumented terms", problems
    )


def check_reasoner(ontology: Graph, examples: Graph) -> StepResult:
    result = run_hermit(reasoner_input(ontology, examples), schema=reasoner_input(ontology))
    if not result.consistent:
        unexplained = [
            f"{result.message}; no clash of disjoint classes, functional values or datatypes found"
        ]
        return StepResult("reasoner", False, result.message, result.clashes or unexplained)
    if result.unsatisfiable:
        problems = [f"unsatisfiable class: {iri}" for iri in result.unsatisfiable]
        return StepResult("reasoner", False, "unsatisfiable classes", problems)
    return StepResult("reasoner", True, "HermiT: consistent, every class satisfiable")


class DataCheck:
    """The shapes and the data violation queries, for every data graph of one check:
    the ontology is mixed in for pySHACL and loaded into Oxigraph once, not per graph."""

    def __init__(self, ontology: Graph, shapes: Graph) -> None:
        self.shapes = ShapeValidator(shapes, ontology)
        self.store = ViolationStore(ontology)
        self.queries = violations("data")

    def problems(self, name: str, data: Graph) -> list[str]:
        problems = [str(v) for v in self.shapes.violations(data)]
        node = self.store.add(name, data)
        problems += [p for v in self.queries for p in v.run_on(self.store, node)]
        return problems


def check_data(
    name: str, data: Graph, ontology: Graph, shapes: Graph, checker: DataCheck | None = None
) -> list[str]:
    """Shape violations and data violation queries of one data graph; `checker` (for
    `ontology` and `shapes`) is shared by the calls of one check."""
    return (checker or DataCheck(ontology, shapes)).problems(name, data)


def parsed_examples(kind: str) -> dict[Path, Graph]:
    return {path: parse_data(path) for path in example_files(kind)}


def check_examples(
    ontology: Graph,
    shapes: Graph,
    checker: DataCheck | None = None,
    parsed_valid: dict[Path, Graph] | None = None,
) -> tuple[StepResult, Graph]:
    """The examples step, and the union of the valid examples; `parsed_valid` are the
    valid examples already parsed (by `parsed_examples("valid")`)."""
    checker = checker or DataCheck(ontology, shapes)
    problems: list[str] = []
    valid_union = Graph()
    valid = parsed_valid if parsed_valid is not None else parsed_examples("valid")
    for data in valid.values():
        valid_union += data
    for path, found_here in batched_problems(checker, valid).items():
        problems += [f"{path.name}: {p}" for p in found_here]
    invalid = example_files("invalid")
    before = len(problems)
    found_by_path = batched_problems(checker, {path: parse_data(path) for path in invalid})
    for path in invalid:
        expected = expected_message(path)
        found = found_by_path[path]
        if not found:
            problems.append(f"{path.name}: should fail but conforms")
        elif expected and not any(expected in p for p in found):
            problems.append(f"{path.name}: expected '{expected}', got: {found[0]}")
    wrong = len(problems) - before
    summary = (
        f"{len(valid)} valid examples: {'all conform' if before == 0 else f'{before} problems'}; "
        f"{len(invalid) - wrong} of {len(invalid)} invalid examples fail as expected"
    )
    return StepResult("examples", not problems, summary, problems), valid_union


def batched_problems(checker: DataCheck, graphs: dict[Path, Graph]) -> dict[Path, list[str]]:
    """Each example's problems, the shapes validated in one pySHACL run: every example's
    own IRIs are renamed apart (the invalid ones share kzr:person/a and the like), the
    union is validated once, and each violation goes back to the example its focus node
    came from, named as before. A violation no example's IRI explains (a blank focus
    node) sends every example back to a run of its own."""
    paths = list(graphs)
    union = Graph()
    for n, data in enumerate(graphs.values()):
        union += _renamed(data, f"{EXAMPLE_TAG}{n}/")
    violations = checker.shapes.violations(union)
    found: dict[Path, list[str]] = {path: [] for path in paths}
    tags = {f"{KZR_BASE}{EXAMPLE_TAG}{n}/": path for n, path in enumerate(graphs)}
    for violation in violations:
        owner = next((p for tag, p in tags.items() if violation.focus.startswith(tag)), None)
        if owner is None:
            return {path: checker.problems(path.name, data) for path, data in graphs.items()}
        found[owner].append(
            re.sub(rf"{re.escape(KZR_BASE)}{EXAMPLE_TAG}\d+/", KZR_BASE, str(violation))
        )
    for path, data in graphs.items():
        node = checker.store.add(path.name, data)
        found[path] += [p for v in checker.queries for p in v.run_on(checker.store, node)]
    return found


KZR_BASE = "https://w3id.org/kzkg/id/"
EXAMPLE_TAG = "__example"


def _renamed(data: Graph, tag: str) -> Graph:
    """The graph with every kzr: IRI moved under `tag`, so no two examples share one."""
    from rdflib import URIRef

    def move(term: object) -> object:
        if isinstance(term, URIRef) and str(term).startswith(KZR_BASE):
            return URIRef(KZR_BASE + tag + str(term)[len(KZR_BASE) :])
        return term

    out = Graph()
    for s_, p_, o_ in data:
        out.add((move(s_), move(p_), move(o_)))  # type: ignore[arg-type]
    return out


def check_graph(
    path: Path, ontology: Graph, shapes: Graph, checker: DataCheck | None = None
) -> StepResult:
    data = parse_data(path)
    problems = check_data(path.name, data, ontology, shapes, checker)
    summary = f"{path.name}: {len(data)} triples" + ("" if problems else ", conforms")
    return StepResult("graph", not problems, summary, problems)


def run_check(graphs: list[Path] | None = None) -> list[StepResult]:
    """Run every check; `graphs` are built graphs to validate as well."""
    with parsed_once():
        return _run_check(graphs)


def _run_check(graphs: list[Path] | None) -> list[StepResult]:
    ontology = parse_graph(ontology_file())
    shapes = parse_graph(shapes_file())
    steps = [StepResult("parse", True, f"{ontology_file().name} and {shapes_file().name} parse")]
    checker = DataCheck(ontology, shapes)
    steps.append(check_terms(ontology, checker.store))
    valid = parsed_examples("valid")  # parsed once: HermiT reads them, then the shapes
    examples = Graph()
    for data in valid.values():
        examples += data
    # HermiT runs in Java, most of it outside Python: let it reason while the
    # examples and graphs are validated here.
    with ThreadPoolExecutor(max_workers=1) as pool:
        reasoning = pool.submit(check_reasoner, ontology, examples)
        examples_step, _ = check_examples(ontology, shapes, checker, valid)
        graph_steps = [check_graph(path, ontology, shapes, checker) for path in graphs or []]
        steps.append(reasoning.result())
    return [*steps, examples_step, *graph_steps]
