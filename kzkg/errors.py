"""Errors a user can cause. The CLI prints their message on one line and exits non-zero."""

from __future__ import annotations


class KzkgError(Exception):
    """A mistake in the user's input or environment, told in one line."""

    exit_code = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(KzkgError):
    """A file or argument the user gave is unusable (exit code 2)."""

    exit_code = 2


def shown(text: object) -> str:
    """`text` (often a file name) safe to print on one line: control characters, line
    breaks and undecodable bytes escaped, so a name cannot split an error message or
    send escape sequences to the terminal. Printable text, any script, is unchanged."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in str(text)
    )
