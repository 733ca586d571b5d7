"""Screenshots of the views of the built graph for docs/views.md, at fit zoom.

    .venv/bin/python scripts/screenshots.py [--graph graph/kzkg.trig] [--out docs]

Writes the overview, the ego view around Tokayev, the claims view and the
timeline as views/*.html (with `kzkg view`), opens each in Debian's headless
Chromium with every request off the machine refused, and saves
docs/{overview,ego,claims,timeline}.png. Run after a rebuild that changes what
the views show; the browser tests check the behaviour, these are for people.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from kzkg.views.browser import CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
KZKG = Path(sys.executable).parent / "kzkg"
# name: (kzkg view options, text typed into the search box or None)
VIEWS = {
    "overview": ([], "Tokayev"),
    "ego": (["--focus", "Tokayev", "--depth", "1"], "Tokayev"),
    "claims": (["--claims"], None),
    "timeline": (["--timeline"], None),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "graph" / "kzkg.trig")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for name, (options, search) in VIEWS.items():
            html = ROOT / "views" / f"{name}.html"
            view = [str(KZKG), "view", "--graph", str(args.graph), "--out", str(html)]
            subprocess.run(view + options, check=True)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith(("file:", "data:", "about:", "blob:"))
                    else route.abort()
                ),
            )
            page.goto(html.as_uri())
            page.wait_for_timeout(1500)
            if search:
                page.fill("#search", search)
                page.press("#search", "Enter")
                page.wait_for_timeout(500)
            if name != "timeline":
                page.evaluate("() => window.kzkg.network.fit({animation: false})")
                page.wait_for_timeout(500)
            shot = args.out / f"{name}.png"
            page.screenshot(path=str(shot))
            page.close()
            print(f"wrote {shot}")
        browser.close()


if __name__ == "__main__":
    main()
