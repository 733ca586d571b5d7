"""The lexicon's one-word, exact-case names found by hash lookup, not by spaCy's Matcher.

Most of the entity ruler's token patterns are a single word in its own case
(`[{"ORTH": "Tokayev"}]`, `[{"ORTH": "ALMATY"}]`). spaCy's Matcher tries every
pattern at every token, which made the ruler the largest cost we add to spaCy;
a PhraseMatcher on ORTH finds the same words by hash lookup. `find_exact_words`
gives the ruler a matcher that answers those patterns from a PhraseMatcher and
the others from a Matcher of their own, under the same keys, so the ruler sees
the same matches and labels them as before (its patterns, labels and ids stay
registered as they were).
"""

from __future__ import annotations

from typing import Any

from spacy.matcher import Matcher, PhraseMatcher


class _ExactWordsAndPatterns:
    """Called as the ruler calls its Matcher: every (key, start, end) of either matcher."""

    def __init__(self, words: Any, patterns: Any, original: Any) -> None:
        self.words, self.patterns, self.original = words, patterns, original

    def __call__(self, doc: Any) -> list[tuple[int, int, int]]:
        return [*self.patterns(doc), *self.words(doc)]

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


def find_exact_words(ruler: Any, nlp: Any) -> None:
    """After the ruler's patterns are added: its one-word exact-case patterns by hash lookup."""
    words = PhraseMatcher(nlp.vocab, attr="ORTH")
    patterns = Matcher(nlp.vocab)
    for entry in ruler.patterns:
        if isinstance(entry["pattern"], str):
            continue  # a phrase: the ruler's own PhraseMatcher has it
        key = ruler._create_label(entry["label"], entry["id"]) if "id" in entry else entry["label"]
        word = _exact_word(entry["pattern"])
        doc = nlp.make_doc(word) if word is not None else None
        if doc is not None and len(doc) == 1 and doc[0].text == word:
            words.add(key, [doc])
        else:
            patterns.add(key, [entry["pattern"]])
    ruler.matcher = _ExactWordsAndPatterns(words, patterns, ruler.matcher)
