"""Extraction speed on real text, beside the spaCy pipeline alone.

The anchor is what a user would run without us: the same spaCy model over the
same document bodies with `nlp.pipe`, whole bodies, one process. Against it:
`Extractor.extract_many` over the documents, as the build runs it (spaCy with
our lexicon's entity ruler on the documents' pieces, plus every rule), and
`Extractor.extract` called once per document, one process. All run in the
same process after a warm-up, each `--repeat` times, and the fastest CPU time
of each counts, so a busy machine skews them alike. The ratio is what our own
code costs; the target is at most 1.25.

    PYTHONPATH=. python benchmarks/extract_bench.py [--corpus DIR] [--repeat 3] [--quick]

The corpus defaults to the development set in ../shared/eval/dev/corpus when it
is there, else graph/corpus (the two seeds).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kzkg.corpus import corpus_files, read_document  # noqa: E402
from kzkg.extract.pipeline import Extractor, load_model  # noqa: E402
from kzkg.lexicon import load_lexicon  # noqa: E402
from kzkg.paths import lexicon_dir, ontology_file  # noqa: E402


def default_corpus() -> Path:
    for parent in ROOT.parents:
        dev = parent / "shared" / "eval" / "dev" / "corpus"
        if dev.is_dir():
            return dev
    return ROOT / "graph" / "corpus"


def fastest_cpu(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of the fastest of `repeat` runs."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        run()
        best = min(best, (time.process_time() - cpu, time.perf_counter() - wall))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one run of each")
    args = parser.parse_args()
    if args.quick:
        args.repeat = 1
    corpus = args.corpus or default_corpus()
    documents = [read_document(p) for p in corpus_files(corpus)]
    bodies = [d.body for d in documents]
    words = sum(len(b.split()) for b in bodies)

    plain = load_model()
    extractor = Extractor(load_lexicon(lexicon_dir(), ontology_file()))
    list(plain.pipe(bodies[:2]))  # warm-up: first calls allocate
    for document in documents[:2]:
        extractor.extract(document)

    spacy_cpu, spacy_wall = fastest_cpu(lambda: list(plain.pipe(bodies)), args.repeat)
    ours_cpu, ours_wall = fastest_cpu(lambda: list(extractor.extract_many(documents)), args.repeat)
    each_cpu, each_wall = fastest_cpu(
        lambda: [extractor.extract(d) for d in documents], args.repeat
    )
    print(f"Corpus: {corpus.name} ({len(documents)} documents, {words:,} words).\n")
    print("| what | CPU s | wall s | words/s (CPU) |")
    print("|---|---|---|---|")
    for name, cpu, wall in (
        ("spaCy alone (nlp.pipe, anchor)", spacy_cpu, spacy_wall),
        ("kzkg extraction (Extractor.extract_many, as the build)", ours_cpu, ours_wall),
        ("kzkg extraction, one call per document", each_cpu, each_wall),
    ):
        print(f"| {name} | {cpu:.2f} | {wall:.2f} | {words / cpu:,.0f} |")
    print(f"| ratio, CPU | {ours_cpu / spacy_cpu:.2f} | | target: at most 1.25 |")


if __name__ == "__main__":
    main()
