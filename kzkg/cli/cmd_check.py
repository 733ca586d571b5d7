"""`kzkg check` and `kzkg docs`: the curator's commands for the ontology."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def check(
    graph: Annotated[
        Optional[list[Path]],  # noqa: UP045 - typer needs Optional here
        typer.Option(
            "--graph", help="Built graph(s) to validate too (default: graph/kzkg.trig if built)."
        ),
    ] = None,
    no_graph: Annotated[
        bool, typer.Option("--no-graph", help="Check the ontology and examples only.")
    ] = False,
) -> None:
    """Check the ontology (syntax, labels, HermiT), its examples, and the built graph."""
    from kzkg.cli.check_table import check_and_print

    if check_and_print(graph, no_graph):
        raise typer.Exit(1)


def docs(
    out: Annotated[Path, typer.Option("--out", help="Folder for the HTML documentation.")] = Path(
        "build/docs"
    ),
) -> None:
    """Write HTML documentation of the ontology (offline, no CDN)."""
    from kzkg.ontology.docs import write_docs

    index = write_docs(out)
    typer.echo(f"wrote {index}")


def register(app: typer.Typer) -> None:
    app.command()(check)
    app.command()(docs)
