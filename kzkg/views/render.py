"""Write a view as one self-contained, offline HTML file.

pyvis assembles the vis-network nodes, edges and options (payload.py) and
ships the vis-network script and stylesheet, inlined here from its package. Its
own template is not used: it loads Bootstrap from a CDN and renders without
autoescaping (NOTES.md). Our Jinja2 template autoescapes every string, the
graph travels as JSON inside a non-executable <script type="application/json">
(`tojson` escapes <, > and &), and the page's script builds the side panel
with textContent only. A Content-Security-Policy allows exactly the inline
scripts we wrote (by hash) and no network access at all.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from kzkg.errors import InputError
from kzkg.views.layout import layout
from kzkg.views.model import Document
from kzkg.views.payload import network, node_info, options, vis_data
from kzkg.views.style import LOOKS, look

PHYSICS_MAX_NODES = 300  # above this, positions come from Python and physics is off
_VIS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
_HERE = Path(__file__).parent / "templates"


@dataclass
class View:
    """What a mode hands to the renderer: a graph in the model's node format."""

    graph: nx.MultiDiGraph
    title: str
    subtitle: str
    documents: dict[str, Document] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    focus: str | None = None
    # Labels and aliases of the graph's nodes this view leaves out: search says
    # "not in this view" for them rather than "no match".
    outside: tuple[str, ...] = ()
    # A query view's rows (columns, cells), shown as a table with the network.
    table: tuple[list[str], list[list[str]]] | None = None
    # Link each node to timeline.html / overview.html beside the page (off for
    # pages served alone, such as the query page's network view).
    sibling_links: bool = True
    empty_message: str = "This graph has no nodes to show."


@cache
def _asset(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text:
        raise RuntimeError(f"{path} cannot be inlined safely in a <script> element")
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _legend(graph: nx.MultiDiGraph) -> list[tuple[str, Any, int, list[tuple[str, str, int]]]]:
    """(category, look, count, [(class, class label, count)...]) for the categories present;
    the class list is given only where a category holds more than one class."""
    counts: Counter[tuple[str, str, str]] = Counter(
        (d["category"], d["type"], d["type_label"]) for _, d in graph.nodes(data=True)
    )
    legend = []
    for category in sorted({c for c, _, _ in counts}):
        classes = sorted((t, label, n) for (c, t, label), n in counts.items() if c == category)
        total = sum(n for _, _, n in classes)
        legend.append((category, look(category), total, classes if len(classes) > 1 else []))
    return legend


def components_note(graph: nx.MultiDiGraph) -> str:
    """How the graph falls apart: "3 connected parts, the largest of 17 nodes"."""
    sizes = sorted((len(c) for c in nx.weakly_connected_components(graph)), reverse=True)
    if len(sizes) <= 1:
        return ""
    return f"{len(sizes):,} connected parts, the largest of {sizes[0]:,} nodes"


def build_date() -> str:
    """The build time; SOURCE_DATE_EPOCH makes it reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    )
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def render_html(view: View, physics: bool | None = None, seed: int = 7) -> str:
    """The view as one HTML page; physics is on for small graphs unless told otherwise."""
    count = view.graph.number_of_nodes()
    if physics is None:
        physics = count <= PHYSICS_MAX_NODES
    large = count > PHYSICS_MAX_NODES
    positions = layout(view.graph, seed=seed) if count else {}
    net = network(view.graph, view.focus, physics, positions, large)
    nodes, edges = vis_data(net)
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": options(net, physics, large),
        "info": {n: node_info(d) for n, d in view.graph.nodes(data=True)},
        "documents": documents_data(view.documents),
        "categories": {name: {"color": lk.color, "name": lk.name} for name, lk in LOOKS.items()},
        "focus": view.focus,
        "outside": list(view.outside),
        "siblingLinks": view.sibling_links,
        "physics": physics,
        "large": large,
    }
    scripts = [
        _VIS / "vis-network.min.js",
        _HERE / "common.js",
        _HERE / "labels.js",
        _HERE / "view.js",
    ]
    return render_page(
        view,
        data,
        scripts,
        styles=[_VIS / "vis-network.css", _HERE / "view.css"],
        edge_count=view.graph.number_of_edges(),
    )


def documents_data(documents: dict[str, Document]) -> dict[str, dict[str, Any]]:
    return {
        d.id: {"title": d.title, "date": d.date, "publisher": d.publisher}
        for d in documents.values()
    }


def render_page(
    view: View,
    data: dict[str, Any],
    scripts: list[Path],
    styles: list[Path],
    edge_count: int,
    timeline: bool = False,
    legend_graph: nx.MultiDiGraph | None = None,
) -> str:
    """The page around a view's data: header, controls, panel, inlined scripts and styles."""
    code = [_asset(path) for path in scripts]
    env = Environment(
        loader=PackageLoader("kzkg.views", "templates"), autoescape=select_autoescape(default=True)
    )
    count = view.graph.number_of_nodes()
    return env.get_template("view.html").render(
        title=view.title,
        subtitle=view.subtitle,
        built=build_date(),
        sources=[Path(s).name for s in view.sources],  # names only: no local paths
        documents=list(view.documents.values()),
        legend=_legend(view.graph if legend_graph is None else legend_graph),
        node_count=count,
        edge_count=edge_count,
        components=components_note(view.graph),
        empty_message=view.empty_message if count == 0 else None,
        table=view.table,
        timeline=timeline,
        data=data,
        css=[Markup(_asset(path)) for path in styles],
        js=[Markup(c) for c in code],
        csp_scripts=" ".join(_csp_hash(c) for c in code),
    )


def write_view(view: View, out: str | Path, physics: bool | None = None, seed: int = 7) -> Path:
    """Render and write the page, creating the output folder when it is missing."""
    return write_page(render_html(view, physics=physics, seed=seed), out)


def write_page(html: str, out: str | Path) -> Path:
    path = Path(out)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name such as {path / 'view.html'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
