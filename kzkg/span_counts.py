"""How many distinct quoted spans each node has in each document's graph.

A view counts every node's evidence but reads only the quotes it shows. The
count is per node and graph: a span is its offsets in the graph's document (two
extractors may cite the same one). On a graph of 10,000 documents this count,
two offset lookups for each of a million quotes, was half of a view's time, so
the on-disk store computes it once when it is built (kzkg/diskstore.py) and
saves it beside the label index; an in-memory graph counts on each view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzkg.store import KnowledgeGraph

# One row per node, its graphs and their counts as "graph count graph count ...":
# half a million rows of three terms each cost more to hand to Python than their
# text (IRIs hold no space).
SPANS = """SELECT ?n (GROUP_CONCAT(CONCAT(STR(?g), " ", STR(?spans)); separator=" ") AS ?counts)
WHERE {
  SELECT ?n ?g (COUNT(*) AS ?spans) WHERE {
    SELECT DISTINCT ?n ?g ?start ?end WHERE {
      GRAPH ?g { ?n kz:evidence ?ev }
      OPTIONAL { ?ev oa:start ?start } OPTIONAL { ?ev oa:end ?end }
    }
  } GROUP BY ?n ?g
} GROUP BY ?n"""


def count_spans(kg: KnowledgeGraph) -> dict[str, str]:
    """Node IRI -> "graph count graph count ...", for every node with evidence."""
    return {n.value: counts.value for n, counts in kg.sparql(SPANS)}


def parse_counts(counts: str) -> list[tuple[str, int]]:
    """ "graph count graph count ..." -> [(graph, count), ...]."""
    parts = counts.split(" ")
    return [(g, int(c)) for g, c in zip(parts[::2], parts[1::2], strict=True)]
