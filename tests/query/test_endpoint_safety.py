"""Issue 13, items 6-11: hostile requests against a real `kzkg serve` on loopback.

A tiny HTTP listener on 127.0.0.1 stands in for anything a query might try to
reach; whatever the request, it must receive nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from subprocess import Popen

import httpx
import pytest
from loopback import Listener, running_serve

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
SEED = Path(__file__).with_name("fixtures") / "seed.trig"
TIMEOUT = 6.0  # the server's query time limit
WAIT = 1.5  # how long a request may wait for a worker
MEMORY_MIB = 150  # small, so the memory test trips fast
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
HUNGRY = "SELECT ?c ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"


@pytest.fixture(autouse=True)
def nothing_reaches_the_listener(listener: Listener) -> Iterator[None]:
    yield
    assert listener.hits == []


@pytest.fixture(scope="module")
def server() -> Iterator[subprocess.Popen]:
    """`kzkg serve` as a user starts it, with tight limits: 2 ad-hoc workers, 1 saved."""
    args = ["--graph", str(SEED), "--timeout", str(TIMEOUT)]
    args += ["--workers", "2", "--saved-workers", "1", "--memory", str(MEMORY_MIB)]
    args += ["--wait", str(WAIT), "--queue", "4"]
    with running_serve(*args) as (process, base):
        process.base = base  # type: ignore[attr-defined]
        yield process


@pytest.fixture(scope="module")
def served(server: subprocess.Popen) -> str:
    return server.base  # type: ignore[attr-defined]


def workers_of(server: Popen) -> set[int]:
    """Process ids of the server's query workers (its children but the resource tracker)."""
    found: set[int] = set()
    for task in Path(f"/proc/{server.pid}/task").iterdir():
        try:
            children = (task / "children").read_text().split()
        except OSError:  # the thread has ended
            continue
        for pid in children:
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in command:
                found.add(int(pid))
    return found


def sparql(base: str, query: str, **kwargs: object) -> httpx.Response:
    return httpx.get(base + "/sparql", params={"query": query}, timeout=60, **kwargs)


def still_answers(base: str) -> None:
    reply = sparql(base, "ASK {}")
    assert reply.status_code == 200 and reply.json()["boolean"] is True


WORKERS = 4  # 2 ad-hoc, 1 for saved queries, 1 warm spare


def settle(server: Popen) -> None:
    """Wait until workers killed by an earlier test have been replaced and have loaded
    the graph: all the server's workers there, and all idle for a second."""
    deadline = time.monotonic() + 120
    quiet = 0
    while quiet < 4:
        if time.monotonic() > deadline:
            pytest.fail("the server's workers did not settle")
        pids = workers_of(server)
        states = []
        for pid in pids:
            try:
                states.append(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0])
            except OSError:
                states.append("gone")
        quiet = quiet + 1 if len(pids) == WORKERS and set(states) == {"S"} else 0
        time.sleep(0.3)
    still_answers(server.base)  # type: ignore[attr-defined]


# -- 6: SERVICE, decided on the parsed query; workers without network ---------------


def service_variants(url: str) -> dict[str, str]:
    pattern = f"SERVICE <{url}> {{ ?s ?p ?o }}"
    return {
        "plain": f"SELECT * WHERE {{ {pattern} }}",
        "lower case, SILENT": f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "no-break space in an IRI": f"SELECT * WHERE {{ BIND(<http://a\u00a0#> AS ?z) {pattern} }}",
        "ideographic space": f"SELECT * WHERE {{ BIND(<http://a\u3000#> AS ?z) {pattern} }}",
        "comment ended by CR": f"SELECT * WHERE {{ # note\r{pattern} }}",
        "comment ended by CR, balanced": f"SELECT * WHERE {{ # note\r{pattern} \n }}",
        "escaped keyword": f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        "escaped quote": f'SELECT * WHERE {{ BIND("a\\u0022 # " AS ?x) {pattern} \n }}',
        "variable endpoint": f"SELECT * {{ VALUES ?e {{ <{url}> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        "in a subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ {pattern} }} }} }}",
        "in OPTIONAL": f"SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ {pattern} }} }} LIMIT 1",
        "in an ASK": f"ASK {{ {pattern} }}",
        "in a CONSTRUCT": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}",
    }


