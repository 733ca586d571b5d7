"""`kzkg suggest`: names, titles and reporting verbs the corpus uses and the
lexicons do not know, most frequent first, each with a sentence of context and
a line to paste into ontology/lexicon/.

    known.py    what the lexicons already know
    collect.py  one pass of the spaCy pipeline over each document, noting the rest
"""

from __future__ import annotations

from pathlib import Path

from kzkg.corpus import iter_corpus
from kzkg.extract.pipeline import Extractor
from kzkg.lexicon import load_lexicon
from kzkg.paths import lexicon_dir, ontology_file
from kzkg.suggest.collect import Collector, Suggestion
from kzkg.suggest.known import Known


def suggest(
    corpus: Path, lexicon_folder: Path | None = None, extractor: Extractor | None = None
) -> list[Suggestion]:
    """Every suggestion for the corpus, most frequent first."""
    lexicon = load_lexicon(lexicon_folder or lexicon_dir(), ontology_file())
    if extractor is None or extractor.lexicon.fingerprint != lexicon.fingerprint:
        extractor = Extractor(lexicon)  # its EntityRuler marks the names the lexicon knows
    documents = list(iter_corpus(corpus))
    return Collector(Known(lexicon)).scan(documents, extractor.nlp)


__all__ = ["Suggestion", "suggest"]
