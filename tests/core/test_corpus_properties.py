"""Property tests: the corpus reader never crashes and never alters a body."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzkg.corpus import EmptyBody, id_problem, parse_document
from kzkg.errors import InputError

PATH = Path("doc.md")

# Bodies may hold anything a document can: RTL text, Cyrillic, control
# characters, lines of '---', markup. Surrogates cannot be encoded, so skip them.
bodies = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=400)
ids = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(doc_id=ids, body=bodies)
def test_a_written_document_reads_back_with_its_body_unchanged(doc_id: str, body: str) -> None:
    meta = yaml.safe_dump({"id": doc_id, "title": "t"}, allow_unicode=True)
    raw = f"---\n{meta}---\n{body}".encode()
    try:
        doc = parse_document(PATH, raw)
    except EmptyBody:
        assert not body.strip()
        return
    except InputError as exc:
        # Only an id that YAML cannot hold as text, e.g. one that is blank, or one
        # with a character an id may not have (a line break, a direction override).
        assert "\n" not in str(exc)
        assert not doc_id.strip() or id_problem(doc_id.strip()) is not None
        return
    assert doc.body == body
    assert doc.id == doc_id.strip()


@settings(max_examples=300)
@given(raw=st.binary(max_size=300))
def test_any_bytes_give_a_document_or_one_clear_line(raw: bytes) -> None:
    try:
        parse_document(PATH, raw)
    except (InputError, EmptyBody) as exc:
        message = str(exc)
        assert message.startswith(str(PATH))
        assert "\n" not in message


@settings(max_examples=200)
@given(
    meta=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=20,
    )
)
def test_any_yaml_front_matter_gives_a_document_or_one_clear_line(meta: object) -> None:
    text = yaml.safe_dump(meta, allow_unicode=True)
    raw = f"---\n{text}---\nBody text.\n".encode()
    try:
        doc = parse_document(PATH, raw)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(meta, dict) and doc.body == "Body text.\n"
