"""Build speed and memory on generated corpora, beside the spaCy pipeline alone.

For each size (100, 1,000 and 10,000 documents of about 500 words; --quick:
20 and 100) it generates a corpus (benchmarks/synthetic_corpus.py), runs a
clean `kzkg build` in a fresh process, and reports documents and words per
second, peak memory (getrusage maxrss of the build process and of its largest
worker), the time of the stock spaCy model alone on the same whole bodies
with as many processes, each as a whole process (start-up and model loading
included on both sides; CPU of the process and its workers), the ratios
(what our own code costs; the target is at most 1.25 in CPU), and the recall
of the answer key. On the largest corpus it then changes 10 documents and times the
incremental rebuild, step by step. Last, one long single-line document at two
lengths shows whether time grows linearly.

    PYTHONPATH=. python benchmarks/build_bench.py [--quick] [--sizes 100 1000] [--jobs 2]
        [--rounds 3]   # builds and spaCy runs in turn; the median round's ratio
    PYTHONPATH=. python benchmarks/build_bench.py --corpus ../shared/eval/dev/corpus --rounds 5
        # the same comparison on real documents (no answer key, no rebuild)
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
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
from kzkg.extract.pipeline import MODEL  # noqa: E402

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
# The anchor, as a user would run spaCy: the stock model over the whole bodies,
# in a fresh process with as many processes as the build (loading included).
NLP_RUNNER = """
import sys
from pathlib import Path
import spacy
from kzkg.corpus import corpus_files, read_document
corpus, jobs, model = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
bodies = [read_document(p).body for p in corpus_files(corpus)]
nlp = spacy.load(model)
for _ in nlp.pipe(bodies, batch_size=32, n_process=jobs):
    pass
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str]) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """The finished process, its wall seconds and the CPU seconds of it and its workers."""
    cpu, began = _children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    return proc, time.perf_counter() - began, _children_cpu() - cpu


def run_build(corpus: Path, out: Path, jobs: int, cache: Path | None) -> dict:
    """Figures of one build in a fresh process; `wall` and `cpu` include start-up and
    model loading, in the build process and its workers."""
    cmd = [sys.executable, "-c", RUNNER, str(corpus), str(out), str(jobs), str(cache or "")]
    proc, wall, cpu = timed(cmd)
    return {**json.loads(proc.stdout.strip().splitlines()[-1]), "wall": wall, "cpu": cpu}


def nlp_seconds(corpus: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds of spaCy alone on the corpus, whole process."""
    _, wall, cpu = timed([sys.executable, "-c", NLP_RUNNER, str(corpus), str(jobs), MODEL])
    return wall, cpu


def paired_rounds(
    corpus: Path, out: Path, jobs: int, cache: Path | None, rounds: int, nlp: bool = True
) -> tuple[list[dict], list[tuple[float, float]]]:
    """Clean builds and spaCy runs in turn: a shared machine's drift loads a round alike."""
    builds, anchors = [], []
    for _ in range(rounds):
        if cache is not None:
            shutil.rmtree(cache, ignore_errors=True)
        builds.append(run_build(corpus, out, jobs, cache))
        if nlp:
            anchors.append(nlp_seconds(corpus, jobs))
    return builds, anchors


def median_ratios(builds: list[dict], anchors: list[tuple[float, float]]) -> tuple[float, float]:
    """The median round's build/spaCy ratio, in CPU and in wall time."""
    rounds = list(zip(builds, anchors, strict=True))
    return (
        statistics.median(b["cpu"] / a[1] for b, a in rounds),
        statistics.median(b["wall"] / a[0] for b, a in rounds),
    )


def real_corpus(corpus: Path, jobs: int, rounds: int) -> None:
    """The build beside spaCy on a corpus of real documents."""
    with tempfile.TemporaryDirectory() as tmp_name:
        out = Path(tmp_name) / "g.trig"
        builds, anchors = paired_rounds(corpus, out, jobs, None, rounds)
    cpu_ratio, wall_ratio = median_ratios(builds, anchors)
    fastest = min(b["cpu"] for b in builds) / min(a[1] for a in anchors)
    build_cpu = ", ".join(f"{b['cpu']:.2f}" for b in builds)
    nlp_cpu = ", ".join(f"{a[1]:.2f}" for a in anchors)
    print(
        f"{corpus}: {builds[0]['documents']} documents, {builds[0]['words']:,} words, "
        f"jobs={jobs}, {rounds} paired rounds, whole processes\n"
        f"build CPU {build_cpu} s\n"
        f"spaCy CPU {nlp_cpu} s\n"
        f"build/spaCy, CPU: median round **{cpu_ratio:.2f}**, fastest to fastest "
        f"{fastest:.2f}; wall: median round {wall_ratio:.2f}"
    )


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
    parser.add_argument(
        "--rounds", type=int, default=1, help="clean builds and spaCy runs, in turn, per size"
    )
    parser.add_argument("--workdir", type=Path, help="keep corpora, caches and graphs here")
    parser.add_argument("--corpus", type=Path, help="compare on these documents instead")
    args = parser.parse_args()
    if args.corpus is not None:
        if not args.corpus.is_dir():
            parser.error(f"--corpus {args.corpus}: no such folder")
        real_corpus(args.corpus, args.jobs, max(1, args.rounds))
        return
    sizes = args.sizes or ([20, 100] if args.quick else [100, 1_000, 10_000])
    print(f"jobs={args.jobs}; documents of about {args.words} words; clean builds, cache written\n")
    print(
        "| documents | words | build, wall | build, CPU | words/s (wall) | spaCy alone, wall "
        "| spaCy alone, CPU | build/spaCy, CPU | build/spaCy, wall "
        "| peak RSS build process | largest worker | recall (class) | recall (arguments) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = args.workdir or Path(tmp_name)
        for size in sizes:
            corpus = tmp / f"c{size}"
            generate(size, corpus, seed=7, words=args.words)
            cache = tmp / f"cache{size}"
            # The fastest of each is shown; the ratio is the median round's.
            builds, anchors = paired_rounds(
                corpus, tmp / f"g{size}.trig", args.jobs, cache, args.rounds, not args.no_nlp
            )
            r = min(builds, key=lambda b: b["cpu"])
            rec = score(answer_key_path(corpus), tmp / f"g{size}.trig")
            s, cpu, words = r["wall"], r["cpu"], r["words"]
            if args.no_nlp:
                anchor = "| - | - | - | -"
            else:
                nlp_wall, nlp_cpu = min(a[0] for a in anchors), min(a[1] for a in anchors)
                cpu_ratio, wall_ratio = median_ratios(builds, anchors)
                anchor = (
                    f"| {nlp_wall:.1f} s | {nlp_cpu:.1f} s | **{cpu_ratio:.2f}** | {wall_ratio:.2f}"
                )
            print(
                f"| {size:,} | {words:,} | {s:.1f} s | {cpu:.1f} s | {words / s:,.0f} {anchor} "
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
