"""Write a corpus file (and the kept original) so that no reader ever sees half of one
and no existing file is ever replaced.

`atomic_output` (kzkg/build/cache.py) renames over its target; here the
temporary file is hard-linked to the new name instead, which fails if the
name is taken, so two `kzkg add` runs cannot overwrite each other's documents.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml

from kzkg.build.atomic import readable_mode
from kzkg.errors import InputError
from kzkg.ingest.draft import Draft

FIELDS = ("id", "title", "authors", "publisher", "date", "url", "language")


def render(doc_id: str, draft: Draft) -> bytes:
    """The corpus file: YAML front matter (kzkg/corpus.py reads it), then the body."""
    values = {"id": doc_id, **{name: getattr(draft, name) for name in FIELDS[1:]}}
    meta = {k: v for k, v in values.items() if v or k in ("id", "language")}
    meta.update({k: v for k, v in draft.extra.items() if k not in meta})
    head = yaml.safe_dump(
        meta, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000
    )
    return f"---\n{head}---\n{draft.body}".encode()


def create_new(path: Path, data: bytes) -> None:
    """Write `data` to `path`, which must not exist; all of it or nothing."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"{path.parent}: cannot write there: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, readable_mode())
        _link(tmp, path)
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror}") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def _link(tmp: str, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise InputError(f"{path} already exists; nothing was overwritten") from None
    except OSError:  # a file system without hard links: check, then rename
        if path.exists():
            raise InputError(f"{path} already exists; nothing was overwritten") from None
        os.replace(tmp, path)
