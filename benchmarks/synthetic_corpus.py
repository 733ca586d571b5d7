"""Generate a reproducible synthetic corpus with a known answer key, and score a build of it.

Documents are in the corpus format (YAML front matter, then a body). Their
names, places, groups, posts, event triggers and reporting verbs are drawn
from the curators' lexicons (ontology/lexicon/*.yaml through kzkg.lexicon),
so the text exercises what extraction knows; dates come in many formats
("5 January", "Jan. 5, 2022", "the 5th of January", "2022-01-05",
"Wednesday" against the document date). Every fact-bearing sentence goes into
the answer key (`<out>.answer_key.json`), and `score` reports how many of the
key's events and claims a built graph holds.

    python benchmarks/synthetic_corpus.py 1000 /tmp/corpus --seed 7 --words 500
    python benchmarks/synthetic_corpus.py --score /tmp/corpus.answer_key.json graph.trig
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzkg.lexicon import Lexicon, load_lexicon
from kzkg.vocab import KZ, document_graph, entity_iri

ROOT = Path(__file__).resolve().parents[1]
YEAR, MONTH = 2022, 1
# Reporting verbs that read well before a "that" clause; the lexicon says which
# claim type each one gives.
THAT_VERBS = {
    "say",
    "state",
    "declare",
    "announce",
    "add",
    "note",
    "stress",
    "write",
    "believe",
    "argue",
    "insist",
    "confirm",
    "assert",
    "maintain",
    "acknowledge",
    "admit",
    "claim",
    "allege",
    "warn",
    "predict",
    "fear",
    "deny",
    "explain",
    "think",
    "emphasise",
}
IRREGULAR = {
    "say": "said",
    "write": "wrote",
    "think": "thought",
    "set fire": "set fire",
    "send": "sent",
    "round up": "rounded up",
    "seize": "seized",
    "fear": "feared",
    "set ablaze": "set ablaze",
    "storm": "stormed",
    "burn": "burned",
    "deny": "denied",
    "oust": "ousted",
    "admit": "admitted",
    "sack": "sacked",
    "loot": "looted",
    "ransack": "ransacked",
}
CONTENTS = [
    "the unrest had been organised from abroad",
    "order would be restored within days",
    "foreign fighters had taken part in the violence",
    "the price of gas would be reviewed",
    "the detained protesters had been treated fairly",
    "the authorities had lost control",
    "terrorists had attacked government buildings",
    "the crisis was caused by corruption",
]
BUILDINGS = [
    "the akimat",
    "the mayor's office",
    "the airport",
    "government buildings",
    "the regional administration",
    "police stations",
]
FILLER = [
    "Residents of {city} said the situation had been difficult for months.",
    "Shops in {city} stayed closed and queues formed at petrol stations.",
    "The events drew attention from governments across {region}.",
    "Observers in {city} described the week as the worst crisis since independence.",
    "Many families in {city} waited for news of relatives.",
    "Inflation and corruption were widely discussed in {city}.",
]


@dataclass
class Pools:
    persons: list[tuple[str, list[str]]]
    cities: list[str]
    regions: list[str]
    president: tuple[str, list[str]]
    officials: list[tuple[str, str]]  # (holder label, post title)
    triggers: dict[str, list[str]]  # event class -> single-word verb lemmas
    nouns: dict[str, list[str]]  # event class -> noun phrases
    verbs: dict[str, str]  # reporting verb lemma -> claim type
    groups: dict[str, list[str]]  # group label -> aliases

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> Pools:
        def names(entry: Any) -> list[str]:
            return [entry.label, *[a for a in entry.aliases if a[:1].isupper()]]

        persons = [(e.label, names(e)) for e in lex.entities if e.type == "Person"]
        president = next(p for p in persons if p[0] == _holder(lex, "President of Kazakhstan"))
        month = f"{YEAR:04d}-{MONTH:02d}"
        officials = [
            (h.holder, p.label)
            for p in lex.posts
            for h in p.holders
            if p.in_
            and "Kazakhstan" in p.in_
            and h.holder != president[0]
            and (h.end is None or h.end.iso() >= month)
            and (h.start is None or h.start.iso() < month)
        ]
        inside = {"Kazakhstan"} | {e.label for e in lex.entities if e.located_in == "Kazakhstan"}
        triggers: dict[str, list[str]] = {}
        nouns: dict[str, list[str]] = {}
        for t in lex.triggers:
            for word in t.words:
                if "VERB" in t.pos or not t.pos:
                    triggers.setdefault(t.cls, []).append(word)
                if "NOUN" in t.pos or " " in word:
                    nouns.setdefault(t.cls, []).append(word)
        return cls(
            persons=persons,
            cities=[e.label for e in lex.entities if e.type == "City" and e.located_in in inside],
            regions=[e.label for e in lex.entities if e.type == "Region"],
            president=president,
            officials=officials,
            triggers=triggers,
            nouns=nouns,
            verbs={v: t for v, t in lex.claim_verbs.items() if v in THAT_VERBS},
            groups={
                e.label: [a for a in e.aliases if " " not in a or a.islower()]
                for e in lex.entities
                if e.type == "Group"
            },
        )


def _holder(lex: Lexicon, post: str) -> str:
    entry = next(p for p in lex.posts if p.label == post)
    return entry.holders[-1].holder


def past(verb: str) -> str:
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    if verb.endswith("p") and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        return verb + "ped"
    return verb + "ed"


@dataclass
class Doc:
    doc_id: str
    date: dt.date
    sentences: list[str] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)


def date_phrase(rng: random.Random, doc: Doc) -> tuple[str, str]:
    """(phrase, ISO date) for a day before the document's date, in one of many formats."""
    day = dt.date(YEAR, MONTH, rng.randint(2, min(11, doc.date.day - 1)))
    d, name = day.day, "January"
    ordinal = f"{d}{'th' if 4 <= d <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"
    forms = [
        f"on {d} {name}",
        f"on {name} {d}",
        f"on {d} Jan {YEAR}",
        f"on Jan. {d}, {YEAR}",
        f"on {name} {ordinal}",
        f"on the {ordinal} of {name}",
        f"on {day.isoformat()}",
        f"on {d} {name} {YEAR}",
        f"on {name} {d}, {YEAR}",
    ]
    if (doc.date - day).days < 7:
        forms.append(f"on {day.strftime('%A')}")  # resolved against the document date
    return rng.choice(forms), day.isoformat()


