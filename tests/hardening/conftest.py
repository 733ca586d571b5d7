"""The project root for the hardening tests; the spaCy pipeline is in tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
