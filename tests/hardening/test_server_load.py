"""A short, bounded load test of the real server on loopback (the full one is a benchmark)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from kzkg.paths import built_graph

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "server_load_bench.py"


def load_module():
    spec = importlib.util.spec_from_file_location("server_load_bench", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.server
def test_concurrent_clients_get_right_answers_refusals_and_timeouts() -> None:
    bench = load_module()
    report = bench.run_load(built_graph(), clients=4, seconds=6, timeout=2.0, slow_share=0.05)
    assert report.wrong == []
    # Every kind of request was exercised, good and bad alike.
    for kind in ("saved", "malformed", "update", "service", "oversized", "slow"):
        assert report.by_kind[kind] > 0, kind
    # Memory stays steady: killed and replaced workers do not pile up.
    assert max(report.rss_mib) < report.rss_mib[0] * 1.5 + 50
