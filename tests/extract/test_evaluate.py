"""`kzkg evaluate`: the gold file, the matching rules and the command's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.errors import InputError
from kzkg.evaluate import evaluate
from kzkg.evaluate.compare import compare_dates, compare_value, numbers
from kzkg.evaluate.gold import load_gold
from kzkg.evaluate.text import Body, overlaps

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold_seeds.yaml"
CORPUS = ROOT / "graph" / "corpus"


def test_numbers_of_a_value() -> None:
    assert numbers("more than 3,000") == {3000.0}
    assert numbers("eight police and National Guard troops") == {8.0}
    assert numbers("15.6 years") == {15.6}
    assert numbers("the third referendum") == {3.0}
    assert numbers("hundreds") == set()


def test_value_and_date_agreement() -> None:
    assert compare_value("more than 3,000", {"3000"}) == "agree"
    assert compare_value("tens of thousands", {"tens of thousands"}) == "agree"
    assert compare_value("238", {"232"}) == "wrong"
    assert compare_value("238", set()) == "absent"
    assert compare_dates("2022-01", {"2022-01-05"}) == "agree"
    assert compare_dates("2022-01-05", {"2022"}) == "agree"
    assert compare_dates("2022-01-05", {"2022-01-06"}) == "wrong"


def test_quotes_are_found_with_curly_quotes_and_spaces_folded() -> None:
    body = Body("He said on Jan. 5 that \u201cthey  must go.\u201d Then he left.\nNext line.")
    span = body.locate('"they must go."')
    assert span is not None and body.text[span[0] : span[1]].startswith("\u201cthey")
    assert body.sentence(span) == 'He said on Jan. 5 that "they must go."'
    assert body.find_name("THEN") is not None and body.find_name("hen") is None
    assert overlaps((0, 10), (5, 40)) and not overlaps((0, 10), (8, 40))


def write_gold(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def seed_gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda g: g["claims"][0]["evidence"][0].update(doc="elsewhere"), "unknown document"),
        (lambda g: g["claims"][0].pop("claimant"), "has no `claimant`"),
        (lambda g: g["roles"][0].update(evidence=[]), "has no evidence"),
        (lambda g: g.pop("documents"), "needs a `documents:` mapping"),
    ],
)
def test_a_broken_gold_file_is_one_clear_error(tmp_path: Path, edit, message: str) -> None:
    gold = seed_gold()
    edit(gold)
    with pytest.raises(InputError, match=message):
        load_gold(write_gold(tmp_path, gold))


def test_a_quote_not_in_its_document_is_an_error(tmp_path: Path, seed_build: Path) -> None:
    gold = seed_gold()
    gold["claims"][0]["evidence"][0]["quote"] = "words the document never says"
    with pytest.raises(InputError, match="quote not in document 'nhc'"):
        evaluate(write_gold(tmp_path, gold), corpus=CORPUS, graph_file=seed_build)


def test_a_claim_credited_to_someone_else_is_wrong_and_missed(
    tmp_path: Path, seed_build: Path
) -> None:
    gold = seed_gold()
    gold["claims"] = [dict(gold["claims"][0], claimant="Vladimir Putin")]
    result = evaluate(write_gold(tmp_path, gold), corpus=CORPUS, graph_file=seed_build)
    claims = result.kinds["claims"]
    assert not claims.found and claims.missed[0][0].name == "bandits-and-terrorists"
    assert any("bandits-and-terrorists: claimant wrong" in j.why for j in claims.wrong)


def test_the_command_prints_recall_precision_and_misses(seed_build: Path) -> None:
    args = ["evaluate", "--gold", str(GOLD), "--corpus", str(CORPUS), "--graph", str(seed_build)]
    table = CliRunner().invoke(app, [*args, "--misses"])
    assert table.exit_code == 0, table.output
    assert "entities" in table.output and "34/34" in table.output
    assert "arguments of found facts" in table.output and "missed claims:" in table.output
    data = json.loads(CliRunner().invoke(app, [*args, "--format", "json"]).output)
    assert data["roles"]["found"] == data["roles"]["total"] == 9
    assert data["statistics"]["arguments"]["value"]["agree"] == data["statistics"]["found"]
    assert data["evidence_quotes"]["wrong"] == 0
    for kind in ("roles", "events", "claims", "statistics"):
        score = data[kind]
        assert score["complete"] + len(score["incomplete"]) == score["found"]
    assert "complete" in table.output and "with an argument wrong or absent" in table.output


def test_a_wrong_date_makes_a_found_fact_incomplete(tmp_path: Path, seed_build: Path) -> None:
    gold = seed_gold()
    dated = next(e for e in gold["events"] if e.get("date"))
    gold["events"] = [dict(dated, date="1999-01-01")]
    result = evaluate(write_gold(tmp_path, gold), corpus=CORPUS, graph_file=seed_build)
    events = result.kinds["events"]
    assert len(events.found) == 1 and not events.complete
    assert events.incomplete[0][1] == ["date wrong"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--gold", "no-such-gold.yaml"], "gold file does not exist"),
        (["--gold", str(GOLD), "--corpus", "no-such-folder"], "corpus folder does not exist"),
        (["--gold", str(GOLD), "--format", "xml"], "use table or json"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["evaluate", *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_bad_yaml_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "gold.yaml"
    bad.write_text("documents: [1\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(bad)])
    assert result.exit_code == 2 and "not a readable YAML gold file" in result.output
