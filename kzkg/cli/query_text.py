"""What `kzkg query` prints, without typer: the typer command and the fast path
(kzkg/cli/fastquery.py) both call `answer`, so they cannot drift apart."""

from __future__ import annotations

from pathlib import Path

from kzkg.errors import InputError
from kzkg.queries.catalogue import parse_query_file
from kzkg.queries.formats import FORMATS, serialize, table
from kzkg.queries.guard import check_query
from kzkg.queries.params import bind


def parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InputError(f"--param wants name=value, got '{pair}'")
        if not value.strip():  # silently using the default would answer another question
            raise InputError(
                f"--param {name.strip()}= has no value; leave it out to use the default"
            )
        params[name.strip()] = value.strip()
    return params


def answer(
    name: str | None,
    param: list[str],
    fmt: str = "table",
    graph: Path | None = None,
    endpoint: str | None = None,
    engine: str = "oxigraph",
    sparql: str | None = None,
    limit: int | None = None,
) -> str:
    """The text `kzkg query` writes: a saved query (or .rq file) or ad-hoc SPARQL, answered."""
    from kzkg.store import KnowledgeGraph

    if fmt not in FORMATS:
        raise InputError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
    if (name is None) == (sparql is None):
        raise InputError("give a saved query name (or .rq file) or --sparql TEXT, not both")
    kg = KnowledgeGraph.open(graph, engine=engine, endpoint=endpoint)
    params = parse_params(param)
    if sparql is not None:
        if params:
            raise InputError("--param applies to saved queries, not --sparql")
        # A query nested thousands deep crashes the engine's process: refuse it first.
        result = kg.run(check_query(sparql, local=True), row_cap=limit)
    elif str(name).endswith(".rq"):
        path = Path(str(name))
        if not path.is_file():
            raise InputError(f"{path}: no such query file")
        text = bind(parse_query_file(path), params, kg.index())
        result = kg.run(text, row_cap=limit)
    else:
        result = kg.run_saved(str(name), params, row_cap=limit)
    if fmt == "table":
        return table(result) + "\n"
    return serialize(result, fmt).decode("utf-8")
