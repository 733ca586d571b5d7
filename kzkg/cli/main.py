"""Entry point of the `kzkg` command.

`kzkg query NAME ...` in its plain forms is answered by the fast path
(kzkg/cli/fastquery.py) without importing typer and pydantic, which cost more
than the query itself, and `kzkg check` likewise (kzkg/cli/fastcheck.py);
everything else, and anything the fast path is unsure
of (help, an unknown option, a malformed value), goes to the typer app in
kzkg/cli/app.py, which imports only the module of the command typed.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

# command -> module whose run(args) answers its plain forms without typer, or returns None
_FAST_PATHS = {"query": "kzkg.cli.fastquery", "check": "kzkg.cli.fastcheck"}


def main() -> None:
    args = sys.argv[1:]
    fast = _FAST_PATHS.get(args[0]) if args else None
    if fast is not None:
        code = importlib.import_module(fast).run(args[1:])
        if code is not None:
            sys.exit(code)
    from kzkg.cli.app import build_app

    typed = next((a for a in args if not a.startswith("-")), None)
    build_app(typed)()


def __getattr__(name: str) -> Any:
    # `from kzkg.cli.main import app` (every command, built once), build_app, command_names.
    # Any other name (the import system asks for __path__) must not import typer.
    if name not in ("app", "build_app", "command_names"):
        raise AttributeError(name)
    from kzkg.cli import app as module

    if name == "app":
        globals()["app"] = module.build_app()
        return globals()["app"]
    return getattr(module, name)
