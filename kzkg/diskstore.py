"""A large graph kept beside its file as an indexed on-disk Oxigraph store, opened in milliseconds.

Loading a TriG of a million triples and merging its named graphs into the
default graph takes seconds and a gigabyte; opening the on-disk copy read-only
takes milliseconds. The copy of `graph/kzkg.trig` lives in `graph/kzkg.oxigraph/`,
one generation per version of what it was built from:

    graph/kzkg.oxigraph/<key>/db/          the store (RocksDB), never written once published
    graph/kzkg.oxigraph/<key>/labels.json  the label index, built with the store
    graph/kzkg.oxigraph/<key>/spans.json   each node's quoted spans per document (views)
    graph/kzkg.oxigraph/<key>/stamp.json   what it was built from, for people

`<key>` digests each source's path, size, modification time and inode (and,
for files small enough to read in a blink, their content), the ontology's,
the store format and pyoxigraph's version. A changed graph file has another
key, so a stale generation is never opened; `kzkg build` replaces the graph by
renaming, which changes the inode even within one clock tick.

A generation is built in a temporary folder and renamed into place when
complete: a build that is killed leaves no generation, and the next build
sweeps its folder. Builders hold an exclusive lock (a second command waits,
then opens what the first built). Readers hold a shared lock on their
generation's lock file for as long as they are open, so pruning an old
generation never removes one in use.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kzkg.errors import KzkgError, shown
from kzkg.lockfile import lock_current

try:
    import fcntl
except ImportError:  # not POSIX: no locks, so no shared on-disk store
    fcntl = None  # type: ignore[assignment]

STORE_FORMAT = 3  # bump when what a generation holds changes (merging, ontology, summaries)
AUTO_MIN_BYTES = 4 * 1024 * 1024  # below this an in-memory load is faster than opening RocksDB
_HASHED_BELOW = 4 * 1024 * 1024  # files read whole for their key: same-tick rewrites show
_TMP_PREFIX = ".building-"


@dataclass
class OpenedStore:
    """A published generation opened read-only; holds its reader lock while alive."""

    store: ox.Store
    labels: dict[str, Any] | None
    folder: Path
    _lock_fd: int

    def summary(self, name: str) -> Any | None:
        """A summary saved with the store (`derive` in `open_store`), read when asked
        for: None if this generation has none of that name."""
        try:
            return json.loads((self.folder / f"{name}.json").read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise KzkgError(
                f"{shown(self.folder)}: unreadable graph store ({exc}); delete "
                f"{shown(self.folder.parent)} and run the command again"
            ) from None

    def __del__(self) -> None:
        try:
            os.close(self._lock_fd)
        except (OSError, AttributeError):
            pass


def store_folder(graph: Path) -> Path:
    """Where the on-disk copy of `graph` lives: `graph/kzkg.trig` -> `graph/kzkg.oxigraph/`."""
    return graph.with_suffix(".oxigraph")


def wanted(paths: list[Path], persist: bool | None) -> bool:
    """Whether to use an on-disk store: asked for, or one graph file large enough to gain.

    KZKG_STORE=memory or =disk overrides the automatic choice."""
    if fcntl is None or len(paths) != 1:
        return False
    if persist is not None:
        return persist
    choice = os.environ.get("KZKG_STORE", "auto").strip().lower()
    if choice in ("memory", "disk"):
        return choice == "disk"
    try:
        return paths[0].stat().st_size >= AUTO_MIN_BYTES
    except OSError:
        return False


def _file_key(path: Path) -> list[Any]:
    st = path.stat()
    key: list[Any] = [str(path.resolve()), st.st_size, st.st_mtime_ns, st.st_ino]
    if st.st_size < _HASHED_BELOW:
        key.append(hashlib.sha256(path.read_bytes()).hexdigest())
    return key


def source_key(sources: list[Path]) -> dict[str, Any]:
    """What a generation is built from; equal keys mean equal stores."""
    return {
        "format": STORE_FORMAT,
        "pyoxigraph": ox.__version__,
        "files": [_file_key(p) for p in sources],
    }


def _digest(key: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:20]


def _open_generation(folder: Path, digest: str) -> OpenedStore | None:
    fd = lock_current(folder / f".{digest}.lock", fcntl.LOCK_SH)
    generation = folder / digest
    if not (generation / "stamp.json").is_file():
        os.close(fd)
        return None
    try:
        store = ox.Store.read_only(str(generation / "db"))
        labels_file = generation / "labels.json"
        labels = json.loads(labels_file.read_text("utf-8")) if labels_file.is_file() else None
    except (OSError, ValueError) as exc:
        os.close(fd)
        raise KzkgError(
            f"{shown(generation)}: unreadable graph store ({exc}); delete {shown(folder)} "
            "and run the command again"
        ) from None
    return OpenedStore(store, labels, generation, fd)


def open_store(
    graph: Path,
    sources: list[Path],
    fill: Callable[[ox.Store], None],
    derive: Callable[[ox.Store], dict[str, Any]],
) -> OpenedStore | None:
    """The on-disk store for `graph` built from `sources`, built first if missing or stale.

    `fill` loads a fresh store; `derive` makes the summaries saved with it, by name
    (`labels`, the label index, is read on opening; the others by `summary()`).
    None if the folder beside the graph cannot be written (the caller loads in memory)."""
    folder = store_folder(graph)
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        return None
    for _attempt in range(3):
        key = source_key(sources)
        digest = _digest(key)
        opened = _open_generation(folder, digest)
        if opened is not None:
            return opened
        try:
            build_fd = lock_current(folder / ".build.lock", fcntl.LOCK_EX)
        except OSError:
            return None
        try:
            if not (folder / digest / "stamp.json").is_file():
                _build(folder, digest, key, sources, fill, derive)
                _prune(folder, keep=digest)
        finally:
            os.close(build_fd)
    raise KzkgError(f"{shown(graph)} keeps changing while its store is built; try again later")


def _build(
    folder: Path,
    digest: str,
    key: dict[str, Any],
    sources: list[Path],
    fill: Callable[[ox.Store], None],
    derive: Callable[[ox.Store], dict[str, Any]],
) -> None:
    """Build a generation in a temporary folder; publish it by renaming if the sources
    did not change meanwhile (else leave it to the caller's next attempt)."""
    tmp = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX, dir=folder))
    try:
        store = ox.Store(str(tmp / "db"))
        fill(store)
        summaries = derive(store)
        # Compacted once, as it is never written again: a bulk-loaded store left
        # in many files takes 2-3 times longer per lookup (evidence joins).
        store.optimize()
        store.flush()
        del store  # closes the database before it is renamed and reopened read-only
        if source_key(sources) != key:
            return  # changed while loading: this store holds neither version for sure
        for name, summary in summaries.items():
            (tmp / f"{name}.json").write_text(json.dumps(summary, ensure_ascii=False), "utf-8")
        stamp = {"key": key, "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        (tmp / "stamp.json").write_text(json.dumps(stamp, indent=1), "utf-8")
        os.rename(tmp, folder / digest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _prune(folder: Path, keep: str) -> None:
    """Remove what killed builds left and generations no reader holds (build lock held)."""
    for entry in folder.iterdir():
        if entry.name.startswith(_TMP_PREFIX):
            shutil.rmtree(entry, ignore_errors=True)  # no other builder runs: a dead one's
        elif entry.is_dir() and entry.name != keep:
            lock = folder / f".{entry.name}.lock"
            fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue  # a reader still has it open
            shutil.rmtree(entry, ignore_errors=True)
            lock.unlink(missing_ok=True)
            os.close(fd)
    for lock in folder.glob(".*.lock"):
        name = lock.name[1:-5]
        if name not in ("build", keep) and not (folder / name).exists():
            lock.unlink(missing_ok=True)  # its generation is gone; a reader retries on inode
