"""`kzkg queries` lists the saved queries; `kzkg query` runs one, or ad-hoc SPARQL."""

from __future__ import annotations

from pathlib import Path

import typer

from kzkg.errors import InputError
from kzkg.queries.catalogue import catalogue, parse_query_file
from kzkg.queries.formats import FORMATS, serialize, table
from kzkg.queries.guard import check_query
from kzkg.queries.params import bind


def parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--param wants name=value, got '{pair}'")
        if not value.strip():  # silently using the default would answer another question
            raise InputError(
                f"--param {name.strip()}= has no value; leave it out to use the default"
            )
        params[name.strip()] = value.strip()
    return params


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
    from kzkg.store import KnowledgeGraph

    if fmt not in FORMATS:
        raise InputError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
    if (name is None) == (sparql is None):
        raise InputError("give a saved query name (or .rq file) or --sparql TEXT, not both")
    kg = KnowledgeGraph.open(graph, engine=engine, endpoint=endpoint)
    params = parse_params(param)
    if sparql is not None or name.endswith(".rq"):
        if name is not None:
            path = Path(name)
            if not path.is_file():
                raise InputError(f"{path}: no such query file")
            saved = parse_query_file(path)
            text = bind(saved, params, kg.index())
        else:
            if params:
                raise InputError("--param applies to saved queries, not --sparql")
            # A query nested thousands deep crashes the engine's process: refuse it first.
            text = check_query(sparql, local=True)
        result = kg.run(text, row_cap=limit)
    else:
        result = kg.run_saved(name, params, row_cap=limit)
    if fmt == "table":
        typer.echo(table(result))
    else:
        typer.echo(serialize(result, fmt).decode("utf-8"), nl=False)


def register(app: typer.Typer) -> None:
    app.command("queries")(list_queries)
    app.command("query")(run_query)
