"""`kzkg queries` lists the saved queries; `kzkg query` runs one, or ad-hoc SPARQL."""

from __future__ import annotations

from pathlib import Path

import typer

from kzkg.cli.query_text import answer
from kzkg.queries.catalogue import catalogue
from kzkg.queries.formats import FORMATS


def list_queries() -> None:
    """List the saved queries with their titles and parameters."""
    for name, query in catalogue().items():
        typer.echo(f"{name}: {query.title}")
        if query.description:
            typer.echo(f"    {query.description}")
        for p in query.params:
            default = f" (default: {p.default})" if p.default else " (required)"
            typer.echo(f"    --param {p.name}=...  {p.description}{default}")


def run_query(
    name: str = typer.Argument(None, help="Saved query name, or a path to an .rq file."),
    param: list[str] = typer.Option([], "--param", "-p", help="name=value (IRI, label or alias)."),  # noqa: B008 (typer's idiom)
    fmt: str = typer.Option("table", "--format", "-f", help="|".join(FORMATS)),
    graph: Path = typer.Option(None, "--graph", "-g", help="TriG file (default graph/kzkg.trig)."),  # noqa: B008 (typer's idiom)
    endpoint: str = typer.Option(None, "--endpoint", help="Query a SPARQL 1.1 endpoint instead."),
    engine: str = typer.Option("oxigraph", "--engine", help="oxigraph (default) or rdflib."),
    sparql: str = typer.Option(None, "--sparql", help="Ad-hoc SPARQL; project prefixes declared."),
    limit: int = typer.Option(None, "--limit", help="Show at most this many rows."),
) -> None:
    """Run a saved query (see `kzkg queries`) or ad-hoc SPARQL, and print the answer."""
    typer.echo(answer(name, param, fmt, graph, endpoint, engine, sparql, limit), nl=False)


def register(app: typer.Typer) -> None:
    app.command("queries")(list_queries)
    app.command("query")(run_query)
