"""Extraction speed on real text, beside the spaCy pipeline alone.

The anchor is what a user would run without us: the stock spaCy model over
the same document bodies with `nlp.pipe`, whole bodies, one process. Against
it: `Extractor.extract_many` over the documents, as the build runs it (our
spaCy pipeline on the documents' pieces, plus every rule); the build's map
step, that and each document's graph written as TriG (`to_extracted`), which
is all a build does per document; and `Extractor.extract` called once per
document. All run in the same process after a warm-up, in `--repeat` rounds
of the four in turn, so that a shared machine whose speed drifts loads the
runs of a round alike. The ratio is what our own code costs (target: at most
1.25), given two ways: the fastest run of ours to the fastest of spaCy's, and
the median of the rounds' own ratios, which drift touches least.

    PYTHONPATH=. python benchmarks/extract_bench.py [--corpus DIR] [--repeat 7] [--quick]

The corpus defaults to the development set in ../shared/eval/dev/corpus when it
is there, else graph/corpus (the two seeds).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kzkg.build.align import load_alignment  # noqa: E402
from kzkg.build.map import to_extracted  # noqa: E402
from kzkg.corpus import corpus_files, read_document  # noqa: E402
from kzkg.extract.pipeline import Extractor, load_model  # noqa: E402
from kzkg.lexicon import load_lexicon  # noqa: E402
from kzkg.paths import lexicon_dir, ontology_file  # noqa: E402

EXTRACTION = "kzkg extraction (Extractor.extract_many, as the build)"
MAP_STEP = "kzkg extraction and each document's graph written (the build's map step)"


def default_corpus() -> Path:
    for parent in ROOT.parents:
        dev = parent / "shared" / "eval" / "dev" / "corpus"
        if dev.is_dir():
            return dev
    return ROOT / "graph" / "corpus"


def cpu_time(run: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def rounds(
    runs: dict[str, Callable[[], object]], repeat: int
) -> dict[str, list[tuple[float, float]]]:
    """Each run's times, `repeat` rounds of all of them in turn: on a shared
    machine whose speed drifts, the runs of one round meet the same load."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            times[name].append(cpu_time(run))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=7)
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

    def map_step() -> list[object]:
        """The build's map step: each document extracted and its graph written as TriG."""
        results = extractor.extract_many(documents)
        alignment = load_alignment()  # once, as the build reads it
        return [to_extracted(d, r, alignment) for d, r in zip(documents, results, strict=True)]

    anchor_name = "spaCy alone (nlp.pipe, anchor)"
    times = rounds(
        {
            anchor_name: lambda: list(plain.pipe(bodies)),
            EXTRACTION: lambda: list(extractor.extract_many(documents)),
            MAP_STEP: map_step,
            "kzkg extraction, one call per document": lambda: [
                extractor.extract(d) for d in documents
            ],
        },
        args.repeat,
    )
    print(f"Corpus: {corpus.name} ({len(documents)} documents, {words:,} words).")
    print(f"{args.repeat} rounds of the four in turn.\n")
    print("| what | CPU s (fastest) | wall s (fastest) | words/s (CPU) |")
    print("|---|---|---|---|")
    for name, runs in times.items():
        cpu, wall = min(runs)
        print(f"| {name} | {cpu:.2f} | {wall:.2f} | {words / cpu:,.0f} |")
    anchor = times[anchor_name]
    for what, ours in (("extraction", times[EXTRACTION]), ("map step", times[MAP_STEP])):
        fastest = min(ours)[0] / min(anchor)[0]
        paired = statistics.median(o[0] / a[0] for o, a in zip(ours, anchor, strict=True))
        print(
            f"| ratio, CPU, {what}: fastest to fastest; median of the rounds' "
            f"| {fastest:.2f}; {paired:.2f} | | target: at most 1.25 |"
        )


if __name__ == "__main__":
    main()
