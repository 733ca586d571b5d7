"""The built graph answers queries written only in SEM, ORG, PROV, DC and Web Annotation.

No inference anywhere: a plain pyoxigraph Store loaded from the TriG, and a
real Oxigraph server, as an analyst without our ontology would use them.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kzkg.build import build
from kzkg.build.align import NAMESPACES, parse_alignment
from kzkg.build.emit import rendered
from kzkg.extract.pipeline import Extractor
from kzkg.vocab import KZ, KZR

ROOT = Path(__file__).resolve().parents[2]
SEM = NAMESPACES["sem"]
ORG = NAMESPACES["org"]
TIME = NAMESPACES["time"]
G = KZR["graph/document/x"]

PREFIXES = """PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX dc: <http://purl.org/dc/elements/1.1/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX time: <http://www.w3.org/2006/time#>
"""
# Each query names no kz: term. With GRAPH ?g: the data lives in named graphs.
EVENTS_WITH_ACTORS = """SELECT DISTINCT ?event ?actor WHERE { GRAPH ?g {
  ?event a sem:Event ; sem:hasActor ?actor } }"""
EVENTS_IN_JANUARY = """SELECT DISTINCT ?event ?place WHERE { GRAPH ?g {
  ?event a sem:Event ; sem:hasPlace ?place ;
         sem:hasEarliestBeginTimeStamp ?from ; sem:hasLatestEndTimeStamp ?to .
  FILTER (?from >= "2022-01-01"^^xsd:date && ?to <= "2022-01-31"^^xsd:date) } }"""
MEMBERSHIPS = """SELECT DISTINCT ?who ?post ?org WHERE {
  GRAPH ?g { ?m a org:Membership ; org:member ?who ; org:role ?post ; org:organization ?org }
  GRAPH ?r { ?post a org:Post ; rdfs:label ?postLabel . ?org rdfs:label ?orgLabel }
  FILTER (CONTAINS(?postLabel, "Security Council")) }"""
QUOTES_WITH_SOURCES = """SELECT ?fact ?quote ?start ?end ?title WHERE {
  GRAPH ?g { ?fact a prov:Entity ; prov:wasDerivedFrom ?doc .
             ?doc a prov:Entity ; dcterms:title ?title .
             ?sel a oa:TextQuoteSelector , oa:TextPositionSelector ;
                  oa:exact ?quote ; oa:start ?start ; oa:end ?end ;
                  prov:wasDerivedFrom ?doc . } }"""
# A membership's period as ORG and OWL-Time give it; the dates may come from
# another document (or the curators) than the membership's type.
MEMBERSHIP_PERIODS = """SELECT DISTINCT ?who ?org ?side ?when WHERE {
  GRAPH ?g { ?m a org:Membership ; org:member ?who ; org:organization ?org }
  GRAPH ?h { ?m org:memberDuring ?period . ?period a time:Interval ; ?side ?instant .
             ?instant a time:Instant ; ?position ?when .
             FILTER (?side IN (time:hasBeginning, time:hasEnd))
             FILTER (?position IN (time:inXSDDate, time:inXSDgYearMonth, time:inXSDgYear)) } }"""
COUNT_EVENTS = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a sem:Event } }"
ATTRIBUTED = """SELECT DISTINCT ?claim ?who WHERE { GRAPH ?g {
  ?claim a prov:Entity ; prov:wasAttributedTo ?who } }"""


@pytest.fixture(scope="module")
def built_trig(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("aligned") / "kzkg.trig"
    build(ROOT / "graph" / "corpus", out, extractor=extractor, warn=lambda _: None)
    return out


@pytest.fixture(scope="module")
def plain_store(built_trig: Path) -> ox.Store:
    store = ox.Store()
    store.load(path=str(built_trig), format=ox.RdfFormat.TRIG)
    return store


def rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(PREFIXES + query)
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


def test_events_have_sem_types_actors_and_places(plain_store: ox.Store) -> None:
    found = rows(plain_store, EVENTS_WITH_ACTORS)
    actors = {r["actor"].rsplit("/", 1)[-1] for r in found}
    assert "kassym-jomart-tokayev" in actors
    assert len({r["event"] for r in found}) >= 10
    dated = rows(plain_store, EVENTS_IN_JANUARY)
    assert dated and all(r["place"].startswith(str(KZR)) for r in dated)


def test_tenures_are_org_memberships_of_the_post_s_organization(plain_store: ox.Store) -> None:
    found = rows(plain_store, MEMBERSHIPS)
    holders = {r["who"].rsplit("/", 1)[-1] for r in found}
    assert {"nursultan-nazarbayev", "kassym-jomart-tokayev"} <= holders
    assert {r["org"].rsplit("/", 1)[-1] for r in found} == {"security-council-of-kazakhstan"}


def test_memberships_have_their_period_as_an_owl_time_interval(plain_store: ox.Store) -> None:
    found = {
        (r["who"].rsplit("/", 1)[-1], r["side"].rsplit("#", 1)[-1], r["when"])
        for r in rows(plain_store, MEMBERSHIP_PERIODS)
    }
    assert ("alikhan-smailov", "hasBeginning", "2022-01-11") in found  # graph/curated.yaml
    # The same starts and ends as in our own terms, no more, no fewer.
    ours = rows(
        plain_store,
        """PREFIX kz: <https://w3id.org/kzkg/ontology#>
        SELECT DISTINCT ?who ?side ?when WHERE {
          GRAPH ?g { ?t a kz:Tenure ; kz:holder ?who ; kz:post ?post }
          GRAPH ?r { ?post kz:postIn ?org }
          GRAPH ?h { { ?t kz:startDate ?when BIND("hasBeginning" AS ?side) }
                     UNION { ?t kz:endDate ?when BIND("hasEnd" AS ?side) } } }""",
    )
    assert found == {(r["who"].rsplit("/", 1)[-1], r["side"], r["when"]) for r in ours}
    assert any(side == "hasEnd" for _, side, _ in found)


def test_evidence_is_web_annotation_selectors_derived_from_documents(
    plain_store: ox.Store,
) -> None:
    found = rows(plain_store, QUOTES_WITH_SOURCES)
    assert len({r["fact"] for r in found}) >= 30
    assert all(int(r["end"]) - int(r["start"]) == len(r["quote"]) for r in found)


def test_claims_are_attributed_to_their_claimants(plain_store: ox.Store) -> None:
    who = {r["who"].rsplit("/", 1)[-1] for r in rows(plain_store, ATTRIBUTED)}
    assert "kassym-jomart-tokayev" in who


def test_a_query_in_pure_standard_terms_answers_on_a_real_oxigraph_server(
    oxigraph_server: str, built_trig: Path
) -> None:
    loaded = httpx.post(
        oxigraph_server + "/store",
        content=built_trig.read_bytes(),
        headers={"Content-Type": "application/trig"},
        timeout=30,
    )
    assert loaded.status_code < 300, loaded.text
    answer = httpx.post(
        oxigraph_server + "/query",
        content=PREFIXES + MEMBERSHIPS,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/json"},
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    holders = {b["who"]["value"].rsplit("/", 1)[-1] for b in answer.json()["results"]["bindings"]}
    assert {"nursultan-nazarbayev", "kassym-jomart-tokayev"} <= holders
    count = httpx.post(
        oxigraph_server + "/query",
        content=PREFIXES + COUNT_EVENTS,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/json"},
        timeout=30,
    )
    assert int(count.json()["results"]["bindings"][0]["n"]["value"]) >= 20
    periods = httpx.post(
        oxigraph_server + "/query",
        content=PREFIXES + MEMBERSHIP_PERIODS,
        headers={"Content-Type": "application/sparql-query", "Accept": "application/json"},
        timeout=30,
    )
    ends = {
        b["who"]["value"].rsplit("/", 1)[-1]
        for b in periods.json()["results"]["bindings"]
        if b["side"]["value"].endswith("#hasEnd")
    }
    assert ends


def test_table_rows_follow_subclasses_chains_and_partial_dates(tmp_path: Path) -> None:
    table = tmp_path / "alignment.yaml"
    table.write_text(
        "types: {kz:Event: [sem:Event]}\n"
        "properties: {kz:agent: [sem:hasActor]}\n"
        "chains: {org:organization: [kz:post, kz:postIn]}\n"
        "time: {kz:date: {stamp: sem:hasTimeStamp, first: sem:hasEarliestBeginTimeStamp,"
        " last: sem:hasLatestEndTimeStamp}}\n"
        "intervals: {kz:endDate: [org:memberDuring, time:hasEnd]}\n",
        encoding="utf-8",
    )
    align = parse_alignment(table, ROOT / "ontology" / "kzkg.ttl")
    e, t, post, org = KZR["event/1"], KZR["tenure/1"], KZR["post/p"], KZR["organization/o"]
    ours = [
        (e, RDF.type, KZ.Protest, G),
        (e, KZ.agent, KZR["group/protesters"], G),
        (e, KZ.date, Literal("2022-02", datatype=XSD.gYearMonth), G),
        (t, KZ.post, post, G),
        (t, KZ.endDate, Literal("2022-01", datatype=XSD.gYearMonth), G),
    ]
    context = [(post, KZ.postIn, org, KZR["graph/resolution"])]
    # Aligned as the build writes terms; a plain IRI ("kz:date") is not a date.
    got = align.rows(rendered(ours + [(e, KZ.date, e, G)]), rendered(context))
    assert got == rendered(
        {
            (e, RDF.type, URIRef(SEM + "Event"), G),
            (e, URIRef(SEM + "hasActor"), KZR["group/protesters"], G),
            (e, URIRef(SEM + "hasTimeStamp"), Literal("2022-02", datatype=XSD.gYearMonth), G),
            (
                e,
                URIRef(SEM + "hasEarliestBeginTimeStamp"),
                Literal("2022-02-01", datatype=XSD.date),
                G,
            ),
            (e, URIRef(SEM + "hasLatestEndTimeStamp"), Literal("2022-02-28", datatype=XSD.date), G),
            (t, URIRef(ORG + "organization"), org, G),
            (t, URIRef(ORG + "memberDuring"), URIRef(f"{t}/interval"), G),
            (URIRef(f"{t}/interval"), RDF.type, URIRef(TIME + "Interval"), G),
            (URIRef(f"{t}/interval"), URIRef(TIME + "hasEnd"), URIRef(f"{t}/interval/end"), G),
            (URIRef(f"{t}/interval/end"), RDF.type, URIRef(TIME + "Instant"), G),
            (
                URIRef(f"{t}/interval/end"),
                URIRef(TIME + "inXSDgYearMonth"),
                Literal("2022-01", datatype=XSD.gYearMonth),
                G,
            ),
        }
    )


def test_a_term_of_an_unknown_prefix_is_one_clear_error(tmp_path: Path) -> None:
    from kzkg.errors import InputError

    table = tmp_path / "alignment.yaml"
    table.write_text("types: {kz:Event: [schema:Event]}\n", encoding="utf-8")
    with pytest.raises(InputError, match="schema:Event"):
        parse_alignment(table, ROOT / "ontology" / "kzkg.ttl")


def test_the_cache_key_follows_the_class_tree_not_the_wording(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from kzkg.build.cache import alignment_fingerprint

    shutil.copytree(ROOT / "ontology", tmp_path / "ontology")
    monkeypatch.setenv("KZKG_HOME", str(tmp_path))
    ontology = tmp_path / "ontology" / "kzkg.ttl"
    before = alignment_fingerprint()
    text = ontology.read_text(encoding="utf-8")
    ontology.write_text(text.replace("Something that happens", "Anything that happens"), "utf-8")
    assert alignment_fingerprint() == before
    with ontology.open("a", encoding="utf-8") as handle:
        handle.write("\nkz:Strike a owl:Class ; rdfs:subClassOf kz:Protest .\n")
    assert alignment_fingerprint() != before


def test_an_interval_row_needs_a_link_and_a_side(tmp_path: Path) -> None:
    from kzkg.errors import InputError

    table = tmp_path / "alignment.yaml"
    table.write_text("intervals: {kz:endDate: [org:memberDuring]}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"intervals: .*give \[link, side\]"):
        parse_alignment(table, ROOT / "ontology" / "kzkg.ttl")
