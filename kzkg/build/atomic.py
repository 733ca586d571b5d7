"""Files replaced whole: written beside their target, renamed over it when complete.

A reader never sees half a file, and a build that fails or is killed leaves
the previous files as they were. `Staging` does this for several files at
once: a build stages every output (the graph, the per-document files), and
only when all are written renames them, so a failure part-way replaces none.
Temporary files are named `.<target name>.<8 characters>.tmp`, so the next
build can sweep those a killed build left (`sweep_temp_files`).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def readable_mode() -> int:
    """What a plain open() would have given the file: mkstemp makes it private (0600),
    and a SPARQL server running as another user must be able to read the graphs."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class Staging:
    """New versions of files, renamed over their targets together by `commit`;
    `discard` removes whatever was staged and not committed."""

    def __init__(self) -> None:
        self.pending: list[tuple[Path, Path]] = []  # (temporary file, target)

    @contextmanager
    def output(self, path: Path, sync: bool = False) -> Iterator[BinaryIO]:
        """A temporary file beside `path` to write; `sync` flushes it to disk when the
        block ends, for files a crash must not leave empty."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self.pending.append((Path(name), path))
        with os.fdopen(fd, "wb") as handle:
            yield handle
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.chmod(name, readable_mode())

    def write(self, path: Path, data: bytes) -> None:
        with self.output(path) as handle:
            handle.write(data)

    def commit(self) -> None:
        """Rename every staged file over its target, in the order they were staged."""
        for done, (tmp, path) in enumerate(self.pending):
            try:
                os.replace(tmp, path)
            except BaseException:
                del self.pending[:done]
                raise
        self.pending.clear()

    def discard(self) -> None:
        for tmp, _ in self.pending:
            tmp.unlink(missing_ok=True)
        self.pending.clear()


@contextmanager
def atomic_output(path: Path, sync: bool = False) -> Iterator[BinaryIO]:
    """A file next to the target, renamed over it once the block ends without an
    error (removed if it raises): readers never see half a file."""
    staging = Staging()
    try:
        with staging.output(path, sync) as handle:
            yield handle
        staging.commit()
    finally:
        staging.discard()


def atomic_write(path: Path, data: bytes) -> None:
    """Write next to the target, then rename over it: readers never see half a file."""
    with atomic_output(path) as handle:
        handle.write(data)


def sweep_temp_files(folder: Path, target_pattern: str) -> int:
    """Remove the temporary files a killed build left in `folder` for targets whose
    names match `target_pattern`: only those of our naming, `.<target>.<8 chars>.tmp`.
    Call it only while holding the folder's lock: no other build is writing there."""
    ours = re.compile(rf"\.(?:{target_pattern})\.[a-z0-9_]{{8}}\.tmp")
    removed = 0
    try:
        names = [p for p in folder.iterdir() if ours.fullmatch(p.name)]
    except OSError:
        return 0
    for path in names:
        try:
            if path.is_file() and not path.is_symlink():
                path.unlink()
                removed += 1
        except OSError:
            pass
    return removed
