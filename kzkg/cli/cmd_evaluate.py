"""`kzkg evaluate`: score a corpus or a built graph against a gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from kzkg.errors import InputError


def register(app: typer.Typer) -> None:
    @app.command("evaluate")
    def evaluate_command(
        gold: Annotated[
            Path, typer.Option("--gold", help="Gold file (YAML, see docs/extraction.md).")
        ],
        corpus: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option(
                "--corpus", help="Corpus folder [corpus/ beside the gold file, else graph/corpus]."
            ),
        ] = None,
        graph: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--graph", help="Score this built graph instead of building the corpus."),
        ] = None,
        fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
        misses: Annotated[
            bool,
            typer.Option("--misses", help="List every gold fact not found, with its sentence."),
        ] = False,
    ) -> None:
        """Recall, argument agreement and a precision estimate per kind of fact."""
        from kzkg.evaluate import evaluate
        from kzkg.evaluate.report import as_json, as_table

        if fmt not in ("table", "json"):
            raise InputError(f"--format {fmt}: use table or json")
        result = evaluate(gold, corpus=corpus, graph_file=graph)
        typer.echo(as_json(result) if fmt == "json" else as_table(result, misses), nl=False)
