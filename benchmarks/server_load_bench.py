"""A bounded load test of `kzkg serve` on loopback.

Starts the real server as a subprocess on a free 127.0.0.1 port, then runs
`clients` threads for `seconds`, each sending a random mix of requests:
every saved query (answers checked against the answer the same server gave
when idle), malformed SPARQL (400), updates (403), federated SERVICE (400),
oversized bodies (413) and a deliberately slow query (504 once past the
time limit). Memory of the server and its worker processes is sampled
throughout. Nothing leaves the machine; the loop stops by itself.

Then head-of-line blocking: two clients keep the ad-hoc workers busy with
expensive queries while a third asks a cheap saved query (`succession`) again
and again; the report gives its median and p95 latency with one lane of two
workers for everything (as before the saved-query lane) and with the default
lanes (two ad-hoc workers, one for saved queries).

    python benchmarks/server_load_bench.py --clients 8 --seconds 30
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
FEDERATED = "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class LoadReport:
    requests: int = 0
    wrong: list[str] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    rss_mib: list[float] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.wrong and self.requests > 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children[ppid].append(int(entry.name))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def start_server(
    graph: Path, timeout: float, max_body: int, extra: tuple[str, ...] = ()
) -> tuple[subprocess.Popen, str]:
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "kzkg",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--graph",
        str(graph),
        "--timeout",
        str(timeout),
        "--max-body",
        str(max_body),
        *extra,
    ]
    process = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stderr.read().decode()[-500:]}")
        try:
            if httpx.get(base + "/api/queries", timeout=2).status_code == 200:
                return process, base
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start within 120 s")


def saved_answers(base: str) -> dict[str, str]:
    """Each saved query's answer with its defaults, asked one at a time."""
    listed = httpx.get(base + "/api/queries", timeout=60).json()["queries"]
    answers = {}
    # a query with a required parameter (evidence-of: no default) has no answer with defaults
    listed = [q for q in listed if all(p["default"] for p in q["params"])]
    for query in listed:
        reply = httpx.get(base + "/api/run", params={"query": query["name"]}, timeout=60)
        reply.raise_for_status()
        answers[query["name"]] = canonical(reply.json())
    return answers


def canonical(answer: object) -> str:
    return json.dumps(answer, sort_keys=True)


def request_mix(base: str, answers: dict[str, str], max_body: int) -> list[tuple[str, object]]:
    """(kind, callable returning an error string or '') for each request type."""

    def saved(client: httpx.Client, name: str) -> str:
        reply = client.get(base + "/api/run", params={"query": name})
        if reply.status_code != 200:
            return f"saved {name}: status {reply.status_code}"
        return "" if canonical(reply.json()) == answers[name] else f"saved {name}: different rows"

    def expect(status: int, **kwargs: object):
        def run(client: httpx.Client) -> str:
            reply = client.request(**kwargs)  # type: ignore[arg-type]
            return "" if reply.status_code == status else f"{kwargs}: {reply.status_code}"

        return run

    url = base + "/sparql"
    mix: list[tuple[str, object]] = [
        (f"saved:{name}", lambda c, n=name: saved(c, n)) for name in answers
    ]
    mix += [
        ("malformed", expect(400, method="GET", url=url, params={"query": "SELECT WHERE {"})),
        (
            "update",
            expect(
                403,
                method="POST",
                url=url,
                content=b"INSERT DATA {}",
                headers={"content-type": "application/sparql-update"},
            ),
        ),
        ("service", expect(400, method="GET", url=url, params={"query": FEDERATED})),
        (
            "oversized",
            expect(
                413,
                method="POST",
                url=url,
                content=b"#" * (max_body + 1),
                headers={"content-type": "application/sparql-query"},
            ),
        ),
    ]
    return mix


