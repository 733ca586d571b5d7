"""Entity resolution: from a mention's text to one canonical entity.

Known names resolve through the lexicon (aliases, transliterations, acronyms);
unknown PERSON names close to a known surname ("Tokaeyv") resolve by spelling
similarity; titles and possessives are stripped; junk (e-mail handles,
"Read more", single common words) is dropped. Posts resolve from a title plus
an organization, or from a bare title and who held it on the document date.
"""

from __future__ import annotations

import difflib
import re

from kzkg.dates import PartialDate
from kzkg.extract.model import EntityInfo, EntityKey
from kzkg.extract.ranks import RANKS
from kzkg.lexicon import EntityEntry, Lexicon, PostEntry

TITLES = {
    "president",
    "former",
    "prime",
    "minister",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "general",
    "gen.",
    "sir",
    "madam",
    "chairman",
    "head",
    "leader",
    "the",
    "kazakh",
    "russian",
    "deputy",
    "ex",
    "ex-president",
    "secretary",
    "spokesman",
    "spokeswoman",
    "professor",
    "prof.",
    "ambassador",
    "akim",
    "mayor",
    "senator",
    "elbasy",
} | RANKS  # "Major General Daulet Ergozhin" is Daulet Ergozhin
GENERIC_TITLES = {"head", "chairman", "chair", "leader", "chief", "director"}
JUNK = re.compile(
    r"@|https?:|www\.|\[|\]|\d{3}|^(read|email|phone|twitter|contact|more|click|share|"
    r"subscribe|photo|source|getty|image)\b",
    re.IGNORECASE,
)
MODEL_KINDS = {
    "PERSON": ("person", "Person"),
    "ORG": ("organization", "Organization"),
    "GPE": ("place", "Place"),
    "LOC": ("place", "Place"),
}


def entity_class(entry: EntityEntry) -> str:
    return entry.type


class Resolver:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.by_label = lexicon.by_label
        self.surnames: dict[str, EntityEntry] = {}
        for e in lexicon.entities:
            if e.type == "Person":
                for name in (e.label, *e.aliases):
                    self.surnames[name.split()[-1].lower()] = e
        # The lexicon surname closest to a surname, or None: difflib compares it with
        # every lexicon surname, and a document names the same person again and again.
        self._closest_surname: dict[str, str | None] = {}
        self.posts = {p.label: p for p in lexicon.posts}
        # Each post's titles and aliases as post_by_title compares them, made once.
        self.post_names = [
            frozenset({*p.titles, *(normalise_title(a) for a in (*p.aliases, *p.titles))})
            for p in lexicon.posts
        ]
        # Words that head a title: post words, occupations, the head of every lexicon title.
        self.title_heads = frozenset(
            {*lexicon.words("post_words"), *lexicon.words("occupation_words")}
            | {title_head(t) for p in lexicon.posts for t in p.titles}
        )

    # --- entities ---------------------------------------------------------
    def known(self, label: str, surface: str | None = None) -> EntityInfo:
        entry = self.by_label[label]
        info = EntityInfo(
            key=EntityKey(entry.kind, entry.label),
            cls=entity_class(entry),
            aliases=set(entry.aliases),
            wikidata=entry.wikidata,
        )
        if entry.located_in:
            info.located_in = EntityKey("place", entry.located_in)
        if entry.nationality:
            info.nationality = EntityKey("place", entry.nationality)
        if surface and surface != entry.label:
            info.aliases.add(surface)
        return info

    def _untitled(self, name: str) -> str:
        """ "Prosecutor General Aibek Nurlanov" (the model's span took the title in) -> the name."""
        titles = set(self.lexicon.words("post_words")) | set(self.lexicon.words("occupation_words"))
        words = name.split()
        while len(words) > 2 and words[0].lower() in titles:
            words = words[1:]
        return " ".join(words)

    def _similar_person(self, name: str) -> EntityEntry | None:
        surname = name.split()[-1].lower()
        if len(surname) < 5:
            return None
        if surname not in self._closest_surname:
            close = difflib.get_close_matches(surname, list(self.surnames), n=1, cutoff=0.83)
            self._closest_surname[surname] = close[0] if close else None
        closest = self._closest_surname[surname]
        if closest is not None and closest[0] == surname[0]:
            entry = self.surnames[closest]
            return entry if same_given_name(name, entry) else None
        return None

    def unknown(self, text: str, ner_label: str) -> EntityInfo | None:
        """An entity for a model-only mention, or None when it looks like junk."""
        if ner_label not in MODEL_KINDS or JUNK.search(text):
            return None
        name = self._untitled(clean_name(text))
        words = name.split()
        if (
            not words
            or not any(c.isalpha() for c in name)
            or name[0].islower()
            or any(c.isdigit() for c in name)
        ):
            return None
        kind, cls = MODEL_KINDS[ner_label]
        if kind == "person":
            similar = self._similar_person(name)
            if similar is not None:
                return self.known(similar.label, name)
            if len(words) < 2 or not all(w[0].isupper() for w in words if w[0].isalpha()):
                return None
        if kind == "organization" and len(words) == 1 and not (name.isupper() and len(name) > 1):
            return None
        if len(name) > 80 or "\n" in name:
            return None
        return EntityInfo(key=EntityKey(kind, name), cls=cls)

    # --- posts ------------------------------------------------------------
    def post_info(self, post: PostEntry) -> EntityInfo:
        info = EntityInfo(key=EntityKey("post", post.label), cls="Post", aliases=set(post.aliases))
        if post.in_:
            info.post_in = EntityKey(self.by_label[post.in_].kind, post.in_)
        return info

    def post_by_title(
        self, title: str, org: EntityKey | None, holder: EntityKey | None = None
    ) -> PostEntry | None:
        """The lexicon post a title names, given the organization it is 'of' or its holder."""
        title = normalise_title(title)
        for post, names in zip(self.lexicon.posts, self.post_names, strict=True):
            if title not in names:
                continue
            if org is not None and (
                post.in_ == org.label
                or (title not in GENERIC_TITLES and self._country_of(post.in_) == org.label)
            ):
                return post
            if (
                org is None
                and holder is not None
                and title not in GENERIC_TITLES
                and any(h.holder == holder.label for h in post.holders)
            ):
                return post
            if org is None and holder is None and title == post.label.lower():
                return post
        if org is None and holder is None and " " in title:
            # A specific multi-word alias ("Kazakh prime minister"); a bare "president"
            # names no post without knowing whose.
            return next(
                (
                    p
                    for p in self.lexicon.posts
                    if title == p.label.lower() or title in (a.lower() for a in p.aliases)
                ),
                None,
            )
        return None

    def _country_of(self, label: str | None) -> str | None:
        """The country a post's organization belongs to ("Government of Kazakhstan")."""
        entry = self.by_label.get(label) if label else None
        return entry.nationality if entry is not None else None

    def new_post(self, title: str, org: EntityKey | None) -> EntityInfo:
        """A post not in the lexicon: 'Director of Communications' at an organization."""
        title = title.strip().strip(",.;:")
        label = f"{title} ({org.label})" if org is not None else title
        info = EntityInfo(key=EntityKey("post", label), cls="Post", aliases={title} - {label})
        info.post_in = org
        return info

    def holder_at(self, post: PostEntry, date: PartialDate | None) -> str | None:
        """Who held the post on the date; None when unknown or ambiguous at its precision."""
        if date is None:
            return None
        lo, hi = _bounds(date)
        found = [
            h.holder
            for h in post.holders
            if (h.start is None or hi >= _bounds(h.start)[0])
            and (h.end is None or lo <= _bounds(h.end)[1])
        ]
        return found[0] if len(found) == 1 else None


