"""Query answers as a notebook user expects them: typed values, tables, DataFrames.

Engines give RDF terms; here a literal becomes the Python value its datatype
says (int, float, bool, a PartialDate with `start` and `end` for xsd:date,
gYearMonth and gYear), an IRI its text, and a column a saved query builds
with GROUP_CONCAT(...; separator=" | ") a sorted list, so the same answer
compares equal whichever engine gave it. pandas is optional (`pip install
kzkg[notebook]`); everything else works without it.
"""

from __future__ import annotations

import html
import re
from typing import Any

from kzkg.errors import InputError

XSD = "http://www.w3.org/2001/XMLSchema#"
LIST_SEPARATOR = " | "
_INTEGERS = {
    f"{XSD}{n}"
    for n in (
        "integer int long short byte nonNegativeInteger positiveInteger "
        "nonPositiveInteger negativeInteger unsignedInt unsignedLong unsignedShort unsignedByte"
    ).split()
}
_FLOATS = {f"{XSD}decimal", f"{XSD}double", f"{XSD}float"}
_DATES = {f"{XSD}date", f"{XSD}gYearMonth", f"{XSD}gYear"}
_LIST_COLUMN = re.compile(
    r'GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*;\s*separator\s*=\s*" \| "\s*\)\s*AS\s*\?(\w+)',
    re.IGNORECASE,
)
_DIGITS = re.compile(r"(\d+)")
SHOWN_ROWS = 10  # rows a repr or an HTML table shows before "... N more"


def list_columns(query: str) -> frozenset[str]:
    """The variables the query fills with GROUP_CONCAT(...; separator=" | ")."""
    return frozenset(_LIST_COLUMN.findall(query))


def natural_key(text: str) -> list[Any]:
    """Sort key reading digit runs as numbers: 'a2' before 'a10'."""
    parts: list[Any] = _DIGITS.split(text)
    # The split puts the digit runs at the odd places; a whole-graph answer has a
    # million items to key, so no test per part.
    parts[1::2] = [(int(run), run) for run in parts[1::2]]
    return parts


def sorted_items(text: str) -> list[str]:
    """The items of a " | "-joined cell in one order, whichever engine joined them."""
    return sorted(text.split(LIST_SEPARATOR), key=natural_key)


def typed_value(term: Any) -> Any:
    """A pyoxigraph term as a Python value (None when unbound)."""
    if term is None:
        return None
    datatype = getattr(getattr(term, "datatype", None), "value", None)
    text = term.value
    try:
        if datatype in _INTEGERS:
            return int(text)
        if datatype in _FLOATS:
            return float(text)
        if datatype == f"{XSD}boolean":
            return text in ("true", "1")
        if datatype in _DATES:
            from kzkg.dates import PartialDate  # imports rdflib: only when a date is read

            return PartialDate.parse(text)
    except ValueError:
        return text  # an ill-typed literal stays what it says
    return text


def typed_row(variables: list[str], terms: tuple, lists: frozenset[str]) -> dict[str, Any]:
    row = {}
    for name, term in zip(variables, terms, strict=True):
        value = typed_value(term)
        if name in lists:
            items = sorted_items(value) if isinstance(value, str) else []
            value = [item for item in items if item]
        row[name] = value
    return row


def short_text(value: Any, width: int = 40) -> str:
    text = (
        ", ".join(map(str, value))
        if isinstance(value, list)
        else ""
        if value is None
        else str(value)
    )
    return text if len(text) <= width else text[: width - 1] + "…"


def html_table(variables: list[str], rows: list[dict[str, Any]], total: int) -> str:
    """An HTML table of the first rows, every value escaped."""
    head = "".join(f"<th>{html.escape(v)}</th>" for v in variables)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{html.escape(short_text(r[v], 80))}</td>" for v in variables)
        + "</tr>"
        for r in rows[:SHOWN_ROWS]
    )
    more = f"<p>… and {total - SHOWN_ROWS:,} more rows</p>" if total > SHOWN_ROWS else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def data_frame(variables: list[str], rows: list[dict[str, Any]]) -> Any:
    """A pandas DataFrame: nullable ints and floats, dates as the first day they cover
    (with `<name>_end` for the last), lists as lists, text as strings."""
    try:
        import pandas as pd
    except ImportError:
        raise InputError("to_pandas() needs pandas: pip install 'kzkg[notebook]'") from None
    columns: dict[str, Any] = {}
    for name in variables:
        values = [row[name] for row in rows]
        present = [v for v in values if v is not None]
        if present and all(hasattr(v, "precision") for v in present):  # PartialDate
            columns[name] = pd.to_datetime([v.start if v else None for v in values])
            columns[f"{name}_end"] = pd.to_datetime([v.end if v else None for v in values])
        elif present and all(isinstance(v, bool) for v in present):
            columns[name] = pd.array(values, dtype="boolean")
        elif present and all(isinstance(v, int) for v in present):
            columns[name] = pd.array(values, dtype="Int64")
        elif present and all(isinstance(v, (int, float)) for v in present):
            columns[name] = pd.array(values, dtype="Float64")
        elif present and all(isinstance(v, list) for v in present):
            columns[name] = pd.Series(values, dtype=object)
        else:
            columns[name] = pd.array([None if v is None else str(v) for v in values], "string")
    return pd.DataFrame(columns)
