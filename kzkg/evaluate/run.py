"""Score a corpus (built through the cache) or a built graph against a gold file."""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import kzkg.extract as extract_package
from kzkg.build import build
from kzkg.corpus import read_document
from kzkg.errors import InputError
from kzkg.evaluate.gold import FACT_KINDS, Gold, load_gold
from kzkg.evaluate.graph import BuiltGraph
from kzkg.evaluate.match import KindScore, Located, Matcher, score_entities
from kzkg.evaluate.text import Body
from kzkg.extract.pipeline import Extractor
from kzkg.paths import corpus_dir, ontology_file, project_root


@dataclass
class EntityMiss:
    label: str
    type: str
    doc: str
    sentence: str


@dataclass
class Evaluation:
    gold: Gold
    corpus: Path
    graph: Path
    entities_found: int
    entities_missed: list[EntityMiss]
    kinds: dict[str, KindScore]
    bodies: dict[str, Body] = field(default_factory=dict)  # by gold document key
    quotes_checked: int = 0
    quotes_wrong: int = 0

    def recall(self) -> dict[str, tuple[int, int]]:
        """{kind: (found, total)} for every kind, entities first."""
        out = {"entities": (self.entities_found, len(self.gold.entities))}
        out.update({k: (len(s.found), s.total) for k, s in self.kinds.items()})
        return out


def default_corpus(gold_path: Path) -> Path:
    """A `corpus/` folder beside the gold file, else the project's corpus."""
    beside = gold_path.parent / "corpus"
    return beside if beside.is_dir() else corpus_dir()


def private_build(corpus: Path, extractor: Extractor | None = None) -> Path:
    """Build a corpus into a cache folder of its own, so a rerun re-extracts only
    what changed; return the graph file. The build cache keys on the lexicon but
    not on the extraction code, so the folder is emptied when the code changed."""
    folder = project_root() / "graph" / ".cache" / "evaluate"
    folder /= hashlib.sha256(str(corpus.resolve()).encode()).hexdigest()[:16]
    code = hashlib.sha256()
    for source in sorted(Path(extract_package.__file__).parent.glob("*.py")):
        code.update(source.read_bytes())
    stamp = folder / "extraction-code"
    if stamp.is_file() and stamp.read_text() != code.hexdigest():
        shutil.rmtree(folder / "results", ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "graph.trig"
    build(corpus, out, cache=folder / "results", warn=lambda _line: None, extractor=extractor)
    stamp.write_text(code.hexdigest())
    return out


def evaluate(
    gold_path: Path,
    corpus: Path | None = None,
    graph_file: Path | None = None,
    extractor: Extractor | None = None,
) -> Evaluation:
    gold = load_gold(gold_path)
    folder = corpus or default_corpus(gold_path)
    if not folder.is_dir():
        raise InputError(f"{folder}: corpus folder does not exist")
    documents = {}
    for key, meta in gold.documents.items():
        path = folder / str(meta["file"])
        if not path.is_file():
            raise InputError(f"gold document {key!r}: {meta['file']} is not in {folder}")
        documents[key] = read_document(path)
    trig = graph_file if graph_file is not None else private_build(folder, extractor)
    if not trig.is_file():
        raise InputError(f"{trig}: graph file does not exist")
    graph = BuiltGraph(trig, ontology_file())
    graph.synonyms = gold.synonyms()
    for key, doc in documents.items():
        if doc.id not in graph.doc_ids.values():
            raise InputError(f"gold document {key!r} ({doc.id}) is not in the graph {trig}")
    bodies = {key: Body(doc.body) for key, doc in documents.items()}
    located: Located = {}
    for quote in gold.quotes():
        where = bodies[quote.doc].locate(quote.text)
        if where is None:
            raise InputError(
                f"{gold_path}: quote not in document {quote.doc!r}: {quote.text[:60]!r}"
            )
        located[quote] = (documents[quote.doc].id, where)
    matcher = Matcher(graph, located)
    kinds = {kind: matcher.score(kind, gold.facts[kind]) for kind in FACT_KINDS}
    found, missed = score_entities(graph, gold.entities)
    result = Evaluation(
        gold, folder, trig, len(found), [_entity_miss(e, bodies) for e in missed], kinds, bodies
    )
    _check_quotes(result, graph, {doc.id: doc.body for doc in documents.values()})
    return result


def _entity_miss(entity: dict, bodies: dict[str, Body]) -> EntityMiss:
    names = [entity["label"], *(entity.get("aliases") or [])]
    for doc in entity.get("in") or []:
        body = bodies.get(doc)
        if body is None:
            continue
        for name in names:
            where = body.find_name(str(name))
            if where is not None:
                return EntityMiss(entity["label"], entity["type"], doc, body.sentence(where))
    docs = entity.get("in") or ["?"]
    return EntityMiss(entity["label"], entity["type"], docs[0], "(not in the text: front matter)")


def _check_quotes(result: Evaluation, graph: BuiltGraph, bodies: dict[str, str]) -> None:
    """Every evidence quote of the gold documents must equal body[start:end]."""
    rows = graph.rows("""SELECT ?id ?s ?e ?q { ?ev a kz:Evidence ; kz:document/kz:docId ?id ;
                         oa:start ?s ; oa:end ?e ; oa:exact ?q }""")
    for row in rows:
        if row["id"] in bodies:
            result.quotes_checked += 1
            if bodies[row["id"]][int(row["s"]) : int(row["e"])] != row["q"]:
                result.quotes_wrong += 1
