"""`kzkg centrality`: the most central actors, places and posts."""

from __future__ import annotations

from typing import Annotated

import typer

from kzkg.cli.cmd_view import GraphOption


def register(app: typer.Typer) -> None:
    @app.command("centrality")
    def centrality(
        top: Annotated[int, typer.Option("--top", "-n", min=1, help="How many to list.")] = 10,
        include_facts: Annotated[
            bool, typer.Option("--all", help="Rank facts (events, tenures...) too.")
        ] = False,
        graph: GraphOption = None,
    ) -> None:
        """Rank entities by betweenness centrality, then by degree."""
        from kzkg.analytics import centrality as rank
        from kzkg.analytics import format_centrality
        from kzkg.store import KnowledgeGraph
        from kzkg.views.model import load_model

        model = load_model(KnowledgeGraph.open(graph))
        rows = rank(model, top=top, include_facts=include_facts)
        typer.echo(format_centrality(rows), nl=False)
