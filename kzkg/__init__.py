"""kzkg: a knowledge graph of the January 2022 unrest in Kazakhstan.

Facts are extracted from documents with the evidence that supports them and
queried with SPARQL. ``KnowledgeGraph`` is the entry point for Python users.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import kzkg` stays cheap for the CLI and the
    # extraction workers, which never touch the query store.
    if name == "KnowledgeGraph":
        from kzkg.store import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kzkg' has no attribute {name!r}")
