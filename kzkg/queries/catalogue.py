"""The saved queries in `queries/*.rq`, read from their comment headers.

A header is a run of `# key: value` lines at the top of the file:

    # title: Succession to a post
    # description: Who held a post, in order, and who replaced whom.
    # param: post | the post (IRI, label or alias) | head of the Security Council | kz:Post

A parameter line is `name | what it is | default | kind`; the default may be
empty (then the parameter is required) and the kind is optional: a class such
as `kz:Post` (an entity, resolved by label), `entity` (any entity), `date`
(YYYY, YYYY-MM or YYYY-MM-DD) or `text`. The body names each parameter in a
`VALUES ?name { UNDEF }` clause; binding fills it in (see params.py).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from kzkg.errors import InputError, KzkgError
from kzkg.paths import queries_dir

_HEADER = re.compile(r"^#\s*(\w+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class Param:
    name: str
    description: str
    default: str = ""
    kind: str = "entity"

    @property
    def required(self) -> bool:
        return not self.default


@dataclass(frozen=True)
class SavedQuery:
    name: str
    path: Path
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = field(default_factory=tuple)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise InputError(f"query '{self.name}' has no parameter '{name}'; {self.signature()}")

    def signature(self) -> str:
        if not self.params:
            return "it takes no parameters"
        return "it takes: " + ", ".join(
            f"{p.name}{'' if p.required else '=' + p.default}" for p in self.params
        )


def parse_query_file(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        if key == "param":
            parts = [part.strip() for part in value.split("|")]
            if not parts[0].isidentifier():
                raise KzkgError(f"{path}: bad parameter name in header: {parts[0]!r}")
            parts += [""] * (4 - len(parts))
            params.append(Param(parts[0], parts[1], parts[2], parts[3] or "entity"))
        else:
            fields[key] = value
    return SavedQuery(
        name=path.stem,
        path=path,
        text=text,
        title=fields.get("title", path.stem),
        description=fields.get("description", ""),
        params=tuple(params),
    )


def catalogue(folder: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query in the folder (default `queries/`), by name."""
    folder = folder or queries_dir()
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.rq"))}


def find_query(name: str, folder: Path | None = None) -> SavedQuery:
    """The saved query called `name`; an error listing the closest names otherwise."""
    queries = catalogue(folder)
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=5, cutoff=0.4)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise InputError(
        f"no saved query named '{name}'{hint} (`kzkg queries` lists all {len(queries)})"
    )