def _event(doc: Doc, sentence: str, cls: str, **fields: Any) -> None:
    doc.sentences.append(sentence)
    doc.facts.append({"kind": "event", "class": cls, **fields, "quote": sentence})


def protest(rng: random.Random, p: Pools, doc: Doc) -> None:
    city, (when, iso) = rng.choice(p.cities), date_phrase(rng, doc)
    who = rng.choice(p.groups.get("protesters", ["protesters"]))
    verb = rng.choice(
        [v for v in p.triggers["Protest"] if v in ("protest", "rally", "demonstrate")]
    )
    noun = rng.choice([n for n in p.nouns["Protest"] if n in ("protest", "demonstration", "rally")])
    sentence = rng.choice(
        [
            f"{who.capitalize()} {past(verb)} in {city} {when}.",
            f"A large {noun} took place in {city} {when}.",
            f"{when[3:].capitalize()}, thousands of people held a {noun} in {city}.",
        ]
    )
    _event(doc, sentence, "Protest", place=["place", city], date=iso)


def riot(rng: random.Random, p: Pools, doc: Doc) -> None:
    city, (when, iso) = rng.choice(p.cities), date_phrase(rng, doc)
    verb = rng.choice(
        [v for v in p.triggers["Riot"] if " " not in v and v in IRREGULAR | {"torch": ""}]
    )
    sentence = f"Rioters {past(verb)} {rng.choice(BUILDINGS)} in {city} {when}."
    _event(doc, sentence, "Riot", place=["place", city], date=iso)


