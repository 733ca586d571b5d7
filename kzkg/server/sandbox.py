"""What a query worker may do: no network, and a cap on its memory.

pyoxigraph evaluates SERVICE by sending HTTP requests, and has no switch to
turn that off. The query check (queries/guard.py) refuses SERVICE; in depth
behind it, a worker installs a seccomp filter once its graph is loaded, after
which the kernel refuses it any socket but a Unix one (its pipe to the server
was made before): no query, however it got past the check, reaches the
network. The memory cap is an address-space limit (RLIMIT_AS) above what the
loaded graph already takes; an allocation past it fails, and the engine
aborts its process, which the server reports as the query's fault.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import resource
import struct
from pathlib import Path

# Kernel constants (linux/seccomp.h, linux/filter.h, linux/audit.h, asm/unistd.h).
PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2
RET_ALLOW, RET_ERRNO = 0x7FFF0000, 0x00050000
LD_W_ABS, JEQ_K, JGE_K, RET_K = 0x20, 0x15, 0x35, 0x06
AF_UNIX = 1
# machine: (audit arch, socket, io_uring_setup); io_uring can open sockets too.
ARCHES = {
    "x86_64": (0xC000003E, 41, 425),
    "aarch64": (0xC00000B7, 198, 425),
}
X32_BIT = 0x40000000  # x32 system calls on x86_64 carry this bit: refuse them all


def _op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def _filter(arch: int, socket_nr: int, uring_nr: int) -> bytes:
    deny = RET_ERRNO | errno.EACCES
    return b"".join(
        [
            _op(LD_W_ABS, 4),  # seccomp_data.arch
            _op(JEQ_K, arch, jt=1),
            _op(RET_K, deny),
            _op(LD_W_ABS, 0),  # seccomp_data.nr
            _op(JGE_K, X32_BIT, jt=3),
            _op(JEQ_K, uring_nr, jt=2),
            _op(JEQ_K, socket_nr, jt=2),
            _op(RET_K, RET_ALLOW),
            _op(RET_K, deny),
            _op(LD_W_ABS, 16),  # seccomp_data.args[0], low half: the address family
            _op(JEQ_K, AF_UNIX, jf=1),
            _op(RET_K, RET_ALLOW),
            _op(RET_K, deny),
        ]
    )


def forbid_network() -> bool:
    """From now on this process (and its threads and children) can open no socket
    but a Unix one. False where the kernel or the machine offers no seccomp."""
    known = ARCHES.get(platform.machine())
    if known is None or platform.system() != "Linux":
        return False
    program = _filter(*known)
    count = len(program) // 8
    buffer = ctypes.create_string_buffer(program)
    fprog = struct.pack("HxxxxxxP", count, ctypes.addressof(buffer))
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    fprog_buffer = ctypes.create_string_buffer(fprog)
    return libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, fprog_buffer, 0, 0) == 0


def address_space() -> int:
    """Bytes of address space this process has mapped now."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


def cap_memory(extra_mib: int) -> int:
    """Let this process map at most `extra_mib` MiB more than it has now; the cap in bytes."""
    cap = address_space() + extra_mib * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    return cap
