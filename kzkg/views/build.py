"""One call from a graph file to a written view: what `kzkg view` runs."""

from __future__ import annotations

from pathlib import Path

from kzkg.errors import InputError
from kzkg.store import KnowledgeGraph
from kzkg.views import modes
from kzkg.views.model import load_model
from kzkg.views.payload import QUOTES_SHOWN
from kzkg.views.render import View, write_page, write_view
from kzkg.views.timeline import render_timeline, timeline
from kzkg.vocab import slug


def parse_params(pairs: list[str]) -> dict[str, str]:
    """`name=value` strings to a dict; a pair without '=' is a user mistake."""
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--param {pair!r}: expected name=value")
        params[name.strip()] = value.strip()
    return params


def select_view(
    kg: KnowledgeGraph,
    *,
    focus: str | None = None,
    depth: int = 2,
    query: str | None = None,
    params: dict[str, str] | None = None,
    claims: bool = False,
) -> View:
    chosen = [
        name for name, on in (("--focus", focus), ("--query", query), ("--claims", claims)) if on
    ]
    if len(chosen) > 1:
        raise InputError(f"choose one view: {' and '.join(chosen)} cannot be combined")
    if params and not query:
        raise InputError("--param needs --query")
    model = load_model(kg, quotes=QUOTES_SHOWN)  # a page shows no more
    if focus:
        return modes.ego(kg, model, focus, depth)
    if query:
        return modes.query(kg, model, query, params or {})
    if claims:
        return modes.claims(model)
    return modes.overview(model)


def default_out(focus: str | None, query: str | None, claims: bool, timeline: bool = False) -> Path:
    """views/overview.html, views/ego-<label>.html, views/query-<name>.html, views/claims.html,
    views/timeline.html or views/timeline-<label>.html."""
    if timeline:
        return Path("views") / (f"timeline-{slug(focus)}.html" if focus else "timeline.html")
    if focus:
        return Path("views") / f"ego-{slug(focus)}.html"
    if query:
        return Path("views") / f"query-{slug(Path(query).stem)}.html"
    return Path("views") / ("claims.html" if claims else "overview.html")


def build_view(
    graph: str | Path | None,
    out: str | Path | None,
    *,
    physics: bool | None = None,
    seed: int = 7,
    **mode: object,
) -> tuple[Path, View]:
    """Open the graph, pick the mode from the keyword arguments, write the page."""
    kg = KnowledgeGraph.open(graph)
    if out is None:
        out = default_out(
            mode.get("focus"),  # type: ignore[arg-type]
            mode.get("query"),  # type: ignore[arg-type]
            bool(mode.get("claims")),
            bool(mode.get("timeline")),
        )
    if mode.get("timeline"):
        return write_timeline_view(kg, out, **mode)  # type: ignore[arg-type]
    if mode.get("date_from") or mode.get("date_to"):
        raise InputError("--from and --to need --timeline")
    mode = {k: v for k, v in mode.items() if k not in ("timeline", "date_from", "date_to")}
    view = select_view(kg, **mode)  # type: ignore[arg-type]
    return write_view(view, out, physics=physics, seed=seed), view


def write_timeline_view(
    kg: KnowledgeGraph,
    out: str | Path,
    *,
    focus: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    query: str | None = None,
    claims: bool = False,
    **_: object,
) -> tuple[Path, View]:
    if query or claims:
        raise InputError("--timeline cannot be combined with --query or --claims")
    view, data = timeline(kg, load_model(kg, quotes=QUOTES_SHOWN), focus, date_from, date_to)
    return write_page(render_timeline(view, data), out), view