@pytest.mark.parametrize("variant", list(service_variants("http://x/")))
def test_service_is_refused_in_every_spelling(served: str, listener: Listener, variant: str):
    query = service_variants(listener.url)[variant]
    for reply in (
        sparql(served, query),
        httpx.post(
            served + "/sparql",
            content=query.encode(),
            headers={"Content-Type": "application/sparql-query"},
            timeout=60,
        ),
        httpx.post(served + "/sparql", data={"query": query}, timeout=60),
    ):
        assert reply.status_code == 400, (variant, reply.text)
        assert any(word in reply.text for word in ("SERVICE", "malformed", "escapes")), reply.text


def test_every_worker_of_the_server_runs_under_a_seccomp_filter(server: Popen) -> None:
    settle(server)
    for pid in workers_of(server):
        status = Path(f"/proc/{pid}/status").read_text()
        assert "Seccomp:\t2" in status, pid  # 2: filter mode


SANDBOXED_SERVICE = """
import sys
import pyoxigraph
from kzkg.server.sandbox import forbid_network
from multiprocessing import Pipe
ours, theirs = Pipe()
assert forbid_network()
try:
    list(pyoxigraph.Store().query("SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } }"))
    print("reached")
except OSError as exc:
    print("refused:", exc)
ours.send("the pipe made before still works")
print(theirs.recv())
"""


def test_a_sandboxed_worker_cannot_reach_the_network(listener: Listener) -> None:
    """Defence in depth: even a SERVICE the check missed finds no network in a worker."""
    run = subprocess.run(
        [sys.executable, "-c", SANDBOXED_SERVICE % listener.url],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert "refused: Permission denied" in run.stdout
    assert "the pipe made before still works" in run.stdout


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("attacker.example", 400),
        ("attacker.example:7878", 400),
        ("localhost.attacker.example", 400),
        ("localhost", 200),
        ("LOCALHOST:7878", 200),
        ("127.0.0.1", 200),
        ("[::1]:7878", 200),
    ],
)
def test_only_the_bound_address_names_are_answered(served: str, host: str, status: int) -> None:
    """DNS rebinding: a page on attacker.example pointed at 127.0.0.1 gets nothing."""
    reply = sparql(served, "ASK {}", headers={"Host": host})
    assert reply.status_code == status, reply.text
    if status == 400:
        assert "host names" in reply.text
        assert httpx.get(served + "/", headers={"Host": host}).status_code == 400


# -- 7, 8: parameters ----------------------------------------------------------------


def injection(url: str) -> dict[str, str]:
    return {
        "from": "VALUES ?to { UNDEF }",
        "to": f"}} SERVICE <{url}> {{ ?s ?p ?o }} VALUES ?z {{",
    }


@pytest.mark.parametrize("route", ["/view", "/api/run"])
def test_a_parameter_cannot_break_out_into_another(served: str, listener: Listener, route: str):
    params = {"query": "connection", **injection(listener.url)}
    reply = httpx.get(served + route, params=params, timeout=60)
    assert reply.status_code == 400 and "no Actor is labelled" in reply.text


def test_view_runs_only_the_catalogue(served: str, tmp_path: Path) -> None:
    planted = tmp_path / "planted.rq"
    planted.write_text('SELECT ?x WHERE { BIND("planted-answer" AS ?x) }\n')
    for name in (str(planted), "queries/succession.rq", "../queries/succession.rq"):
        for route in ("/view", "/api/run"):
            reply = httpx.get(served + route, params={"query": name}, timeout=60)
            assert reply.status_code == 400, (route, name)
            assert "no saved query named" in reply.text and "planted-answer" not in reply.text


