"""`kzkg centrality`: the most central actors, places and posts."""

from __future__ import annotations

from pathlib import Path

import typer

from kzkg.cli.cmd_view import GRAPH_HELP


def register(app: typer.Typer) -> None:
    @app.command("centrality")
    def centrality(
        top: int = typer.Option(10, "--top", "-n", min=1, help="How many nodes to list."),
        include_facts: bool = typer.Option(False, "--all", help="Rank facts (events, tenures...) too."),
        graph: Path | None = typer.Option(None, "--graph", help=GRAPH_HELP),
    ) -> None:
        """Rank entities by betweenness centrality, then by degree."""
        from kzkg.analytics import centrality as rank
        from kzkg.analytics import format_centrality
        from kzkg.store import KnowledgeGraph
        from kzkg.views.model import load_model

        model = load_model(KnowledgeGraph.open(graph))
        typer.echo(format_centrality(rank(model, top=top, include_facts=include_facts)), nl=False)
