"""Issue 13, bad input that still gave a traceback: one line naming file and line instead.

YAML values PyYAML turns into exceptions (impossible dates, a failing `!!int`),
lone surrogates, a date with text after it, file names with line breaks or
terminal escapes, and `resolve("<>")`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.build.curation import load_curation
from kzkg.cli.main import app
from kzkg.errors import InputError
from kzkg.lexicon import Lexicon, event_classes
from kzkg.store import KnowledgeGraph

from .conftest import ROOT

GOOD = "---\nid: good\ndate: 2022-01-10\n---\nTokayev said that order would be restored.\n"
# (the front matter's first line, line 2 of the file; what the one error line says)
BAD_VALUES = [
    ("date: 2022-13-45", "month 13 is out of range"),
    ("date: 2022-02-30", "day 30 is out of range for 2022-02"),
    ("date: !!timestamp 2022-02-30", "is not a valid timestamp"),
    ("id: !!int abc", "'abc' is not a valid int"),
    ('title: "bad \\ud800 title"', "\\ud800 is half of a surrogate pair"),
    ('id: "\\udc80"', "\\udc80 is half of a surrogate pair"),
    ("date: 2022-01-05 is wrong", "not an ISO date"),
]


def _corpus(folder: Path, line2: str) -> Path:
    folder.mkdir()
    (folder / "good.md").write_text(GOOD)
    rest = "" if line2.startswith("id:") else "id: bad\n"
    (folder / "bad.md").write_text(f"---\n{line2}\n{rest}---\nTokayev spoke.\n")
    return folder


def _only_line(output: str) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1, output
    return lines[0]


# --- 12, 13, 14 in front matter --------------------------------------------------------------
@pytest.mark.parametrize(("line2", "problem"), BAD_VALUES, ids=[v[0] for v in BAD_VALUES])
def test_a_bad_front_matter_value_is_one_line_naming_file_and_line(
    fast_cli: CliRunner, tmp_path: Path, line2: str, problem: str
) -> None:
    corpus = _corpus(tmp_path / "corpus", line2)
    out = tmp_path / "g.trig"
    args = ["build", "--corpus", str(corpus), "--out", str(out), "--no-cache"]
    result = fast_cli.invoke(app, args)
    assert result.exit_code == 2, result.output
    line = _only_line(result.output)
    assert line.startswith(f"error: {corpus}/bad.md:2: ") and problem in line, line
    assert not out.exists()
    going = fast_cli.invoke(app, [*args, "--keep-going"])
    assert going.exit_code == 0, going.output
    assert f"skipped: {corpus}/bad.md:2: " in going.output
    assert "built " in going.output and ": 1 documents" in going.output


def test_a_title_that_looks_like_an_impossible_date_is_a_title(
    fast_cli: CliRunner, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path / "corpus", "title: 2022-02-30")
    out = tmp_path / "g.trig"
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert '"2022-02-30"' in out.read_text(encoding="utf-8")


def test_a_date_with_a_time_keeps_its_day(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", "date: 2022-01-05T10:30:00Z")
    out = tmp_path / "g.trig"
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert '"2022-01-05"^^xsd:date' in out.read_text(encoding="utf-8")


# --- 12, 13, 14 in graph/curated.yaml -----------------------------------------------------------
CURATED = """facts:
  - curator: a curator
    kind: tenure
    holder: Alikhan Smailov
    post: Prime Minister of Kazakhstan
    {line6}
