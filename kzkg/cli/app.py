"""The `kzkg` command as a typer app.

Each command lives in its own module `kzkg/cli/cmd_*.py` with a
`register(app)` function; they are found here at start-up, so adding a
command never means editing this file. The `kzkg` command imports only the
module that registers the command typed (found by reading the modules'
`app.command(...)` lines), so `kzkg query` never imports the build pipeline;
`app`, as tests and other callers import it, has every command. (The
entry point, `kzkg.cli.main`, answers `kzkg query NAME ...` without typer.)
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from kzkg import __version__
from kzkg.cli.mistakes import report
from kzkg.errors import KzkgError


class _KzkgGroup(TyperGroup):
    """Turns a user's mistake (KzkgError) into one line on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except (KzkgError, KeyboardInterrupt) as exc:
            raise typer.Exit(report(exc)) from None


def _new_app() -> typer.Typer:
    app = typer.Typer(
        name="kzkg",
        cls=_KzkgGroup,
        help="Knowledge graph of the January 2022 unrest in Kazakhstan: build, check, query, view.",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
    )
    app.callback()(_root)
    return app


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kzkg {__version__}")
        raise typer.Exit()


def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Knowledge graph of the January 2022 unrest in Kazakhstan."""


def _command_modules() -> list[str]:
    import kzkg.cli as package

    names = (m.name for m in pkgutil.iter_modules(package.__path__))
    return sorted(n for n in names if n.startswith("cmd_"))


def _module_of(command: str) -> str | None:
    """The cmd_* module whose `app.command("NAME")` or `app.command()(NAME)` is `command`."""
    named = re.compile(r'app\.command\(\s*"' + re.escape(command) + r'"')
    bare = re.compile(r"app\.command\(\s*\)\(\s*" + re.escape(command.replace("-", "_")) + r"\s*\)")
    folder = Path(__file__).parent
    for name in _command_modules():
        try:
            source = (folder / f"{name}.py").read_text("utf-8")
        except OSError:
            continue
        if named.search(source) or bare.search(source):
            return name
    return None


def build_app(command: str | None = None) -> typer.Typer:
    """The CLI with every command, or with just the one named if its module is found."""
    app = _new_app()
    module = _module_of(command) if command else None
    for name in [module] if module else _command_modules():
        importlib.import_module(f"kzkg.cli.{name}").register(app)
    if module and command not in command_names(app):
        return build_app()  # the source scan was wrong: fall back to everything
    return app


def command_names(app: typer.Typer) -> set[str]:
    """The registered commands' names, as typer derives them from the functions if unnamed."""
    return {
        c.name or getattr(c.callback, "__name__", "").replace("_", "-")
        for c in app.registered_commands
    }
