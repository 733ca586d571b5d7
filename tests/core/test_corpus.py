"""The corpus reader: front matter, bodies kept byte for byte, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.corpus import EmptyBody, check_unique_ids, iter_corpus, parse_document, read_document
from kzkg.dates import PartialDate
from kzkg.errors import InputError
from kzkg.paths import corpus_dir

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_seed_documents_are_in_the_corpus_with_bodies_unchanged() -> None:
    docs = {d.id: d for d in iter_corpus(corpus_dir())}
    assert set(docs) == {"pism", "nhc"}
    assert docs["pism"].authors == ("Agnieszka Legucka", "Daniel Szeligowski")
    assert docs["nhc"].title == "The Unrest in Kazakhstan: What happened?"
    assert docs["pism"].date == PartialDate(2022, 1)
    for doc in docs.values():
        seed = SEEDS / doc.path.name
        if seed.exists():  # shared/ sits beside the checkout in CI and here
            assert doc.body == seed.read_text(encoding="utf-8")


def test_body_is_everything_after_the_closing_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\nid: a\ndate: 2022-01-02\n---\n\nFirst line.\n---\nmore")
    doc = read_document(path)
    assert doc.body == "\nFirst line.\n---\nmore"
    assert doc.date == PartialDate(2022, 1, 2)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"no front matter\n", "a.md:1: missing front matter"),
        (b"---\nid: a\nbody without end\n", "not closed"),
        (b"---\nid: [a\n---\nbody\n", "a.md:2: front matter is not valid YAML"),
        (b"---\ntitle: x\n---\nbody\n", "front matter has no 'id'"),
        (b"---\nid: a\n---\n\xff\xfe body\n", "not UTF-8"),
        (b"---\nid: a\ndate: 2022-13\n---\nbody\n", "front matter 'date'"),
        (b"---\n- a\n- b\n---\nbody\n", "must be a YAML mapping"),
        (b"---\nid: a\nauthors: {x: 1}\n---\nbody\n", "'authors' must be a list"),
    ],
)
def test_bad_files_fail_with_one_line_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = write(tmp_path, "a.md", content)
    with pytest.raises(InputError) as info:
        parse_document(path, content)
    text = str(info.value)
    assert message in text
    assert str(path) in text
    assert "\n" not in text


def test_empty_body_is_skipped_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nid: a\n---\n  \n")
    write(tmp_path, "b.md", "---\nid: b\n---\nText.\n")
    warnings: list[str] = []
    docs = list(iter_corpus(tmp_path, warn=warnings.append))
    assert [d.id for d in docs] == ["b"]
    assert len(warnings) == 1 and "a.md" in warnings[0]
    with pytest.raises(EmptyBody):
        read_document(tmp_path / "a.md")


def test_duplicate_ids_name_both_files(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "---\nid: same\n---\nOne.\n")
    write(tmp_path, "b.md", "---\nid: same\n---\nTwo.\n")
    with pytest.raises(InputError, match=r"b\.md: duplicate id 'same' \(also in a\.md\)"):
        check_unique_ids(iter_corpus(tmp_path))


def test_missing_corpus_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        list(iter_corpus(tmp_path / "nope"))