"""


@pytest.mark.parametrize(
    ("line6", "problem"),
    [
        ("start: 2022-13-45", "fact 1: 'start': month 13 is out of range"),
        ("start: 2022-02-30", "fact 1: 'start': day 30 is out of range"),
        ("start: !!timestamp 2022-02-30", "is not a valid timestamp"),
        ("note: !!int abc", "'abc' is not a valid int"),
        ('note: "bad \\ud800 note"', "\\ud800 is half of a surrogate pair"),
        ("start: 2022-01-11 is wrong", "fact 1: 'start': not an ISO date"),
    ],
)
def test_a_bad_curated_value_is_one_line_naming_file_and_line(
    tmp_path: Path, lexicon: Lexicon, line6: str, problem: str
) -> None:
    path = tmp_path / "curated.yaml"
    path.write_text(CURATED.format(line6=line6))
    with pytest.raises(InputError) as info:
        load_curation(path, lexicon, event_classes(ROOT / "ontology" / "kzkg.ttl"))
    message = str(info.value)
    assert message.startswith(f"{path}:6: ") and problem in message and "\n" not in message


# --- 12, 13, 14 in ontology/lexicon/posts.yaml (check-lexicon) ----------------------------
@pytest.mark.parametrize(
    ("replacement", "problem"),
    [
        ("end: 2022-02-30}", "'end': day 30 is out of range"),
        ("end: 2022-13-45}", "'end': month 13 is out of range"),
        ("end: !!timestamp 2022-13-45}", "is not a valid timestamp"),
        ("end: !!int abc}", "'abc' is not a valid int"),
        ('end: "\\udc80"}', "\\udc80 is half of a surrogate pair"),
        ("end: 2022-01-05 is wrong}", "not an ISO date"),
    ],
)
def test_a_bad_lexicon_value_is_one_line_naming_file_and_line(
    tmp_path: Path, replacement: str, problem: str
) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(ROOT / "ontology" / "lexicon", folder)
    posts = folder / "posts.yaml"
    text = posts.read_text(encoding="utf-8")
    holder = "{holder: Askar Mamin, start: 2019-02, end: 2022-01-05}"
    assert holder in text
    line = text[: text.index(holder)].count("\n") + 1
    posts.write_text(text.replace(holder, holder.replace("end: 2022-01-05}", replacement)))
    result = CliRunner().invoke(app, ["check-lexicon", "--lexicon", str(folder)])
    assert result.exit_code == 2, result.output
    message = _only_line(result.output)
    assert message.startswith(f"error: {posts}:{line}: ") and problem in message, message


# --- 15. file names with line breaks and terminal escapes ----------------------------------
def test_file_names_are_printed_escaped(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad\nname\x1b[31m.md").write_text("---\nid: [unclosed\n---\nText.\n")
    (corpus / "empty\x1b]0;owned\x07.md").write_text("---\nid: empty\n---\n\n")
    undecodable = (bytes(corpus) + b"/raw\xff.md").decode("utf-8", "surrogateescape")
    Path(undecodable).write_text(GOOD.replace("id: good", "id: raw"))
    out = tmp_path / "g.trig"
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    lines = result.output.strip().splitlines()
    assert lines == [
        f"warning: {corpus}/empty\\x1b]0;owned\\x07.md: empty body, skipped",
        f"error: {corpus}/bad\\nname\\x1b[31m.md:2: front matter is not valid YAML: "
        "expected ',' or ']', but got '<stream end>'",
        f"{corpus}/raw\\udcff.md: the file name is not UTF-8: rename the file",
    ], result.output


def test_a_document_whose_name_has_a_line_break_builds(fast_cli: CliRunner, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fine\nname.md").write_text(GOOD)
    out = tmp_path / "g.trig"
    result = fast_cli.invoke(app, ["build", "--corpus", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = KnowledgeGraph.open(out).select("SELECT ?name WHERE { ?d kz:fileName ?name }")
    assert rows == [{"name": "fine\nname.md"}]


# --- 17. resolve("<>") -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["<>", "<a b>", "<no-scheme>"])
def test_resolve_of_something_that_is_not_an_iri_is_an_input_error(text: str) -> None:
    kg = KnowledgeGraph.open(ROOT / "graph" / "kzkg.trig")
    with pytest.raises(InputError, match="is not an IRI"):
        kg.resolve(text)
