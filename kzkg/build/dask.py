"""Extraction as a map on Dask: the same build, its documents spread over a cluster.

Each task reads a slice of the corpus's files (from a file system the workers
share), looks each up in the cache when one is given, extracts the misses with
one spaCy pipeline per worker process, and returns the plan with each
document's rendered graph and entities. The client gathers the slices in file
order and runs the same reduce as `kzkg build`, so the output is byte for byte
a single-process build. Dask does all the scheduling; nothing here decides
where a task runs. Bad files are reported once every slice is back (the
workers read the files), so a failed build has still filled the cache.

Needs the optional extra: `pip install kzkg[distributed]`.

    from kzkg.build.dask import build_on_dask
    build_on_dask(Path("graph/corpus"), Path("graph/kzkg.trig"))          # LocalCluster
    build_on_dask(corpus, out, address="tcp://scheduler:8786")           # a running cluster
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kzkg.build.cache import ResultCache, open_cache
from kzkg.build.map import extract_misses
from kzkg.build.plan import MAX_DOCUMENT_BYTES, Reading, Warn, read_files, settle
from kzkg.build.run import BuildReport, Clock, load_inputs, reduce
from kzkg.build.shards import Shard
from kzkg.build.write import Outputs, claimed
from kzkg.corpus import corpus_files
from kzkg.errors import InputError, KzkgError
from kzkg.lexicon import Lexicon

_extractors: dict[str, Any] = {}  # per worker process: spaCy loads once per lexicon
SLICE_FILES = 500  # at most this many files a task, so a large corpus spreads evenly


def extract_files(
    paths: list[Path], lexicon: Lexicon, cache: Path | None, shard: Shard | None, max_bytes: int
) -> Reading:
    """The map task: plan these files, from the cache where possible, and extract the misses."""
    from kzkg.extract.pipeline import Extractor

    store = ResultCache(cache) if cache is not None else None
    reading = read_files(paths, lexicon.fingerprint, store, shard, max_bytes)
    if any(item.hit is None for item in reading.planned):
        if lexicon.fingerprint not in _extractors:
            _extractors[lexicon.fingerprint] = Extractor(lexicon)
        extract_misses(reading.planned, lexicon, store, extractor=_extractors[lexicon.fingerprint])
    for item in reading.planned:
        item.document = None  # the client needs the result, not the text again
    return reading


def slices(paths: list[Path], count: int) -> list[list[Path]]:
    size = max(1, min(SLICE_FILES, -(-len(paths) // count)))
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def connect(address: str | None, workers: int) -> tuple[Any, Any]:
    """A Dask client of the scheduler at `address`, or of a new LocalCluster (then returned too)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise KzkgError(
            "Dask is not installed: pip install 'kzkg[distributed]' (dask[distributed])"
        ) from None
    if address is not None:
        try:
            return Client(address), None
        except ValueError as exc:
            raise InputError(
                f"--dask-scheduler {address}: not a scheduler address ({exc})"
            ) from None
        except OSError as exc:
            raise KzkgError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,  # spaCy and our code hold the GIL: processes, not threads
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    )
    return Client(cluster), cluster


def map_on_cluster(client: Any, parts: list[list[Path]], progress: Any, **task: Any) -> Reading:
    """Run `extract_files` on every slice; the slices' readings joined in file order."""
    from dask.distributed import as_completed

    task["lexicon"] = client.scatter(task["lexicon"], broadcast=True)  # sent once, not per task
    futures = client.map(extract_files, parts, pure=False, **task)
    order = {future.key: index for index, future in enumerate(futures)}
    done: dict[int, Reading] = {}
    for future in as_completed(futures):
        done[order[future.key]] = part = future.result()
        if progress is not None:
            for item in part.planned:
                progress(item.path)
    reading = Reading()
    for index in range(len(futures)):
        reading.extend(done[index])
    return reading


def build_on_dask(
    corpus: Path,
    out: Path | None,
    address: str | None = None,
    workers: int = 2,
    tasks: int | None = None,
    cache: Path | None = None,
    per_document: Path | None = None,
    warn: Warn = print,
    progress: Any = None,
    keep_going: bool = False,
    lexicon_folder: Path | None = None,
    curated_file: Path | None = None,
    shard: Shard | None = None,
    files: list[Path] | None = None,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> BuildReport:
    """Build on a Dask cluster at `address`, or on a LocalCluster of `workers` processes."""
    clock = Clock()
    lexicon, curated = load_inputs(lexicon_folder, curated_file)
    # Absolute, so that workers started elsewhere find the same files.
    paths = [path.absolute() for path in (corpus_files(corpus) if files is None else files)]
    outputs = Outputs(out, per_document, shard, whole=shard is None and files is None)
    store = open_cache(cache.absolute() if cache is not None else None, warn)
    cache = store.folder if store is not None else None
    with claimed(outputs, store):  # held here, for the workers too
        client, cluster = connect(address, workers)
        clock.lap("setup")
        try:
            count = tasks or 4 * max(1, len(client.scheduler_info()["workers"]))
            task = {"lexicon": lexicon, "cache": cache, "shard": shard, "max_bytes": max_bytes}
            reading = map_on_cluster(client, slices(paths, count), progress, **task)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        clock.lap("read, look up and extract")
        planned = settle(reading, warn, keep_going)
        return reduce(planned, lexicon, curated, outputs, store, clock)
