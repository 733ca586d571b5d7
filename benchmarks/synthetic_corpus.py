"""Generate a reproducible synthetic corpus with a known answer key.

Documents are in the corpus format (YAML front matter, then a body) and are
built from varied sentence templates over the actors, places, event triggers
and reporting verbs of the January 2022 events, with dates written in many
formats. Every fact-bearing sentence is recorded in `answer_key.json`, so a
build of the corpus can be scored (see `score`), not only timed.

    python benchmarks/synthetic_corpus.py 1000 /tmp/corpus --seed 7 --words 500
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

PRESIDENT = "Kassym-Jomart Tokayev"
PRESIDENT_SHORT = ["Tokayev", "President Tokayev", "Kazakh President Kassym-Jomart Tokayev"]
CITIES = ["Almaty", "Zhanaozen", "Aktau", "Aktobe", "Shymkent", "Taraz", "Kyzylorda", "Nur-Sultan"]
OFFICIALS = [
    ("Karim Masimov", "head of the National Security Committee"),
    ("Askar Mamin", "prime minister"),
    ("Nursultan Nazarbayev", "head of the Security Council"),
]
CLAIMANTS = [
    ("Kassym-Jomart Tokayev", ["Tokayev", "President Tokayev"]),
    ("Vladimir Putin", ["Putin", "Russian President Vladimir Putin"]),
    ("Human Rights Watch", ["Human Rights Watch"]),
    ("Amnesty International", ["Amnesty International"]),
]
REPORTING = [
    ("said", "statement"),
    ("claimed", "allegation"),
    ("warned", "forecast"),
    ("denied", "denial"),
    ("demanded", "demand"),
]
CONTENTS = [
    "the unrest had been organised from abroad",
    "the authorities must release the detained protesters",
    "order would be restored within days",
    "foreign fighters had taken part in the riots",
    "the price of fuel would be reviewed",
]
FILLER = [
    "The economic situation had been difficult for months.",
    "Inflation and corruption were widely discussed in the region.",
    "Many residents stayed at home as the situation remained tense.",
    "The events drew attention from governments across Central Asia.",
    "Observers described the week as the worst crisis since independence.",
    "Local media reported long queues at petrol stations and shops.",
]
MONTH = "January"


@dataclass
class Doc:
    doc_id: str
    sentences: list[str] = field(default_factory=list)
    facts: list[dict[str, object]] = field(default_factory=list)


def date_phrase(rng: random.Random, day: int) -> str:
    forms = [
        f"on {day} {MONTH}",
        f"on {MONTH} {day}",
        f"on {MONTH} {day}, 2022",
        f"on {day} {MONTH} 2022",
        f"on {MONTH} {day}{'th' if day > 3 else ['st', 'nd', 'rd'][day - 1]}",
    ]
    return rng.choice(forms)


def protest(rng: random.Random, doc: Doc) -> None:
    day, city = rng.randint(2, 11), rng.choice(CITIES)
    when = date_phrase(rng, day)
    sentence = rng.choice(
        [
            f"Protests erupted in {city} {when}.",
            f"Thousands of demonstrators rallied in {city} {when}.",
            f"{when.capitalize()}, protesters took to the streets of {city}.",
        ]
    )
    doc.sentences.append(sentence)
    doc.facts.append(
        {
            "kind": "event",
            "class": "Protest",
            "place": city,
            "date": f"2022-01-{day:02d}",
            "quote": sentence,
        }
    )


def storming(rng: random.Random, doc: Doc) -> None:
    city = rng.choice(CITIES)
    sentence = rng.choice(
        [
            f"Protesters stormed the mayor's office in {city}.",
            f"Rioters set fire to government buildings in {city}.",
        ]
    )
    doc.sentences.append(sentence)
    doc.facts.append({"kind": "event", "class": "Riot", "place": city, "quote": sentence})


def emergency(rng: random.Random, doc: Doc) -> None:
    day = rng.randint(4, 6)
    sentence = (
        f"{rng.choice(PRESIDENT_SHORT)} declared a state of emergency {date_phrase(rng, day)}."
    )
    doc.sentences.append(sentence)
    doc.facts.append(
        {
            "kind": "event",
            "class": "StateOfEmergency",
            "agent": PRESIDENT,
            "date": f"2022-01-{day:02d}",
            "quote": sentence,
        }
    )


def dismissal(rng: random.Random, doc: Doc) -> None:
    name, post = rng.choice(OFFICIALS)
    sentence = rng.choice(
        [
            f"{rng.choice(PRESIDENT_SHORT)} dismissed {name}, the {post}.",
            f"{name}, the {post}, was dismissed by {rng.choice(PRESIDENT_SHORT)}.",
        ]
    )
    doc.sentences.append(sentence)
    doc.facts.append(
        {
            "kind": "event",
            "class": "Dismissal",
            "agent": PRESIDENT,
            "participant": name,
            "quote": sentence,
        }
    )


def claim(rng: random.Random, doc: Doc) -> None:
    claimant, names = rng.choice(CLAIMANTS)
    verb, kind = rng.choice(REPORTING)
    content = rng.choice(CONTENTS)
    sentence = rng.choice(
        [
            f"{rng.choice(names)} {verb} that {content}.",
            f"On Friday, {rng.choice(names)} {verb} that {content}.",
        ]
    )
    doc.sentences.append(sentence)
    doc.facts.append({"kind": "claim", "claimant": claimant, "type": kind, "quote": sentence})


GENERATORS = [protest, storming, emergency, dismissal, claim, claim]


def make_document(index: int, rng: random.Random, words: int) -> Doc:
    doc = Doc(f"synthetic-{index:06d}")
    count = 0
    while count < words:
        if rng.random() < 0.4:
            rng.choice(GENERATORS)(rng, doc)
        else:
            doc.sentences.append(rng.choice(FILLER))
        count += len(doc.sentences[-1].split())
    return doc


def render(doc: Doc, day: int) -> str:
    paragraphs = [" ".join(doc.sentences[i : i + 5]) for i in range(0, len(doc.sentences), 5)]
    body = "\n\n".join(paragraphs) + "\n"
    meta = (
        f"---\nid: {doc.doc_id}\ntitle: Synthetic report {doc.doc_id}\n"
        f"authors: [Synthetic Desk]\npublisher: Synthetic News\ndate: 2022-01-{day:02d}\n"
        f"url: https://example.org/{doc.doc_id}\nkind: news\n---\n"
    )
    return meta + body


def generate(count: int, out: Path, seed: int = 7, words: int = 500) -> dict[str, list]:
    """Write `count` documents into `out` and return (and write) the answer key."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    key: dict[str, list] = {}
    for index in range(count):
        doc = make_document(index, rng, words)
        (out / f"{doc.doc_id}.md").write_text(render(doc, rng.randint(12, 28)), encoding="utf-8")
        key[doc.doc_id] = doc.facts
    (out.parent / f"{out.name}.answer_key.json").write_text(json.dumps(key, indent=1))
    return key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--words", type=int, default=500)
    args = parser.parse_args()
    key = generate(args.count, args.out, args.seed, args.words)
    facts = sum(len(v) for v in key.values())
    print(f"wrote {args.count} documents and {facts} answer-key facts to {args.out}")


if __name__ == "__main__":
    main()
