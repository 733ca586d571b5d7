"""A synthetic graph shaped like kzkg's, of any size, for the query benchmark.

The seed fixture (real labels: Tokayev, the Security Council, Almaty) comes
first, so the saved queries' defaults resolve; then random documents,
entities, tenure chains, events, claims and statistics in the contract's
shape: one named graph per document, entities in the resolution graph,
evidence with offsets and quotes for every fact.

    python benchmarks/synthetic_graph.py 100000 /tmp/synthetic-100k.nq
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

KZ = "https://w3id.org/kzkg/ontology#"
KZR = "https://w3id.org/kzkg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SEED = Path(__file__).resolve().parents[1] / "tests" / "query" / "fixtures" / "seed.trig"
EVENTS = [
    "Protest",
    "Riot",
    "Arrest",
    "PriceIncrease",
    "PriceFreeze",
    "Dismissal",
    "Resignation",
    "Succession",
    "StateOfEmergency",
    "CommunicationsShutdown",
    "RequestForAssistance",
    "MilitaryDeployment",
    "Withdrawal",
    "Order",
    "Speech",
    "UseOfForce",
    "Accusation",
]
CLAIM_TYPES = ["statement", "allegation", "demand", "forecast", "denial", "explanation"]
TRIPLES_PER_FACT = 17  # measured average, evidence included


def lit(text: str, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"^^<{XSD}{datatype}>" if datatype else "")


def random_date(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.25:
        return None
    day = rng.randint(1, 28)
    month = rng.randint(1, 12)
    year = rng.choice([2019, 2020, 2021, 2022, 2022, 2022])
    if roll < 0.35:
        return lit(str(year), "gYear")
    if roll < 0.5:
        return lit(f"{year}-{month:02d}", "gYearMonth")
    return lit(f"{year}-{month:02d}-{day:02d}", "date")


def generate(triples: int, out: Path, seed: int = 7) -> int:
    """Write about `triples` triples of synthetic data plus the seed fixture as N-Quads."""
    import pyoxigraph as ox

    rng = random.Random(seed)
    lines: list[str] = [str(q) + " .\n" for q in ox.parse(path=str(SEED), format=ox.RdfFormat.TRIG)]
    facts = max(triples // TRIPLES_PER_FACT, 10)
    n_docs, n_entities = max(facts // 40, 2), max(facts // 8, 20)
    res = f"<{KZR}graph/resolution>"

    def q(s: str, p: str, o: str, g: str) -> None:
        lines.append(f"{s} <{p}> {o} {g} .\n")

    kinds = ["person"] * 5 + ["organization"] * 2 + ["group", "place", "post"]
    cls = {
        "person": "Person",
        "organization": "Organization",
        "group": "Group",
        "place": "City",
        "post": "Post",
    }
    ents: dict[str, list[str]] = {k: [] for k in cls}
    for i in range(n_entities):
        kind = kinds[i % len(kinds)]
        iri = f"<{KZR}{kind}/synthetic-{kind}-{i}>"
        ents[kind].append(iri)
        q(iri, RDF_TYPE, f"<{KZ}{cls[kind]}>", res)
        q(iri, LABEL, lit(f"Synthetic {kind} {i}"), res)
        q(iri, ALT, lit(f"{kind[:3]}{i}"), res)
        if kind == "place" and len(ents["place"]) > 1:
            q(iri, f"{KZ}locatedIn", rng.choice(ents["place"][:-1]), res)
        if kind == "post" and ents["organization"]:
            q(iri, f"{KZ}postIn", rng.choice(ents["organization"]), res)
    docs = [f"synthetic-{d}" for d in range(n_docs)]
    for d in docs:
        g = f"<{KZR}graph/document/{d}>"
        doc = f"<{KZR}document/{d}>"
        q(doc, RDF_TYPE, f"<{KZ}Document>", g)
        q(doc, f"{KZ}docId", lit(d), g)
        q(doc, f"{KZ}title", lit(f"Synthetic report {d}"), g)
    actors = ents["person"] + ents["organization"] + ents["group"]
    holders: dict[str, str] = {}
    for f in range(facts):
        roll = rng.random()
        sources = rng.sample(docs, k=min(len(docs), rng.choice([1, 1, 1, 2, 3])))
        for d in sources:
            g = f"<{KZR}graph/document/{d}>"
            if roll < 0.15:
                iri = f"<{KZR}tenure/s{f}>"
                post = rng.choice(ents["post"])
                holder = rng.choice(ents["person"])
                q(iri, RDF_TYPE, f"<{KZ}Tenure>", g)
                q(iri, f"{KZ}holder", holder, g)
                q(iri, f"{KZ}post", post, g)
                if post in holders:
                    q(iri, f"{KZ}predecessor", holders[post], g)
                date = random_date(rng)
                if date:
                    q(iri, f"{KZ}startDate", date, g)
            elif roll < 0.7:
                iri = f"<{KZR}event/s{f}>"
                q(iri, RDF_TYPE, f"<{KZ}{rng.choice(EVENTS)}>", g)
                q(iri, f"{KZ}agent", rng.choice(actors), g)
                q(iri, f"{KZ}target", rng.choice(actors), g)
                q(iri, f"{KZ}place", rng.choice(ents["place"]), g)
                date = random_date(rng)
                if date:
                    q(iri, f"{KZ}date", date, g)
            else:
                iri = f"<{KZR}claim/s{f}>"
                q(iri, RDF_TYPE, f"<{KZ}Claim>", g)
                q(iri, f"{KZ}claimant", rng.choice(actors), g)
                q(iri, f"{KZ}claimType", f"<{KZ}{rng.choice(CLAIM_TYPES)}>", g)
                q(iri, f"{KZ}claimText", lit(f"synthetic claim {f}"), g)
                q(iri, f"{KZ}about", rng.choice(actors), g)
            q(iri, LABEL, lit(f"synthetic fact {f}"), g)
            start = rng.randint(0, 50_000)
            ev = f"<{KZR}evidence/{d}/{start}-{start + 40}-s{f}>"
            q(iri, f"{KZ}evidence", ev, g)
            q(ev, RDF_TYPE, f"<{KZ}Evidence>", g)
            q(ev, f"{KZ}document", f"<{KZR}document/{d}>", g)
            q(ev, f"{OA}start", lit(str(start), "integer"), g)
            q(ev, f"{OA}end", lit(str(start + 40), "integer"), g)
            q(ev, f"{OA}exact", lit(f"quote {f} from {d}"), g)
        if roll < 0.15:
            holders[post] = holder
    out.write_text("".join(lines), encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"/tmp/kzkg-synthetic-{size}.nq")
    print(f"wrote {generate(size, target)} quads to {target}")
