"""Parts of a corpus and worker counts: `--shard I/N`, `--files LIST`, `--jobs N|auto`.

A shard is a range of a hash of the document id, so a document stays in the
same shard when others are added or removed, and N machines each given one
shard extract every document exactly once.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kzkg.errors import InputError, shown


@dataclass(frozen=True)
class Shard:
    index: int  # 1..count
    count: int

    @classmethod
    def parse(cls, text: str) -> Shard:
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if not match:
            raise InputError(f"--shard must look like I/N (for example 2/8), not {text!r}")
        index, count = int(match.group(1)), int(match.group(2))
        if not 1 <= index <= count:
            raise InputError(f"--shard {text}: I must be between 1 and N")
        return cls(index, count)

    def holds(self, doc_id: str) -> bool:
        point = int.from_bytes(hashlib.sha256(doc_id.encode("utf-8")).digest()[:8], "big")
        return point * self.count >> 64 == self.index - 1

    @property
    def name(self) -> str:
        return f"{self.index}-of-{self.count}"


def read_file_list(listing: Path, corpus: Path) -> list[Path]:
    """Paths named one per line in `listing` (relative to the corpus folder or absolute)."""
    try:
        lines = listing.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{shown(listing)}: cannot read the file list ({exc})") from None
    paths = []
    for number, line in enumerate(lines, 1):
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        path = Path(name) if Path(name).is_absolute() else corpus / name
        if not path.is_file():
            raise InputError(f"{shown(listing)}:{number}: no such document file: {shown(name)}")
        paths.append(path)
    return sorted(set(paths))


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_jobs(text: str) -> int:
    """`--jobs`: a positive number, or 0 / auto for every core this process may use."""
    value = text.strip().lower()
    if value in ("auto", "0"):
        return available_cores()
    if not value.isdigit() or int(value) < 1:
        raise InputError(f"--jobs must be a number of processes, 0 or auto, not {text!r}")
    return int(value)
