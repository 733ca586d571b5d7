"""benchmarks/readme_figures.py: the benchmarks' rows go into the README's figures table."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from readme_figures import END, START, reported_rows, update_readme  # noqa: E402

REPORT = """## corpus_scale_bench (12 s)

| saved query | rows |
|---|---|
| timeline | 58 |

README figures:

| queries on graph A | 1.2 s |
| views of graph A | 3 s |

## next_bench (1 s)
"""


def test_rows_after_the_marker_are_the_reported_ones() -> None:
    assert reported_rows(REPORT) == ["| queries on graph A | 1.2 s |", "| views of graph A | 3 s |"]


def test_a_row_of_the_same_name_is_replaced_and_a_new_one_added(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# Title\n\n{START}\n| what | figure |\n|---|---|\n| build | 9 s |\n"
        f"| queries on graph A | 40 s |\n{END}\n\nAfter.\n",
        encoding="utf-8",
    )
    assert update_readme(REPORT, readme) == 2
    assert readme.read_text(encoding="utf-8") == (
        f"# Title\n\n{START}\n| what | figure |\n|---|---|\n| build | 9 s |\n"
        f"| queries on graph A | 1.2 s |\n| views of graph A | 3 s |\n{END}\n\nAfter.\n"
    )


def test_the_readme_has_the_markers() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.index(START) < text.index("| what | figure |") < text.index(END)
