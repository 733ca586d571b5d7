"""Run every benchmark and print one report of figures and ratios.

Each `benchmarks/*_bench.py` is a script that prints a Markdown table; this
runs them one after another (so they do not compete for the two cores),
stamps the report with the date and machine size, and writes it to
benchmarks/out/latest.md; `--readme` then writes the rows the benchmarks give
for the README into its figures table (benchmarks/readme_figures.py).
`--quick` passes smaller sizes on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    cores = os.cpu_count() or 0
    try:
        mem_kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{mem_kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        memory = "unknown memory"
    return f"{cores} cores, {memory}, Python {platform.python_version()}, {platform.machine()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument(
        "--readme",
        action="store_true",
        help="write the figures the benchmarks report into README.md's figures table",
    )
    parser.add_argument("only", nargs="*", help="run only these benchmarks (e.g. query view)")
    args = parser.parse_args()
    scripts = sorted(HERE.glob("*_bench.py"))
    if args.only:
        scripts = [s for s in scripts if any(s.stem.startswith(o) for o in args.only)]
    lines = [f"# kzkg benchmarks, {dt.date.today().isoformat()}", "", f"Machine: {machine()}.", ""]
    failed = 0
    for script in scripts:
        started = time.perf_counter()
        cmd = [sys.executable, str(script)] + (["--quick"] if args.quick else [])
        print(f"running {script.name} ...", file=sys.stderr, flush=True)
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=HERE.parent)
        took = time.perf_counter() - started
        lines += [f"## {script.stem} ({took:.0f} s)", "", proc.stdout.strip(), ""]
        if proc.returncode != 0:
            failed += 1
            lines += ["FAILED:", "```", proc.stderr.strip()[-2000:], "```", ""]
    report = "\n".join(lines)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(report, encoding="utf-8")
    print(report)
    if args.readme:
        from readme_figures import update_readme

        print(f"README.md: {update_readme(report)} figure rows written", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