def same_given_name(name: str, entry: EntityEntry) -> bool:
    """Could "Marat Zhaksylykov" be the known "Ruslan Zhaksylykov"? Not with another given
    name; a name without one, or a spelling of the same ("Qasym-Zhomart"), may be."""
    words = name.split()
    if len(words) < 2:
        return True
    given = words[0].lower()
    known = [n.split()[0].lower() for n in (entry.label, *entry.aliases) if len(n.split()) > 1]
    if re.fullmatch(r"[a-z]{1,2}\.", given):  # an initial: "Ye. Turgumbayev", "K. Tokayev"
        return not known or any(g.startswith(given[:-1]) for g in known)
    return not known or any(
        (g[0] == given[0] or {g[0], given[0]} == {"k", "q"})
        and difflib.SequenceMatcher(None, g, given).ratio() >= 0.6
        for g in known
    )


def _bounds(date: PartialDate) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """First and last day a partial date may mean, as comparable tuples."""
    return (
        (date.year, date.month or 1, date.day or 1),
        (date.year, date.month or 12, date.day or 31),
    )


def clean_name(text: str) -> str:
    """Strip possessives, titles and stray punctuation: "President Tokayev's" -> "Tokayev"."""
    text = re.sub(r"['\u2019]s?$", "", text.strip()).strip(" ,.;:\"'\u201c\u201d()")
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES | {
        t.rstrip(".") for t in TITLES
    }:
        words = words[1:]
    return " ".join(words)


def title_head(title: str) -> str:
    """ "head of state" -> "head", "prime minister" -> "minister"."""
    words = title.split()
    inner = [n for n, w in enumerate(words) if w in ("of", "for", "to")]
    return words[inner[0] - 1] if inner and inner[0] else words[-1]


def normalise_title(title: str) -> str:
    words = [w for w in title.lower().split() if w not in {"the", "a", "an", "former", "new"}]
    return " ".join(words).strip(" ,.")
