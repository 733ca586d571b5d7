"""foreign-actors counts each fact's quotes fact by fact (an OPTIONAL over the named
graphs): a fact told nowhere has no row, and a fact's documents and quotes are
counted on the graphs that state them."""

from __future__ import annotations

from pathlib import Path

from kzkg.store import KnowledgeGraph

TRIG = """\
@prefix kz: <https://w3id.org/kzkg/ontology#> .
@base <https://w3id.org/kzkg/id/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<graph/resolution> {
  <place/kazakhstan> a kz:Country ; rdfs:label "Kazakhstan" .
  <place/russia> a kz:Country ; rdfs:label "Russia" .
}
<graph/document/a> {
  <document/a> a kz:Document ; kz:title "A" .
  <event/told> a kz:Protest ; rdfs:label "troops arrived" ; kz:agent <place/russia> ;
    kz:evidence <evidence/a/0-5-aaaaaa> , <evidence/a/9-12-bbbbbb> .
  <evidence/a/0-5-aaaaaa> kz:document <document/a> ; oa:exact "Troop" ;
    oa:start 0 ; oa:end 5 .
  <evidence/a/9-12-bbbbbb> kz:document <document/a> ; oa:exact "arr" ;
    oa:start 9 ; oa:end 12 .
  <event/untold> a kz:Protest ; rdfs:label "never told" ; kz:agent <place/russia> .
}
<graph/document/b> {
  <document/b> a kz:Document ; kz:title "B" .
  <event/told> kz:evidence <evidence/b/3-8-cccccc> .
  <evidence/b/3-8-cccccc> kz:document <document/b> ; oa:exact "moved" ;
    oa:start 3 ; oa:end 8 .
}
"""


def test_foreign_actors_counts_quotes_per_graph_and_lists_no_untold_fact(
    tmp_path: Path,
) -> None:
    path = tmp_path / "small.trig"
    path.write_text(TRIG, "utf-8")
    kg = KnowledgeGraph.open(path, persist=False)
    rows = kg.query("foreign-actors", country="Kazakhstan")
    assert [(r["actorLabel"], r["how"], r["label"]) for r in rows] == [
        ("Russia", "agent of", "troops arrived")
    ]
    assert (rows[0]["sources"], rows[0]["quotes"]) == ("2", "3")  # as the query gives them
    assert rows[0]["documents"] == "A | B"