def arrest(rng: random.Random, p: Pools, doc: Doc) -> None:
    city, (when, iso) = rng.choice(p.cities), date_phrase(rng, doc)
    verb = rng.choice([v for v in p.triggers["Arrest"] if v in ("arrest", "detain", "round up")])
    police = rng.choice(p.groups.get("police", ["police"]))
    sentence = f"{police.capitalize()} {past(verb)} {rng.randint(12, 900)} people in {city} {when}."
    _event(doc, sentence, "Arrest", place=["place", city], date=iso)


def emergency(rng: random.Random, p: Pools, doc: Doc) -> None:
    city, (when, iso) = rng.choice(p.cities), date_phrase(rng, doc)
    noun = rng.choice(
        [n for n in p.nouns["StateOfEmergency"] if n in ("state of emergency", "curfew")]
    )
    sentence = f"{rng.choice(p.president[1])} declared a {noun} in {city} {when}."
    _event(doc, sentence, "StateOfEmergency", agent=["person", p.president[0]], date=iso)


def dismissal(rng: random.Random, p: Pools, doc: Doc) -> None:
    holder, post = rng.choice(p.officials)
    verb = rng.choice([v for v in p.triggers["Dismissal"] if v in ("dismiss", "sack", "oust")])
    sentence = f"{rng.choice(p.president[1])} {past(verb)} {holder}, the {post}."
    _event(doc, sentence, "Dismissal", agent=["person", p.president[0]], target=["person", holder])


def claim(rng: random.Random, p: Pools, doc: Doc) -> None:
    label, names = rng.choice(p.persons)
    verb = rng.choice(sorted(p.verbs))
    sentence = f"{rng.choice(names)} {past(verb)} that {rng.choice(CONTENTS)}."
    doc.sentences.append(sentence)
    doc.facts.append(
        {
            "kind": "claim",
            "class": "Claim",
            "claimant": ["person", label],
            "type": p.verbs[verb],
            "quote": sentence,
        }
    )


GENERATORS = [protest, riot, arrest, emergency, dismissal, claim, claim]


def make_document(index: int, rng: random.Random, pools: Pools, words: int) -> Doc:
    doc = Doc(f"synthetic-{index:06d}", dt.date(YEAR, MONTH, rng.randint(12, 28)))
    count = 0
    while count < words:
        if rng.random() < 0.4:
            rng.choice(GENERATORS)(rng, pools, doc)
        else:
            doc.sentences.append(
                rng.choice(FILLER).format(
                    city=rng.choice(pools.cities), region=rng.choice(pools.regions)
                )
            )
        count += len(doc.sentences[-1].split())
    return doc


def render(doc: Doc) -> str:
    paragraphs = [" ".join(doc.sentences[i : i + 5]) for i in range(0, len(doc.sentences), 5)]
    meta = (
        f"---\nid: {doc.doc_id}\ntitle: Synthetic report {doc.doc_id}\n"
        f"authors: [Synthetic Desk]\npublisher: Synthetic News\ndate: {doc.date.isoformat()}\n"
        f"url: https://example.org/{doc.doc_id}\nkind: news\n---\n"
    )
    return meta + "\n\n".join(paragraphs) + "\n"


