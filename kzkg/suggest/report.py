"""Suggestions as text: grouped by kind, most frequent first, each with the
line to paste, where it goes, and the sentence it was seen in."""

from __future__ import annotations

from kzkg.suggest.collect import Suggestion

HEADINGS = {
    "name": "Names the lexicons do not know",
    "alias": "Spellings of known names",
    "title": "Titles before names that no post knows",
    "verb": "Verbs that report a speaker's words but are not reporting verbs",
}


def as_text(suggestions: list[Suggestion], limit: int = 20) -> str:
    if not suggestions:
        return "Nothing to suggest: the lexicons know every name, title and verb seen.\n"
    lines: list[str] = []
    for kind, heading in HEADINGS.items():
        items = [s for s in suggestions if s.kind == kind]
        if not items:
            continue
        lines.append(f"{heading} ({len(items)}):")
        for s in items[:limit]:
            docs = f", {len(s.documents)} documents" if len(s.documents) > 1 else ""
            lines += [f"  {s.count}x {s.text}{docs}", f"    {s.yaml}    # {s.where}"]
            lines.append(f"    seen in: {s.context}")
        if len(items) > limit:
            lines.append(f"  ... {len(items) - limit} more (--limit)")
        lines.append("")
    return "\n".join(lines)
