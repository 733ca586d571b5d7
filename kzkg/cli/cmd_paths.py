"""`kzkg paths A B`: how two actors are connected, step by step, with evidence."""

from __future__ import annotations

from pathlib import Path

import typer

from kzkg.cli.cmd_view import GRAPH_HELP


def register(app: typer.Typer) -> None:
    @app.command("paths")
    def paths(
        source: str = typer.Argument(..., help="First actor: label, alias or IRI."),
        target: str = typer.Argument(..., help="Second actor: label, alias or IRI."),
        max_length: int = typer.Option(4, "--max-length", "-k", min=1, help="Longest path, in steps."),
        limit: int = typer.Option(10, "--limit", min=1, help="Most paths to print."),
        graph: Path | None = typer.Option(None, "--graph", help=GRAPH_HELP),
    ) -> None:
        """Print the paths connecting two actors with the facts and evidence on each step."""
        from kzkg.analytics import find_paths, format_paths
        from kzkg.store import KnowledgeGraph
        from kzkg.views.model import load_model

        kg = KnowledgeGraph.open(graph)
        a, b = kg.resolve(source), kg.resolve(target)
        model = load_model(kg)
        found = find_paths(model, a, b, max_length=max_length, limit=limit)
        if not found:
            typer.echo(f"No path of at most {max_length} steps connects {source} and {target}.")
            raise typer.Exit(1)
        typer.echo(format_paths(model, found), nl=False)
