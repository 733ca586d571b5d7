"""Shared fixtures: spaCy and the lexicon load once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.extract.pipeline import Extractor
from kzkg.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor(load_lexicon(ROOT / "ontology" / "lexicon", ROOT / "ontology" / "kzkg.ttl"))