@pytest.mark.parametrize("reserved", ["row_cap", "name", "kg", "self", "query_view"])
@pytest.mark.parametrize("route", ["/view", "/api/run"])
def test_reserved_parameter_names_are_ordinary_unknown_parameters(
    served: str, reserved: str, route: str
) -> None:
    reply = httpx.get(served + route, params={"query": "succession", reserved: "5"}, timeout=60)
    assert reply.status_code == 400, reply.text
    assert f"has no parameter '{reserved}'" in reply.text or "unknown parameter" in reply.text
    assert "TypeError" not in reply.text


# -- 9: nesting ---------------------------------------------------------------------


DEEP = {
    "5,000 braces": "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
    "10,000 parentheses": "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
    "3,000 OPTIONALs": "SELECT * WHERE { ?s ?p ?o "
    + "OPTIONAL { ?s ?p ?o " * 3000
    + "}" * 3000
    + " }",
    "a UNION chain": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * 400) + " }",
    "a path of 400 steps": "SELECT * WHERE { ?s " + "/".join(["rdfs:label"] * 400) + " ?o }",
}


def test_deep_nesting_is_refused_before_the_engine(server: Popen, served: str) -> None:
    settle(server)
    before = workers_of(server)
    for shape, query in DEEP.items():
        reply = httpx.post(served + "/sparql", data={"query": query}, timeout=60)
        assert reply.status_code == 400, shape
        assert "nested too deeply" in reply.text, (shape, reply.text)
        assert "stopped unexpectedly" not in reply.text
    still_answers(served)
    assert workers_of(server) == before  # no worker crashed and was replaced


def test_moderate_nesting_still_runs(served: str) -> None:
    query = "SELECT * WHERE " + "{" * 30 + " ?s a kz:City " + "}" * 30
    assert sparql(served, query).status_code == 200


# -- 10: memory ---------------------------------------------------------------------


def test_a_query_past_the_memory_cap_gets_a_clear_error(server: Popen, served: str) -> None:
    settle(server)
    started = time.perf_counter()
    reply = sparql(served, HUNGRY)
    assert reply.status_code == 500
    assert f"more than the {MEMORY_MIB} MiB of memory" in reply.text
    assert time.perf_counter() - started < TIMEOUT  # the cap, not the time limit, stopped it
    settle(server)


# -- 11: head-of-line blocking -------------------------------------------------------


def test_a_cheap_saved_query_does_not_wait_behind_expensive_ones(
    server: Popen, served: str
) -> None:
    settle(server)
    with ThreadPoolExecutor(4) as pool:
        slow = [pool.submit(sparql, served, SLOW) for _ in range(2)]
        time.sleep(0.5)  # both ad-hoc workers are busy now
        started = time.perf_counter()
        cheap = httpx.get(
            served + "/api/run", params={"query": "succession", "post": "Security Council"}
        )
        took = time.perf_counter() - started
        # Every ad-hoc worker is taken: another ad-hoc query waits WAIT seconds, then 503.
        queued = sparql(served, "ASK {}")
        assert [f.result().status_code for f in slow] == [504, 504]
    assert cheap.status_code == 200 and len(cheap.json()["results"]["bindings"]) == 2
    assert took < 2.0
    assert queued.status_code == 503 and "no query worker free" in queued.text
    assert int(queued.headers["retry-after"]) >= 1


def test_the_wait_queue_is_bounded(server: Popen, served: str) -> None:
    settle(server)

    def timed_ask() -> tuple[float, httpx.Response]:
        started = time.perf_counter()
        reply = sparql(served, "ASK {}")
        return time.perf_counter() - started, reply

    with ThreadPoolExecutor(8) as pool:
        slow = [pool.submit(sparql, served, SLOW) for _ in range(2)]
        time.sleep(0.5)
        waiting = [f.result() for f in [pool.submit(timed_ask) for _ in range(6)]]
        assert [f.result().status_code for f in slow] == [504, 504]
    assert [reply.status_code for _, reply in waiting] == [503] * 6
    # At most four wait (and give up after WAIT seconds); the rest are told at once.
    told_at_once = [took for took, reply in waiting if "already waiting" in reply.text]
    assert len(told_at_once) >= 2 and max(told_at_once) < WAIT