def generate(
    count: int, out: Path, seed: int = 7, words: int = 500, lexicon: Lexicon | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Write `count` documents into `out` and return (and write) the answer key."""
    lex = lexicon or load_lexicon(ROOT / "ontology" / "lexicon", ROOT / "ontology" / "kzkg.ttl")
    pools, rng = Pools.from_lexicon(lex), random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    key: dict[str, list[dict[str, Any]]] = {}
    for index in range(count):
        doc = make_document(index, rng, pools, words)
        (out / f"{doc.doc_id}.md").write_text(render(doc), encoding="utf-8")
        key[doc.doc_id] = doc.facts
    answer_key_path(out).write_text(json.dumps(key, indent=1), encoding="utf-8")
    return key


def answer_key_path(corpus: Path) -> Path:
    return corpus.parent / f"{corpus.name}.answer_key.json"


# --- scoring -------------------------------------------------------------------------
ROLES = {
    "place": "place",
    "date": "date",
    "agent": "agent",
    "target": "target",
    "claimant": "claimant",
    "type": "claimType",
}


def _facts_by_graph(graph_path: Path) -> dict[str, list[tuple[str, dict[str, set[str]]]]]:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(graph_path), format=ox.RdfFormat.TRIG)
    props = ", ".join(f"<{KZ[p]}>" for p in set(ROLES.values()) | {"participant"})
    query = f"""SELECT ?g ?f ?cls ?p ?o WHERE {{ GRAPH ?g {{ ?f a ?cls .
        OPTIONAL {{ ?f ?p ?o FILTER(?p IN ({props})) }} }} }}"""
    facts: dict[tuple[str, str], tuple[str, dict[str, set[str]]]] = {}
    for row in store.query(query):
        cls = row["cls"].value.rsplit("#", 1)[-1]
        _, values = facts.setdefault((row["g"].value, row["f"].value), (cls, {}))
        if row["p"] is not None:
            values.setdefault(row["p"].value.rsplit("#", 1)[-1], set()).add(row["o"].value)
    by_graph: dict[str, list[tuple[str, dict[str, set[str]]]]] = {}
    for (graph, _), fact in facts.items():
        by_graph.setdefault(graph, []).append(fact)
    return by_graph


def _wanted(fact: dict[str, Any]) -> dict[str, str]:
    wanted = {}
    for field_name, prop in ROLES.items():
        value = fact.get(field_name)
        if value is None:
            continue
        if isinstance(value, list):
            value = str(entity_iri(value[0], value[1]))
        elif field_name == "type":
            value = str(KZ[value])
        wanted[prop] = value
    return wanted


def score(answer_key: dict[str, list[dict[str, Any]]] | Path, graph_path: Path) -> dict[str, Any]:
    """Recall of the key's facts in a built graph: per class, found (a fact of the
    class in that document's graph) and exact (with every keyed argument)."""
    if isinstance(answer_key, Path):
        answer_key = json.loads(answer_key.read_text(encoding="utf-8"))
    by_graph = _facts_by_graph(graph_path)
    total, found, exact = Counter(), Counter(), Counter()
    for doc_id, facts in answer_key.items():
        extracted = by_graph.get(str(document_graph(doc_id)), [])
        for fact in facts:
            cls, wanted = fact["class"], _wanted(fact)
            total[cls] += 1
            same_class = [values for c, values in extracted if c == cls]
            found[cls] += bool(same_class)
            if wanted.get("target"):  # a dismissed official may be target or participant
                wanted_target = wanted.pop("target")
                same_class = [
                    v
                    for v in same_class
                    if wanted_target in v.get("target", set()) | v.get("participant", set())
                ]
            exact[cls] += any(
                all(w in v.get(p, set()) for p, w in wanted.items()) for v in same_class
            )
    overall = sum(total.values()) or 1
    return {
        "classes": {
            c: {"facts": total[c], "found": found[c] / total[c], "exact": exact[c] / total[c]}
            for c in sorted(total)
        },
        "facts": sum(total.values()),
        "found": sum(found.values()) / overall,
        "exact": sum(exact.values()) / overall,
    }


def score_table(result: dict[str, Any]) -> str:
    lines = [
        "| fact class | facts in key | recall (class in document) | recall (all arguments) |",
        "|---|---|---|---|",
    ]
    for cls, row in result["classes"].items():
        lines.append(f"| {cls} | {row['facts']:,} | {row['found']:.0%} | {row['exact']:.0%} |")
    lines.append(f"| all | {result['facts']:,} | {result['found']:.0%} | {result['exact']:.0%} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int)
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--score", nargs=2, type=Path, metavar=("ANSWER_KEY", "GRAPH"))
    args = parser.parse_args()
    if args.score:
        print(score_table(score(args.score[0], args.score[1])))
        return
    if args.count is None or args.out is None:
        parser.error("give COUNT and OUT, or --score ANSWER_KEY GRAPH")
    key = generate(args.count, args.out, args.seed, args.words)
    facts = sum(len(v) for v in key.values())
    print(f"wrote {args.count} documents and {facts} answer-key facts to {args.out}")


if __name__ == "__main__":
    main()
