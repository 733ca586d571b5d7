"""`kzkg add`: saved web pages, PDFs, text files and URLs into the corpus."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from kzkg.errors import InputError, KzkgError
from kzkg.ingest import Adder, Outcome, Overrides
from kzkg.ingest.fetch import is_url
from kzkg.paths import corpus_dir


def register(app: typer.Typer) -> None:
    app.command("add")(add_command)


def add_command(
    sources: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(help="Saved HTML pages, PDFs, .txt/.md files, folders of them, URLs."),
    ] = None,
    corpus: Annotated[
        Optional[Path], typer.Option("--corpus", help="Corpus folder [graph/corpus].")  # noqa: UP045
    ] = None,
    doc_id: Annotated[str, typer.Option("--id", help="The document's id (one source only).")] = "",
    title: Annotated[str, typer.Option("--title", help="Title (one source only).")] = "",
    date: Annotated[str, typer.Option("--date", help="Publication date: YYYY[-MM[-DD]].")] = "",
    publisher: Annotated[str, typer.Option("--publisher", help="Publisher's name.")] = "",
    from_list: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--from-list", help="Also add the sources listed here, one a line."),
    ] = None,
    keep_source: Annotated[
        bool,
        typer.Option("--keep-source", help="Keep each original as graph/sources/ID.<ext>."),
    ] = False,
) -> None:
    """Add documents to the corpus, metadata filled in; then run `kzkg build`."""
    todo = expand([*(sources or []), *(read_list(from_list) if from_list else [])])
    if not todo:
        raise InputError("nothing to add: give files, folders or URLs, or --from-list FILE")
    if (doc_id or title) and len(todo) > 1:
        raise InputError("--id and --title need exactly one source")
    overrides = Overrides(doc_id.strip(), title.strip(), date.strip(), publisher.strip())
    adder = Adder(corpus or corpus_dir(), keep_source=keep_source)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    outcomes = []
    with Progress(
        TextColumn("adding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=not err.is_terminal or len(todo) < 2,
    ) as bar:
        task = bar.add_task("", total=len(todo))
        for source in todo:
            bar.update(task, description=source[-60:])
            outcome = adder.add(source, overrides)
            bar.console.print(line(outcome), markup=False)
            for note in outcome.notes:
                bar.console.print(f"  note: {note}", markup=False)
            outcomes.append(outcome)
            bar.advance(task)
    summarise(outcomes, err)


def line(outcome: Outcome) -> str:
    return f"{outcome.status}: {outcome.source}: {outcome.message}"


def summarise(outcomes: list[Outcome], err: Console) -> None:
    counts = {s: sum(o.status == s for o in outcomes) for s in ("added", "skipped", "failed")}
    typer.echo(", ".join(f"{n} {s}" for s, n in counts.items()))
    if len(outcomes) > 1:
        for outcome in outcomes:
            if outcome.status == "failed":
                err.print(f"  failed: {outcome.source}: {outcome.message}", markup=False)
    if counts["failed"] and not counts["added"]:
        raise KzkgError("nothing was added", exit_code=2)


def read_list(path: Path) -> list[str]:
    """Sources one a line; blank lines and # comments skipped. Relative paths are taken
    from the current folder, or else from the list's own folder."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the list ({exc})") from None
    found = []
    for entry in (x.strip() for x in lines):
        if not entry or entry.startswith("#"):
            continue
        beside = path.parent / entry
        if not is_url(entry) and not Path(entry).exists() and beside.exists():
            entry = str(beside)
        found.append(entry)
    return found


def expand(sources: list[str]) -> list[str]:
    """Folders become their files (sorted; hidden files and sub-folders such as a saved
    page's `_files` folder left out)."""
    out: list[str] = []
    for source in sources:
        folder = Path(source)
        if not is_url(source) and folder.is_dir():
            out += [
                str(p)
                for p in sorted(folder.iterdir())
                if p.is_file() and not p.name.startswith(".")
            ]
        else:
            out.append(source)
    return out
