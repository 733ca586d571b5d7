"""Write the benchmarks' figures into the README's figures table.

A benchmark that has figures for the README prints, after its own tables, a
line `README figures:` and then rows `| what | figure |`. This puts each row
into the table between the README's `<!-- figures:start -->` and
`<!-- figures:end -->` markers: a row whose first cell (the "what") is
already there replaces it, a new one is added at the end, and rows no
benchmark printed stay as they are.

    python benchmarks/readme_figures.py [benchmarks/out/latest.md]   # the last run_all report
    python benchmarks/run_all.py --readme                            # run, then this
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- figures:start -->", "<!-- figures:end -->"
MARKER = "README figures:"


def reported_rows(report: str) -> list[str]:
    """The `| what | figure |` rows that follow each `README figures:` line."""
    rows, taking = [], False
    for line in report.splitlines():
        stripped = line.strip()
        if stripped == MARKER:
            taking = True
        elif taking and stripped.startswith("|") and not stripped.startswith("|---"):
            rows.append(stripped)
        elif taking and stripped:
            taking = False
    return rows


def _what(row: str) -> str:
    return row.strip().strip("|").split("|", 1)[0].strip()


def merged_table(table: list[str], rows: list[str]) -> list[str]:
    """The table's lines with `rows` replacing the rows of the same "what", or added."""
    new = {_what(r): r for r in rows}
    out = [new.pop(_what(line), line) if line.startswith("|") else line for line in table]
    last = max((i for i, line in enumerate(out) if line.startswith("|")), default=len(out) - 1)
    return out[: last + 1] + [r for r in rows if _what(r) in new] + out[last + 1 :]


def update_readme(report: str, readme: Path = ROOT / "README.md") -> int:
    """Put the report's rows into the README's table; how many rows it carried."""
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{readme}: no {START} ... {END} markers around the figures table")
    head, rest = text.split(START, 1)
    table, tail = rest.split(END, 1)
    rows = reported_rows(report)
    lines = merged_table(table.strip("\n").splitlines(), rows)
    readme.write_text(head + START + "\n" + "\n".join(lines) + "\n" + END + tail, encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "out" / "latest.md"
    count = update_readme(source.read_text(encoding="utf-8"))
    print(f"README.md: {count} figure rows from {source}")
