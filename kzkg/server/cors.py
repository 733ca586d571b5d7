"""Which other web origins may read the endpoint from a browser (CORS).

None by default: a loopback server may hold a graph built from private
documents, and with `*` any page the user has open could read it. `kzkg serve
--cors ORIGIN` (repeatable, or `*`) lets a browser SPARQL client on that
origin (YASGUI, a notebook widget) query it. Starlette's middleware does the
protocol; this module checks the origins given and answers a preflight with
204 and a message that says how to allow a refused origin.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse, Response

from kzkg.errors import InputError, shown

METHODS = ("GET", "POST", "OPTIONS")
HEADERS = ("Content-Type", "Accept")
# Headers a page's script may read besides the few every browser shows it.
EXPOSED = ("X-Kzkg-Truncated", "Retry-After")
MAX_AGE = 600  # seconds a browser may keep a preflight's answer
_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(value: str) -> str:
    """`value` as a browser writes an Origin header (`https://host[:port]`), or `*`;
    InputError for anything else."""
    text = value.strip()
    if text == "*":
        return text
    bad = f"--cors '{shown(value)}' is not an origin: write scheme://host[:port], or *"
    if text.lower() == "null":
        raise InputError("--cors null is refused: sandboxed frames and files all send 'null'")
    try:
        parts = urlsplit(text.rstrip("/") if text.count("/") == 3 else text)
        port = parts.port
    except ValueError:
        raise InputError(bad) from None
    if (
        parts.scheme.lower() not in _DEFAULT_PORTS
        or not parts.hostname
        or parts.path
        or parts.query
        or parts.fragment
        or parts.username is not None
    ):
        raise InputError(bad)
    scheme, host = parts.scheme.lower(), parts.hostname
    if ":" in host:
        host = f"[{host}]"
    shown_port = f":{port}" if port is not None and port != _DEFAULT_PORTS[scheme] else ""
    return f"{scheme}://{host}{shown_port}"


def origins(values: Iterable[str]) -> tuple[str, ...]:
    """The checked origins, each once; `*` alone when it is among them."""
    checked = tuple(dict.fromkeys(origin(v) for v in values))
    return ("*",) if "*" in checked else checked


class Cors(CORSMiddleware):
    """Starlette's CORS middleware, answering an allowed preflight with 204 (no body)
    and a refused one with what to do about it."""

    def __init__(self, app: Any, allowed: tuple[str, ...]) -> None:
        super().__init__(
            app,
            allow_origins=allowed,
            allow_methods=METHODS,
            allow_headers=HEADERS,
            expose_headers=EXPOSED,
            # An origin the user named may be a public site reading a loopback
            # server: Chromium asks for that explicitly (Private Network Access).
            allow_private_network=bool(allowed),
            max_age=MAX_AGE,
        )

    def preflight_response(self, request_headers: Headers) -> Response:
        answer = super().preflight_response(request_headers)
        headers = {
            name: value
            for name, value in answer.headers.items()
            if name not in ("content-length", "content-type")
        }
        if answer.status_code < 400:
            return Response(status_code=204, headers=headers)
        asked = shown(request_headers["origin"])
        if not self.is_allowed_origin(request_headers["origin"]):
            message = (
                f"cross-origin requests from {asked} are not allowed: "
                f"start kzkg serve with --cors {asked}"
            )
        else:
            message = (
                f"{bytes(answer.body).decode()}: this endpoint allows {', '.join(METHODS)} "
                f"with the headers {', '.join(HEADERS)}"
            )
        return PlainTextResponse(message + "\n", status_code=400, headers=headers)
