"""`kzkg check` answered without typer.

Importing typer and the pydantic it brings costs about 0.2 s, a tenth of the
check. Only the plain forms are handled here: no arguments, `--no-graph`, and
`--graph PATH` (or `--graph=PATH`) any number of times; anything else
(`--help`, an unknown option, a missing value) returns None and goes to the
typer app. What is handled runs the same `check_and_print` as the typer
command and reports a mistake through the same `report`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def parse(args: list[str]) -> dict[str, Any] | None:
    """The keywords for `check_and_print` from the arguments after `check`, or None if unsure."""
    graphs: list[Path] = []
    no_graph = False
    rest = iter(args)
    for arg in rest:
        if arg == "--no-graph":
            no_graph = True
            continue
        option, eq, value = arg.partition("=")
        if option != "--graph":
            return None
        if not eq:
            value = next(rest, "")
        if not value or value.startswith("-"):
            return None
        graphs.append(Path(value))
    return {"graphs": graphs or None, "no_graph": no_graph}


def run(args: list[str]) -> int | None:
    """Run `kzkg check` with `args` and return the exit code, or None to leave it to typer."""
    keywords = parse(args)
    if keywords is None:
        return None
    from kzkg.cli.check_table import check_and_print
    from kzkg.cli.mistakes import report
    from kzkg.errors import KzkgError

    try:
        return check_and_print(**keywords)
    except (KzkgError, KeyboardInterrupt) as exc:
        return report(exc)
