"""Whole-process benchmark: what a user waits for from typing a command to its answer.

    python benchmarks/startup_bench.py             # seed graph, 1M-triple store, kzkg check
    python benchmarks/startup_bench.py --quick     # 100k triples instead of 1M

Each figure is the median of several runs of a fresh process, wall clock and
CPU (user + system of the process and its children: the machine may be shared,
and CPU time is what load does not inflate), printed beside its anchor run the
same way in the same run, with the ratio:

- `kzkg query succession` on the seed graph beside a raw pyoxigraph script that
  loads the same TriG and runs the same bound query (target <= 5x), and the
  modules the query path imports that it should not;
- at 1M triples, `kzkg query` through the persistent store beside a raw script
  opening that store read-only (target < 0.5 s), the first run that builds the
  store beside a plain pyoxigraph bulk load, and `KnowledgeGraph.open` in-process;
- `kzkg check` beside HermiT alone on the same ontology and examples (target <= 2.5 s).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
UNWANTED = (
    *("kzkg.build", "kzkg.extract", "spacy", "httpx", "pygments", "rich.syntax", "rdflib"),
    *("typer", "pydantic"),
)

RAW_QUERY = """
import sys, pyoxigraph as ox
graph, query = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
store = ox.Store()
fmt = ox.RdfFormat.TRIG if graph.endswith(".trig") else ox.RdfFormat.N_QUADS
store.bulk_load(path=graph, format=fmt)
store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
print(len([tuple(s) for s in store.query(query)]))
"""

RAW_STORE_QUERY = """
import sys, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
query = open(sys.argv[2], encoding="utf-8").read()
print(len([tuple(s) for s in store.query(query)]))
"""

RAW_LOAD = """
import sys, pyoxigraph as ox
ox.Store().bulk_load(path=sys.argv[1], format=ox.RdfFormat.N_QUADS)
"""

HERMIT = """
from kzkg.ontology.check import example_files
from kzkg.ontology.files import parse_data, parse_graph
from kzkg.ontology.reasoner import reasoner_input, run_hermit
from kzkg.paths import ontology_file
from rdflib import Graph
examples = Graph()
for path in example_files("valid"):
    examples += parse_data(path)
ontology = parse_graph(ontology_file())
graph, schema = reasoner_input(ontology, examples), reasoner_input(ontology)
import time
start = time.perf_counter()
run_hermit(graph, schema)  # as `kzkg check` runs it
print(time.perf_counter() - start)
"""


def timed(cmd: list[str], runs: int) -> tuple[float, float, str]:
    """Median wall and CPU seconds of `runs` fresh processes, and the last one's stdout."""
    walls, cpus, out = [], [], ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, env=ENV, cwd=ROOT)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
        out = proc.stdout
    return statistics.median(walls), statistics.median(cpus), out


def row(
    what: str, ours: tuple[float, float], anchor_name: str, anchor: tuple[float, float], target: str
) -> str:
    return (
        f"| {what} | {ours[0]:.3f} | {ours[1]:.3f} | {anchor_name} | {anchor[0]:.3f} | "
        f"{anchor[1]:.3f} | {ours[0] / anchor[0]:.2f} | {ours[1] / anchor[1]:.2f} | {target} |"
    )


def header() -> None:
    print(
        "| figure | wall s | CPU s | anchor | anchor wall s | anchor CPU s "
        "| ratio wall | ratio CPU | target |"
    )
    print("|---|---|---|---|---|---|---|---|---|")


def imported(command: list[str]) -> list[str]:
    """The unwanted modules `python -X importtime` shows the command importing."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *command],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    names = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()}
    return sorted(u for u in UNWANTED if any(n == u or n.startswith(u + ".") for n in names))


def bound_query(graph: Path, name: str, folder: Path) -> Path:
    from kzkg.store import KnowledgeGraph

    path = folder / f"{name}.rq"
    text = KnowledgeGraph.open(graph, persist=False).bind(name)
    from kzkg.vocab import sparql_prefixes

    path.write_text(sparql_prefixes() + text, encoding="utf-8")
    return path


def seed_section(runs: int, tmp: Path) -> None:
    seed = ROOT / "graph" / "kzkg.trig"
    query = bound_query(seed, "succession", tmp)
    raw = timed([sys.executable, "-c", RAW_QUERY, str(seed), str(query)], runs)
    ours = timed([sys.executable, "-m", "kzkg", "query", "succession"], runs)
    print("\n## Seed graph: `kzkg query succession`, whole process\n")
    header()
    print(row("kzkg query succession", ours[:2], "raw pyoxigraph script", raw[:2], "<= 5x"))
    unwanted = imported(["-m", "kzkg", "query", "succession"])
    print(
        f"\nImported on the query path and not needed: {', '.join(unwanted) or 'none'} "
        f"(checked: {', '.join(UNWANTED)})."
    )


def store_section(size: int, runs: int, tmp: Path) -> None:
    from synthetic_graph import generate

    from kzkg.diskstore import store_folder
    from kzkg.store import KnowledgeGraph

    graph = tmp / f"synthetic-{size}.nq"
    quads = generate(size, graph)
    folder = store_folder(graph)
    shutil.rmtree(folder, ignore_errors=True)
    name = "actor-profile"
    cli = [sys.executable, "-m", "kzkg", "query", name, "--graph", str(graph)]
    loaded = timed([sys.executable, "-c", RAW_LOAD, str(graph)], 1)
    first = timed(cli, 1)
    ours = timed(cli, runs)
    [generation] = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]
    query = tmp / "bound.rq"
    from kzkg.vocab import sparql_prefixes

    kg = KnowledgeGraph.open(graph)
    query.write_text(sparql_prefixes() + kg.bind(name), encoding="utf-8")
    del kg
    raw = timed([sys.executable, "-c", RAW_STORE_QUERY, str(generation / "db"), str(query)], runs)
    opens = []
    for _ in range(runs):
        start = time.perf_counter()
        KnowledgeGraph.open(graph)
        opens.append(time.perf_counter() - start)
    print(f"\n## {quads:,} quads: the persistent store (`{name}`, one entity)\n")
    header()
    print(
        row(
            f"kzkg query {name}, store built",
            ours[:2],
            "raw script on the store",
            raw[:2],
            "< 0.5 s whole process",
        )
    )
    print(
        row(
            "first run: builds the store",
            first[:2],
            "plain pyoxigraph bulk load",
            loaded[:2],
            "once per graph",
        )
    )
    print(
        f"\n`KnowledgeGraph.open()` in-process with the store built: "
        f"{statistics.median(opens) * 1000:.0f} ms (target: well under a second)."
    )


def check_section(runs: int) -> None:
    hermit = timed([sys.executable, "-c", HERMIT], runs)
    alone = float(hermit[2].strip().splitlines()[-1])
    ours = timed([sys.executable, "-m", "kzkg", "check"], runs)
    print("\n## `kzkg check` on the shipped ontology, examples and graph\n")
    header()
    print(row("kzkg check", ours[:2], "HermiT alone (whole process)", hermit[:2], "<= 2.5 s"))
    print(f"\nHermiT's own call inside that process: {alone:.2f} s wall.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="100k triples, 3 runs")
    args = parser.parse_args()
    if args.quick:
        args.size, args.runs = 100_000, 3
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        seed_section(args.runs, tmp)
        store_section(args.size, args.runs, tmp)
        check_section(max(1, args.runs // 2))


if __name__ == "__main__":
    main()
