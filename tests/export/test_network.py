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


PROVENANCE = "https://w3id.org/kzkg/id/"


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_curated_evidence_and_figures_are_attributes(provenance_graph, tmp_path, fmt, read):
    out = tmp_path / f"kzkg.{fmt}"
    result = CliRunner().invoke(
        app, ["export", "--graph", str(provenance_graph), "-f", fmt, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    back = read(out)
    tenure = back.nodes[PROVENANCE + "tenure/smailov-pm"]
    assert tenure["evidence_count"] == 1
    assert tenure["evidence"] == (
        "curated by kzkg curation team: Approved by parliament on 11 January 2022."
        " [https://example.org/smailov]"
    )
    figure = back.nodes[PROVENANCE + "statistic/killed-official"]
    assert (figure["measure"], figure["value"]) == ("people killed", "225")
    assert figure["unit"] == "people"
    assert figure["number"] == 225.0 and isinstance(figure["number"], float)
    assert figure["claimants"] == "Ministry of Health"
    assert back.nodes[PROVENANCE + "event/protest"]["figure_count"] == 2
    assert back.nodes[PROVENANCE + "event/protest"]["date"] == "2022-01-02"
    assert "number" not in back.nodes[PROVENANCE + "person/smailov"]


def test_igraph_reads_the_figures_as_numbers(provenance_graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    out = tmp_path / "kzkg.graphml"
    CliRunner().invoke(
        app, ["export", "--graph", str(provenance_graph), "-f", "graphml", "-o", str(out)]
    )
    graph = igraph.Graph.Read_GraphML(str(out))
    numbers = {v["label"]: v["number"] for v in graph.vs if v["number"] == v["number"]}
    assert numbers == {"people killed: 225": 225.0, "people killed: about 230": 230.0}
