"""What the lexicons already know, in the forms the text shows it."""

from __future__ import annotations

import difflib

from kzkg.extract.resolve import TITLES, Resolver
from kzkg.lexicon import EntityEntry, Lexicon

HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "madam", "former", "then", "ex", "new", "late"}
# Nouns that sit before a name without being a post: "his predecessor Nazarbayev".
RELATIONS = {
    "predecessor", "successor", "mentor", "ally", "rival", "wife", "husband", "son",
    "daughter", "brother", "sister", "nephew", "niece", "father", "mother", "friend",
    "colleague", "agency", "victim", "citizen", "resident",
}  # fmt: skip


class Known:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.resolver = Resolver(lexicon)
        self.names = {n.lower() for e in lexicon.entities for n in (e.label, *e.aliases)} | {
            n.lower() for p in lexicon.posts for n in (p.label, *p.aliases)
        }
        # the names of periods ("Qandy Qantar") and the words that are no names ("LPG")
        self.names |= set(lexicon.maps.get("named_periods", {})) | set(lexicon.words("not_names"))
        self.titles = {
            t for p in lexicon.posts for t in (*p.titles, *(a.lower() for a in p.aliases))
        }
        self.title_words = set(lexicon.words("post_words")) | {t.rstrip(".") for t in TITLES}
        self.verbs = set(lexicon.claim_verbs)
        self.places = {
            n.lower(): e
            for e in lexicon.entities
            if e.kind == "place"
            for n in (e.label, *e.aliases)
        }

    def name(self, name: str) -> bool:
        return name.lower() in self.names

    def spelling_of(self, name: str, kind: str) -> EntityEntry | None:
        """The known entity an unknown spelling probably is: "Yergozhin" for
        "Ergozhin", "Manghystau" for "Mangystau"."""
        if kind == "person":
            return self.resolver._similar_person(name)  # noqa: SLF001 - the build's own rule
        if kind == "place" and len(name) >= 6:
            close = difflib.get_close_matches(name.lower(), list(self.places), n=1, cutoff=0.85)
            if close and close[0][0] == name[0].lower():
                return self.places[close[0]]
        return None

    def demonym(self, name: str) -> bool:
        """ "Kazakh", "Kazakhs", "Kazakhstanis": a word that shares its stem with a place."""
        word = name.lower()
        return " " not in word and any(
            len(p) >= 4 and " " not in p and (p.startswith(word) or word.startswith(p))
            for p in self.places
        )

    def title_word(self, word: str) -> bool:
        return word.lower().rstrip(".") in self.title_words

    def title(self, words: list[str]) -> bool:
        title = " ".join(words)
        return title in self.titles or (len(words) == 1 and words[0] in self.title_words)
