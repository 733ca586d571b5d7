"""A loopback HTTP listener that records what reaches it: the stand-in for anything a
query must never contact (tests of issue 13)."""

from __future__ import annotations

import http.server
import socket
import threading


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
