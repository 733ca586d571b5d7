"""One call from a graph file to a written view: what `kzkg view` runs."""

from __future__ import annotations

from pathlib import Path

from kzkg.errors import InputError
from kzkg.store import KnowledgeGraph
from kzkg.views import modes
from kzkg.views.model import load_model
from kzkg.views.render import View, write_view
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
    model = load_model(kg)
    if focus:
        return modes.ego(kg, model, focus, depth)
    if query:
        return modes.query(kg, model, query, params or {})
    if claims:
        return modes.claims(model)
    return modes.overview(model)


def default_out(focus: str | None, query: str | None, claims: bool) -> Path:
    """views/overview.html, views/ego-<label>.html, views/query-<name>.html or views/claims.html."""
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
        out = default_out(mode.get("focus"), mode.get("query"), bool(mode.get("claims")))  # type: ignore[arg-type]
    view = select_view(kg, **mode)  # type: ignore[arg-type]
    return write_view(view, out, physics=physics, seed=seed), view
