"""`kzkg export`: the graph as CSV tables, GraphML or GEXF."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kzkg.cli.cmd_view import GraphOption


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export(
        out: Annotated[
            Path, typer.Option("--out", "-o", help="Folder for csv; file for graphml or gexf.")
        ],
        fmt: Annotated[
            str, typer.Option("--format", "-f", help="csv (six tables), graphml or gexf.")
        ] = "csv",
        graph: GraphOption = None,
    ) -> None:
        """Export the graph: CSV tables for spreadsheets, GraphML or GEXF for Gephi."""
        from kzkg.errors import InputError
        from kzkg.store import KnowledgeGraph

        fmt = fmt.lower()
        if fmt not in ("csv", "graphml", "gexf"):
            raise InputError(f"--format {fmt!r}: use csv, graphml or gexf")
        kg = KnowledgeGraph.open(graph)
        if fmt == "csv":
            from kzkg.export.csv_tables import export_tables

            counts = export_tables(kg, out)
            summary = ", ".join(f"{name} {n}" for name, n in counts.items())
            typer.echo(f"wrote {len(counts)} tables to {out} ({summary})")
            return
        from kzkg.export.network import export_network
        from kzkg.views.model import load_model

        model = load_model(kg)
        path = export_network(model, out, fmt)
        g = model.graph
        typer.echo(f"wrote {path} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)")
