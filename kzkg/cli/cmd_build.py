"""`kzkg build`: extract the corpus into graph/kzkg.trig."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from kzkg.build import build
from kzkg.errors import InputError
from kzkg.lexicon import load_lexicon
from kzkg.paths import built_graph, corpus_dir, lexicon_dir, ontology_file


def register(app: typer.Typer) -> None:
    _register_build(app)
    _register_lexicon_check(app)


def _register_build(app: typer.Typer) -> None:
    @app.command("build")
    def build_command(
        corpus: Annotated[
            Optional[Path], typer.Option("--corpus", help="Corpus folder [graph/corpus].")  # noqa: UP045
        ] = None,
        out: Annotated[
            Optional[Path], typer.Option("--out", help="Output TriG file [graph/kzkg.trig].")  # noqa: UP045
        ] = None,
        jobs: Annotated[
            int, typer.Option("--jobs", "-j", help="Worker processes for extraction.")
        ] = 1,
        cache: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--cache", help="Folder caching per-document results (incremental)."),
        ] = None,
    ) -> None:
        """Extract every document of the corpus into one TriG graph with evidence."""
        if jobs < 1:
            raise InputError("--jobs must be at least 1")
        target = out or built_graph()
        err = Console(stderr=True, highlight=False)
        with Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as bar:
            task = bar.add_task("extract", total=None)
            report = build(
                corpus or corpus_dir(),
                target,
                jobs=jobs,
                cache=cache,
                warn=lambda line: err.print(line, markup=False),
                progress=lambda _doc: bar.advance(task),
            )
        rate = report.words / report.seconds if report.seconds else 0.0
        typer.echo(
            f"built {target}: {report.documents} documents, {report.words} words, "
            f"{report.quads} quads in {report.seconds:.1f} s ({rate:,.0f} words/s)"
        )


def _register_lexicon_check(app: typer.Typer) -> None:
    @app.command("check-lexicon")
    def check_lexicon(
        lexicon: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--lexicon", help="Lexicon folder [ontology/lexicon]."),
        ] = None,
    ) -> None:
        """Validate the curator lexicons: one line per problem naming file and entry."""
        folder = lexicon or lexicon_dir()
        found = load_lexicon(folder, ontology_file())
        typer.echo(
            f"{folder}: {len(found.entities)} entities, {len(found.posts)} posts, "
            f"{len(found.triggers)} event triggers, {len(found.claim_verbs)} reporting verbs: ok"
        )
