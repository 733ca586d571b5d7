"""Benchmark `kzkg view`: build time and time to interactive in headless Chromium.

For 500, 2,000 and 5,000 nodes (synthetic graphs, benchmarks/synthetic_view_graph.py):
- build: wall time of `kzkg view` in a fresh process (load, model, layout, render);
- time to interactive: from navigation start until the page is usable: drawn,
  and with physics on, done with vis-network's initial stabilization.
Physics-off figures are medians of --repeat runs (default 3).
Physics-on runs are capped (--physics-timeout); a run that does not finish in
time is reported as "not settled after N s". Targets: build < 10 s and
interactive < 3 s at 5,000 nodes with physics off.

    python benchmarks/view_bench.py [--sizes 500 2000 5000] [--physics-timeout 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from synthetic_view_graph import write_synthetic  # noqa: E402

from kzkg.views.browser import CHROMIUM_ARGS  # noqa: E402

OUT = ROOT / "benchmarks" / "out"


def build(graph: Path, out: Path, physics: bool) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    flag = "--physics" if physics else "--no-physics"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "kzkg", "view", "--graph", str(graph), "--out", str(out), flag],
        check=True, env=env, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - start


def interactive(browser, page_path: Path, timeout: float) -> float | None:
    """Seconds from navigation start to the first drawing; None when over `timeout`."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(page_path.as_uri(), timeout=timeout * 1000, wait_until="commit")
        page.wait_for_function("() => window.kzkgReady === true", timeout=timeout * 1000)
        return page.evaluate("() => window.kzkgReadyAt") / 1000
    except Exception:  # noqa: BLE001 - a timeout is a measurement here
        return None
    finally:
        page.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--physics-timeout", type=float, default=60.0)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--repeat", type=int, default=3, help="runs per physics-off figure")
    parser.add_argument("--quick", action="store_true", help="500 nodes only: a smoke run")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.repeat, args.physics_timeout = [500], 1, 20.0
    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        for size in args.sizes:
            graph = write_synthetic(OUT / f"synthetic-{size}.trig", size)
            for physics in (False, True):
                page = OUT / f"view-{size}-{'on' if physics else 'off'}.html"
                # Median of --repeat runs; a physics-on run is long, so it runs once.
                runs = 1 if physics else args.repeat
                seconds = statistics.median(build(graph, page, physics) for _ in range(runs))
                limit = args.physics_timeout if physics else 60.0
                times = [interactive(browser, page, limit) for _ in range(runs)]
                tti = None if None in times else statistics.median(times)  # type: ignore[type-var]
                rows.append((size, physics, seconds, tti, limit, page.stat().st_size))
                shown = f"{tti:.2f} s" if tti is not None else f"not settled after {limit:.0f} s"
                print(f"  {size} nodes, physics {'on' if physics else 'off'}: built in "
                      f"{seconds:.2f} s, interactive {shown}", file=sys.stderr)  # fmt: skip
        browser.close()
    print(f"{'nodes':>6} {'physics':>7} {'kzkg view':>10} {'interactive':>24} {'HTML':>8}")
    for size, physics, seconds, tti, limit, bytes_ in rows:
        shown = f"{tti:.2f} s" if tti is not None else f"not settled after {limit:.0f} s"
        print(f"{size:>6} {'on' if physics else 'off':>7} {seconds:>8.2f} s {shown:>24} "
              f"{bytes_ / 1e6:>6.1f} MB")  # fmt: skip
    off = {size: (s, t) for size, physics, s, t, _, _ in rows if not physics}
    if 5000 in off:
        s, t = off[5000]
        print(f"5,000 nodes, physics off: build {s:.2f} s (target < 10 s, {s / 10:.0%} of it); "
              f"interactive {t if t is None else round(t, 2)} s (target < 3 s)")  # fmt: skip


if __name__ == "__main__":
    main()
