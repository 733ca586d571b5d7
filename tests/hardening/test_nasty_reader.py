"""Every nasty document reads, is skipped with a warning, or fails with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.corpus import EmptyBody, read_document
from kzkg.errors import InputError

from .nasty import nasty_documents


@pytest.mark.parametrize(("name", "raw", "outcome"), nasty_documents(), ids=lambda v: str(v)[:20])
def test_nasty_document(tmp_path: Path, name: str, raw: bytes, outcome: str) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    if outcome == "ok":
        doc = read_document(path)
        assert doc.body and doc.id
    elif outcome == "skip":
        with pytest.raises(EmptyBody):
            read_document(path)
    else:
        with pytest.raises(InputError) as info:
            read_document(path)
        message = str(info.value)
        assert outcome in message and name in message and "\n" not in message
