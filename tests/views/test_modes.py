"""The four modes pick the right nodes and edges."""

from __future__ import annotations

import pytest
from views_support import FIXTURES, NAZARBAYEV, SC_POST, SUCCESSION_RQ, TOKAYEV

from kzkg.errors import KzkgError
from kzkg.views import modes

KZR = "https://w3id.org/kzkg/id/"


def test_ego_resolves_aliases_and_limits_depth(seed_kg, seed_model):
    near = modes.ego(seed_kg, seed_model, "Tokaev", depth=1)
    assert near.focus == TOKAYEV
    assert set(near.graph.nodes) == {TOKAYEV} | set(
        seed_model.graph.to_undirected().neighbors(TOKAYEV)
    )
    assert NAZARBAYEV not in near.graph
    wider = modes.ego(seed_kg, seed_model, "Tokaev", depth=2)
    assert NAZARBAYEV in wider.graph and set(near.graph) < set(wider.graph)


def test_ego_with_unknown_label_lists_close_labels(seed_kg, seed_model):
    # The message lists the near misses (its wording belongs to KnowledgeGraph.resolve).
    with pytest.raises(KzkgError, match="no entity is labelled 'Tokayevv'.*Tokayev\\b"):
        modes.ego(seed_kg, seed_model, "Tokayevv")


def test_query_view_draws_succession_with_dates(seed_kg, seed_model):
    view = modes.query(seed_kg, seed_model, str(SUCCESSION_RQ), {})
    assert view.title == "kzkg: Succession in a post"
    edges = {(a, b, d["label"]) for a, b, d in view.graph.edges(data=True)}
    assert edges == {
        (NAZARBAYEV, SC_POST, "post (2022-01)"),
        (SC_POST, TOKAYEV, "successor (2022-01)"),
    }
    # Nodes keep the model's data, so the side panel still has quotes.
    assert view.graph.nodes[TOKAYEV]["evidence"]


def test_query_view_finds_nodes_by_their_label_columns(seed_kg, seed_model):
    # The saved succession query returns the holder's IRI but only the labels of
    # the post, predecessor and successor; the picture must be the same.
    view = modes.query(seed_kg, seed_model, str(FIXTURES / "succession_labels.rq"), {})
    edges = {(a, b, d["label"]) for a, b, d in view.graph.edges(data=True)}
    assert edges == {
        (NAZARBAYEV, SC_POST, "post (2022-01)"),
        (SC_POST, TOKAYEV, "successor (2022-01)"),
    }


def test_rows_are_ordered_in_time_with_the_post_between_holders(seed_model):
    president = "https://w3id.org/kzkg/id/post/president-of-kazakhstan"
    rows = [{"successor": TOKAYEV, "holder": NAZARBAYEV, "post": president, "end": "2019"}]
    view = modes.rows_view(seed_model, rows, "t")
    assert [(a, b) for a, b in view.graph.edges()] == [
        (NAZARBAYEV, president),
        (president, TOKAYEV),
    ]
    rows = [
        {"holderLabel": "Tokaev", "predecessorLabel": "Nazarbaev", "postLabel": "head of state"}
    ]
    view = modes.rows_view(seed_model, rows, "t")
    assert [(a, b) for a, b in view.graph.edges()] == [
        (NAZARBAYEV, president),
        (president, TOKAYEV),
    ]
    assert modes.rows_view(seed_model, [{"note": "Tokayev"}], "t").graph.number_of_nodes() == 0


def test_query_view_parameter_resolves_an_alias(seed_kg, seed_model):
    view = modes.query(seed_kg, seed_model, str(SUCCESSION_RQ), {"post": "head of state"})
    labels = {d["label"] for _, _, d in view.graph.edges(data=True)}
    assert labels == {"post (2019)", "successor (2019)"}


def test_query_view_uses_the_saved_query_api_when_present(seed_kg, seed_model, monkeypatch):
    calls = []

    def fake_query(name, **params):
        calls.append((name, params))
        return [
            {"predecessor": NAZARBAYEV, "post": SC_POST, "successor": TOKAYEV, "date": "2022-01"}
        ]

    class Saved:
        title = ""

    monkeypatch.setattr(seed_kg, "query", fake_query, raising=False)
    monkeypatch.setattr(seed_kg, "saved", lambda name: Saved(), raising=False)
    view = modes.query(seed_kg, seed_model, "succession", {"post": "x"})
    assert calls == [("succession", {"post": "x"})]
    assert view.graph.number_of_edges() == 2
    assert view.title == "kzkg: succession"

    Saved.title = "Succession to a post"
    assert modes.query(seed_kg, seed_model, "succession", {}).title == "kzkg: Succession to a post"


def test_unknown_query_parameter_is_refused(seed_kg, seed_model):
    with pytest.raises(KzkgError, match="unknown parameter"):
        modes.query(seed_kg, seed_model, str(SUCCESSION_RQ), {"person": "Tokayev"})


def test_claims_view_links_claimants_claims_and_topics(seed_model):
    view = modes.claims(seed_model)
    claim = KZR + "claim/tokayev-terrorists"
    assert view.graph.get_edge_data(TOKAYEV, claim)
    assert [d["label"] for d in view.graph.get_edge_data(TOKAYEV, claim).values()] == ["allegation"]
    about = [
        d["label"] for d in view.graph.get_edge_data(claim, KZR + "event/protests-almaty").values()
    ]
    assert about == ["about"]
    nhc = KZR + "organization/norwegian-helsinki-committee"
    assert [
        d["label"] for d in view.graph.get_edge_data(nhc, KZR + "claim/nhc-inquiry").values()
    ] == ["demand"]
    assert {d["category"] for _, d in view.graph.nodes(data=True)} == {
        "Claim",
        "Person",
        "Organization",
        "Event",
    }


def test_views_name_what_they_leave_out_for_search(seed_kg, seed_model):
    near = modes.ego(seed_kg, seed_model, "Tokaev", depth=1)
    assert "Nursultan Nazarbayev" in near.outside
    assert "Kassym-Jomart Tokayev" not in near.outside
    assert modes.overview(seed_model).outside == ()
