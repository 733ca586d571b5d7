"""`kzkg view`: write an interactive, offline HTML network view."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

GRAPH_HELP = "Graph file (TriG, N-Quads, Turtle) or folder; default graph/kzkg.trig."
GraphOption = Annotated[Path | None, typer.Option("--graph", help=GRAPH_HELP)]


def register(app: typer.Typer) -> None:
    @app.command("view")
    def view(
        out: Annotated[
            Path | None,
            typer.Option("--out", "-o", help="HTML file to write (default: views/<mode>.html)."),
        ] = None,
        graph: GraphOption = None,
        focus: Annotated[
            str | None, typer.Option(metavar="LABEL", help="Ego view around a label or alias.")
        ] = None,
        depth: Annotated[int, typer.Option(min=0, help="Steps from the focus (ego view).")] = 2,
        query: Annotated[
            str | None, typer.Option(metavar="NAME", help="Saved query name or .rq file.")
        ] = None,
        param: Annotated[
            list[str] | None,
            typer.Option(metavar="NAME=VALUE", help="Query parameter (repeatable)."),
        ] = None,
        claims: Annotated[
            bool, typer.Option("--claims", help="Claims view: claimants, claims, topics.")
        ] = False,
        timeline: Annotated[
            bool,
            typer.Option("--timeline", help="Timeline view: dated facts on a time axis."),
        ] = False,
        date_from: Annotated[
            str | None,
            typer.Option("--from", metavar="DATE", help="Timeline from this date (2022-01-03)."),
        ] = None,
        date_to: Annotated[
            str | None,
            typer.Option("--to", metavar="DATE", help="Timeline to this date (2022-01, 2022)."),
        ] = None,
        physics: Annotated[
            bool | None,
            typer.Option(
                "--physics/--no-physics", help="Force physics (default: on to 300 nodes)."
            ),
        ] = None,
        seed: Annotated[int, typer.Option(help="Layout seed.")] = 7,
    ) -> None:
        """Write an offline HTML view: overview, ego (--focus), query (--query), --claims
        or --timeline (with --focus: the facts of one actor)."""
        from kzkg.views.build import build_view, parse_params

        path, shown = build_view(
            graph,
            out,
            physics=physics,
            seed=seed,
            focus=focus,
            depth=depth,
            query=query,
            params=parse_params(param or []),
            claims=claims,
            timeline=timeline,
            date_from=date_from,
            date_to=date_to,
        )
        g = shown.graph
        typer.echo(f"wrote {path} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)")
