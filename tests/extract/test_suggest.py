"""`kzkg suggest`: unknown names, titles and reporting verbs, with context and a
line to paste; nothing the lexicons already know."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.extract.pipeline import Extractor
from kzkg.suggest import Suggestion, suggest

TEXT = """---
id: a
publisher: Example News
date: 2022-01-10
---
Police spokesman Daniyar Kuanyshev told reporters on Monday that the square was calm.
Kuanyshev lamented that officers had fired warning shots.

The lawyer Asel Nurmagambetova said that her client was beaten in custody.
Tokayev said that order had been restored, and Nazarbayev stayed silent.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "a.md").write_text(TEXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def found(corpus: Path, extractor: Extractor) -> dict[tuple[str, str], Suggestion]:
    return {(s.kind, s.text): s for s in suggest(corpus, extractor=extractor)}


def test_an_unknown_person_with_the_surname_alone_as_alias(found) -> None:
    person = found[("name", "Daniyar Kuanyshev")]
    assert person.yaml == "- {label: Daniyar Kuanyshev, type: Person, aliases: [Kuanyshev]}"
    assert person.count == 2 and person.where.startswith("entities.yaml")
    assert "Kuanyshev told reporters" in person.context
    assert ("name", "Kuanyshev") not in found


def test_known_names_and_titles_are_not_suggested(found) -> None:
    texts = {text for _, text in found}
    assert not texts & {"Tokayev", "Nazarbayev", "Kassym-Jomart Tokayev", "spokesman", "police"}


def test_a_title_word_before_a_name(found) -> None:
    title = found[("title", "lawyer")]
    assert title.yaml == "post_words: [lawyer]"
    assert "lawyer Asel Nurmagambetova" in title.context


def test_a_verb_that_reports_what_a_named_speaker_said(found) -> None:
    verb = found[("verb", "lament")]
    assert verb.yaml == "statement: [lament]" and verb.where.startswith("claims.yaml")
    assert ("verb", "tell") not in found and ("verb", "say") not in found


def test_the_command_prints_suggestions_most_frequent_first(
    corpus: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kzkg.suggest.Extractor", lambda _lexicon: extractor)
    result = CliRunner().invoke(app, ["suggest", "--corpus", str(corpus), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "2x Daniyar Kuanyshev" in result.output
    assert "1x Asel Nurmagambetova" not in result.output and "1 more (--limit)" in result.output
    missing = CliRunner().invoke(app, ["suggest", "--corpus", str(corpus / "nope")])
    assert missing.exit_code == 2 and "corpus folder does not exist" in missing.output


def test_names_of_periods_are_not_suggested(tmp_path: Path, extractor: Extractor) -> None:
    (tmp_path / "b.md").write_text(
        "---\nid: b\npublisher: Example News\ndate: 2023-01-05\n---\n"
        "One year since Qandy Qantar, families of Qandy Qantar victims still wait.\n",
        encoding="utf-8",
    )
    texts = {s.text for s in suggest(tmp_path, extractor=extractor)}
    assert "Qandy Qantar" not in texts
