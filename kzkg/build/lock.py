"""One build at a time per output: a lock file beside the graph, in the cache, in the folder.

Without it two builds into the same graph both rename their result over it
(the last wins silently) and one build's cache prune deletes what the other
just wrote. The lock is `flock` on a small file holding the builder's pid:
the kernel drops it when that process ends, however it ends, so a killed
build never leaves a stale lock. A build that only adds (a shard, a file
list) shares the lock with others like it; a build that replaces or deletes
(the graph, a whole corpus's cache prune) holds it alone. A second build does
not wait: it says in one line which build holds the lock.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kzkg.errors import KzkgError, shown
from kzkg.lockfile import lock_current

try:
    import fcntl
except ImportError:  # not POSIX: builds are not locked
    fcntl = None  # type: ignore[assignment]


class BuildRunning(KzkgError):
    """Another build holds the lock; try again when it is done."""

    exit_code = 75  # EX_TEMPFAIL: the same command may succeed later


def _holder(path: Path) -> str:
    """' (pid N)' of the build holding the lock file, as it wrote there."""
    try:
        text = path.read_bytes()[:32].decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (pid {text})" if text.isdigit() else ""


def _lock_file(path: Path, exclusive: bool, what: Path) -> int:
    """An open descriptor of `path`, locked; the file the path names now, not a removed one."""
    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    try:
        return lock_current(path, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        raise BuildRunning(
            f"another build{_holder(path)} is writing {shown(what)}: try again when it has finished"
        ) from None


@contextmanager
def locked(path: Path, what: Path, exclusive: bool = True) -> Iterator[None]:
    """Hold the lock file `path` (guarding `what`) for the block; BuildRunning if taken."""
    if fcntl is None:
        yield
        return
    made = not path.parent.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = _lock_file(path, exclusive, what)
    except BaseException:
        _remove_if_empty(path.parent, made)
        raise
    try:
        if exclusive:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        try:  # the last holder removes the file; others opening it meanwhile retry
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            path.unlink(missing_ok=True)
        except OSError:
            pass  # still shared with another build
        os.close(fd)
        _remove_if_empty(path.parent, made)


def _remove_if_empty(folder: Path, made: bool) -> None:
    """A folder made only for the lock goes again if the build wrote nothing there."""
    if made:
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty: the build's outputs are in it
