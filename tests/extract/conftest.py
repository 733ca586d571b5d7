"""Fixtures for the extraction tests: the seed corpus built once, a text extracted.

The lexicon and the spaCy pipeline come from tests/conftest.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.build import build
from kzkg.corpus import Document
from kzkg.dates import PartialDate
from kzkg.extract.model import DocResult
from kzkg.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seed_build(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "kzkg.trig"
    build(
        ROOT / "graph" / "corpus",
        out,
        warn=lambda _: None,
        extractor=extractor,
        curated_file=ROOT / "graph" / "curated.yaml",
    )
    return out


@pytest.fixture(scope="session")
def extract_text(extractor: Extractor):
    """Extract a test text as a document dated 2022-01-07 by a named publisher."""

    def run(
        body: str,
        date: str = "2022-01-07",
        publisher: str = "Example News",
        authors: tuple[str, ...] = (),
    ) -> DocResult:
        doc = Document(
            id="t",
            path=Path("t.md"),
            body=body,
            publisher=publisher,
            authors=tuple(authors),
            date=PartialDate.parse(date),
        )
        return extractor.extract(doc)

    return run
