"""`kzkg view`: write an interactive, offline HTML network view."""

from __future__ import annotations

from pathlib import Path

import typer

GRAPH_HELP = "Graph file (TriG, N-Quads, Turtle) or folder; default graph/kzkg.trig."


def register(app: typer.Typer) -> None:
    @app.command("view")
    def view(
        out: Path = typer.Option(Path("views/overview.html"), "--out", "-o", help="HTML file to write."),
        graph: Path | None = typer.Option(None, "--graph", help=GRAPH_HELP),
        focus: str | None = typer.Option(None, "--focus", help="Ego view around this label or alias."),
        depth: int = typer.Option(2, "--depth", min=0, help="Steps from the focus (ego view)."),
        query: str | None = typer.Option(None, "--query", help="Saved query name or .rq file."),
        param: list[str] = typer.Option([], "--param", help="Query parameter name=value (repeat)."),
        claims: bool = typer.Option(False, "--claims", help="Claims view: claimants, claims, targets."),
        physics: bool | None = typer.Option(
            None, "--physics/--no-physics", help="Force physics on or off (default: on up to 300 nodes)."
        ),
        seed: int = typer.Option(7, "--seed", help="Layout seed."),
    ) -> None:
        """Write an offline HTML network view: overview, ego (--focus), query (--query) or --claims."""
        from kzkg.views.build import build_view, parse_params

        path, shown = build_view(
            graph, out, physics=physics, seed=seed, focus=focus, depth=depth,
            query=query, params=parse_params(param), claims=claims,
        )
        g = shown.graph
        typer.echo(f"wrote {path} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)")
