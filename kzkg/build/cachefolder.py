"""Whose folder is this: a cache folder is marked, and only our own files in it are deleted.

`kzkg build --cache .` once pruned every file two levels down, a project's
ontology and queries among them. Now a folder is used as a cache only if it is
new or empty (it is then marked by a file `.kzkg-cache` holding the layout
version) or already marked; and a build deletes only what matches the cache's
naming, `<2 hex>/<40 hex>.json` entries and the `.<entry>.<8 chars>.tmp` files a
killed build left beside them. An unmarked folder holding nothing but such
files is a cache an older kzkg made: it is adopted. Other kzkg commands keep
their state beside the build's default cache in graph/.cache (NEIGHBOURS);
those are not in the way either, and a build never touches them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from kzkg.errors import InputError, shown

MARKER = ".kzkg-cache"
MARKER_TEXT = "kzkg cache, layout 1\n"  # a new layout gets a new number
LOCK = ".kzkg-cache.lock"
# graph/.cache/ also holds `kzkg add`'s index of the corpus and `kzkg evaluate`'s builds.
NEIGHBOURS = ("add-index.json", "evaluate")
_SUBFOLDER = re.compile(r"[0-9a-f]{2}")
_ENTRY = re.compile(r"[0-9a-f]{40}\.json")
_TEMP = re.compile(r"\.[0-9a-f]{40}\.json\.[a-z0-9_]{8}\.tmp")


def _only_entries(folder: Path) -> bool:
    """Whether everything in `folder` is of our naming (an unmarked older kzkg cache)."""
    for sub in folder.iterdir():
        if sub.name in (MARKER, LOCK, *NEIGHBOURS):
            continue
        if not (_SUBFOLDER.fullmatch(sub.name) and sub.is_dir() and not sub.is_symlink()):
            return False
        if not all(_ENTRY.fullmatch(p.name) or _TEMP.fullmatch(p.name) for p in sub.iterdir()):
            return False
    return True


def claim(folder: Path) -> bool:
    """Make sure `folder` is a cache of ours: new or empty (then marked), or marked.
    True when this call marked it; InputError when it is not ours; OSError when it
    cannot be used at all."""
    marker = folder / MARKER
    try:
        found: str | None = marker.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        found = None
    if found == MARKER_TEXT:
        return False
    if found is not None:
        raise InputError(
            f"{shown(folder)}: a cache of another layout ({shown(found.strip())}); "
            f"this kzkg writes {MARKER_TEXT.strip()}: give another --cache or remove it"
        )
    if folder.is_dir() and not _only_entries(folder):
        raise InputError(
            f"{shown(folder)}: not a kzkg cache (no {MARKER} file) and not empty: "
            "refusing to use it, as a build deletes the cache entries it did not use; "
            "give --cache a new or empty folder"
        )
    folder.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return claim(folder)  # another build marked it just now
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(MARKER_TEXT)
    return True


def stale_files(folder: Path, live: set[str]) -> Iterator[Path]:
    """Entries of `folder` whose key is not in `live`, and temporary files."""
    for sub in folder.iterdir():
        if not _SUBFOLDER.fullmatch(sub.name) or sub.is_symlink() or not sub.is_dir():
            continue
        for path in sub.iterdir():
            entry = _ENTRY.fullmatch(path.name) and path.name.startswith(sub.name)
            if (entry and path.stem not in live) or _TEMP.fullmatch(path.name):
                yield path


def unclaim_if_unused(folder: Path) -> None:
    """Remove the marker and the folder if nothing else is in it."""
    try:
        if [p.name for p in folder.iterdir()] == [MARKER]:
            (folder / MARKER).unlink()
            folder.rmdir()
    except OSError:
        pass
