"""Build speed and memory on generated corpora, beside the spaCy pipeline alone.

For each size (100, 1,000 and 10,000 documents of about 500 words; --quick:
20 and 100) it generates a corpus (benchmarks/synthetic_corpus.py), runs a
clean `kzkg build` in a fresh process, and reports documents and words per
second, peak memory (getrusage maxrss of the build process and of its largest
worker), the time of the spaCy pipeline alone on the same text with as many
processes (the ratio is what our own code costs), and the recall of the
answer key. On the largest corpus it then changes 10 documents and times the
incremental rebuild, step by step. Last, one long single-line document at two
lengths shows whether time grows linearly.

    PYTHONPATH=. python benchmarks/build_bench.py [--quick] [--sizes 100 1000] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from synthetic_corpus import answer_key_path, generate, score  # noqa: E402

from kzkg.build.shards import available_cores  # noqa: E402

# Runs in a fresh process so that its peak memory is the build's alone.
RUNNER = """
import json, resource, sys
from pathlib import Path
from kzkg.build import build
corpus, out, jobs, cache = sys.argv[1:5]
r = build(Path(corpus), Path(out), jobs=int(jobs), cache=Path(cache) if cache else None,
          warn=lambda _: None)
me, kids = (resource.getrusage(w).ru_maxrss
            for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(json.dumps({"documents": r.documents, "words": r.words, "quads": r.quads,
                  "seconds": r.seconds, "phases": r.phases, "cached": r.cached,
                  "self_mib": me / 1024, "children_mib": kids / 1024}))
"""
NLP_RUNNER = """
import sys, time
from pathlib import Path
from kzkg.corpus import read_document
from kzkg.extract.pipeline import Extractor
from kzkg.extract.segment import chunks
from kzkg.lexicon import load_lexicon
corpus, jobs = Path(sys.argv[1]), int(sys.argv[2])
nlp = Extractor(load_lexicon(Path("ontology/lexicon"), Path("ontology/kzkg.ttl"))).nlp
texts = [t for p in sorted(corpus.glob("*.md")) for _, t in chunks(read_document(p).body)]
began = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=32, n_process=jobs):
    pass
print(time.perf_counter() - began)
"""


def run_build(corpus: Path, out: Path, jobs: int, cache: Path | None) -> dict:
    """Figures of one build in a fresh process; `wall` includes start-up and model loading."""
    cmd = [sys.executable, "-c", RUNNER, str(corpus), str(out), str(jobs), str(cache or "")]
    began = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    return {**json.loads(proc.stdout.strip().splitlines()[-1]), "wall": time.perf_counter() - began}


def nlp_seconds(corpus: Path, jobs: int) -> float:
    cmd = [sys.executable, "-c", NLP_RUNNER, str(corpus), str(jobs)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    return float(proc.stdout.strip().splitlines()[-1])


def change_documents(corpus: Path, count: int) -> None:
    paths = sorted(corpus.glob("*.md"))
    for path in paths[:: max(1, len(paths) // count)][:count]:
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\nPolice detained 40 people in Almaty on 9 January.\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sizes", type=int, nargs="*")
    parser.add_argument("--jobs", type=int, default=available_cores())
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--no-nlp", action="store_true", help="skip the spaCy-alone runs")
    parser.add_argument("--workdir", type=Path, help="keep corpora, caches and graphs here")
    args = parser.parse_args()
    sizes = args.sizes or ([20, 100] if args.quick else [100, 1_000, 10_000])
    print(f"jobs={args.jobs}; documents of about {args.words} words; clean builds, cache written\n")
    print(
        "| documents | words | build | documents/s | words/s | spaCy alone | build/spaCy "
        "| peak RSS build process | largest worker | recall (class) | recall (arguments) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = args.workdir or Path(tmp_name)
        for size in sizes:
            corpus = tmp / f"c{size}"
            generate(size, corpus, seed=7, words=args.words)
            cache = tmp / f"cache{size}"
            r = run_build(corpus, tmp / f"g{size}.trig", args.jobs, cache)
            nlp = None if args.no_nlp else nlp_seconds(corpus, args.jobs)
            rec = score(answer_key_path(corpus), tmp / f"g{size}.trig")
            s, words = r["wall"], r["words"]
            print(
                f"| {size:,} | {words:,} | {s:.1f} s | {size / s:,.1f} | {words / s:,.0f} "
                f"| {f'{nlp:.1f} s' if nlp else '-'} | {f'{s / nlp:.2f}' if nlp else '-'} "
                f"| {r['self_mib']:,.0f} MiB | {r['children_mib']:,.0f} MiB "
                f"| {rec['found']:.1%} | {rec['exact']:.1%} |",
                flush=True,
            )
        largest = sizes[-1]
        corpus = tmp / f"c{largest}"
        change_documents(corpus, 10)
        r = run_build(corpus, tmp / f"g{largest}.trig", args.jobs, tmp / f"cache{largest}")
        steps = ", ".join(f"{k} {v:.2f} s" for k, v in r["phases"].items())
        print(
            f"\nIncremental rebuild after changing 10 of {largest:,} documents "
            f"({r['cached']:,} from cache): **{r['wall']:.1f} s** wall, {r['seconds']:.1f} s "
            f"in build() ({steps}); "
            f"peak RSS {r['self_mib']:,.0f} MiB."
        )
        long_document(tmp, corpus)


def long_document(tmp: Path, corpus: Path) -> None:
    texts = [
        p.read_text(encoding="utf-8").split("---\n", 2)[2] for p in sorted(corpus.glob("*.md"))
    ]
    words = " ".join(texts[:100]).split() * 3
    rows = []
    for count in (10_000, 20_000):
        folder = tmp / f"long{count}"
        folder.mkdir()
        (folder / "long.md").write_text(
            "---\nid: long\ndate: 2022-01-13\n---\n" + " ".join(words[:count]) + "\n",
            encoding="utf-8",
        )
        r = run_build(folder, tmp / f"long{count}.trig", 1, None)
        rows.append(f"{r['words']:,} words {r['seconds']:.1f} s (without start-up)")
    print(f"\nOne document on one line: {'; '.join(rows)} (about linear if double the time).")


if __name__ == "__main__":
    began = time.perf_counter()
    main()
    print(f"\n(benchmark took {time.perf_counter() - began:.0f} s)")
