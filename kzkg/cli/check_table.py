"""The steps of `kzkg check` printed as a table, then the problems of each failed step.

Shared by the typer command and its fast path (kzkg/cli/fastcheck.py), so both
print the same thing; neither needs typer for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kzkg.paths import built_graph

_SHOWN = 50  # problems printed per failed step


def default_targets(graphs: Sequence[Path] | None, no_graph: bool) -> list[Path]:
    """The built graphs to validate: those given, else graph/kzkg.trig if built."""
    if no_graph:
        return []
    return list(graphs or ([built_graph()] if built_graph().exists() else []))


def check_and_print(graphs: Sequence[Path] | None = None, no_graph: bool = False) -> int:
    """Run the check, print its table and problems; the exit code (1 if a step failed)."""
    from rich.console import Console
    from rich.table import Table

    from kzkg.ontology.check import run_check

    steps = run_check(default_targets(graphs, no_graph))
    console = Console(highlight=False, soft_wrap=True)
    table = Table(title="kzkg check", show_lines=False)
    table.add_column("step")
    table.add_column("result")
    table.add_column("detail")
    for step in steps:
        table.add_row(step.name, "pass" if step.ok else "FAIL", step.summary)
    console.print(table)
    failed = [s for s in steps if not s.ok]
    for step in failed:
        for problem in step.problems[:_SHOWN]:
            console.print(f"{step.name}: {problem}", markup=False)
        if len(step.problems) > _SHOWN:
            console.print(f"{step.name}: ... and {len(step.problems) - _SHOWN} more", markup=False)
    return 1 if failed else 0
