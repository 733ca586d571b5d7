"""`kzkg build`: extract the corpus into graph/kzkg.trig."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from kzkg.build import build
from kzkg.errors import InputError
from kzkg.paths import built_graph, corpus_dir


def register(app: typer.Typer) -> None:
    @app.command("build")
    def build_command(
        corpus: Path = typer.Option(None, "--corpus", help="Corpus folder [graph/corpus]."),
        out: Path = typer.Option(None, "--out", help="Output TriG file [graph/kzkg.trig]."),
        jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes for extraction."),
        cache: Path = typer.Option(
            None, "--cache", help="Folder caching per-document results (incremental builds)."
        ),
    ) -> None:
        """Extract every document of the corpus into one TriG graph with evidence."""
        if jobs < 1:
            raise InputError("--jobs must be at least 1")
        err = Console(stderr=True, highlight=False)
        with Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as bar:
            task = bar.add_task("extract", total=None)
            report = build(
                corpus or corpus_dir(), out or built_graph(), jobs=jobs, cache=cache,
                warn=lambda line: err.print(line, markup=False),
                progress=lambda _doc: bar.advance(task),
            )
        rate = report.words / report.seconds if report.seconds else 0.0
        typer.echo(
            f"built {out or built_graph()}: {report.documents} documents, {report.words} words, "
            f"{report.quads} quads in {report.seconds:.1f} s ({rate:,.0f} words/s)"
        )
