"""Flags for opening the views in headless Chromium with nothing leaving the machine:
the browser tests, the screenshots script and the view benchmarks use the same."""

from __future__ import annotations

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
