"""`kzkg serve`: the SPARQL endpoint and query page on a loopback port."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import typer

from kzkg.errors import InputError


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind (loopback by default)."),
    port: int = typer.Option(7878, help="Port to listen on."),
    graph: Path = typer.Option(None, "--graph", "-g", help="TriG file (default graph/kzkg.trig)."),  # noqa: B008 (typer's idiom)
    timeout: float = typer.Option(30.0, help="Per-query time limit in seconds."),
    row_cap: int = typer.Option(10_000, "--row-cap", help="Most rows an answer may have."),
    workers: int = typer.Option(2, help="Query worker processes."),
    max_body: int = typer.Option(1_000_000, "--max-body", help="Largest request body, bytes."),
) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol (read-only) with a query page at /."""
    import uvicorn

    from kzkg.server.app import Settings, create_app

    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        typer.echo(f"warning: serving on {host}, reachable from other machines", err=True)
    if graph is not None and not graph.is_file():
        raise InputError(f"{graph}: graph file does not exist")
    settings = Settings(graph, workers, timeout, row_cap, max_body)
    typer.echo(f"kzkg: SPARQL endpoint at http://{host}:{port}/sparql, query page at /")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
