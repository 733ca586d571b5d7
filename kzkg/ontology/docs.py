"""HTML documentation of the ontology, written with pyLODE, offline.

pyLODE's OntPub profile inlines its stylesheet and icons, so the page loads
nothing from the network; `ontology_html` checks that stays true. What a
curator wrote never runs as script in the page (sanitise.py).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from kzkg.errors import InputError, KzkgError
from kzkg.ontology.files import parse_graph
from kzkg.ontology.sanitise import escape_markup, sanitise_page
from kzkg.paths import ontology_file

_LOADS_REMOTE = re.compile(r"<(?:script|link|img)\b[^>]*\b(?:src|href)=\"https?://", re.I)


def ontology_html(source: Path | None = None) -> str:
    from pylode import OntPub

    # pyLODE logs every background ontology it loads at INFO; keep the CLI quiet.
    logging.getLogger().setLevel(max(logging.getLogger().level, logging.WARNING))
    graph = parse_graph(source or ontology_file())  # a syntax error: one line, FILE:LINE
    # pyLODE runs dcterms:title and rdfs:label together in the page's heading: keep the title.
    for ontology in graph.subjects(RDF.type, OWL.Ontology):
        if (ontology, DCTERMS.title, None) in graph:
            graph.remove((ontology, RDFS.label, None))
    try:
        page = OntPub(ontology=escape_markup(graph)).make_html()
    except Exception as exc:  # pyLODE raises its own and rdflib's errors
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise KzkgError(f"pyLODE could not document the ontology: {first}") from None
    if not page:
        raise KzkgError("pyLODE wrote no documentation")
    page = sanitise_page(page)
    if _LOADS_REMOTE.search(page):
        raise KzkgError("generated documentation would load a remote resource")
    return page


def write_docs(out: Path) -> Path:
    """Write `index.html` (and a copy of the ontology) into `out`; return the page's path."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output folder: {exc.strerror}") from None
    if not out.is_dir():
        raise InputError(f"{out}: not a folder")
    index = out / "index.html"
    index.write_text(ontology_html(), encoding="utf-8")
    (out / "kzkg.ttl").write_text(ontology_file().read_text(encoding="utf-8"), encoding="utf-8")
    return index
