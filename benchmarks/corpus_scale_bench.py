"""Queries and views on the graph built from a generated corpus (default 1,000 documents).

Where query_bench.py uses synthetic graphs, this measures the graph that
`kzkg build` makes from a corpus of N generated documents
(benchmarks/synthetic_corpus.py): the store's load time and memory, the
median latency of every saved query with its default parameters, and the
overview and ego views (`kzkg view` time, and time to interactive in headless
Chromium, physics off as it is above 300 nodes).

    python benchmarks/corpus_scale_bench.py [--documents 1000] [--graph FILE] [--quick]

Without --graph it generates the corpus and builds it into benchmarks/out/
(with a cache, so a second run does not extract again).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from synthetic_corpus import generate  # noqa: E402
from view_bench import CHROMIUM_ARGS, interactive  # noqa: E402

from kzkg.build.shards import available_cores  # noqa: E402

OUT = HERE / "out"

# Runs in a fresh process so that load time and peak memory are the store's own.
QUERY_RUNNER = """
import json, resource, statistics, sys, time
from pathlib import Path
from kzkg.store import KnowledgeGraph
began = time.perf_counter()
kg = KnowledgeGraph.open(Path(sys.argv[1]))
kg.index()
load = time.perf_counter() - began
figures = {}
for name in sorted(kg.catalogue()):
    times, rows = [], 0
    try:
        for _ in range(int(sys.argv[2])):
            start = time.perf_counter()
            rows = len(kg.query(name))
            times.append(time.perf_counter() - start)
    except Exception as exc:  # a default parameter the corpus does not name, say
        figures[name] = {"error": str(exc).splitlines()[0]}
        continue
    figures[name] = {"ms": statistics.median(times) * 1000, "rows": rows}
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": load, "peak_mib": peak, "queries": figures}))
"""


def built_graph(documents: int, jobs: int) -> Path:
    corpus, graph = OUT / f"corpus-{documents}", OUT / f"corpus-{documents}.trig"
    if not corpus.is_dir():
        generate(documents, corpus, seed=7, words=500)
    subprocess.run(
        [sys.executable, "-m", "kzkg", "build", "--corpus", str(corpus), "--out", str(graph),
         "--cache", str(OUT / f"cache-{documents}"), "--jobs", str(jobs)],
        check=True, cwd=ROOT, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    return graph


def view_seconds(graph: Path, page: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kzkg", "view", "--graph", str(graph), "--out", str(page), *extra],
        check=True, cwd=ROOT, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1_000)
    parser.add_argument("--graph", type=Path, help="an already built graph to measure")
    parser.add_argument("--jobs", type=int, default=available_cores())
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--focus", default="Kassym-Jomart Tokayev", help="the ego view's centre")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--quick", action="store_true", help="100 documents, 3 runs")
    args = parser.parse_args()
    if args.quick:
        args.documents, args.runs = 100, 3
    OUT.mkdir(exist_ok=True)
    graph = args.graph or built_graph(args.documents, args.jobs)
    size = graph.stat().st_size / 1e6
    proc = subprocess.run(
        [sys.executable, "-c", QUERY_RUNNER, str(graph), str(args.runs)],
        check=True, cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    q = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"Graph: {graph.name}, {size:.0f} MB of TriG.")
    print(
        f"Store: loaded and label index built in {q['load_s']:.1f} s; peak {q['peak_mib']:.0f} MiB."
    )
    print("\n| saved query | median ms | rows |\n|---|---|---|")
    for name, f in q["queries"].items():
        if "error" in f:
            print(f"| {name} | not run: {f['error']} | |")
        else:
            print(f"| {name} | {f['ms']:.1f} | {f['rows']:,} |")
    from playwright.sync_api import sync_playwright

    print("\n| view | `kzkg view` | interactive | HTML |\n|---|---|---|---|")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for label, extra in (("overview", ()), (f"ego: {args.focus}", ("--focus", args.focus))):
            page = OUT / f"corpus-view-{'ego' if extra else 'overview'}.html"
            seconds = view_seconds(graph, page, *extra)
            tti = interactive(browser, page, 60.0)
            shown = f"{tti:.2f} s" if tti is not None else "not ready after 60 s"
            print(f"| {label} | {seconds:.1f} s | {shown} | {page.stat().st_size / 1e6:.1f} MB |")
        browser.close()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\n(largest child process: {peak:,.0f} MiB)")


if __name__ == "__main__":
    main()
