"""`kzkg view`, `kzkg paths` and `kzkg centrality` run in-process."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner
from views_support import SEED, SUCCESSION_RQ

from kzkg.cli.main import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [*args, "--graph", str(SEED)])


@pytest.mark.parametrize(
    "mode, nodes",
    [
        ((), "20 nodes"),
        (("--focus", "Tokaev", "--depth", "1"), "6 nodes"),
        (("--query", str(SUCCESSION_RQ)), "3 nodes"),
        (("--claims",), "6 nodes"),
    ],
)
def test_view_writes_each_mode(tmp_path, mode, nodes):
    out = tmp_path / "views" / "v.html"
    result = run("view", "--out", str(out), *mode)
    assert result.exit_code == 0, result.output
    assert f"wrote {out} ({nodes}" in result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_view_unknown_focus_lists_close_labels(tmp_path):
    result = run("view", "--out", str(tmp_path / "v.html"), "--focus", "Nazarbaef")
    assert result.exit_code != 0
    assert "no entity is labelled 'Nazarbaef'" in result.output
    # ...and names the close labels (the input itself does not contain these).
    assert "Nazarbayev" in result.output or "Nazarbaev" in result.output
    assert "Traceback" not in result.output


def test_view_into_an_impossible_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("view", "--out", str(blocker / "v.html"))
    assert result.exit_code == 2
    assert "cannot write" in result.output


def test_view_modes_cannot_be_combined(tmp_path):
    result = run("view", "--out", str(tmp_path / "v.html"), "--claims", "--focus", "Tokayev")
    assert result.exit_code == 2
    assert "--focus and --claims cannot be combined" in result.output


def test_view_param_needs_name_and_value(tmp_path):
    result = run(
        "view", "-o", str(tmp_path / "v.html"), "--query", str(SUCCESSION_RQ), "--param", "x"
    )
    assert result.exit_code == 2
    assert "expected name=value" in result.output


def test_paths_connect_nazarbayev_and_tokayev_with_evidence():
    result = run("paths", "Nazarbaev", "Tokaev", "--max-length", "2")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Path 1 (2 steps): Nursultan Nazarbayev -> Kassym-Jomart Tokayev" in out
    assert "[tenure] Nursultan Nazarbayev as head of the Security Council  -successor->" in out
    assert "Tokayev replaced Nazarbayev as head of the Security Council in 2022." in out
    assert "Nazarbayev handed over power to Tokayev in 2019, as planned." in out
    assert "Example brief on the unrest" in out
    assert "4 steps" not in out


def test_paths_longer_limit_reaches_through_the_post():
    out = run("paths", "Nazarbayev", "Tokayev", "-k", "4", "--limit", "20").output
    assert "head of the Security Council  <-post-" in out


def test_paths_between_unconnected_actors():
    result = run("paths", "Nazarbayev", "OSCE", "-k", "2")
    assert result.exit_code == 1
    assert "No path of at most 2 steps" in result.output


def test_centrality_ranks_entities():
    result = run("centrality", "--top", "3")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["rank", "label", "type", "degree", "betweenness"]
    assert len(lines) == 4
    assert "Kassym-Jomart Tokayev" in lines[1]
    assert "tenure" not in result.output
    assert "tenure" in run("centrality", "--top", "30", "--all").output


def test_view_of_an_empty_graph_says_so(tmp_path):
    empty = tmp_path / "empty.trig"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "empty.html"
    result = runner.invoke(app, ["view", "--graph", str(empty), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "(0 nodes, 0 edges)" in result.output
    assert '<section id="empty" class="empty"><p>This graph has no nodes to show.</p>' in (
        out.read_text(encoding="utf-8")
    )
