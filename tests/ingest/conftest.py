"""Fixtures for `kzkg add`: the saved pages, generated PDFs, and a loopback web server."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
sys.path.insert(0, str(HERE))  # make_pdfs, beside this file

import make_pdfs  # noqa: E402


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdfs")
    return {
        "one_column": make_pdfs.one_column(folder / "briefing.pdf", scanned_page=True),
        "two_columns": make_pdfs.two_columns(folder / "court-watch.pdf"),
        "scanned": make_pdfs.scanned_only(folder / "scan.pdf"),
        "encrypted": make_pdfs.one_column(folder / "locked.pdf", encrypt="secret"),
    }


def _routes(pdfs: dict[str, Path]) -> dict[str, tuple[int, str, bytes, dict[str, str]]]:
    html = "text/html; charset=utf-8"
    page = (FIXTURES / "steppe_news.html").read_bytes()
    return {
        "/news/tokayev": (200, html, page, {}),
        "/statement": (200, html, (FIXTURES / "rights_watch_statement.html").read_bytes(), {}),
        "/briefing.pdf": (200, "application/pdf", pdfs["one_column"].read_bytes(), {}),
        "/old-link": (301, html, b"", {"Location": "/statement"}),
        "/loop": (302, html, b"", {"Location": "/loop"}),
        "/to-ftp": (302, html, b"", {"Location": "ftp://127.0.0.1/file"}),
        "/logo.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, {}),
        "/big": (200, html, page * 500, {}),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/slow":
            time.sleep(2.0)  # longer than the tests' timeout
        status, kind, body, headers = self.routes.get(
            self.path, (404, "text/html", b"<h1>Not found</h1>", {})
        )
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (size cap, timeout)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site(pdfs: dict[str, Path]) -> Iterator[str]:
    """http://127.0.0.1:PORT serving the fixtures, a redirect, a 404 and a slow page."""
    handler = type("Handler", (_Handler,), {"routes": _routes(pdfs)})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
