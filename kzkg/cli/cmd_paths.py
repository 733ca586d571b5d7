"""`kzkg paths A B`: how two actors are connected, step by step, with evidence."""

from __future__ import annotations

from typing import Annotated

import typer

from kzkg.cli.cmd_view import GraphOption


def register(app: typer.Typer) -> None:
    @app.command("paths")
    def paths(
        source: Annotated[str, typer.Argument(help="First actor: label, alias or IRI.")],
        target: Annotated[str, typer.Argument(help="Second actor: label, alias or IRI.")],
        max_length: Annotated[
            int, typer.Option("--max-length", "-k", min=1, help="Most steps.")
        ] = 4,
        limit: Annotated[int, typer.Option(min=1, help="Most paths to print.")] = 10,
        graph: GraphOption = None,
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
