"""A user's mistake (KzkgError) or an interrupt, told as one line on stderr.

Shared by the typer app and the fast path of `kzkg query`, so both say the
same thing and exit with the same code; neither imports typer for it.
"""

from __future__ import annotations

from kzkg.errors import KzkgError, shown


def _err(text: str) -> None:
    from rich.console import Console  # only when there is something to say

    Console(stderr=True, highlight=False, soft_wrap=True).print(text, markup=False)


def report(exc: KzkgError | KeyboardInterrupt) -> int:
    """Print `exc` on stderr; the exit code it gets."""
    if isinstance(exc, KeyboardInterrupt):
        _err("interrupted")
        return 130
    # Each line escaped: a file name cannot split it or drive the terminal.
    message = "\n".join(shown(line) for line in str(exc).split("\n"))
    _err(f"error: {message}")
    return exc.exit_code
