"""Interactive offline network views of the graph (pyvis + networkx + igraph)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzkg.views.build import build_view, select_view
from kzkg.views.render import render_html

if TYPE_CHECKING:
    from kzkg.store import KnowledgeGraph


def query_view(kg: KnowledgeGraph, name: str, /, **params: str) -> str:
    """The rows of a saved query drawn as a network: one self-contained HTML page,
    served alone (so without links to a timeline file beside it).

    `kg` and `name` are positional-only, so a query parameter may share their names."""
    view = select_view(kg, query=name, params=params)
    view.sibling_links = False
    return render_html(view)


__all__ = ["build_view", "query_view"]
