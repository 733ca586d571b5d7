"""Shared fixtures for the query tests: the seed graph, both engines, live servers."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kzkg.paths import built_graph
from kzkg.store import KnowledgeGraph

sys.path.insert(0, str(Path(__file__).parent))  # the test helpers beside this file

from loopback import Listener  # noqa: E402

SEED = Path(__file__).with_name("fixtures") / "seed.trig"
# The `oxigraph` package installs its server next to this interpreter.
OXIGRAPH_CLI = Path(sys.executable).with_name("oxigraph")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.open(SEED)


@pytest.fixture(scope="session")
def kg_rdflib() -> KnowledgeGraph:
    return KnowledgeGraph.open(SEED, engine="rdflib")


@pytest.fixture(scope="session")
def built() -> KnowledgeGraph:
    path = built_graph()
    if not path.is_file():
        pytest.skip(f"{path} is absent: the extraction step has not built the graph yet")
    return KnowledgeGraph.open(path)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str, deadline: float = 30.0) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


@pytest.fixture(scope="module")
def kzkg_server() -> Iterator[str]:
    """`kzkg serve` on a free loopback port (in a thread), with tight limits for testing."""
    import uvicorn

    from kzkg.server.app import Settings, create_app

    settings = Settings(graph=SEED, workers=2, timeout=2.0, row_cap=50, max_body=20_000)
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="error")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    end = time.monotonic() + 60
    while not server.started and time.monotonic() < end:
        time.sleep(0.1)
    wait_until_up(base + "/api/queries")
    yield base
    server.should_exit = True
    thread.join(15)


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server (the `oxigraph` CLI) on a free loopback port."""
    cli = OXIGRAPH_CLI if OXIGRAPH_CLI.exists() else shutil.which("oxigraph")
    if not cli:
        if os.environ.get("CI"):
            pytest.fail("the oxigraph server CLI is missing: CI must run the remote-store tests")
        pytest.skip("the oxigraph server CLI is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [str(cli), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/query?query=ASK%7B%7D")
        yield base
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    """A loopback HTTP listener that records every request: nothing may reach it."""
    spy = Listener()
    yield spy
    spy.server.shutdown()
