"""Query benchmark: every saved query on synthetic graphs, Oxigraph beside rdflib.

    python benchmarks/query_bench.py                 # 10k, 100k and 1M triples (~15 min)
    python benchmarks/query_bench.py 10000 100000 --rdflib-max 100000 --rdflib-limit 120

For each size, each engine runs in its own process (so peak memory is its
own): load time, peak RSS, and per saved query the median latency of
`KnowledgeGraph.query` (binding and label resolution included), of the same
bound SPARQL run directly on pyoxigraph (reading every row), and of rdflib (one
process per query, cut off after --rdflib-limit seconds). Prints ratios:
ours / raw pyoxigraph (target <= 1.5 for whole-graph queries) and
rdflib / ours (target >= 20); parameterised queries target < 50 ms at 1M.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def median_ms(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def worker(engine: str, graph: Path, runs: int, skip: list[str], only: str | None = None) -> dict:
    from kzkg.store import KnowledgeGraph

    start = time.perf_counter()
    kg = KnowledgeGraph.open(graph, engine=engine)
    kg.index()  # label index built once, as a long-lived process (server, notebook) would
    load = time.perf_counter() - start
    out: dict = {"load_s": load, "queries": {}}
    for name, saved in sorted(kg.catalogue().items()):
        if name in skip or (only is not None and name != only):
            continue
        if any(p.required for p in saved.params):
            continue  # no default to time it with (evidence-of: one fact's quotes)
        entry = {"params": bool(saved.params)}
        entry["ours_ms"] = median_ms(lambda n=name: kg.query(n), runs)
        if engine == "oxigraph":
            text = kg.bind(name)
            raw = kg.engine.raw  # type: ignore[union-attr]
            # Raw: the same bound text on pyoxigraph, every row's values read (a
            # caller who never reads the values has not received the answer).
            entry["raw_ms"] = median_ms(lambda t=text, r=raw: [tuple(s) for s in r(t)], runs)
        out["queries"][name] = entry
    out["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def run_worker(
    engine: str,
    graph: Path,
    runs: int,
    skip: list[str],
    only: str | None = None,
    timeout: float | None = None,
) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            __file__,
            "--worker",
            engine,
            str(graph),
            "--runs",
            str(runs),
            *(f"--skip={name}" for name in skip),
            *([f"--only={only}"] if only else []),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_rdflib(graph: Path, skip: list[str], limit: float) -> dict:
    """rdflib, one process per saved query so that a query over `limit` seconds is cut off
    (and reported as such) instead of holding up the whole run; best of up to 3 runs
    while they stay quick."""
    from kzkg.queries.catalogue import catalogue

    out: dict = {"queries": {}, "load_s": 0.0, "peak_mib": 0.0}
    for name, saved in sorted(catalogue().items()):
        if name in skip or any(p.required for p in saved.params):
            continue
        try:
            one = run_worker("rdflib", graph, 1, skip, only=name, timeout=limit)
        except subprocess.TimeoutExpired:
            out["queries"][name] = {"ours_ms": None, "over_s": limit}
            continue
        if one["queries"][name]["ours_ms"] < 5_000:
            try:
                one = run_worker("rdflib", graph, 3, skip, only=name, timeout=limit * 3)
            except subprocess.TimeoutExpired:
                pass  # keep the single run
        out["queries"][name] = one["queries"][name]
        out["load_s"] = max(out["load_s"], one["load_s"])
        out["peak_mib"] = max(out["peak_mib"], one["peak_mib"])
    return out


def report(size: int, actual: int, ox: dict, rd: dict | None) -> None:
    print(f"\n## ~{size:,} triples ({actual:,} quads + ontology)")
    print(f"load: oxigraph {ox['load_s']:.2f} s, peak {ox['peak_mib']:.0f} MiB", end="")
    if rd:
        print(f"; rdflib {rd['load_s']:.2f} s, peak {rd['peak_mib']:.0f} MiB", end="")
    print()
    print("| query | params | ours ms | raw pyoxigraph ms | ours/raw | rdflib ms | rdflib/ours |")
    print("|---|---|---|---|---|---|---|")
    for name, q in ox["queries"].items():
        rq = rd["queries"].get(name, {}) if rd else {}
        r, over = rq.get("ours_ms"), rq.get("over_s")
        ratio = f"{q['ours_ms'] / q['raw_ms']:.2f}" if q["raw_ms"] else "-"
        if over:
            rtext, speedup = f"> {over * 1000:.0f}", f"> {over * 1000 / q['ours_ms']:.0f}x"
        else:
            rtext = f"{r:.1f}" if r else "not run"
            speedup = f"{r / q['ours_ms']:.0f}x" if r else "-"
        print(
            f"| {name} | {'yes' if q['params'] else 'no'} | {q['ours_ms']:.1f} | "
            f"{q['raw_ms']:.1f} | {ratio} | {rtext} | {speedup} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument(
        "--rdflib-max",
        type=int,
        default=10_000,
        help="largest size rdflib runs at (minutes per query beyond 10k)",
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--worker", nargs=2, metavar=("ENGINE", "GRAPH"))
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        help="saved query to leave out (repeatable); contradicting-claims "
        "pairs claims by subject and grows with its square",
    )
    parser.add_argument("--only", help=argparse.SUPPRESS)
    parser.add_argument(
        "--rdflib-limit",
        type=float,
        default=60,
        help="seconds one saved query may take on rdflib before it is reported as over the limit",
    )
    parser.add_argument(
        "--quick", action="store_true", help="10k triples, 3 runs, rdflib cut at 10 s: a smoke run"
    )
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.runs = [10_000], 3
        args.rdflib_limit = min(args.rdflib_limit, 10.0)
    if args.worker:
        engine, graph = args.worker[0], Path(args.worker[1])
        print(json.dumps(worker(engine, graph, args.runs, args.skip, args.only)))
        return
    from synthetic_graph import generate

    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"synthetic-{size}.nq"
            actual = generate(size, path)
            ox = run_worker("oxigraph", path, args.runs, args.skip)
            rd = run_rdflib(path, args.skip, args.rdflib_limit) if size <= args.rdflib_max else None
            report(size, actual, ox, rd)


if __name__ == "__main__":
    main()
