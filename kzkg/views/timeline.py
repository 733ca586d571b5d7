"""The timeline view: dated facts on a time axis, one self-contained HTML page.

Every fact with a date (events, claims) or a start or end (tenures) becomes an
item spanning the days its dates can mean: "2022-01-05" one day, "2022-01" the
whole of January, a tenure from its start to its end, an open end running to
the edge of the axis. Facts without dates are listed apart. The items keep the
actors they involve, so the page groups them by actor or by class; the side
panel, the filters and the escaping are the network views' own (common.js).
The page draws the axis itself: no library, no request.
"""

from __future__ import annotations

import calendar
import math
import re
from datetime import date
from typing import Any

import networkx as nx

from kzkg.errors import InputError
from kzkg.store import KnowledgeGraph
from kzkg.views.model import GraphModel, induced
from kzkg.views.payload import node_info
from kzkg.views.render import _HERE, View, documents_data, render_page
from kzkg.views.style import LOOKS

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ACTORS = {"Person", "Organization", "Group"}
BUSY_SHARE = 0.75  # the default window holds this share of the dated facts


def date_span(text: str | None) -> tuple[str, str] | None:
    """The first and last day a partial date can mean; None when it is no date."""
    found = PARTIAL_DATE.match((text or "").strip()[:10])
    if not found:
        return None
    year, month, day = found.groups()
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return None
    return f"{year}-{month}-{day}", f"{year}-{month}-{day}"


def check_date(text: str | None, option: str) -> str | None:
    if text is None:
        return None
    if date_span(text) is None:
        raise InputError(f"{option} {text!r}: expected a date such as 2022-01-05, 2022-01 or 2022")
    return text.strip()


def _item(graph: nx.MultiDiGraph, node: str) -> dict[str, Any] | None:
    data = graph.nodes[node]
    if data.get("start") or data.get("end"):
        first, last = date_span(data.get("start")), date_span(data.get("end"))
        if first is None and last is None:
            return None
        start, end = (first or last)[0], (last or first)[1]  # type: ignore[index]
        open_start, open_end = first is None, last is None
    else:
        span = date_span(data.get("date"))
        if span is None:
            return None
        (start, end), open_start, open_end = span, False, False
    around = set(graph.successors(node)) | set(graph.predecessors(node))
    actors = sorted(n for n in around if graph.nodes[n]["category"] in ACTORS)
    return {
        "id": node,
        "start": start,
        "end": end,
        "openStart": open_start,
        "openEnd": open_end,
        "actors": actors,
    }


def _overlaps(item: dict[str, Any], low: str | None, high: str | None) -> bool:
    start = "0000-00-00" if item["openStart"] else item["start"]
    end = "9999-99-99" if item["openEnd"] else item["end"]
    return not ((low and end < low) or (high and start > high))


def busiest(items: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The shortest span holding BUSY_SHARE of the facts that are not open tenures:
    where the dates crowd, an analyst wants days, not decades."""
    spans = sorted((i["start"], i["end"]) for i in items if not (i["openStart"] or i["openEnd"]))
    if not spans:
        return None
    k = max(1, math.ceil(BUSY_SHARE * len(spans)))
    windows = [
        (spans[i][0], max(end for _, end in spans[i : i + k])) for i in range(len(spans) - k + 1)
    ]
    return min(windows, key=lambda w: (_days(w[1]) - _days(w[0]), w))


def _days(day: str) -> int:
    return date.fromisoformat(day).toordinal()


def timeline(
    kg: KnowledgeGraph,
    model: GraphModel,
    focus: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> tuple[View, dict[str, Any]]:
    """The view (facts and the entities they involve) and the page's timeline data."""
    low = date_span(check_date(date_from, "--from"))
    high = date_span(check_date(date_to, "--to"))
    source = model.graph
    facts = [n for n, d in source.nodes(data=True) if d["kind"] == "fact"]
    title, subtitle, iri = "kzkg: timeline", "Dated facts on a time axis", None
    if focus:
        iri = kg.resolve(focus)
        if iri not in source:
            raise InputError(f"'{focus}' ({iri}) is not a node of this graph")
        around = set(source.successors(iri)) | set(source.predecessors(iri))
        facts = [n for n in facts if n in around]
        label = source.nodes[iri]["label"]
        title, subtitle = f"kzkg: timeline of {label}", f"The dated facts {label} takes part in"
    items, undated = [], []
    for node in sorted(facts):
        item = _item(source, node)
        if item is None:
            undated.append(node)
        elif _overlaps(item, low and low[0], high and high[1]):
            items.append(item)
    if low or high:
        subtitle += f", {date_from or '…'} to {date_to or '…'}"
    kept = {i["id"] for i in items} | set(undated)
    nodes = kept | {a for i in items for a in i["actors"]} | ({iri} if iri else set())
    for node in undated:
        nodes |= set(source.successors(node)) | set(source.predecessors(node))
    graph = induced(source, nodes)
    view = View(
        graph,
        title,
        subtitle,
        model.documents,
        model.sources,
        focus=iri,
        empty_message="No fact of this graph is in the timeline's range.",
    )
    busy = busiest(items)
    window = [
        low[0] if low else (busy[0] if busy else None),
        high[1] if high else (busy[1] if busy else None),
    ]
    data = {
        "items": items,
        "undated": undated,
        "window": window,
        "info": {n: node_info(d) for n, d in graph.nodes(data=True)},
        "edges": [
            {"from": a, "to": b, "title": d.get("label", "")} for a, b, d in graph.edges(data=True)
        ],
        "documents": documents_data(model.documents),
        "categories": {name: {"color": lk.color, "name": lk.name} for name, lk in LOOKS.items()},
        "focus": iri,
        "outside": [],
        "siblingLinks": True,
    }
    return view, data


def render_timeline(view: View, data: dict[str, Any]) -> str:
    kept = set(data["undated"]) | {i["id"] for i in data["items"]}
    return render_page(
        view,
        data,
        [_HERE / "common.js", _HERE / "timeline.js"],
        styles=[_HERE / "view.css", _HERE / "timeline.css"],
        edge_count=view.graph.number_of_edges(),
        timeline=True,
        legend_graph=view.graph.subgraph(kept),
    )
