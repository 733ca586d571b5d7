"""A loopback HTTP listener that records what reaches it: the stand-in for anything a
query must never contact (tests of issue 13)."""

from __future__ import annotations

import http.server
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_serve(*args: str) -> Iterator[tuple[subprocess.Popen, str]]:
    """`kzkg serve ARGS` on a free loopback port, as a user starts it, once it
    answers; the process and its base URL. Stopped when the block ends."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kzkg", "serve", *args, "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        if process.poll() is not None:
            assert process.stderr is not None
            pytest.fail(f"kzkg serve exited: {process.stderr.read().decode()[-800:]}")
        try:
            if httpx.get(base + "/api/queries", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("kzkg serve did not start")
        time.sleep(0.2)
    try:
        yield process, base
    finally:
        process.terminate()
        process.wait(15)


class Listener:
    """An HTTP server on a loopback port that records every request it gets."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Record(http.server.BaseHTTPRequestHandler):
            def answer(self) -> None:
                hits.append((self.command, self.path))
                body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = answer

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Record)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
