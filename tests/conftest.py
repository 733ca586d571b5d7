"""Fixtures for every test folder: spaCy and the lexicon load once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import kzkg.build as build_module
from kzkg.extract.pipeline import Extractor
from kzkg.lexicon import Lexicon, load_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon(ROOT / "ontology" / "lexicon", ROOT / "ontology" / "kzkg.ttl")


@pytest.fixture(scope="session")
def extractor(lexicon: Lexicon) -> Extractor:
    return Extractor(lexicon)


@pytest.fixture()
def fast_cli(monkeypatch: pytest.MonkeyPatch, extractor: Extractor) -> CliRunner:
    """The CLI with the session's loaded spaCy pipeline instead of loading a new one."""
    real = build_module.build

    def with_session_extractor(*args, **kwargs):
        kwargs.setdefault("extractor", extractor)
        return real(*args, **kwargs)

    monkeypatch.setattr("kzkg.cli.cmd_build.build", with_session_extractor)
    return CliRunner()
