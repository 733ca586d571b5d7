"""Each competency question's saved query returns what competency_questions.md says.

Run on the hand-made seed fixture always, and on graph/kzkg.trig once the
extraction step has built it (skipped, with the reason, while it is absent).
"""

from __future__ import annotations

import pytest

from kzkg.store import KnowledgeGraph

GRAPHS = ["kg", "built"]

# Answers the built graph does not yet contain, as {test name: reason}: tracked
# here, not hidden; such a test runs as a non-strict xfail on the built graph.
# None at present (Q6 and Q10 were closed by extraction).
EXTRACTION_GAPS: dict[str, str] = {}


@pytest.fixture(params=GRAPHS)
def graph(request: pytest.FixtureRequest) -> KnowledgeGraph:
    gap = EXTRACTION_GAPS.get(request.function.__name__)
    if request.param == "built" and gap:
        request.applymarker(pytest.mark.xfail(reason=f"extraction gap: {gap}", strict=False))
    return request.getfixturevalue(request.param)


def rows_with_evidence(kg: KnowledgeGraph, name: str, **params: str) -> list[dict]:
    rows = kg.query(name, **params)
    assert rows, f"{name} returned no rows"
    for row in rows:
        assert row["documents"], f"{name}: a row without its document: {row}"
        assert row["evidence"] and '"' in row["evidence"], f"{name}: a row without a quote: {row}"
    return rows


def has(values: object, *words: str) -> bool:
    text = " ".join(str(v) for v in values) if isinstance(values, list) else str(values)
    return all(w.casefold() in text.casefold() for w in words)


def column(rows: list[dict], name: str) -> list[str]:
    return [r[name] or "" for r in rows]


def test_q1_succession_to_the_security_council(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "succession", post="Security Council")
    holders = column(rows, "holderLabel")
    first = next(i for i, h in enumerate(holders) if has(h, "Nazarbayev"))
    then = next(i for i, h in enumerate(holders) if has(h, "Tokayev"))
    assert first < then
    assert has(rows[first]["successorLabel"], "Tokayev")


def test_q2_successor_as_head_of_state(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "head-of-state", person="Nazarbayev")
    assert any(
        has(r["successorLabel"], "Tokayev") and str(r["date"]).startswith("2019") for r in rows
    )


def test_q3_what_triggered_the_protests(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "protest-trigger")
    assert any(
        has(r["causeLabel"], "price")
        and str(r["protestDate"]).startswith("2022-01-02")
        and (has(r["places"], "Mangystau") or has(r["places"], "Zhanaozen"))
        for r in rows
    )


def test_q4_timeline_in_date_order_undated_last(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "timeline")
    dates = [r["date"] for r in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated)
    assert dates[: len(dated)] == dated, "an undated event came before a dated one"
    doubling = next(
        i for i, r in enumerate(rows) if has(r["label"], "price") and r["date"] == "2022-01-02"
    )
    speech = next(i for i, r in enumerate(rows) if str(r["date"]) == "2022-01-11")
    assert doubling < speech


def test_q5_what_tokayev_claimed(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "claims-by", actor="Tokaev")
    said = column(rows, "text") + column(rows, "evidence")
    assert has(said, "20,000")
    assert any(has(t, "terrorists") for t in column(rows, "evidence"))
    assert any(has(t, "reputation") for t in said)


def test_q6_foreign_actors(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "foreign-actors")
    actors = " ".join(column(rows, "actorLabel"))
    for name in (
        "Collective Security Treaty",
        "Russia",
        "Putin",
        "China",
        "Belarus",
        "United States",
        "United Nations",
        "Co-operation in Europe",
    ):
        assert name.casefold() in actors.casefold(), name
    how = {(r["actorLabel"], r["how"]) for r in rows}
    assert ("Collective Security Treaty Organization", "participant in") in how


def test_q7_facts_both_documents_report_and_one_only(
    graph: KnowledgeGraph, request: pytest.FixtureRequest
) -> None:
    rows = rows_with_evidence(graph, "shared-facts")
    # Undated events merge across documents only on a shared key argument (place
    # or participant, issue 14): the seeds both tell of the state of emergency,
    # buildings stormed, arrests and the internet shut down, but without a
    # shared date, place or participant, so in the built graph each stays one
    # fact per document. The example graph states them as shared facts.
    built = request.node.callspec.params["graph"] == "built"
    # A fact is recognised by its label or by the words of its evidence.
    both = [f"{r['label']} {r['evidence']}" for r in rows if int(r["sources"]) >= 2]
    one = [f"{r['label']} {r['evidence']}" for r in rows if int(r["sources"]) == 1]
    shared = [["gas"], ["Nazarbayev", "Security Council"]]
    if not built:
        shared += [["emergency"], ["storm"], ["arrest"], ["internet"]]
    else:
        shared += [["protest", "Almaty"]]
    for words in shared:
        assert any(has(label, *words) for label in both), words
    for words in (["180 days"], ["treason"]):
        assert any(has(label, *words) for label in one), words
    single = {r["label"] for r in rows_with_evidence(graph, "single-source-facts")}
    assert single == {r["label"] for r in rows if int(r["sources"]) == 1}


def test_q8_officials_who_lost_their_posts(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "officials-removed")
    officials = " ".join(column(rows, "officialLabel"))
    for name in ("Nazarbayev", "Masimov", "Government"):
        assert name in officials
    assert any(
        has(r["officialLabel"], "Nazarbayev") and has(r["postLabel"], "Security Council")
        for r in rows
    )


def test_q9_communications_restricted(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "communications-restricted")
    means = " ".join(column(rows, "meansLabel"))
    for name in ("Facebook", "VK", "Telegram"):
        assert name.casefold() in means.casefold(), name
    # Networks that are not entities of the graph are answered by the quotes.
    answer = means + " " + " ".join(column(rows, "evidence"))
    for words in ("mobile networks", "internet"):
        assert words in answer.casefold(), words


def test_q10_civil_society_demands(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "civil-society-demands")
    assert any(has(r["claimantLabel"], "Helsinki") and has(r["text"], "human rights") for r in rows)
    assert any(has(r["text"], "inquiry") and has(r["about"], "United Nations") for r in rows)
    assert "Civic Solidarity Platform" in column(rows, "claimantLabel")


def test_q11_connection_between_nazarbayev_and_tokayev(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "connection", **{"from": "Nazarbayev", "to": "Tokayev"})
    vias = column(rows, "viaLabel")
    assert any(has(v, "Security Council") for v in vias)
    assert any(has(v, "President") for v in vias)
    assert any(r["link"] == "holder / successor" for r in rows)


def test_q12_what_happened_in_almaty(graph: KnowledgeGraph) -> None:
    rows = rows_with_evidence(graph, "events-at-place", place="Almaty")
    said = column(rows, "label") + column(rows, "evidence")
    assert any(has(s, "protest") for s in said)
    assert any(has(s, "stormed") for s in said)
    assert any(has(s, "shops") for s in said)
