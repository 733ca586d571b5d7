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
