"""Query worker processes: each loads the graph once, then answers over a pipe.

pyoxigraph cannot interrupt a query from another thread; killing the process
that runs it can. A worker checks each ad-hoc query (queries/guard.py) before
the engine sees it, runs the server's saved queries only by catalogue name,
and works inside a sandbox (no network, capped memory: sandbox.py). The pool
that hands requests to workers is in pool.py.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kzkg.errors import InputError, KzkgError


@dataclass(frozen=True)
class Limits:
    """What one worker allows a query: rows in an answer, memory beyond the graph."""

    row_cap: int
    memory_mib: int


def _catalogued(kg: Any, name: str) -> str:
    """The server runs saved queries of its catalogue by name, never a file a request names."""
    if name not in kg.catalogue() or name.endswith(".rq"):
        kg.saved(name)  # raises, listing the closest names
        raise InputError(f"no saved query named '{name}'")
    return name


def _answer(
    kg: Any, message: tuple[Any, ...], row_cap: int, check: Callable[[str], str]
) -> tuple[Any, ...]:
    from kzkg.queries.formats import MEDIA_TYPES, results_json, serialize
    from kzkg.server.negotiate import cannot_serve, choose_format

    kind = message[0]
    if kind == "sparql":
        _, text, accept, override, dataset, base = message
        result = kg.run(check(text), row_cap=row_cap, dataset=dataset, base_iri=base)
        fmt = choose_format(accept, result.kind, override)
        if fmt is None:
            return ("error", 406, cannot_serve(result.kind, accept))
        return ("ok", MEDIA_TYPES[fmt], serialize(result, fmt), result.truncated)
    if kind == "saved":
        _, name, params = message
        result = kg.run_saved(_catalogued(kg, name), params, row_cap=row_cap)
        return ("ok", "application/json", results_json(result), result.truncated)
    if kind == "view":
        _, name, params = message
        import kzkg.views as views  # provided by the views package; see docs/queries.md

        page = views.query_view(kg, _catalogued(kg, name), **params)
        return ("ok", "text/html; charset=utf-8", page, False)
    raise ValueError(f"unknown request {kind!r}")


def _prepare(kg: Any) -> None:
    """Load what every request needs before the memory cap is measured and set."""
    import rdflib.plugins.sparql.parser  # noqa: F401 (the query check's parser)

    import kzkg.queries.formats  # noqa: F401
    import kzkg.server.negotiate  # noqa: F401

    kg.catalogue()
    kg.index()


def _serve(conn: Any, graph: str | None, limits: Limits) -> None:
    from kzkg.queries.guard import QueryCheck
    from kzkg.server.sandbox import cap_memory, forbid_network
    from kzkg.store import KnowledgeGraph

    try:
        kg = KnowledgeGraph.open(graph)
        _prepare(kg)
    except KzkgError as exc:
        conn.send(("error", 500, str(exc)))
        return
    sandboxed = forbid_network()
    cap_memory(limits.memory_mib)
    conn.send(("ready", sandboxed))
    check = QueryCheck()
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        try:
            conn.send(_answer(kg, message, limits.row_cap, check))
        except KzkgError as exc:
            conn.send(("error", 400, str(exc)))
        except MemoryError:
            conn.send(("error", 500, over_memory(limits)))
        except Exception as exc:  # a bug must not take the worker down
            conn.send(("error", 500, f"{type(exc).__name__}: {exc}"))


def over_memory(limits: Limits) -> str:
    return (
        f"the query needed more than the {limits.memory_mib} MiB of memory a query "
        "worker may use; cancelled"
    )


def death_message(exitcode: int | None, limits: Limits) -> str:
    """Why a worker died in the middle of a query, as the client is told."""
    # The engine aborts its process when an allocation fails under the memory cap.
    if exitcode == -signal.SIGABRT:
        return over_memory(limits)
    return "the query worker stopped unexpectedly"


@dataclass(eq=False)
class Worker:
    process: Any
    conn: Any
    lane: str
    sandboxed: bool = False

    @classmethod
    def start(cls, graph: str | None, limits: Limits, lane: str) -> Worker:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(child, graph, limits), daemon=True)
        process.start()
        child.close()  # the worker holds its end; EOF here means it died
        return cls(process, parent, lane)

    def wait_ready(self, timeout: float = 120.0) -> None:
        if not self.conn.poll(timeout):
            self.stop()
            raise KzkgError("a query worker did not start in time")
        reply = self.conn.recv()
        if reply[0] != "ready":
            self.stop()
            raise KzkgError(reply[2])
        self.sandboxed = reply[1]

    def exitcode(self, wait: float = 2.0) -> int | None:
        self.process.join(wait)
        return self.process.exitcode

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()
