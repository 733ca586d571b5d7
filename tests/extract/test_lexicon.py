"""Lexicon and curation files: every mistake is one line naming the file and the entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzkg.build.curation import load_curation
from kzkg.cli.main import app
from kzkg.errors import InputError
from kzkg.lexicon import event_classes, load_lexicon

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = ROOT / "ontology" / "kzkg.ttl"


@pytest.fixture()
def lexicon_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(ROOT / "ontology" / "lexicon", folder)
    return folder


def _append(path: Path, text: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(old + text, encoding="utf-8")


def test_shipped_lexicon_is_valid(lexicon) -> None:
    assert len(lexicon.entities) > 50 and lexicon.triggers and lexicon.claim_verbs
    wikidata = [e.wikidata for e in lexicon.entities if e.wikidata]
    assert len(wikidata) == len(set(wikidata))


@pytest.mark.parametrize(
    ("file", "text", "message"),
    [
        (
            "extra.yaml",
            "triggers:\n  - {class: Coup, words: [coup]}\n",
            "unknown event class 'Coup'",
        ),
        ("places.yaml", "  - {type: City, aliases: [X]}\n", "missing 'label'"),
        ("places.yaml", "  - {label: Semey, type: Town}\n", "unknown type 'Town'"),
        ("places.yaml", "  - {label: Semey, type: City, wikidata: 123}\n", "wikidata"),
        ("places.yaml", "  - {label: Semey, type: City, located_in: Atlantis}\n", "Atlantis"),
        ("groups.yaml", "  - {label: [unclosed\n", "not valid YAML"),
        ("extra.yaml", "count_verbs:\n  flee: [fled]\n", "count_verbs: flee"),
        ("extra.yaml", "count_verbs: [flee]\n", "must be a mapping"),
        ("extra.yaml", "nationalities: {atlantean: Atlantis}\n", "Atlantis"),
        ("extra.yaml", "nationalities: [kazakh]\n", "mapping"),
    ],
)
def test_bad_entries_name_file_and_entry(
    lexicon_copy: Path, file: str, text: str, message: str
) -> None:
    _append(lexicon_copy / file, text)
    with pytest.raises(InputError) as error:
        load_lexicon(lexicon_copy, ONTOLOGY)
    line = str(error.value)
    assert "\n" not in line and message in line
    assert file in line or "Atlantis" in line


def test_statistics_words_reach_the_lexicon(lexicon_copy: Path) -> None:
    _append(lexicon_copy / "extra.yaml", "count_verbs:\n  flee: fled\nunits: [lari]\n")
    lexicon = load_lexicon(lexicon_copy, ONTOLOGY)
    assert lexicon.maps["count_verbs"]["flee"] == "fled"
    assert lexicon.maps["count_verbs"]["kill"] == "killed"  # the shipped entries stay
    assert "lari" in lexicon.words("units")


def test_official_source_must_be_an_entity(lexicon_copy: Path) -> None:
    _append(lexicon_copy / "statistics.yaml", "official_source: [Ministry of Truth]\n")
    with pytest.raises(InputError, match="official_source: unknown entity"):
        load_lexicon(lexicon_copy, ONTOLOGY)


def test_check_lexicon_command(lexicon_copy: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["check-lexicon", "--lexicon", str(lexicon_copy)])
    assert ok.exit_code == 0 and "ok" in ok.output
    _append(lexicon_copy / "more.yaml", "triggers:\n  - {class: Coup, words: [coup]}\n")
    bad = runner.invoke(app, ["check-lexicon", "--lexicon", str(lexicon_copy)])
    assert bad.exit_code != 0
    assert "more.yaml" in bad.output and "Coup" in bad.output and "Traceback" not in bad.output


def test_shipped_curation_file_is_valid(lexicon) -> None:
    quads = load_curation(ROOT / "graph" / "curated.yaml", lexicon, event_classes(ONTOLOGY))
    assert any(str(p).endswith("#curator") for _, p, _, _ in quads)


@pytest.mark.parametrize(
    ("fact", "message"),
    [
        ("{kind: tenure, holder: Nobody Known, post: President of Kazakhstan}", "curator"),
        (
            "{curator: A, kind: tenure, holder: Nobody Known, post: President of Kazakhstan}",
            "unknown entity 'Nobody Known'",
        ),
        ("{curator: A, kind: event, class: Coup}", "unknown event class 'Coup'"),
        ("{curator: A, kind: tenure, holder: Tokayev, post: Emperor}", "unknown post 'Emperor'"),
        ("{curator: A, kind: tenure, holder: Tokayev, post: President, start: 2022-13}", "'start'"),
    ],
)
def test_bad_curated_fact(tmp_path: Path, lexicon, fact: str, message: str) -> None:
    path = tmp_path / "curated.yaml"
    path.write_text(f"facts:\n  - {fact}\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_curation(path, lexicon, event_classes(ONTOLOGY))
    assert "fact 1" in str(error.value) and message in str(error.value)


def test_curated_event_lands_in_the_curated_graph(tmp_path: Path, lexicon) -> None:
    path = tmp_path / "curated.yaml"
    path.write_text(
        "facts:\n  - {curator: Jane Analyst, kind: event, class: MilitaryDeployment,\n"
        "     key: CSTO peacekeepers, date: 2022-01-06, agents: [CSTO peacekeepers],\n"
        "     places: [Almaty], label: CSTO peacekeepers deployed}\n",
        encoding="utf-8",
    )
    quads = load_curation(path, lexicon, event_classes(ONTOLOGY))
    graphs = {str(g) for _, _, _, g in quads}
    assert graphs <= {
        "https://w3id.org/kzkg/id/graph/curated",
        "https://w3id.org/kzkg/id/graph/resolution",
    }
    assert any(str(o) == "Jane Analyst" for _, _, o, _ in quads)
    assert any(str(p).endswith("#agent") for _, p, _, _ in quads)
