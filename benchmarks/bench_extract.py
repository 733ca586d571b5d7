"""Extraction speed: words per second of `kzkg build` beside the spaCy pipeline alone.

Run: PYTHONPATH=. python benchmarks/bench_extract.py [--words 50000] [--jobs 2]
Prints the seed corpus rate, a synthetic corpus rate (documents built from
lexicon names in varied sentences), the NLP-only rate on the same text and
their ratio, and the time for one long document at two sizes (linearity).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kzkg.build import build
from kzkg.extract.pipeline import Extractor
from kzkg.extract.segment import chunks
from kzkg.lexicon import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = [
    "On {day} January, {group} rallied in {city} against the rising price of fuel.",
    "{person} said on {weekday} that order had been restored in {city}.",
    "Police detained {n} people in {city}, the Interior Ministry said.",
    "{person} accused {org} of organising the unrest.",
    "Protesters set fire to the akimat in {city} on {day} Jan 2022.",
    "The government declared a state of emergency in {city} for two weeks.",
    "{org} demanded that the authorities release the detained journalists.",
    "Mobile internet was shut down across the country on {day} January.",
    "Russian paratroopers arrived in {city} as part of a CSTO peacekeeping mission.",
    "The crackdown is likely to strengthen the position of {person}.",
]


def synthetic_corpus(folder: Path, words: int, lexicon) -> None:
    rng = random.Random(7)
    people = [e.label for e in lexicon.entities if e.type == "Person"]
    orgs = [e.label for e in lexicon.entities if e.type == "Organization"]
    cities = [e.label for e in lexicon.entities if e.type == "City"]
    groups = [e.label for e in lexicon.entities if e.type == "Group"]
    total, n = 0, 0
    while total < words:
        sentences = []
        for _ in range(40):
            sentences.append(
                rng.choice(TEMPLATES).format(
                    day=rng.randint(2, 12),
                    person=rng.choice(people),
                    org=rng.choice(orgs),
                    city=rng.choice(cities),
                    group=rng.choice(groups),
                    n=rng.randint(10, 900),
                    weekday=rng.choice(["Monday", "Wednesday", "Friday"]),
                )
            )
        body = "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, 40, 4))
        total += len(body.split())
        (folder / f"doc{n:05d}.md").write_text(
            f"---\nid: doc{n:05d}\ntitle: Synthetic {n}\ndate: 2022-01-13\n"
            f"publisher: Bench News\n---\n{body}\n",
            encoding="utf-8",
        )
        n += 1


def nlp_only(extractor: Extractor, texts: list[str]) -> float:
    began = time.perf_counter()
    pieces = [text for body in texts for _, text in chunks(body)]
    for _ in extractor.nlp.pipe(pieces, batch_size=32):
        pass
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=30_000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--long-words", type=int, default=20_000)
    args = parser.parse_args()
    lexicon = load_lexicon(ROOT / "ontology" / "lexicon", ROOT / "ontology" / "kzkg.ttl")
    extractor = Extractor(lexicon)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        seeds = build(
            ROOT / "graph" / "corpus",
            tmp_path / "seeds.trig",
            warn=lambda _: None,
            extractor=extractor,
        )
        print(
            f"seeds: {seeds.words} words in {seeds.seconds:.2f} s = "
            f"{seeds.words / seeds.seconds:,.0f} words/s (includes emit and write)"
        )
        corpus = tmp_path / "synthetic"
        corpus.mkdir()
        synthetic_corpus(corpus, args.words, lexicon)
        report = build(
            corpus,
            tmp_path / "syn.trig",
            jobs=args.jobs,
            warn=lambda _: None,
            extractor=extractor if args.jobs == 1 else None,
        )
        texts = [
            p.read_text(encoding="utf-8").split("---\n", 2)[2] for p in sorted(corpus.iterdir())
        ]
        nlp_seconds = nlp_only(extractor, texts)
        print(
            f"synthetic: {report.documents} documents, {report.words} words, jobs={args.jobs}: "
            f"{report.seconds:.1f} s = {report.words / report.seconds:,.0f} words/s"
        )
        print(
            f"spaCy pipeline alone on the same text: {nlp_seconds:.1f} s = "
            f"{report.words / nlp_seconds:,.0f} words/s; build/NLP time ratio "
            f"{report.seconds / nlp_seconds:.2f}"
        )
        line = " ".join(texts)
        for factor in (1, 2):
            words = line.split()[: args.long_words * factor]
            (corpus / "long").mkdir(exist_ok=True)
            doc = corpus / "long" / "long.md"
            doc.write_text(
                "---\nid: long\ndate: 2022-01-13\n---\n" + " ".join(words) + "\n", encoding="utf-8"
            )
            long = build(
                doc.parent, tmp_path / "long.trig", warn=lambda _: None, extractor=extractor
            )
            print(
                f"one document on one line, {long.words} words: {long.seconds:.1f} s "
                f"({long.words / long.seconds:,.0f} words/s)"
            )


if __name__ == "__main__":
    main()
