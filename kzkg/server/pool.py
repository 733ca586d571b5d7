"""Handing requests to query workers: lanes, a bounded wait, and replacement.

Workers serve in lanes. Ad-hoc SPARQL runs only in the `sparql` lane; saved
queries and views prefer the `saved` lane and take an idle `sparql` worker
when there is one, so a cheap saved query never waits behind expensive
ad-hoc ones. A request waits for a worker at most `wait` seconds, with at most
`queue` requests waiting; past either it gets `Busy` (503 with Retry-After)
instead of hanging. A worker that overruns the time limit is killed and a
warm spare takes its place at once (starting a worker takes seconds on a busy
machine, during which its lane was a worker short); a new spare then starts.
So does a worker that dies.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzkg.server.workers import Limits, Worker, death_message

SPARQL, SAVED, SPARE = "sparql", "saved", "spare"


class QueryTimeout(Exception):
    pass


class Busy(Exception):
    """Every worker of the lanes is busy and the request cannot wait longer."""


@dataclass(frozen=True)
class Queueing:
    wait: float  # seconds a request may wait for a worker
    queue: int  # requests that may wait at once


class WorkerPool:
    def __init__(
        self,
        graph: Path | None,
        lanes: dict[str, int],
        timeout: float,
        limits: Limits,
        queueing: Queueing,
        spares: int = 1,
    ) -> None:
        self.graph = str(graph) if graph else None
        self.lanes, self.timeout, self.limits, self.queueing = lanes, timeout, limits, queueing
        self.idle: dict[str, list[Worker]] = {lane: [] for lane in lanes}
        self.waiting: list[tuple[asyncio.Future[Worker], tuple[str, ...]]] = []
        self.workers: set[Worker] = set()
        self.wanted_spares = spares
        self.spares: list[Worker] = []
        self.replacing: set[asyncio.Task[None]] = set()  # referenced until done

    def _spawn(self, lane: str) -> Worker:
        worker = Worker.start(self.graph, self.limits, lane)
        worker.wait_ready()
        return worker

    async def start(self) -> None:
        lanes = [lane for lane, size in self.lanes.items() for _ in range(size)]
        lanes += [SPARE] * self.wanted_spares
        for worker in await asyncio.gather(*(asyncio.to_thread(self._spawn, k) for k in lanes)):
            if worker.lane == SPARE:
                self.spares.append(worker)
            else:
                self.workers.add(worker)
                self.idle[worker.lane].append(worker)

    def _release(self, worker: Worker) -> None:
        """Give the worker to the longest-waiting request whose own lane it is, else to the
        longest-waiting request that takes it, else make it idle. (A saved query first in
        line takes an ad-hoc worker only when no ad-hoc query waits for it.)"""
        self.waiting = [(f, lanes) for f, lanes in self.waiting if not f.done()]
        for own_lane_only in (True, False):
            for i, (future, lanes) in enumerate(self.waiting):
                wanted = lanes[:1] if own_lane_only else lanes
                if worker.lane in wanted:
                    del self.waiting[i]
                    future.set_result(worker)
                    return
        self.idle[worker.lane].append(worker)

    async def _acquire(self, lanes: tuple[str, ...]) -> Worker:
        for lane in lanes:
            if self.idle.get(lane):
                return self.idle[lane].pop()
        self.waiting = [(f, ls) for f, ls in self.waiting if not f.done()]
        if len(self.waiting) >= self.queueing.queue:
            raise Busy(f"server busy: {len(self.waiting)} requests already waiting for a worker")
        future: asyncio.Future[Worker] = asyncio.get_running_loop().create_future()
        self.waiting.append((future, lanes))
        try:
            return await asyncio.wait_for(future, self.queueing.wait)
        except (TimeoutError, asyncio.CancelledError) as exc:
            if future.done() and not future.cancelled():  # handed over as the wait ended
                self._release(future.result())
            if isinstance(exc, TimeoutError):
                raise Busy(
                    f"server busy: no query worker free within {self.queueing.wait:g} s"
                ) from None
            raise

    async def _replace(self, worker: Worker) -> None:
        self.workers.discard(worker)
        if self.spares:
            fresh = self.spares.pop()
            fresh.lane = worker.lane
            self.workers.add(fresh)
            self._release(fresh)
            await asyncio.to_thread(worker.stop)
            self.spares.append(await asyncio.to_thread(self._spawn, SPARE))
            return
        await asyncio.to_thread(worker.stop)
        fresh = await asyncio.to_thread(self._spawn, worker.lane)
        self.workers.add(fresh)
        self._release(fresh)

    async def ask(self, message: tuple[Any, ...], lanes: tuple[str, ...]) -> tuple[Any, ...]:
        """The worker's answer to `message`, run in the first free worker of `lanes`."""
        worker = await self._acquire(lanes)
        answered = False
        try:
            worker.conn.send(message)
            if not await asyncio.to_thread(worker.conn.poll, self.timeout):
                raise QueryTimeout(f"query exceeded the {self.timeout:g} s time limit; cancelled")
            answer = worker.conn.recv()
            answered = True
            return answer
        except (EOFError, BrokenPipeError, OSError):
            code = await asyncio.to_thread(worker.exitcode)
            return ("error", 500, death_message(code, self.limits))
        finally:
            if answered:
                self._release(worker)
            else:
                # Overran, died, or its request went away mid-query (cancelled): a late
                # answer must never reach the next request, so the worker is replaced.
                task = asyncio.get_running_loop().create_task(self._replace(worker))
                self.replacing.add(task)
                task.add_done_callback(self.replacing.discard)

    async def close(self) -> None:
        for worker in [*self.workers, *self.spares]:
            await asyncio.to_thread(worker.stop)
        self.workers.clear()
        self.spares.clear()
