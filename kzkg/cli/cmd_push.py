"""`kzkg push`: load the built graph into a SPARQL server (Graph Store Protocol)."""

from __future__ import annotations

from pathlib import Path

import typer


def push(
    endpoint: str = typer.Option(
        ..., "--endpoint", help="Graph Store URL, e.g. http://host:7878/store."
    ),
    graph: Path = typer.Option(None, "--graph", "-g", help="TriG file (default graph/kzkg.trig)."),  # noqa: B008 (typer's idiom)
) -> None:
    """PUT each named graph of the built TriG (and the ontology) to a Graph Store endpoint."""
    from kzkg.push import push as push_graphs

    sent = push_graphs(endpoint, graph)
    total = sum(sent.values())
    typer.echo(f"pushed {len(sent)} named graphs, {total} triples, to {endpoint}")


def register(app: typer.Typer) -> None:
    app.command("push")(push)
