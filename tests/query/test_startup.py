"""`kzkg query` starts without the build pipeline, spaCy, httpx, pygments, rdflib or typer,
and the CLI loading only the typed command's module still has every command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kzkg.cli.main import app, build_app, command_names

ROOT = Path(__file__).resolve().parents[2]
NOT_ON_THE_QUERY_PATH = (
    *("kzkg.build", "kzkg.extract", "spacy", "httpx", "pygments", "rdflib"),
    *("typer", "click", "pydantic"),  # the fast path of `kzkg query` needs neither
)

MODULES_AT_EXIT = """
import atexit, sys
atexit.register(lambda: print("\\n".join(sorted(sys.modules)), file=sys.stderr))
sys.argv = ["kzkg", *sys.argv[1:]]
from kzkg.cli.main import main
main()
"""


def modules_imported_by(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-c", MODULES_AT_EXIT, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "row(s)" in proc.stdout
    return set(proc.stderr.split())


def test_a_saved_query_imports_nothing_it_does_not_use() -> None:
    loaded = modules_imported_by("query", "succession")
    assert "pyoxigraph" in loaded and "kzkg.store" in loaded
    unwanted = sorted(
        m for m in loaded for u in NOT_ON_THE_QUERY_PATH if m == u or m.startswith(u + ".")
    )
    assert unwanted == []


def test_every_command_is_found_when_typed_alone() -> None:
    every = command_names(app)
    assert {"build", "query", "queries", "check", "docs", "serve"} <= every
    for name in every:
        alone = command_names(build_app(name))
        assert name in alone
        assert len(alone) < len(every)  # only its own module was imported


def test_an_unknown_command_gets_every_command_to_suggest_from() -> None:
    assert command_names(build_app("qurey")) == command_names(app)
