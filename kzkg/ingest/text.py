"""Read a plain-text or Markdown file; corpus-style front matter, if present, is its metadata.

The text keeps its own line breaks (one paragraph a line, or hard-wrapped
paragraphs between blank lines: both read well); only a first `# heading`
is taken out, as the title.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from kzkg.errors import InputError
from kzkg.ingest.draft import Draft, require_text, tidy_text
from kzkg.ingest.sniff import decode_text

_READ = {"id", "title", "authors", "author", "publisher", "date", "url", "language"}
_HEADING = re.compile(r"^#{1,2}\s+(.+?)\s*#*\s*$")


def read_text(raw: bytes, name: str = "") -> Draft:
    text = decode_text(raw).replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, Any] = {}
    if text.startswith("---\n"):
        meta, text = _front_matter(text, name)
    lines = text.strip("\n").split("\n")
    title = str(meta.get("title") or "")
    heading = _HEADING.match(lines[0]) if lines else None
    if heading:
        title = title or heading.group(1)
        lines = lines[1:]
    elif not title and lines and len(lines[0]) <= 120 and not lines[0].rstrip().endswith("."):
        title = lines[0].strip()
    body = tidy_text("\n".join(lines))
    require_text(body, "the file")
    authors = meta.get("authors") or meta.get("author") or []
    return Draft(
        body=body,
        title=title,
        authors=[authors] if isinstance(authors, str) else [str(a) for a in authors],
        publisher=str(meta.get("publisher") or ""),
        date=str(meta.get("date") or ""),
        url=str(meta.get("url") or ""),
        language=str(meta.get("language") or ""),
        kind="text",
        id=str(meta.get("id") or ""),
        extra={str(k): str(v) for k, v in meta.items() if k not in _READ and _scalar(v)},
    )


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    head, sep, rest = text[4:].partition("\n---\n")
    if not sep:
        return {}, text
    try:
        meta = yaml.safe_load(head)
    except yaml.YAMLError:
        raise InputError(f"{Path(name).name}: front matter is not valid YAML") from None
    return (meta if isinstance(meta, dict) else {}), rest
