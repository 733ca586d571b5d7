"""The graph as seven CSV tables that open in a spreadsheet (issue 4, `kzkg export`).

Each column is one SPARQL property path from the row's node; a cell holds
every value found, sorted and joined with ` | `; a cell that refers to an
entity holds its preferred label. UTF-8, a header row, RFC 4180 quoting.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from kzkg.dates import most_precise
from kzkg.errors import InputError
from kzkg.store import KnowledgeGraph
from kzkg.views.classes import category_of, class_ancestors, local_name, most_specific

SEP = " | "
_ACTOR_OR_PLACE = "VALUES ?top { kz:Person kz:Organization kz:Group kz:Place }"
# Any link from a fact to the row's node, for "which documents name it".
_DOCS_OF_ENTITY = """SELECT ?s ?v WHERE {
  { ?s kz:evidence/kz:document/kz:docId ?v }
  UNION { ?f ?p ?s . ?f a/rdfs:subClassOf* kz:Fact ; kz:evidence/kz:document/kz:docId ?v }
}"""


@dataclass(frozen=True)
class Column:
    name: str
    path: str | None  # SPARQL property path from the row's node; None for special columns
    # text: as is; label: the entity's label; local: the IRI's last part;
    # date: one date, the most precise given; other_dates: the dates it leaves out
    kind: str = "text"


@dataclass(frozen=True)
class Table:
    name: str
    rows: str  # SPARQL pattern binding ?s to each row's node
    columns: tuple[Column, ...]


TABLES = (
    Table(
        "documents",
        "?s a kz:Document .",
        (
            Column("id", "kz:docId"),
            Column("file", "kz:fileName"),
            Column("title", "kz:title"),
            Column("authors", "kz:authorName"),
            Column("publisher", "kz:publisherName"),
            Column("date", "kz:published"),
            Column("url", "kz:url"),
        ),
    ),
    Table(
        "entities",
        f"{_ACTOR_OR_PLACE} ?s a/rdfs:subClassOf* ?top .",
        (
            Column("label", "rdfs:label"),
            Column("type", None),
            Column("aliases", "skos:altLabel"),
            Column("wikidata", "kz:wikidata"),
            Column("documents", None),
        ),
    ),
    Table(
        "roles",
        "?s a/rdfs:subClassOf* kz:Tenure .",
        (
            Column("holder", "kz:holder", "label"),
            Column("post", "kz:post", "label"),
            Column("organization", "kz:post/kz:postIn", "label"),
            Column("start", "kz:startDate", "date"),
            Column("end", "kz:endDate", "date"),
            Column("predecessor", "kz:predecessor", "label"),
            Column("successor", "kz:successor", "label"),
        ),
    ),
    Table(
        "events",
        "?s a/rdfs:subClassOf* kz:Event .",
        (
            Column("type", None),
            Column("label", "rdfs:label"),
            Column("date", "kz:date", "date"),
            Column("places", "kz:place", "label"),
            Column("agents", "kz:agent", "label"),
            Column("participants", "kz:participant", "label"),
            Column("causes", "kz:causes|^kz:causedBy"),
            Column("other_dates", "kz:date", "other_dates"),
        ),
    ),
    Table(
        "claims",
        "?s a/rdfs:subClassOf* kz:Claim .",
        (
            Column("claimant", "kz:claimant", "label"),
            Column("type", "kz:claimType", "local"),
            Column("text", "kz:claimText"),
            Column("about", "kz:about", "label"),
            Column("date", "kz:date", "date"),
        ),
    ),
    # Contested figures are separate statistics, one row per claimant's figure.
    Table(
        "statistics",
        "?s a/rdfs:subClassOf* kz:Statistic .",
        (
            Column("what", "kz:measure"),
            Column("value", "kz:value"),
            Column("unit", "kz:unit"),
            Column("date", "kz:date", "date"),
            Column("claimant", "kz:claimant", "label"),
            Column("document", "kz:evidence/kz:document/kz:docId"),
        ),
    ),
)
EVIDENCE_HEADER = ("fact", "document", "start", "end", "quote", "curator", "note", "source")
_FACT_TABLES = ("roles", "events", "claims", "statistics")


class _Exporter:
    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg
        self.labels: dict[str, str] = {}
        for row in kg.select("SELECT ?x ?l WHERE { ?x rdfs:label ?l }"):
            if row["x"] not in self.labels or row["l"] < self.labels[row["x"]]:
                self.labels[row["x"]] = row["l"]
        self.ancestors = class_ancestors(kg)

    def _types(self, pattern: str) -> dict[str, set[str]]:
        types: dict[str, set[str]] = defaultdict(set)
        for row in self.kg.select(f"SELECT ?s ?t WHERE {{ {pattern} ?s a ?t }}"):
            types[row["s"]].add(row["t"])
        return types

    def _special(self, table: Table, column: Column) -> dict[str, set[str]]:
        if column.name == "documents":
            found: dict[str, set[str]] = defaultdict(set)
            for row in self.kg.select(_DOCS_OF_ENTITY):
                found[row["s"]].add(row["v"])
            return found
        types = self._types(table.rows)
        if table.name == "entities":  # Person, Organization, Group or Place
            return {
                s: {category_of(most_specific(t, self.ancestors), self.ancestors)}
                for s, t in types.items()
            }
        return {s: {local_name(most_specific(t, self.ancestors))} for s, t in types.items()}

    def _values(self, table: Table, column: Column) -> dict[str, set[str]]:
        if column.path is None:
            return self._special(table, column)
        found: dict[str, set[str]] = defaultdict(set)
        query = f"SELECT DISTINCT ?s ?v WHERE {{ {table.rows} ?s {column.path} ?v . }}"
        for row in self.kg.select(query):
            value = row["v"]
            if column.kind == "label":
                value = self.labels.get(value, value)
            elif column.kind == "local":
                value = local_name(value)
            found[row["s"]].add(value)
        if column.kind in ("date", "other_dates"):
            # One date per cell; the others documents give go to other_dates.
            for node, dates in found.items():
                shown = {most_precise(sorted(dates))}
                found[node] = shown if column.kind == "date" else dates - shown
        return found

    def table(self, table: Table) -> list[list[str]]:
        nodes = sorted(
            {r["s"] for r in self.kg.select(f"SELECT DISTINCT ?s WHERE {{ {table.rows} }}")}
        )
        cells = [self._values(table, c) for c in table.columns]
        return [[s] + [SEP.join(sorted(col.get(s, ()))) for col in cells] for s in nodes]

    def evidence(self, facts: set[str]) -> list[list[str]]:
        # A curated fact's evidence is a curator's word (with a note and a source), no quote.
        rows = self.kg.select("""SELECT ?f ?doc ?start ?end ?quote ?curator ?note ?source WHERE {
            ?f kz:evidence ?ev .
            OPTIONAL { ?ev oa:exact ?quote } OPTIONAL { ?ev kz:document/kz:docId ?doc }
            OPTIONAL { ?ev oa:start ?start } OPTIONAL { ?ev oa:end ?end }
            OPTIONAL { ?ev kz:curator ?curator } OPTIONAL { ?ev rdfs:comment ?note }
            OPTIONAL { ?ev rdfs:seeAlso ?source }
            FILTER (BOUND(?quote) || BOUND(?curator)) }""")
        out = {
            (
                r["f"],
                r["doc"] or "",
                int(r["start"]) if r["start"] else None,
                int(r["end"]) if r["end"] else None,
                *(r[k] or "" for k in ("quote", "curator", "note", "source")),
            )
            for r in rows
            if r["f"] in facts
        }
        key = lambda row: (row[0], row[1], row[2] or 0, row[3] or 0, *row[4:])  # noqa: E731
        return [
            [f, d, "" if s is None else str(s), "" if e is None else str(e), *rest]
            for f, d, s, e, *rest in sorted(out, key=key)
        ]


def export_tables(kg: KnowledgeGraph, folder: str | Path) -> dict[str, int]:
    """Write the seven tables into `folder` (created if missing); returns rows per table."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise InputError(f"{target}: exists and is not a folder")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create {target}: {exc.strerror or exc}") from None
    exporter = _Exporter(kg)
    counts: dict[str, int] = {}
    facts: set[str] = set()
    for table in TABLES:
        rows = exporter.table(table)
        if table.name in _FACT_TABLES:
            facts.update(r[0] for r in rows)
        _write(target / f"{table.name}.csv", ["iri"] + [c.name for c in table.columns], rows)
        counts[table.name] = len(rows)
    evidence = exporter.evidence(facts)
    _write(target / "evidence.csv", list(EVIDENCE_HEADER), evidence)
    counts["evidence"] = len(evidence)
    return counts


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)  # RFC 4180: CRLF line ends, quotes doubled
        writer.writerow(header)
        writer.writerows(rows)
