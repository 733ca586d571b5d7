"""`kzkg suggest`: what the corpus says that the lexicons do not know yet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("suggest")
    def suggest_command(
        corpus: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--corpus", help="Corpus folder [graph/corpus]."),
        ] = None,
        lexicon: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--lexicon", help="Lexicon folder [ontology/lexicon]."),
        ] = None,
        limit: Annotated[
            int, typer.Option("--limit", min=1, help="Most suggestions per kind.")
        ] = 20,
    ) -> None:
        """Names, titles and reporting verbs the lexicons do not know, most frequent
        first, each with a sentence of context and a YAML line to paste."""
        from kzkg.paths import corpus_dir
        from kzkg.suggest import suggest
        from kzkg.suggest.report import as_text

        found = suggest(corpus or corpus_dir(), lexicon_folder=lexicon)
        typer.echo(as_text(found, limit), nl=False)
