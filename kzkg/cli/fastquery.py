"""`kzkg query NAME ...` answered without typer.

Importing typer (and the pydantic it brings) takes longer than opening the
store and answering a one-entity query, so the plain forms of `kzkg query`
are parsed here. Only what is certain is handled: options of `kzkg query`
given once (`--param` any number of times) with a value that does not look
like an option, at most one name. Anything else (`--help`, an unknown or
repeated option, a missing or empty value, a `--limit` that is not a plain
number) returns None and goes to the typer app, which says what typer says;
what is handled runs the same `answer` as the typer command and reports a
mistake through the same `report`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

# option spelling -> keyword of kzkg.cli.query_text.answer
_OPTIONS = {
    "--param": "param",
    "-p": "param",
    "--format": "fmt",
    "-f": "fmt",
    "--graph": "graph",
    "-g": "graph",
    "--endpoint": "endpoint",
    "--engine": "engine",
    "--sparql": "sparql",
    "--limit": "limit",
}
_PLAIN_NUMBER = re.compile(r"0|[1-9][0-9]{0,17}")
_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")  # what click.echo strips when not on a terminal


def parse(args: list[str]) -> dict[str, Any] | None:
    """The keywords for `answer` from the arguments after `query`, or None if unsure."""
    found: dict[str, Any] = {"param": []}
    names: list[str] = []
    rest = iter(args)
    for arg in rest:
        if not arg.startswith("-"):
            names.append(arg)
            continue
        option, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        key = _OPTIONS.get(option)
        if key is None or (key != "param" and key in found):
            return None
        if not eq:
            value = next(rest, "")
        if not value or value.startswith("-"):
            return None
        if key == "param":
            found["param"].append(value)
        else:
            found[key] = value
    if len(names) > 1 or "" in names:
        return None
    if "limit" in found:
        if not _PLAIN_NUMBER.fullmatch(found["limit"]):
            return None
        found["limit"] = int(found["limit"])
    if "graph" in found:
        found["graph"] = Path(found["graph"])
    found["name"] = names[0] if names else None
    return found


def run(args: list[str]) -> int | None:
    """Answer `kzkg query` with `args` and return the exit code, or None to leave it to typer."""
    keywords = parse(args)
    if keywords is None:
        return None
    from kzkg.cli.mistakes import report
    from kzkg.cli.query_text import answer
    from kzkg.errors import KzkgError

    try:
        text = answer(**keywords)
    except (KzkgError, KeyboardInterrupt) as exc:
        return report(exc)
    if not sys.stdout.isatty():
        text = _ANSI.sub("", text)
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `kzkg query ... | head`: as click does, quietly exit 1
        sys.stdout = None  # nothing more to flush at exit
        return 1
    return 0
