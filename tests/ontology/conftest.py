from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzkg.paths import project_root


@pytest.fixture
def ontology_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of ontology/ that a test may break; KZKG_HOME points at it."""
    shutil.copytree(project_root() / "ontology", tmp_path / "ontology")
    monkeypatch.setenv("KZKG_HOME", str(tmp_path))
    return tmp_path / "ontology"
