"""Entry point of the `kzkg` command.

Each command lives in its own module `kzkg/cli/cmd_*.py` with a
`register(app)` function; they are found here at start-up, so adding a
command never means editing this file.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from kzkg import __version__
from kzkg.errors import KzkgError, shown

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


class _KzkgGroup(TyperGroup):
    """Turns a user's mistake (KzkgError) into one line on stderr and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except KzkgError as exc:
            # Each line escaped: a file name cannot split it or drive the terminal.
            message = "\n".join(shown(line) for line in str(exc).split("\n"))
            err_console.print(f"error: {message}", markup=False)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err_console.print("interrupted", markup=False)
            raise typer.Exit(130) from None


app = typer.Typer(
    name="kzkg",
    cls=_KzkgGroup,
    help="Knowledge graph of the January 2022 unrest in Kazakhstan: build, check, query, view.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kzkg {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Knowledge graph of the January 2022 unrest in Kazakhstan."""


def _register_commands() -> None:
    import kzkg.cli as package

    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            module = importlib.import_module(f"kzkg.cli.{info.name}")
            module.register(app)


_register_commands()


def main() -> None:
    app()