def run_load(
    graph: Path,
    clients: int,
    seconds: float,
    timeout: float = 2.0,
    slow_share: float = 0.03,
    seed: int = 7,
) -> LoadReport:
    max_body = 100_000
    process, base = start_server(graph, timeout, max_body)
    report = LoadReport()
    lock = threading.Lock()
    try:
        answers = saved_answers(base)
        mix = request_mix(base, answers, max_body)
        report.rss_mib.append(tree_rss_mib(process.pid))
        stop = time.monotonic() + seconds

        def client_loop(index: int) -> None:
            rng = random.Random(seed + index)
            # The first client starts with one request of every kind, so a short
            # run still exercises them all (the refusals first, then the slow
            # query, then each saved one); then every client picks at random.
            refusals = [i for i, (kind, _) in enumerate(mix) if not kind.startswith("saved")]
            saved = [i for i, (kind, _) in enumerate(mix) if kind.startswith("saved")]
            planned = [*refusals, "slow", *saved] if index == 0 else []
            with httpx.Client(timeout=timeout * 10 + 30) as client:
                while time.monotonic() < stop:
                    pick = planned.pop(0) if planned else None
                    if pick == "slow" or (pick is None and rng.random() < slow_share):
                        kind = "slow"
                        began = time.perf_counter()
                        reply = client.get(base + "/sparql", params={"query": SLOW})
                        problem = "" if reply.status_code == 504 else f"slow: {reply.status_code}"
                    else:
                        kind, call = mix[pick] if isinstance(pick, int) else rng.choice(mix)
                        began = time.perf_counter()
                        try:
                            problem = call(client)  # type: ignore[operator]
                        except httpx.HTTPError as exc:
                            problem = f"{kind}: {type(exc).__name__}"
                    took = time.perf_counter() - began
                    with lock:
                        report.requests += 1
                        report.by_kind[kind.split(":")[0]] += 1
                        report.latency[kind.split(":")[0]].append(took)
                        if problem:
                            report.wrong.append(problem)

        threads = [threading.Thread(target=client_loop, args=(i,)) for i in range(clients)]
        for thread in threads:
            thread.start()
        while any(t.is_alive() for t in threads):
            time.sleep(1)
            report.rss_mib.append(tree_rss_mib(process.pid))
        for thread in threads:
            thread.join()
        report.rss_mib.append(tree_rss_mib(process.pid))
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
    return report


LAYOUTS = {
    "one lane, 2 workers (before)": ("--workers", "2", "--saved-workers", "0", "--wait", "120"),
    "saved-query lane (now)": ("--workers", "2", "--saved-workers", "1"),
}


@dataclass
class BesideReport:
    cheap: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    expensive: Counter[int] = field(default_factory=Counter)


def cheap_beside_expensive(
    graph: Path, seconds: float, layout: tuple[str, ...], timeout: float = 5.0
) -> BesideReport:
    """Latency of a cheap saved query while two clients keep sending expensive ones."""
    process, base = start_server(graph, timeout, 100_000, layout)
    report = BesideReport()
    stop = time.monotonic() + seconds

    def expensive() -> None:
        with httpx.Client(timeout=300) as client:
            while time.monotonic() < stop:
                status = client.get(base + "/sparql", params={"query": SLOW}).status_code
                report.expensive[status] += 1

    try:
        httpx.get(base + "/api/run", params={"query": "succession"}, timeout=60)  # warm
        threads = [threading.Thread(target=expensive) for _ in range(2)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)  # both expensive queries are running
        with httpx.Client(timeout=300) as client:
            while time.monotonic() < stop:
                began = time.perf_counter()
                reply = client.get(base + "/api/run", params={"query": "succession"})
                report.cheap.append(time.perf_counter() - began)
                report.statuses[reply.status_code] += 1
                time.sleep(0.1)
        for thread in threads:
            thread.join()
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
    return report


def percentile(times: list[float], share: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def beside_table(reports: dict[str, BesideReport]) -> str:
    lines = [
        "Cheap saved query (`succession`) while two expensive ad-hoc queries run:",
        "",
        "| workers | cheap requests | answered | median ms | p95 ms | expensive answers |",
        "|---|---|---|---|---|---|",
    ]
    for layout, r in reports.items():
        expensive = ", ".join(f"{n}x {code}" for code, n in sorted(r.expensive.items()))
        lines.append(
            f"| {layout} | {len(r.cheap)} | {r.statuses[200]} | "
            f"{statistics.median(r.cheap) * 1000:.0f} | {percentile(r.cheap, 0.95) * 1000:.0f} | "
            f"{expensive} |"
        )
    return "\n".join(lines)


def table(report: LoadReport, clients: int, seconds: float) -> str:
    lines = [
        f"{clients} clients for {seconds:.0f} s: {report.requests} requests "
        f"({report.requests / seconds:.1f}/s), {len(report.wrong)} wrong answers",
        "",
        "| request | count | median ms | p95 ms |",
        "|---|---|---|---|",
    ]
    for kind, times in sorted(report.latency.items()):
        lines.append(
            f"| {kind} | {len(times)} | {statistics.median(times) * 1000:.0f} | "
            f"{percentile(times, 0.95) * 1000:.0f} |"
        )
    rss = report.rss_mib
    lines += [
        "",
        f"Server memory (all processes): start {rss[0]:.0f} MiB, "
        f"peak {max(rss):.0f} MiB, end {rss[-1]:.0f} MiB",
    ]
    if report.wrong:
        lines += ["", "First wrong answers:"] + [f"- {w}" for w in report.wrong[:10]]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "graph" / "kzkg.trig")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--quick", action="store_true", help="4 clients for 5 s")
    args = parser.parse_args()
    clients, seconds = (4, 5.0) if args.quick else (args.clients, args.seconds)
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    report = run_load(args.graph, clients, seconds)
    print(table(report, clients, seconds))
    beside = {
        name: cheap_beside_expensive(args.graph, 12.0 if args.quick else 30.0, layout)
        for name, layout in LAYOUTS.items()
    }
    print()
    print(beside_table(beside))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
