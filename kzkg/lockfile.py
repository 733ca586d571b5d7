"""`flock` on a lock file that someone may remove: the one lock both the build
(kzkg/build/lock.py) and the on-disk store (kzkg/diskstore.py) take.

Kept out of kzkg/build/ so that the query path can lock without importing the
build pipeline. POSIX only; callers check that `fcntl` imported.
"""

from __future__ import annotations

import os
from pathlib import Path


def lock_current(path: Path, mode: int) -> int:
    """An open descriptor of `path` locked in `mode` (`fcntl.LOCK_*`, with
    `LOCK_NB` raising BlockingIOError when taken): the file the path names now,
    not one its holder removed as we opened it."""
    import fcntl

    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, mode)
        except BaseException:
            os.close(fd)
            raise
        try:
            current = os.stat(path).st_ino == os.fstat(fd).st_ino
        except FileNotFoundError:
            current = False
        if current:
            return fd
        os.close(fd)  # removed as we opened it: lock the file the path names now
