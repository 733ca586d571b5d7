"""Queries run in worker processes, so a query past its time limit can be stopped.

pyoxigraph cannot interrupt a query from another thread; killing the process
that runs it can. Each worker loads the graph once and answers requests over
a pipe; a worker that overruns is killed and a fresh one takes its place.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzkg.errors import KzkgError


class QueryTimeout(Exception):
    pass


def _answer(kg: Any, message: tuple[Any, ...], row_cap: int) -> tuple[Any, ...]:
    from kzkg.queries.formats import MEDIA_TYPES, results_json, serialize
    from kzkg.server.negotiate import choose_format

    kind = message[0]
    if kind == "sparql":
        _, text, accept, override = message
        result = kg.run(text, row_cap=row_cap)
        fmt = choose_format(accept, result.kind, override)
        return ("ok", MEDIA_TYPES[fmt], serialize(result, fmt), result.truncated)
    if kind == "saved":
        _, name, params = message
        result = kg.run_saved(name, row_cap=row_cap, **params)
        return ("ok", "application/json", results_json(result), result.truncated)
    if kind == "view":
        _, name, params = message
        import kzkg.views as views  # provided by the views package; see docs/queries.md

        return ("ok", "text/html; charset=utf-8", views.query_view(kg, name, **params), False)
    raise ValueError(f"unknown request {kind!r}")


def _serve(conn: Any, graph: str | None, row_cap: int) -> None:
    from kzkg.store import KnowledgeGraph

    try:
        kg = KnowledgeGraph.open(graph)
    except KzkgError as exc:
        conn.send(("error", 500, str(exc)))
        return
    conn.send(("ready",))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        try:
            conn.send(_answer(kg, message, row_cap))
        except KzkgError as exc:
            conn.send(("error", 400, str(exc)))
        except Exception as exc:  # a bug must not take the worker down
            conn.send(("error", 500, f"{type(exc).__name__}: {exc}"))


@dataclass(eq=False)
class Worker:
    process: Any
    conn: Any

    @classmethod
    def start(cls, graph: str | None, row_cap: int) -> Worker:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(target=_serve, args=(child, graph, row_cap), daemon=True)
        process.start()
        return cls(process, parent)

    def wait_ready(self, timeout: float = 120.0) -> None:
        if not self.conn.poll(timeout):
            self.stop()
            raise KzkgError("a query worker did not start in time")
        reply = self.conn.recv()
        if reply[0] != "ready":
            self.stop()
            raise KzkgError(reply[2])

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    def __init__(self, graph: Path | None, size: int, timeout: float, row_cap: int) -> None:
        self.graph = str(graph) if graph else None
        self.size, self.timeout, self.row_cap = size, timeout, row_cap
        self.idle: asyncio.Queue[Worker] = asyncio.Queue()
        self.workers: set[Worker] = set()

    def _spawn(self) -> Worker:
        worker = Worker.start(self.graph, self.row_cap)
        worker.wait_ready()
        return worker

    async def start(self) -> None:
        for worker in await asyncio.gather(
            *(asyncio.to_thread(self._spawn) for _ in range(self.size))
        ):
            self.workers.add(worker)
            self.idle.put_nowait(worker)

    async def _replace(self, worker: Worker) -> None:
        self.workers.discard(worker)
        await asyncio.to_thread(worker.stop)
        fresh = await asyncio.to_thread(self._spawn)
        self.workers.add(fresh)
        self.idle.put_nowait(fresh)

    async def ask(self, message: tuple[Any, ...]) -> tuple[Any, ...]:
        worker = await self.idle.get()
        try:
            worker.conn.send(message)
            ready = await asyncio.to_thread(worker.conn.poll, self.timeout)
            if not ready:
                asyncio.get_running_loop().create_task(self._replace(worker))
                worker = None  # type: ignore[assignment]
                raise QueryTimeout(f"query exceeded the {self.timeout:g} s time limit; cancelled")
            return worker.conn.recv()
        except (EOFError, BrokenPipeError, OSError):
            asyncio.get_running_loop().create_task(self._replace(worker))
            worker = None  # type: ignore[assignment]
            return ("error", 500, "the query worker stopped unexpectedly")
        finally:
            if worker is not None:
                self.idle.put_nowait(worker)

    async def close(self) -> None:
        for worker in list(self.workers):
            await asyncio.to_thread(worker.stop)
        self.workers.clear()
