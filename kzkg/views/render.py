"""Write a view as one self-contained, offline HTML file.

pyvis assembles the vis-network nodes, edges and options and ships the
vis-network script and stylesheet, which are inlined from its package. Its
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
import json
import math
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

from kzkg.errors import InputError
from kzkg.views.layout import layout
from kzkg.views.model import WIKIDATA, Document
from kzkg.views.style import LOOKS, look

PHYSICS_MAX_NODES = 300  # above this, positions come from Python and physics is off
LABEL_MAX = 48
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


def _short(text: str) -> str:
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1].rstrip() + "\u2026"


def _node_info(data: dict[str, Any]) -> dict[str, Any]:
    wikidata = data.get("wikidata")
    return {
        "label": data["label"],
        "type": data["type_label"],
        "category": data["category"],
        "kind": data["kind"],
        "aliases": data.get("aliases", []),
        "wikidata": wikidata if wikidata and WIKIDATA.match(wikidata) else None,
        "facts": data.get("facts", []),
        "evidence": data.get("evidence", []),
        "documents": data.get("documents", []),
        "date": data.get("date"),
        "start": data.get("start"),
        "end": data.get("end"),
    }


def _network(
    view: View, physics: bool, positions: dict[str, tuple[float, float]], lazy_labels: bool
) -> Network:
    net = Network(directed=True)
    degree = dict(view.graph.degree())
    for node, data in view.graph.nodes(data=True):
        lk = look(data["category"])
        x, y = positions.get(node, (0.0, 0.0))
        size = (
            9 + 4 * math.sqrt(degree.get(node, 0))
            if data["kind"] == "entity"
            else 7 + 2 * math.sqrt(degree.get(node, 0))
        )
        options: dict[str, Any] = {
            "title": f"{data['label']}\n({data['type_label']})",
            "size": round(min(size, 40), 1),
            "x": x,
            "y": y,
        }
        if node == view.focus:
            options.update(borderWidth=5, size=round(min(size + 8, 48), 1))
        net.add_node(node, label=_short(data["label"]), shape=lk.shape, color=lk.color, **options)
    for s, o, data in view.graph.edges(data=True):
        label = data.get("label", "")
        if lazy_labels:  # drawn by the page around the selected node only
            net.add_edge(s, o, title=label)
        else:
            net.add_edge(s, o, label=label, title=label)
    net.toggle_physics(physics)
    return net


def _options(net: Network, physics: bool, large: bool) -> dict[str, Any]:
    options: dict[str, Any] = json.loads(net.options.to_json())
    options["edges"] = {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
        "color": {"color": "#9aa4ae", "highlight": "#333333"},
        "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
        "smooth": {"enabled": not large, "type": "continuous"},
        "width": 1,
    }
    options["nodes"] = {"font": {"size": 13, "color": "#222222"}, "borderWidth": 1}
    options["interaction"] = {
        "hover": True,
        "tooltipDelay": 150,
        "hideEdgesOnDrag": large,
        "hideEdgesOnZoom": large,
    }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "springLength": 140,
                "avoidOverlap": 0.4,
            },
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    options["layout"] = {"improvedLayout": False}
    return options


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
    net = _network(view, physics, positions, lazy_labels=large)
    nodes, edges, *_ = net.get_network_data()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": _options(net, physics, large),
        "info": {n: _node_info(d) for n, d in view.graph.nodes(data=True)},
        "documents": {
            d.id: {"title": d.title, "date": d.date, "publisher": d.publisher}
            for d in view.documents.values()
        },
        "categories": {name: {"color": lk.color, "name": lk.name} for name, lk in LOOKS.items()},
        "focus": view.focus,
        "physics": physics,
        "lazyEdgeLabels": large,
    }
    present = sorted({d["category"] for _, d in view.graph.nodes(data=True)})
    legend = [
        (c, look(c), sum(1 for _, d in view.graph.nodes(data=True) if d["category"] == c))
        for c in present
    ]
    scripts = [_asset(_VIS / "vis-network.min.js"), _asset(_HERE / "view.js")]
    env = Environment(
        loader=PackageLoader("kzkg.views", "templates"), autoescape=select_autoescape(default=True)
    )
    template = env.get_template("view.html")
    return template.render(
        title=view.title,
        subtitle=view.subtitle,
        built=build_date(),
        sources=[Path(s).name for s in view.sources],  # names only: no local paths
        documents=list(view.documents.values()),
        legend=legend,
        node_count=count,
        edge_count=view.graph.number_of_edges(),
        empty_message=view.empty_message if count == 0 else None,
        data=data,
        vis_css=Markup(_asset(_VIS / "vis-network.css")),
        app_css=Markup(_asset(_HERE / "view.css")),
        vis_js=Markup(scripts[0]),
        app_js=Markup(scripts[1]),
        csp_scripts=" ".join(_csp_hash(s) for s in scripts),
    )


def write_view(view: View, out: str | Path, physics: bool | None = None, seed: int = 7) -> Path:
    """Render and write the page, creating the output folder when it is missing."""
    path = Path(out)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name such as {path / 'view.html'}")
    html = render_html(view, physics=physics, seed=seed)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path
