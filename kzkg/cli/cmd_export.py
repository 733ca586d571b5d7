"""`kzkg export`: the graph as CSV tables, GraphML, GEXF or N-Triples for a server."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kzkg.cli.cmd_view import GraphOption


def register(app: typer.Typer) -> None:
    @app.command("export")
    def export(
        out: Annotated[
            Path,
            typer.Option("--out", "-o", help="Folder for csv; file for graphml, gexf or nt."),
        ],
        fmt: Annotated[
            str,
            typer.Option(
                "--format",
                "-f",
                help="csv (seven tables), graphml, gexf, or nt (every triple, for a "
                "server's default graph).",
            ),
        ] = "csv",
        graph: GraphOption = None,
    ) -> None:
        """Export the graph: CSV tables for spreadsheets, GraphML or GEXF for Gephi,
        N-Triples for a SPARQL server's default graph (see docs/scale.md)."""
        from kzkg.errors import InputError
        from kzkg.store import KnowledgeGraph

        fmt = fmt.lower()
        if fmt not in ("csv", "graphml", "gexf", "nt"):
            raise InputError(f"--format {fmt!r}: use csv, graphml, gexf or nt")
        if fmt == "nt":  # streamed from the file: nothing is loaded
            from kzkg.export.triples import export_triples
            from kzkg.paths import built_graph

            written = export_triples(graph or built_graph(), out)
            typer.echo(f"wrote {out} ({written} triples)")
            return
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
