"""Where the project's hand-edited sources and built artefacts live.

Paths resolve against the project root: the nearest folder above the current
directory that holds `ontology/kzkg.ttl`, else the checkout the package was
installed from. KZKG_HOME overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_CHECKOUT = Path(__file__).resolve().parent.parent


def project_root() -> Path:
    env = os.environ.get("KZKG_HOME")
    if env:
        return Path(env).resolve()
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "ontology" / "kzkg.ttl").is_file():
            return folder
    return _PACKAGE_CHECKOUT


def ontology_dir() -> Path:
    return project_root() / "ontology"


def ontology_file() -> Path:
    return ontology_dir() / "kzkg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def lexicon_dir() -> Path:
    return ontology_dir() / "lexicon"


def examples_dir() -> Path:
    return ontology_dir() / "examples"


def corpus_dir() -> Path:
    return project_root() / "graph" / "corpus"


def curation_file() -> Path:
    return project_root() / "graph" / "curated.yaml"


def built_graph() -> Path:
    return project_root() / "graph" / "kzkg.trig"


def queries_dir() -> Path:
    return project_root() / "queries"
