"""Denials and rebuttals found with what they dispute by the saved query
`contradicting-claims`, on a corpus written for this test."""

from __future__ import annotations

from pathlib import Path

from kzkg.build import build
from kzkg.extract.pipeline import Extractor
from kzkg.store import KnowledgeGraph

ARTICLE = """---
id: rebuttal-test
title: A test article
publisher: Example News
date: 2022-01-20
---
Tokayev claimed that foreign fighters had stormed the airport in Almaty.

There is no evidence for Tokayev's claim that foreign fighters stormed the airport.

Officials insisted the unrest was organised from abroad, a claim rejected by rights groups.

The Interior Ministry said 20,000 bandits had attacked Almaty. Amnesty International
dismissed these claims.
"""


def test_contradicting_claims_pairs_a_rebuttal_with_the_claim(
    extractor: Extractor, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "kzkg.trig"
    build(corpus, out, warn=lambda _: None, extractor=extractor)
    rows = KnowledgeGraph.open(out).query("contradicting-claims")
    pairs = {(r["claimantLabel"], str(r.get("otherLabel"))) for r in rows}
    assert any(
        who == "Example News" and "Kassym-Jomart Tokayev" in other for who, other in pairs
    ), pairs
    assert any(who == "rights groups" and "officials" in other for who, other in pairs), pairs
    assert any(
        who == "Amnesty International" and "Ministry of Internal Affairs" in other
        for who, other in pairs
    ), pairs
