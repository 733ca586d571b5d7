"""The lexicon's word-for-word names found by hash lookup, not by spaCy's Matcher.

Nearly all of the entity ruler's token patterns are plain words: a single word in
its own case (`[{"ORTH": "Tokayev"}]`, `[{"ORTH": "ALMATY"}]`), or words of which
some keep their case (`[{"ORTH": "CSTO"}, {"LOWER": "peacekeepers"}]`). spaCy's
Matcher tries every pattern at every token, which made the ruler the largest cost
we add to spaCy, even with a few dozen patterns left in it; a PhraseMatcher finds
the same words by hash lookup. `find_exact_words` gives the ruler a matcher that
answers one-word patterns from a PhraseMatcher on ORTH, mixed ones from a
PhraseMatcher on LOWER whose matches then keep the case their ORTH words ask for,
and any others from a Matcher of their own, under the same keys, so the ruler
sees the same matches and labels them as before (its patterns, labels and ids
stay registered as they were).
"""

from __future__ import annotations

from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

# One token of a plain-word pattern: its attribute and the string it must equal.
Word = tuple[str, str]


class _ExactWordsAndPatterns:
    """Called as the ruler calls its Matcher: every (key, start, end) of its matchers."""

    def __init__(self, words: Any, mixed: Any, cased: dict, patterns: Any, original: Any) -> None:
        self.words, self.patterns, self.original = words, patterns, original
        self.mixed, self.cased = mixed, cased  # mixed-match key -> (ruler key, ORTH words)

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        found = [*self.patterns(doc)] if len(self.patterns) else []
        for key, start, end in self.mixed(doc):
            ruler_key, cased = self.cased[key]
            if all(doc[start + n].orth_ == orth for n, orth in cased):
                found.append((ruler_key, start, end))
        return [*found, *self.words(doc)]

    def __getattr__(self, name: str) -> Any:  # anything else the ruler asks of its Matcher
        return getattr(self.original, name)

    def __len__(self) -> int:
        return len(self.original)

    def __contains__(self, key: object) -> bool:
        return key in self.original


def _exact_word(pattern: Any) -> str | None:
    if isinstance(pattern, list) and len(pattern) == 1 and list(pattern[0]) == ["ORTH"]:
        word = pattern[0]["ORTH"]
        return word if isinstance(word, str) else None
    return None


def _plain_words(pattern: Any) -> list[Word] | None:
    """A pattern of several tokens, each one word in ORTH or lower-case LOWER: a phrase
    on LOWER, then a check of the ORTH words' case. None for anything else."""
    if not isinstance(pattern, list) or len(pattern) < 2:
        return None
    words = []
    for token in pattern:
        if not isinstance(token, dict) or len(token) != 1:
            return None
        ((attr, value),) = token.items()
        if attr not in ("ORTH", "LOWER") or not isinstance(value, str) or not value:
            return None
        if attr == "LOWER" and value != value.lower():
            return None  # never matches as a token pattern; the Matcher keeps it
        words.append((attr, value))
    return words


def find_exact_words(ruler: Any, nlp: Any) -> None:
    """After the ruler's patterns are added: its plain-word patterns by hash lookup."""
    words = PhraseMatcher(nlp.vocab, attr="ORTH")
    mixed = PhraseMatcher(nlp.vocab, attr="LOWER")
    cased: dict[int, tuple[int, list[tuple[int, str]]]] = {}
    patterns = Matcher(nlp.vocab)
    for entry in ruler.patterns:
        if isinstance(entry["pattern"], str):
            continue  # a phrase: the ruler's own PhraseMatcher has it
        key = ruler._create_label(entry["label"], entry["id"]) if "id" in entry else entry["label"]
        word = _exact_word(entry["pattern"])
        doc = nlp.make_doc(word) if word is not None else None
        plain = _plain_words(entry["pattern"])
        if doc is not None and len(doc) == 1 and doc[0].text == word:
            words.add(key, [doc])
        elif plain is not None:
            name = f"kzkg-mixed-{len(cased)}"  # one per pattern: each has its own case check
            mixed.add(name, [Doc(nlp.vocab, words=[value.lower() for _, value in plain])])
            orth = [(n, value) for n, (attr, value) in enumerate(plain) if attr == "ORTH"]
            cased[nlp.vocab.strings[name]] = (nlp.vocab.strings.add(key), orth)
        else:
            patterns.add(key, [entry["pattern"]])
    ruler.matcher = _ExactWordsAndPatterns(words, mixed, cased, patterns, ruler.matcher)
