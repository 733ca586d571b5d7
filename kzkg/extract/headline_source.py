"""Headlines that name their source before a colon ("Police: 300 rioters detained in
Aktobe"): the figure is the named body's or person's, not the publisher's. A place
before the colon is a topic, not a source ("Kazakhstan: No Justice for ...")."""

from __future__ import annotations

from kzkg.extract.context import Sentence
from kzkg.extract.model import EntityKey

SOURCE_KINDS = {"person", "organization", "group"}


def headline_source(sent: Sentence) -> EntityKey | None:
    """The one actor named before the colon of a one-line paragraph with no full stop
    at its end, when the sentence opens that line."""
    body = sent.state.doc.body
    at = sent.base + sent.span.start_char
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    line = body[start : end if end >= 0 else len(body)].rstrip()
    if at != start or not line or line[-1] in ".!?\"'”" or ":" not in line:
        return None
    colon = next((t for t in sent.tokens if t.text == ":"), None)
    if colon is None:
        return None
    words = [t for t in sent.tokens if t.i < colon.i and t.lower_ != "the"]
    keys = {sent.tok_entity.get(t.i) for t in words}
    if len(keys) != 1 or None in keys:
        return None
    key = keys.pop()
    return key if key is not None and key.kind in SOURCE_KINDS else None
