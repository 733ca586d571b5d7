"""Score the seed build against ../shared/eval/gold_seeds.yaml with `kzkg evaluate`'s
library (kzkg/evaluate/): recall per kind, wrong extracted facts, and evidence
quotes equal to the body span."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.evaluate import Evaluation, evaluate
from kzkg.evaluate.report import as_table

ROOT = Path(__file__).resolve().parents[2]
# The hand-checked facts of the seed documents, kept with the tests so that a
# clean clone scores itself; the team's master copy lives in ../shared/eval/.
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold_seeds.yaml"
SHARED_GOLD = next(
    (
        d / "shared" / "eval" / "gold_seeds.yaml"
        for d in ROOT.parents
        if (d / "shared" / "eval" / "gold_seeds.yaml").is_file()
    ),
    None,
)
THRESHOLDS = {"entities": 32, "roles": 8, "events": 17, "claims": 12, "statistics": 4}
# Found with every argument the gold gives agreeing (tenure dates, event places ...).
COMPLETE = {"roles": 9, "events": 19, "claims": 13, "statistics": 5}


@pytest.mark.skipif(SHARED_GOLD is None, reason="no ../shared/eval/ beside this checkout")
def test_gold_fixture_is_the_shared_copy() -> None:
    assert SHARED_GOLD is not None
    assert GOLD.read_bytes() == SHARED_GOLD.read_bytes(), f"copy {SHARED_GOLD} to {GOLD}"


@pytest.fixture(scope="module")
def scored(seed_build: Path) -> Evaluation:
    return evaluate(GOLD, corpus=ROOT / "graph" / "corpus", graph_file=seed_build)


def test_gold_recall_and_precision(scored: Evaluation) -> None:
    print("\n" + as_table(scored, misses=True))
    recall = scored.recall()
    for kind, need in THRESHOLDS.items():
        assert recall[kind][0] >= need, f"{kind}: {recall[kind]} < {need}"
    # A wrong agent or a claim credited to the wrong person is worse than a missing one.
    wrong_claims = [(j.fact.label, j.why) for j in scored.kinds["claims"].wrong]
    assert not wrong_claims, wrong_claims
    wrong_events = [(j.fact.label, j.why) for j in scored.kinds["events"].wrong]
    assert len(wrong_events) <= 1, wrong_events


def test_gold_facts_complete(scored: Evaluation) -> None:
    got = {kind: len(scored.kinds[kind].complete) for kind in COMPLETE}
    low = {k: f"{got[k]} < {need}" for k, need in COMPLETE.items() if got[k] < need}
    assert not low, [(g.name, why) for k in low for g, why in scored.kinds[k].incomplete]


def test_every_evidence_quote_is_the_body_span(scored: Evaluation) -> None:
    assert scored.quotes_checked
    assert scored.quotes_wrong == 0
