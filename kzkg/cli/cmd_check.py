"""`kzkg check` and `kzkg docs`: the curator's commands for the ontology."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from kzkg.paths import built_graph


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
    from kzkg.ontology.check import run_check

    targets = [] if no_graph else (graph or ([built_graph()] if built_graph().exists() else []))
    steps = run_check(targets)
    console = Console(highlight=False, soft_wrap=True)
    table = Table(title="kzkg check", show_lines=False)
    table.add_column("step")
    table.add_column("result")
    table.add_column("detail")
    for step in steps:
        table.add_row(step.name, "pass" if step.ok else "FAIL", step.summary)
    console.print(table)
    failed = [s for s in steps if not s.ok]
    for step in failed:
        for problem in step.problems[:50]:
            console.print(f"{step.name}: {problem}", markup=False)
        if len(step.problems) > 50:
            console.print(f"{step.name}: ... and {len(step.problems) - 50} more", markup=False)
    if failed:
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
