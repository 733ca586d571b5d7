"""Worker processes that end with the build that started them, however it ends.

A pool's workers stop when the build stops them, but a build killed with
SIGKILL cannot: its workers (about 170 MB each) would run on, holding the
build's stdout and stderr open, so a caller reading them to the end would
wait forever. Two ways out, each enough alone: on Linux the kernel sends the
worker SIGKILL when its parent dies (prctl PR_SET_PDEATHSIG); everywhere a
thread in the worker polls for its parent and ends the worker once it is gone.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
POLL_SECONDS = 1.0


def _kernel_lifeline() -> None:
    """Ask Linux to kill this process when its parent exits."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watching thread still does it


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch(build: int, parent: int) -> None:
    # A dead parent's children are given a new parent at once, so a changed
    # parent id tells first; the build's own id covers a fork server in between.
    while os.getppid() == parent and _alive(build):
        time.sleep(POLL_SECONDS)
    os._exit(1)


def die_with(build: int) -> None:
    """End this worker process when the build process `build` ends. Call it first
    thing in the worker (a pool initializer)."""
    parent = os.getppid()
    _kernel_lifeline()
    if parent != build and not _alive(build):
        os._exit(1)  # the build died before the lifeline was in place
    watcher = threading.Thread(target=_watch, args=(build, parent), daemon=True)
    watcher.start()
