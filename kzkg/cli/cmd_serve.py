"""`kzkg serve`: the SPARQL endpoint and query page on a loopback port."""

from __future__ import annotations

from pathlib import Path

import typer

from kzkg.errors import InputError


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind (loopback by default)."),
    port: int = typer.Option(7878, help="Port to listen on."),
    graph: Path = typer.Option(None, "--graph", "-g", help="TriG file (default graph/kzkg.trig)."),  # noqa: B008 (typer's idiom)
    timeout: float = typer.Option(30.0, help="Per-query time limit in seconds."),
    row_cap: int = typer.Option(10_000, "--row-cap", help="Most rows an answer may have."),
    workers: int = typer.Option(
        None, help="Ad-hoc query workers (default: one per core, 2 to 8).", min=1
    ),
    saved_workers: int = typer.Option(
        1, "--saved-workers", help="Workers kept for saved queries and views.", min=0
    ),
    spare_workers: int = typer.Option(
        1, "--spare-workers", help="Workers started ahead to replace a killed one.", min=0
    ),
    memory: int = typer.Option(
        0, "--memory", help="MiB a worker may use beyond the graph (0: RAM-sized).", min=0
    ),
    wait: float = typer.Option(10.0, help="Seconds a request may wait for a free worker."),
    queue: int = typer.Option(64, help="Requests that may wait for a worker at once.", min=0),
    allow_host: list[str] = typer.Option(  # noqa: B008 (typer's idiom)
        [], "--allow-host", help="Another Host name to answer (behind a proxy, say)."
    ),
    max_body: int = typer.Option(1_000_000, "--max-body", help="Largest request body, bytes."),
    cors: list[str] = typer.Option(  # noqa: B008 (typer's idiom)
        [], "--cors", help="An origin whose web pages may query (https://host[:port], or *)."
    ),
) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol (read-only) with a query page at /."""
    import uvicorn

    from kzkg.server.app import create_app
    from kzkg.server.cors import origins
    from kzkg.server.hosts import HostPolicy, is_loopback
    from kzkg.server.settings import Settings, machine_workers

    if not is_loopback(host):
        typer.echo(f"warning: serving on {host}, reachable from other machines", err=True)
    if graph is not None and not graph.is_file():
        raise InputError(f"{graph}: graph file does not exist")
    settings = Settings(
        graph=graph,
        workers=workers or machine_workers(),
        timeout=timeout,
        row_cap=row_cap,
        max_body=max_body,
        saved_workers=saved_workers,
        spare_workers=spare_workers,
        memory_mib=memory,
        wait=wait,
        queue=queue,
        hosts=HostPolicy.for_bind(host, allow_host),
        cors=origins(cors),
    )
    typer.echo(f"kzkg: SPARQL endpoint at http://{host}:{port}/sparql, query page at /")
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
