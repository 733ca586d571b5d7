"""Fixtures for the view tests: the fixture graphs, their models, and Chromium.

Browser tests use Debian's Chromium through Playwright's executable_path (no
browser download). Without Chromium they fail in CI (CI=true) and are skipped
elsewhere, with a message saying how to install it.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from kzkg.store import KnowledgeGraph
from kzkg.views.browser import CHROMIUM_ARGS
from kzkg.views.model import GraphModel, load_model

sys.path.insert(0, str(Path(__file__).parent))

from views_support import SEED, Offline  # noqa: E402


@pytest.fixture(scope="session")
def seed_kg() -> KnowledgeGraph:
    return KnowledgeGraph.open(SEED)


@pytest.fixture(scope="session")
def seed_model(seed_kg: KnowledgeGraph) -> GraphModel:
    return load_model(seed_kg)


def chromium_path() -> str | None:
    """Debian's Chromium, or the binary named by KZKG_CHROMIUM."""
    candidates: tuple[str | None, ...] = (
        "/usr/bin/chromium",
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
    )
    if os.environ.get("KZKG_CHROMIUM"):
        candidates = (os.environ["KZKG_CHROMIUM"],)
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        message = (
            "Chromium is not installed: run `bash scripts/setup.sh --test` "
            "(or `apt-get install -y chromium`, or set KZKG_CHROMIUM) for the browser tests"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def offline(browser):
    page = Offline(browser)
    yield page
    page.close()
