"""Each node's evidence for a view: all of it counted, only the quotes a page keeps read.

A fact retold by thousands of documents has thousands of quotes, and a page
shows 20 per node. Reading every quote (and its document, offsets, curator,
note and source) was most of a view's time on large graphs, so this reads
first, for every quote, only what the counts and the order need: the named
graph it is stated in (its document's graph, from the index, no lookup) and
its offsets. Then it reads the rest for the quotes each node keeps. The node
data is the same as reading everything: `quotes` counts distinct spans,
`documents` lists every document, `evidence` the first quotes in (document,
start, quote, curator) order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from kzkg.store import KnowledgeGraph
from kzkg.vocab import CURATED_GRAPH

# Per quote, what counting and ordering need: the graph it is stated in and its offsets.
_SPANS = """SELECT ?n ?ev ?g ?start ?end WHERE {
  GRAPH ?g { ?n kz:evidence ?ev }
  OPTIONAL { ?ev oa:start ?start } OPTIONAL { ?ev oa:end ?end }
}"""
# Which document each document's graph holds.
_GRAPHS = "SELECT ?g ?doc WHERE { GRAPH ?g { ?doc a kz:Document } }"
# The whole of the quotes kept (and of every curator's word: few, and told apart by
# its curator, not its offsets).
_DETAILS = """SELECT ?ev ?doc ?start ?end ?quote ?curator ?note ?source WHERE {{
  VALUES ?ev {{ {evidence} }}
  OPTIONAL {{ ?ev oa:exact ?quote }}
  OPTIONAL {{ ?ev kz:document ?doc }}
  OPTIONAL {{ ?ev oa:start ?start }} OPTIONAL {{ ?ev oa:end ?end }}
  OPTIONAL {{ ?ev kz:curator ?curator }}
  OPTIONAL {{ ?ev rdfs:comment ?note }} OPTIONAL {{ ?ev rdfs:seeAlso ?source }}
  FILTER(BOUND(?quote) || BOUND(?curator))
}}"""
_BATCH = 2000  # evidence IRIs per VALUES block

Row = tuple[Any, ...]  # (ev, doc, start, end, quote, curator, note, source)


def kept_evidence(
    kg: KnowledgeGraph,
    nodes: Any,
    doc_ids: dict[str, str],
    keep: int,
    order: Callable[[Row], Any],
) -> Iterator[tuple[str, int, set[str], list[Row]]]:
    """(node, distinct spans, document IRIs, its first `keep` rows in `order`) per
    node with evidence. `doc_ids` maps a document IRI to its id, the first part of
    the order; a row's span is (document, start, end), or its curator's word."""
    docs = {row["g"]: row["doc"] for row in kg.select(_GRAPHS)}
    curated = str(CURATED_GRAPH)
    spans: dict[str, dict[Any, tuple[str, int]]] = defaultdict(dict)
    words: dict[str, list[str]] = defaultdict(list)
    for n, ev, g, start, end in kg.sparql(_SPANS):
        node = n.value
        if node not in nodes:
            continue
        if g.value == curated or g.value not in docs:
            words[node].append(ev.value)
            continue
        at = int(start.value) if start is not None else 0
        span = (g.value, at, end.value if end is not None else None)
        spans[node].setdefault(span, (ev.value, at))
    wanted: set[str] = {ev for evs in words.values() for ev in evs}
    chosen: dict[str, list[str]] = {}
    for node, found in spans.items():
        chosen[node] = _candidates(found, docs, doc_ids, keep)
        wanted.update(chosen[node])
    details = _details(kg, sorted(wanted))
    for node in sorted(set(spans) | set(words)):
        rows = [details[ev] for ev in chosen.get(node, ()) if ev in details]
        mine = [details[ev] for ev in words.get(node, ()) if ev in details]
        # A curator's word is one span per curator and note, as the quotes are per offsets.
        unique = {(r[5], r[4]): r for r in sorted(mine, key=order)}
        rows = sorted(rows + list(unique.values()), key=order)
        documents = {docs[g] for g, _, _ in spans.get(node, {})}
        yield node, len(spans.get(node, {})) + len(unique), documents, rows[:keep]


def _candidates(
    found: dict[Any, tuple[str, int]], docs: dict[str, str], doc_ids: dict[str, str], keep: int
) -> list[str]:
    """The evidence that may be among a node's first `keep`: the first by (document
    id, start), and every one tied with the last of those (the quote breaks ties)."""
    ranked = sorted(
        ((doc_ids.get(docs[g], ""), at, ev) for (g, _, _), (ev, at) in found.items()),
        key=lambda item: (item[0], item[1]),
    )
    if len(ranked) <= keep:
        return [ev for _, _, ev in ranked]
    last = ranked[keep - 1][:2]
    return [ev for doc, at, ev in ranked if (doc, at) <= last]


def _details(kg: KnowledgeGraph, evidence: list[str]) -> dict[str, Row]:
    found: dict[str, Row] = {}
    for i in range(0, len(evidence), _BATCH):
        block = " ".join(f"<{ev}>" for ev in evidence[i : i + _BATCH])
        for row in kg.sparql(_DETAILS.format(evidence=block)):
            values = tuple(None if term is None else term.value for term in row)
            found.setdefault(values[0], values)
    return found
