"""What `kzkg serve` is told, and the defaults sized to the machine it runs on."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kzkg.server.hosts import LOOPBACK_NAMES, HostPolicy


def machine_workers() -> int:
    """Ad-hoc query workers by default: one per core, at least 2, at most 8."""
    return min(8, max(2, os.cpu_count() or 2))


def machine_memory_mib() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    except (ValueError, OSError, AttributeError):
        return 4096


@dataclass
class Settings:
    graph: Path | None = None
    workers: int = field(default_factory=machine_workers)
    timeout: float = 30.0
    row_cap: int = 10_000
    max_body: int = 1_000_000
    saved_workers: int = 1  # a lane of its own for saved queries and views
    spare_workers: int = 1  # started ahead, to replace a killed worker at once
    memory_mib: int = 0  # per worker, beyond the loaded graph; 0: sized to the machine
    wait: float = 10.0  # seconds a request may wait for a free worker
    queue: int = 64  # requests that may wait at once
    hosts: HostPolicy = field(default_factory=lambda: HostPolicy(frozenset(LOOPBACK_NAMES)))
    cors: tuple[str, ...] = ()  # origins whose pages may read answers (server/cors.py)

    def worker_memory_mib(self) -> int:
        """The memory cap of one worker: as set, or half the machine shared by all."""
        if self.memory_mib > 0:
            return self.memory_mib
        every = self.workers + self.saved_workers + self.spare_workers
        shared = machine_memory_mib() // 2 // max(1, every)
        return max(512, min(8192, shared))
