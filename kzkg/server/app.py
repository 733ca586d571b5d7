"""The HTTP face: SPARQL 1.1 Protocol at /sparql (and /query), the query page at /.

A GET of the endpoint with no query gets its Service Description (description.py).
Read-only: updates are refused with 403 (400 when sent as a query). Requests are read by protocol.py
(dataset parameters, strict UTF-8). Queries run in sandboxed worker
processes (no network, capped memory) with a time limit (504 past it); a
request that cannot get a worker in time gets 503 with Retry-After. Answers
are capped at `row_cap` rows (header `X-Kzkg-Truncated: true` when cut),
request bodies over `max_body` bytes get 413, and ad-hoc queries that use
SERVICE or nest too deeply are refused with 400 (queries/guard.py). Only the
Host names of the bound address are answered (hosts.py), and a page on another
origin may read answers only when `--cors` names that origin (cors.py).
"""

from __future__ import annotations

import importlib.util
import math
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kzkg.errors import KzkgError
from kzkg.queries.catalogue import catalogue
from kzkg.queries.formats import MEDIA_TYPES
from kzkg.server.cors import Cors
from kzkg.server.description import description_bytes
from kzkg.server.hosts import HostCheck
from kzkg.server.negotiate import cannot_serve, choose_format
from kzkg.server.pool import SAVED, SPARQL, Busy, QueryTimeout, Queueing, WorkerPool
from kzkg.server.protocol import Refused, read_request
from kzkg.server.settings import Settings
from kzkg.server.workers import Limits

STATIC = Path(__file__).with_name("static")
ENDPOINT_PATHS = ("/sparql", "/sparql/", "/query", "/query/")


def error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


def views_available() -> bool:
    return importlib.util.find_spec("kzkg.views") is not None


async def read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None when it is larger than `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return body


def create_app(settings: Settings) -> Starlette:
    pool = WorkerPool(
        settings.graph,
        {SPARQL: settings.workers, SAVED: settings.saved_workers},
        settings.timeout,
        Limits(settings.row_cap, settings.worker_memory_mib()),
        Queueing(settings.wait, settings.queue),
        settings.spare_workers,
    )

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> Any:
        await pool.start()
        if not all(worker.sandboxed for worker in pool.workers):
            print(
                "warning: this system offers no seccomp filter: query workers can reach "
                "the network, and only the SERVICE check keeps queries from doing so",
                file=sys.stderr,
            )
        yield
        await pool.close()

    async def reply(message: tuple[Any, ...], lanes: tuple[str, ...]) -> Response:
        try:
            answer = await pool.ask(message, lanes)
        except QueryTimeout as exc:
            return error(504, str(exc))
        except Busy as exc:
            retry = str(max(1, math.ceil(settings.wait)))
            return PlainTextResponse(f"{exc}\n", status_code=503, headers={"Retry-After": retry})
        if answer[0] == "error":
            return error(answer[1], answer[2])
        _, media, body, truncated = answer
        headers = {"X-Kzkg-Truncated": "true"} if truncated else {}
        if isinstance(body, dict):
            return JSONResponse(body, headers=headers)
        return Response(body, media_type=media, headers=headers)

    async def sparql(request: Request) -> Response:
        if request.method == "OPTIONS":  # not a CORS preflight: those are answered by Cors
            return Response(status_code=204, headers={"Allow": "GET, POST, OPTIONS"})
        body = None
        if request.method == "POST":
            body = await read_body(request, settings.max_body)
            if body is None:
                return error(413, f"request body over the {settings.max_body} byte limit")
        try:
            asked = read_request(
                request.method,
                request.scope.get("query_string", b""),
                request.headers.get("content-type", ""),
                body,
            )
        except Refused as exc:
            return error(exc.status, exc.message)
        if asked.service_description:
            return describe(request, asked.format)
        if len(asked.query.encode("utf-8")) > settings.max_body:
            return error(413, f"query over the {settings.max_body} byte limit")
        # Relative IRIs resolve against the endpoint's URL (its Host was checked).
        base = str(request.url.replace(query="", fragment=""))
        accept = request.headers.get("accept", "")
        # SERVICE and deep nesting are refused by the worker, on the parsed query.
        message = ("sparql", asked.query, accept, asked.format, asked.dataset, base)
        return await reply(message, (SPARQL,))

    def describe(request: Request, override: str | None) -> Response:
        accept = request.headers.get("accept", "")
        fmt = choose_format(accept, "graph", override)
        if fmt is None:
            return error(406, cannot_serve("graph", accept))
        endpoint = str(request.url.replace(query="", fragment=""))
        return Response(description_bytes(endpoint, fmt), media_type=MEDIA_TYPES[fmt])

    async def page(_request: Request) -> Response:
        return Response((STATIC / "index.html").read_bytes(), media_type="text/html")

    async def queries(_request: Request) -> Response:
        listed = [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "params": [
                    {"name": p.name, "description": p.description, "default": p.default}
                    for p in q.params
                ],
            }
            for q in catalogue().values()
        ]
        return JSONResponse({"queries": listed, "views": views_available()})

    async def run_saved(request: Request) -> Response:
        params = dict(request.query_params)
        name = params.pop("query", "")
        if not name:
            return error(400, "missing 'query' parameter (a saved query name)")
        return await reply(("saved", name, params), (SAVED, SPARQL))

    async def view(request: Request) -> Response:
        if not views_available():
            return error(404, "network views are not installed")
        params = dict(request.query_params)
        name = params.pop("query", "")
        return await reply(("view", name, params), (SAVED, SPARQL))

    routes = [
        Route("/", page),
        # With and without the slash: clients write both, and a redirect loses a POST body.
        *(Route(path, sparql, methods=["GET", "POST", "OPTIONS"]) for path in ENDPOINT_PATHS),
        Route("/api/queries", queries),
        Route("/api/run", run_saved),
        Route("/view", view),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.settings = settings
    app.add_middleware(Cors, allowed=settings.cors)
    # Added last, so it runs first: no answer, not even a preflight's, for a foreign Host.
    app.add_middleware(HostCheck, policy=settings.hosts)
    return app


__all__ = ["KzkgError", "Settings", "create_app"]
