"""Fixtures for the export tests: the view tests' seed and hostile graphs."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "views" / "fixtures"


@pytest.fixture(scope="session")
def seed_graph() -> Path:
    return FIXTURES / "seed.trig"


@pytest.fixture(scope="session")
def hostile_graph() -> Path:
    return FIXTURES / "hostile.trig"


@pytest.fixture(scope="session")
def provenance_graph() -> Path:
    return FIXTURES / "provenance.trig"
