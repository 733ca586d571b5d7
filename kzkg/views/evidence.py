"""Each node's evidence for a view: all of it counted, only the quotes a page keeps read.

A fact retold by thousands of documents has thousands of quotes, and a page
shows 20 per node. Reading every quote (and its document, offsets, curator,
note and source) was most of a view's time on large graphs, so this counts
first, per node and document graph, its distinct spans (kzkg/span_counts.py:
saved with an on-disk store, else the offsets, two lookups a quote). The
documents in id order then tell which of them hold a node's first quotes, and
only their quotes are read whole. The node data is the same as reading
everything: `quotes` counts distinct spans, `documents` lists every document,
`evidence` the first quotes in (document, start, quote, curator) order.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from kzkg.span_counts import parse_counts
from kzkg.store import KnowledgeGraph

# Which document each document's graph holds.
_GRAPHS = "SELECT ?g ?doc WHERE { GRAPH ?g { ?doc a kz:Document } }"
# The whole of the quotes of some nodes in some graphs (a curator's word has no
# document's graph, and is read whole: few, and told apart by its curator).
_DETAILS = """SELECT ?n ?doc ?start ?end ?quote ?curator ?note ?source WHERE {{
  VALUES (?n ?g) {{ {pairs} }}
  GRAPH ?g {{ ?n kz:evidence ?ev }}
  OPTIONAL {{ ?ev oa:exact ?quote }}
  OPTIONAL {{ ?ev kz:document ?doc }}
  OPTIONAL {{ ?ev oa:start ?start }} OPTIONAL {{ ?ev oa:end ?end }}
  OPTIONAL {{ ?ev kz:curator ?curator }}
  OPTIONAL {{ ?ev rdfs:comment ?note }} OPTIONAL {{ ?ev rdfs:seeAlso ?source }}
  FILTER(BOUND(?quote) || BOUND(?curator))
}}"""
_BATCH = 1000  # (node, graph) pairs per VALUES block

Row = tuple[Any, ...]  # (doc, start, end, quote, curator, note, source)


def kept_evidence(
    kg: KnowledgeGraph,
    nodes: Any,
    doc_ids: dict[str, str],
    keep: int,
    order: Callable[[Row], Any],
) -> Iterator[tuple[str, int, set[str], list[Row]]]:
    """(node, distinct spans, document IRIs, its first `keep` rows in `order`) per
    node with evidence. `doc_ids` maps a document IRI to its id, the first part of
    the order; a span is (document, start, end, quote, curator)."""
    docs = {row["g"]: row["doc"] for row in kg.select(_GRAPHS)}
    counts: dict[str, dict[str, int]] = defaultdict(dict)  # node -> document graph -> spans
    whole: set[tuple[str, str]] = set()  # (node, graph) read whole: not a document's
    for node, found in kg.span_counts().items():
        if node not in nodes:
            continue
        mine = counts[node]
        for graph, spans in parse_counts(found):
            if graph in docs:
                mine[graph] = spans
            else:
                whole.add((node, graph))
    # Each graph's place in the order once, not once per node that has it.
    rank = {g: (doc_ids.get(doc, ""), g) for g, doc in docs.items()}
    wanted = set(whole)
    for node, graphs in counts.items():
        wanted.update((node, g) for g in _first_graphs(graphs, rank, keep))
    read = _details(kg, sorted(wanted))
    for node in sorted(set(counts) | {n for n, _ in whole}):
        unique = {(r[0], r[1], r[2], r[3], r[4]): r for r in read.get(node, ())}
        rows = sorted(unique.values(), key=order)
        words = sum(1 for r in unique.values() if r[0] is None or r[0] not in doc_ids)
        documents = {docs[g] for g in counts.get(node, {})}
        yield node, sum(counts.get(node, {}).values()) + words, documents, rows[:keep]


def _first_graphs(graphs: dict[str, int], rank: dict[str, tuple[str, str]], keep: int) -> list[str]:
    """The document graphs that hold a node's first `keep` spans: its documents in
    id order (`rank`), up to the one that brings the count to `keep`."""
    taken, total = [], 0
    # Every graph holds a span at least, so no more than `keep` of them are taken.
    for g in heapq.nsmallest(keep, graphs, key=rank.__getitem__):
        if total >= keep:
            break
        taken.append(g)
        total += graphs[g]
    return taken


def _details(kg: KnowledgeGraph, pairs: list[tuple[str, str]]) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = defaultdict(list)
    for i in range(0, len(pairs), _BATCH):
        block = " ".join(f"(<{n}> <{g}>)" for n, g in pairs[i : i + _BATCH])
        for row in kg.sparql(_DETAILS.format(pairs=block)):
            n, *values = (None if term is None else term.value for term in row)
            if n is not None:  # the node is bound in every row (VALUES)
                found[n].append(tuple(values))
    return found
