"""`kzkg build`: extract the corpus into graph/kzkg.trig."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from kzkg.build import MAX_DOCUMENT_BYTES, build
from kzkg.build.dask import build_on_dask
from kzkg.build.shards import Shard, parse_jobs, read_file_list
from kzkg.errors import InputError, KzkgError, shown
from kzkg.lexicon import load_lexicon
from kzkg.paths import built_graph, corpus_dir, lexicon_dir, ontology_file


def register(app: typer.Typer) -> None:
    _register_build(app)
    _register_lexicon_check(app)


class Stopped(KzkgError):
    """The build was told to stop (SIGTERM); temporary files are removed on the way out."""

    exit_code = 128 + signal.SIGTERM


def _stop(signum: int, _frame: object) -> None:
    raise Stopped(f"stopped by {signal.Signals(signum).name}; the previous graph is kept")


@contextmanager
def _stoppable() -> Iterator[None]:
    """SIGTERM ends the build like Ctrl-C: cleanly, with one line, no traceback."""
    try:
        previous = signal.signal(signal.SIGTERM, _stop)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


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
            str, typer.Option("--jobs", "-j", help="Extraction processes; 0 or auto: all cores.")
        ] = "1",
        cache: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--cache", help="Folder of per-document results [.cache next to --out]."),
        ] = None,
        no_cache: Annotated[
            bool, typer.Option("--no-cache", help="Extract every document again; keep no cache.")
        ] = False,
        shard: Annotated[
            Optional[str],  # noqa: UP045
            typer.Option("--shard", help="Only documents whose id hashes into part I of N (I/N)."),
        ] = None,
        files: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--files", help="Only the document files listed here, one a line."),
        ] = None,
        per_document: Annotated[
            Optional[Path],  # noqa: UP045
            typer.Option("--per-document", help="Also write one TriG file per named graph here."),
        ] = None,
        keep_going: Annotated[
            bool,
            typer.Option("--keep-going", help="Skip bad files (one line each); build the rest."),
        ] = False,
        max_document_mb: Annotated[
            float, typer.Option("--max-document-mb", help="Refuse document files larger than this.")
        ] = MAX_DOCUMENT_BYTES / 1e6,
        dask: Annotated[
            bool,
            typer.Option("--dask", help="Extract on a local Dask cluster of --jobs processes."),
        ] = False,
        scheduler: Annotated[
            Optional[str],  # noqa: UP045
            typer.Option(
                "--dask-scheduler",
                metavar="ADDRESS",
                help="Extract on the Dask cluster of this scheduler (tcp://host:8786); "
                "its workers must see the corpus and the cache at the same paths.",
            ),
        ] = None,
    ) -> None:
        """Extract every document of the corpus into one TriG graph with evidence."""
        workers = parse_jobs(jobs)
        part = Shard.parse(shard) if shard is not None else None
        folder = corpus or corpus_dir()
        listed = read_file_list(files, folder) if files is not None else None
        if (part or listed) and out is None and per_document is None:
            raise InputError(
                "a partial build (--shard or --files) needs --out or --per-document: "
                "it would replace the whole graph with part of it"
            )
        target = out if out is not None or part or listed else built_graph()
        beside = target if target is not None else per_document
        assert beside is not None  # checked above
        cache_folder = None if no_cache else cache or beside.parent / ".cache"
        err = Console(stderr=True, highlight=False, soft_wrap=True)  # one line per file
        with (
            _stoppable(),
            Progress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=err,
                transient=True,
                disable=not err.is_terminal,
            ) as bar,
        ):
            task = bar.add_task("extract", total=None)
            common: dict[str, Any] = {
                "cache": cache_folder,
                "warn": lambda line: err.print(shown(line), markup=False),
                "progress": lambda _doc: bar.advance(task),
                "shard": part,
                "files": listed,
                "per_document": per_document,
                "keep_going": keep_going,
                "max_bytes": int(max_document_mb * 1e6),
            }
            if dask or scheduler is not None:
                report = build_on_dask(folder, target, scheduler, workers, **common)
            else:
                report = build(folder, target, jobs=workers, **common)
        rate = report.words / report.seconds if report.seconds else 0.0
        where = ", ".join(shown(p) for p in (target, per_document) if p is not None)
        if report.documents == 0:
            typer.echo(
                f"warning: no documents in {shown(folder)}: the graph holds only curated facts",
                err=True,
            )
        typer.echo(
            f"built {where}: {report.documents} documents ({report.cached} from cache), "
            f"{report.words} words, {report.quads} quads in {report.seconds:.1f} s "
            f"({rate:,.0f} words/s)"
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
