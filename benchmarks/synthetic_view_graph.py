"""A synthetic graph in the shape `kzkg build` emits, of any size, for benchmarks.

Persons, organizations, places and posts in the resolution graph; tenures with
predecessors, events with agents, places and causes, and claims about events,
each with evidence, spread over a few documents. Seeded: same size, same file.

    python benchmarks/synthetic_view_graph.py 5000 benchmarks/out/synthetic-5000.trig
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SHARES = {"person": 0.2, "organization": 0.05, "place": 0.05, "post": 0.05,
          "tenure": 0.2, "event": 0.3, "claim": 0.15}  # fmt: skip
EVENT_TYPES = ["Protest", "Riot", "Arrest", "PriceIncrease", "Dismissal", "Speech", "UseOfForce"]
PREFIXES = """@prefix kz: <https://w3id.org/kzkg/ontology#> .
@prefix kzr: <https://w3id.org/kzkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
"""


def _counts(nodes: int) -> dict[str, int]:
    return {kind: max(1, round(nodes * share)) for kind, share in SHARES.items()}


def synthetic_trig(nodes: int, documents: int = 8, seed: int = 1) -> str:
    rng = random.Random(seed)
    n = _counts(nodes)
    ids = {kind: [f"kzr:{kind}\\/{kind}-{i}" for i in range(count)] for kind, count in n.items()}
    out = [PREFIXES, "kzr:graph\\/resolution {"]
    cls = {"person": "Person", "organization": "Organization", "place": "City", "post": "Post"}
    for kind in ("person", "organization", "place", "post"):
        for i, iri in enumerate(ids[kind]):
            out.append(f'  {iri} a kz:{cls[kind]} ; rdfs:label "{kind.title()} {i}" ;')
            out.append(f'    skos:altLabel "{kind[:3]}{i}" .')
    for iri in ids["post"]:
        out.append(f"  {iri} kz:postIn {rng.choice(ids['organization'])} .")
    out.append("}")
    facts: list[list[str]] = [[] for _ in range(documents)]
    actors = ids["person"] + ids["organization"]
    for i, iri in enumerate(ids["tenure"]):
        holder, before = rng.sample(ids["person"], 2)
        facts[i % documents].append(
            f'  {iri} a kz:Tenure ; rdfs:label "tenure {i}" ; kz:holder {holder} ; '
            f"kz:post {rng.choice(ids['post'])} ; kz:predecessor {before} ; "
            f'kz:startDate "20{10 + i % 12}"^^xsd:gYear'
        )
    for i, iri in enumerate(ids["event"]):
        line = (
            f'  {iri} a kz:{rng.choice(EVENT_TYPES)} ; rdfs:label "event {i}" ; '
            f"kz:agent {rng.choice(actors)} ; kz:place {rng.choice(ids['place'])} ; "
            f'kz:date "2022-01-{1 + i % 28:02d}"^^xsd:date'
        )
        if i and rng.random() < 0.3:
            line += f" ; kz:causes {ids['event'][rng.randrange(i)]}"
        facts[i % documents].append(line)
    for i, iri in enumerate(ids["claim"]):
        facts[i % documents].append(
            f'  {iri} a kz:Claim ; rdfs:label "claim {i}" ; kz:claimant {rng.choice(actors)} ; '
            f'kz:claimType kz:statement ; kz:claimText "claim text {i}" ; '
            f"kz:about {rng.choice(ids['event'])}"
        )
    for d, lines in enumerate(facts):
        out.append(f"kzr:graph\\/document\\/doc-{d} {{")
        out.append(
            f'  kzr:document\\/doc-{d} a kz:Document ; kz:docId "doc-{d}" ; '
            f'kz:title "Synthetic document {d}" ; kz:published "2022-01"^^xsd:gYearMonth .'
        )
        for j, line in enumerate(lines):
            ev = f"kzr:evidence\\/doc-{d}\\/{j}"
            out.append(f"{line} ; kz:evidence {ev} .")
            out.append(
                f"  {ev} a kz:Evidence ; kz:document kzr:document\\/doc-{d} ; "
                f'oa:start {j * 100} ; oa:end {j * 100 + 40} ; oa:exact "sentence {j} of doc {d}" .'
            )
        out.append("}")
    return "\n".join(out) + "\n"


def write_synthetic(path: str | Path, nodes: int, seed: int = 1) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(synthetic_trig(nodes, seed=seed), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write_synthetic(sys.argv[2], int(sys.argv[1])))
