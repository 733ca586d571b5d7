"""GraphML and GEXF export, read back with networkx."""

from __future__ import annotations

import networkx as nx
import pytest
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.store import KnowledgeGraph
from kzkg.views.model import load_model

TOKAYEV = "https://w3id.org/kzkg/id/person/kassym-jomart-tokayev"


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_file_reads_back(seed_graph, tmp_path, fmt, read):
    out = tmp_path / "sub" / f"kzkg.{fmt}"
    result = CliRunner().invoke(
        app, ["export", "--graph", str(seed_graph), "--format", fmt, "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    model = load_model(KnowledgeGraph.open(seed_graph)).graph
    back = read(out)
    assert set(back.nodes) == set(model.nodes)
    assert back.number_of_edges() == model.number_of_edges()
    tokayev = back.nodes[TOKAYEV]
    assert tokayev["label"] == "Kassym-Jomart Tokayev"
    assert tokayev["category"] == "Person"
    assert tokayev["aliases"] == "Tokaev | Tokayev | Toqaev"
    tenure = back.nodes["https://w3id.org/kzkg/id/tenure/nazarbayev-security-council"]
    assert "Tokayev took over the Security Council from Nazarbayev." in tenure["evidence"]
    labels = {d["label"] for _, _, d in back.edges(data=True)}
    assert {"holder", "successor", "post in", "causes"} <= labels


def test_gexf_carries_positions_and_colours(seed_graph, tmp_path):
    out = tmp_path / "kzkg.gexf"
    CliRunner().invoke(app, ["export", "--graph", str(seed_graph), "-f", "gexf", "-o", str(out)])
    viz = nx.read_gexf(out).nodes[TOKAYEV]["viz"]
    assert viz["color"]["r"] == 0x2F and "x" in viz["position"]


def test_unknown_format_is_refused(seed_graph, tmp_path):
    result = CliRunner().invoke(
        app, ["export", "--graph", str(seed_graph), "-f", "dot", "-o", str(tmp_path / "x")]
    )
    assert result.exit_code == 2
    assert "use csv, graphml, gexf or nt" in result.output
