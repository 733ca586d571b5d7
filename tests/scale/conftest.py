"""Fixtures for the scale tests: a small corpus, and a clean build to compare with.

The lexicon and the spaCy pipeline come from tests/conftest.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzkg.build import build
from kzkg.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "graph" / "corpus"
SMALL = [
    "Protesters rallied in Aktau on 2 January against the price of gas.",
    "Police detained 40 people in Almaty on Jan. 5, 2022, the Interior Ministry said.",
    "Tokayev dismissed Askar Mamin, the prime minister, on 5 January.",
    "Human Rights Watch said that the authorities must release the detained journalists.",
    "Rioters stormed the akimat in Almaty on Wednesday.",
    "Putin claimed that foreign fighters had taken part in the riots.",
]


def small_document(n: int, extra: str = "") -> str:
    body = " ".join(SMALL[(n + i) % len(SMALL)] for i in range(3)) + extra
    return f"---\nid: doc-{n:02d}\ntitle: Report {n}\ndate: 2022-01-{7 + n % 5:02d}\n---\n{body}\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """The two seed documents and eight small ones."""
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    for n in range(8):
        (folder / f"doc-{n:02d}.md").write_text(small_document(n), encoding="utf-8")
    return folder


@pytest.fixture()
def clean_build(extractor: Extractor, tmp_path: Path):
    """Build a corpus without any cache into a fresh file; return its bytes."""

    def run(folder: Path, **kwargs) -> bytes:
        out = tmp_path / f"clean-{len(list(tmp_path.glob('clean-*')))}.trig"
        kwargs.setdefault("extractor", extractor)
        build(folder, out, warn=lambda _: None, **kwargs)
        return out.read_bytes()

    return run
