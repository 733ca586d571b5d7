"""Paths and centrality on the view model."""

from __future__ import annotations

import networkx as nx
import pytest
from views_support import FIXTURES, NAZARBAYEV, TOKAYEV

from kzkg.analytics import (
    EXACT_BETWEENNESS_MAX,
    centrality,
    find_paths,
    format_centrality,
    format_paths,
)
from kzkg.errors import InputError
from kzkg.store import KnowledgeGraph
from kzkg.views.model import GraphModel, load_model

KZR = "https://w3id.org/kzkg/id/"


def test_paths_come_shortest_first_and_stop_at_the_limit(seed_model):
    paths = find_paths(seed_model, NAZARBAYEV, TOKAYEV, max_length=4, limit=5)
    assert len(paths) == 5
    lengths = [len(p.steps) for p in paths]
    assert lengths == sorted(lengths) and lengths[0] == 2
    first = paths[0]
    assert first.nodes[0] == NAZARBAYEV and first.nodes[-1] == TOKAYEV
    # Every step between a tenure and a person names the tenure's role.
    assert all(step.links for step in first.steps)


def test_paths_refuse_one_actor_twice(seed_model):
    with pytest.raises(InputError, match="two different actors"):
        find_paths(seed_model, TOKAYEV, TOKAYEV)


def test_large_graphs_get_sampled_betweenness():
    g = nx.MultiDiGraph()
    n = EXACT_BETWEENNESS_MAX + 100
    for i in range(n):
        g.add_node(i, label=f"n{i}", type_label="person", kind="entity")
    nx.add_path(g, range(n), label="knows")
    rows = centrality(GraphModel(g), top=3)
    assert rows[0]["approximate"] is True
    # The middle of a path lies between the most pairs.
    assert abs(rows[0]["iri"] - n // 2) < n // 10
    assert "estimated from a sample" in format_centrality(rows)


def test_a_path_through_a_curated_fact_shows_the_curator():
    model = load_model(KnowledgeGraph.open(FIXTURES / "provenance.trig"))
    smailov, post = KZR + "person/smailov", KZR + "post/prime-minister"
    text = format_paths(model, find_paths(model, smailov, post, max_length=2))
    assert (
        "curated by kzkg curation team: Approved by parliament on 11 January 2022."
        " [https://example.org/smailov]"
    ) in text
