"""Interactive offline network views of the graph (pyvis + networkx + igraph)."""

from __future__ import annotations

from kzkg.views.build import build_view

__all__ = ["build_view"]
