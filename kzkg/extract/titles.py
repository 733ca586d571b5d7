"""Titles written around a name, read off the surface of the sentence.

The parser gives no reliable tree for "Kazakhstan's Deputy Defense Minister
Mukhamedzhan Talasov" or "Minister of Internal Affairs Marat Akhmetzhanov"
(the title words become compounds of the name, "of" hangs anywhere), so the
title is read token by token from the name outwards:

- before a name: an owner (an organization or place, a nationality adjective
  from the lexicon, a possessive "Kazakhstan's") then title words ending in a
  post word ("Kazakh Prosecutor General NAME", "UN Secretary-General NAME",
  "U.S. Secretary of State NAME", "former financial police agent NAME");
- after a name: ", [a|the] [former] TITLE [at|of|for|with ORG]" ("NAME, Europe
  and Central Asia director at Human Rights Watch", "NAME, a 42-year-old army
  officer").

"former", "ex-", "then-", "longtime" mark the tenure as past or long, and are
not part of the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey
from kzkg.extract.ranks import rank_start

MARKERS = {"former", "ex", "then", "longtime", "long-time", "onetime", "erstwhile", "outgoing"}
# "former" and "ex-" say the post was left before; "then-" only that it was held then.
PAST = {"former", "ex", "onetime", "erstwhile"}
# "new", "incoming": the start of a tenure, not part of the post's name ("New Zealand" is
# a name, and stays one).
FRESH = {"new", "incoming", "newly-appointed"}
INNER = {"of", "for", "to"}  # "Minister of Internal Affairs", "assistant to the president"
OWNER_PREPS = {"of", "at", "for", "with"}
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
OWNER_KINDS = {"organization", "place"}
# Names and numbers that end a title walk: "On Monday President X" is no "Monday President".
NOT_TITLE_ENTS = {"PERSON", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


@dataclass
class Title:
    words: list[Token]  # the title proper, owner and markers left out
    org: EntityKey | None  # whose post it is: an organization or a country
    owner_text: str  # the owner as written before the title ("Almaty", "U.S.")
    past: bool  # "former", "ex-", "then-"
    full: str = ""  # the title with its "at/of ORG" part, as written

    @property
    def text(self) -> str:
        return "".join(t.text_with_ws for t in self.words).strip()


def is_possessor(tok: Token) -> bool:
    """ "Nazarbayev's" before a noun: the parser says poss, or nmod with a "'s" case."""
    return tok.dep_ == "poss" or (
        tok.dep_ == "nmod" and any(c.dep_ == "case" and c.text in POSSESSIVE for c in tok.children)
    )


def title_words(sent: Sentence) -> frozenset[str]:
    """Words that head a title: post words, occupations and the head of every lexicon
    title ("head of state" -> "head")."""
    return sent.state.resolver.title_heads


def _is_title_word(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _valid(words: list[Token], heads: frozenset[str]) -> bool:
    """Title words ending in a post word ("Prosecutor General", "Secretary-General"), or
    a post word followed by 'of/for/to ...' ("Minister of Internal Affairs")."""
    last = max((n for n, t in enumerate(words) if _is_title_word(t, heads)), default=None)
    if last is None or words[0].is_punct:
        return False  # "editor-in-chief" cut after its hyphen is no title "-chief"
    rest = words[last + 1 :]
    return not rest or (rest[0].lower_ in INNER and len(rest) > 1)


def _owner(sent: Sentence, tok: Token) -> EntityKey | None:
    key = sent.tok_entity.get(tok.i)
    country = sent.lexicon.nationalities.get(tok.lower_)
    if country is not None and key is not None and key.label not in sent.state.resolver.by_label:
        key = None  # a headline's "Call with Kazakhstani" taken for a body: the adjective's
    if key is not None and key.kind in OWNER_KINDS:
        return key
    if country is not None:
        return sent.state.resolver.known(country).key
    return None


def org_inside(sent: Sentence, words: list[Token], extra: list[Token]) -> EntityKey | None:
    """The organization (else the place) named inside 'of ...' in the title or in a
    bracket after it: 'head of Kazakhstan's Committee of the National Security (KNB)'."""
    keys = sent.entities_in([*words, *extra], OWNER_KINDS)
    known = sent.state.resolver.by_label
    keys.sort(key=lambda k: (k.kind != "organization", k.label not in known))
    return keys[0] if keys else None


def before_name(sent: Sentence, first: Token) -> Title | None:
    """The title written right before a name's first token, also as "TITLE, NAME" and
    "TITLE (NAME)"."""
    doc, heads = first.doc, title_words(sent)
    taken: list[Token] = []
    bracket: list[Token] = []
    past = False
    start = _name_start(sent, first)
    rank = list(doc[rank_start(start, sent.span.start, heads) : start.i])
    i = start.i - len(rank) - 1  # a rank is no title: read past it
    apart = i > sent.span.start and doc[i].text == ","  # "TITLE, NAME"
    if apart or (i > sent.span.start and doc[i].text == "("):  # "TITLE (NAME)"
        i -= 1
    if i >= sent.span.start and doc[i].lower_ in INNER:
        return None  # "handed the chairmanship of the Council to Toqaev": no title ends so
    while i >= sent.span.start:
        tok = doc[i]
        if tok.text == ")":  # "(KNB)" or "(local representative body)" inside the title
            j = i - 1
            while j > max(sent.span.start, i - 8) and doc[j].text != "(":
                j -= 1
            if doc[j].text != "(":
                break
            if not taken:
                bracket = list(doc[j + 1 : i])
            i = j - 1
            continue
        low = tok.lower_
        if low in FRESH and i not in sent.tok_entity and not tok.ent_type_:
            i -= 1  # "Kazakhstan's new ambassador to Russia": the post is "ambassador"
            continue
        if low in MARKERS or (tok.text == "-" and i > 0 and doc[i - 1].lower_ in MARKERS):
            past = past or low in PAST or doc[i - 1].lower_ in PAST
            break
        key = sent.tok_entity.get(i)
        if (key is not None and key.kind not in OWNER_KINDS | {"group"}) or (
            key is None and tok.ent_type_ in NOT_TITLE_ENTS
        ):
            break
        if low in ("the", "a", "an"):
            if i - 1 >= sent.span.start and doc[i - 1].lower_ in INNER:
                taken.insert(0, tok)
                i -= 1
                continue
            break
        hyphen = tok.text == "-" and not tok.whitespace_ and not doc[i - 1].whitespace_
        if not (
            hyphen
            or key is not None
            or low in INNER
            or tok.text in POSSESSIVE
            or tok.pos_ in ("PROPN", "NOUN", "ADJ")
        ):
            break
        if tok.pos_ == "ADJ" and not tok.is_title and key is None and not taken:
            break  # "said injured journalist": an adjective right before the name is not a title
        taken.insert(0, tok)
        i -= 1
    # "a close ally of Kazakhstan's first president": only what follows 'of' is the title
    cut = []
    for n, t in enumerate(taken):
        if t.lower_ in INNER and n:
            if _is_title_word(taken[n - 1], heads):
                break  # "Minister of Internal Affairs of the Republic of X": all the title's
            cut.append(n)
    if cut:
        taken = taken[cut[-1] + 1 :]
    while taken and (
        taken[0].lower_ in INNER or taken[0].text in POSSESSIVE or taken[0].lower_ == "the"
    ):
        taken.pop(0)
    owner, n = _split_owner(sent, taken)
    words = taken[n:]
    if not words or not _valid(words, heads):
        return None
    if apart and not _in_apposition(words, first, sent, rank + list(doc[start.i : first.i])):
        return None  # "Speaking to the journalist, Tokayev said": not his title
    if apart and _after_a_name(sent, taken[0]):
        return None  # "A, the defence minister, B, the Almaty akim": the title is A's
    owner_text = "".join(t.text_with_ws for t in taken[:n]).strip()
    if owner is None:
        owner = org_inside(sent, [t for t in words if _after_inner(t, words)], bracket)
    return Title(words, owner, owner_text, past)


def _after_a_name(sent: Sentence, word: Token) -> bool:
    """Is the title (starting at `word`) set off by a comma right after a person's name,
    so that it is that person's title ("Bektanov, the defence minister, Sagintayev")?"""
    i = word.i - 1
    while i >= sent.span.start and (
        word.doc[i].lower_ in ("the", "a", "an") or word.doc[i].lower_ in MARKERS
    ):
        i -= 1
    if i - 1 < sent.span.start or word.doc[i].text != ",":
        return False
    key = sent.tok_entity.get(i - 1)
    return key is not None and key.kind == "person"


def _name_start(sent: Sentence, first: Token) -> Token:
    """The first word of the name, with a given name or an initial the model left out
    of it ("Secretary of State Antony J. Blinken": the model's name is "J. Blinken")."""
    key = sent.tok_entity.get(first.i)
    info = sent.result.entities.get(key) if key is not None else None
    if info is None or key is None or key.kind != "person":
        return first
    words = {w.strip(".").lower() for name in (key.label, *info.aliases) for w in name.split()}
    doc = first.doc
    while first.i - 1 >= sent.span.start:
        before = doc[first.i - 1]
        initial = len(before.text) == 2 and before.text[0].isupper() and before.text[1] == "."
        if not (initial or (before.pos_ == "PROPN" and before.lower_ in words)):
            break
        if sent.tok_entity.get(before.i) not in (None, key):
            break
        first = before
    return first


def _in_apposition(words: list[Token], first: Token, sent: Sentence, lead: list[Token]) -> bool:
    """Does the parse join the title and the name (with the rank or given name before
    it) after a comma or bracket into one phrase (one is the head of the other)?"""
    key = sent.tok_entity.get(first.i)
    name = lead + [
        first.doc[i] for i in range(first.i, sent.span.end) if sent.tok_entity.get(i) == key
    ]
    title = {t.i for t in words}
    return any(t.head.i in title for t in name) or any(t.head in name for t in words)


def _split_owner(sent: Sentence, taken: list[Token]) -> tuple[EntityKey | None, int]:
    """Whose post the title is, and where the title proper starts: "Kazakhstan 's",
    "Kazakh", "CSTO", "Almaty"; before a possessive, also "the secretary-general's"
    (the post's organization) or "the country's" (nobody named)."""
    poss = [n for n, t in enumerate(taken) if t.text in POSSESSIVE and not _after_inner(t, taken)]
    owner: EntityKey | None = None
    n = 0
    if poss:  # "Human Rights Watch's Central Asia researcher": what follows is the title
        before = taken[: poss[-1]]
        keys = sent.entities_in(before, OWNER_KINDS)
        return (keys[-1] if keys else _post_org(sent, before)), poss[-1] + 1
    while n < len(taken) and (_owner(sent, taken[n]) or taken[n].text in POSSESSIVE):
        owner = _owner(sent, taken[n]) or owner
        n += 1
    return owner, n


def _post_org(sent: Sentence, words: list[Token]) -> EntityKey | None:
    """The organization of the lexicon post a title names ("the secretary-general's")."""
    text = " ".join(t.lower_ for t in words if t.lower_ not in ("the", "a")).replace(" - ", "-")
    for post in sent.lexicon.posts:
        if text and text in post.titles and post.in_:
            entry = sent.state.resolver.by_label[post.in_]
            return EntityKey(entry.kind, entry.label)
    return None


def _after_inner(tok: Token, words: list[Token]) -> bool:
    """Is the token inside an 'of/for/to ...' part of the title?"""
    return any(w.lower_ in INNER and w.i < tok.i for w in words)


def after_name(sent: Sentence, last: Token) -> Title | None:
    """', [a|the] [former] TITLE [at|of|for|with ORG]' right after a name's last token."""
    doc, heads = last.doc, title_words(sent)
    end = sent.span.end
    i = last.i + 1
    if i >= end or doc[i].text != ",":
        return None
    i += 1
    past = False
    if i < end and doc[i].lower_ in ("a", "an", "the"):
        i += 1
    while i < end and (doc[i].lower_ in MARKERS | FRESH or doc[i].text == "-"):
        past = past or doc[i].lower_ in PAST
        i += 1
    owner, owner_text = _possessive_owner(sent, i)  # ", Amnesty International's director"
    if owner is not None:
        i = owner_text[1]
    if (
        i + 4 < end
        and doc[i].like_num
        and doc[i + 2].lower_ == "year"
        and doc[i + 4].lower_ == "old"
    ):
        i += 5  # "a 42-year-old army officer"
    words: list[Token] = []
    while i < end:
        tok = doc[i]
        key = sent.tok_entity.get(i)
        if key is not None and key.kind == "person":
            return None
        if tok.lower_ in OWNER_PREPS and words:
            break
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ") and tok.lower_ not in ("and", "&", "-"):
            break
        if tok.lower_ in ("and", "&") and words and _is_title_word(words[-1], heads):
            words = []  # "twice prime minister and KNB chairman": the title told last
            i += 1
            continue
        words.append(tok)
        i += 1
    if not words or words[0].lower_ == "and" or not _is_title_word(words[-1], heads):
        return None
    if i < end and doc[i].tag_ == "POS":
        return None  # "the Almaty region, the regional prosecutor's office": its office
    if _subject_of_its_own(words):
        return None  # "Speaking to Kazinform, the Prosecutor General said": not Kazinform's
    if owner is None:
        owner, owner_text, words = body_in_front(sent, words)
    if owner is not None:
        stop = i
        if i < end and doc[i].lower_ in OWNER_PREPS:  # "director for Central Asia"
            stop = i + 1
            while stop < min(end, i + 10) and doc[stop].text not in (",", ";", ".", "(", ")"):
                if doc[stop].pos_ in ("VERB", "AUX") or doc[stop].lower_ in ("who", "which"):
                    break
                stop += 1
        return Title(list(doc[words[0].i : stop]), owner, owner_text[0], past)
    org, full = None, ""
    if i < end and doc[i].lower_ in OWNER_PREPS:
        stop = i + 1
        while stop < min(end, i + 10) and (not _ends_phrase(doc[stop]) or _based(doc[stop])):
            stop += 1
        # "a researcher at the Almaty-based Kazakhstan Institute ...": the institute's
        # post; the city only says where it is
        located = {t.i - 2 for t in doc[i + 1 : stop] if _based(t)}
        org = org_inside(sent, [t for t in doc[i + 1 : stop] if t.i not in located], [])
        if org is None:
            return None  # "deputy head of the agency": whose, the words do not say
        full = sent.written(doc[words[0].i : stop])
        owned = [t for t in doc[i + 1 : stop] if t.text in POSSESSIVE]
        if doc[i].lower_ == "of" and owned and sent.tok_entity.get(owned[0].i - 1) == org:
            words = list(doc[words[0].i : stop])  # "head of the KNB's fifth department"
    return Title(words, org, "", past, full)


def body_in_front(
    sent: Sentence, words: list[Token]
) -> tuple[EntityKey | None, tuple[str, int], list[Token]]:
    """ "NAME, KNB chairman": a body of the lexicon named before the post word owns the
    post (as "the KNB's chairman" would); the title is the words after it."""
    key = sent.tok_entity.get(words[0].i)
    if key is None or key.kind != "organization" or key.label not in sent.state.resolver.by_label:
        return None, ("", 0), words  # not a body the model guessed ("Research and ... intern")
    n = 1
    while n < len(words) and sent.tok_entity.get(words[n].i) == key:
        n += 1
    if n == len(words) or any(t.lower_ in ("and", "&") for t in words[n:]):
        return None, ("", 0), words
    return key, (sent.written(words[0].doc[words[0].i : words[n].i]), words[n].i), words[n:]


def _subject_of_its_own(words: list[Token]) -> bool:
    """Is the title after the comma the subject of a verb of its own (a new clause's
    subject), not an apposition to the name before the comma?"""
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside]
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in roots)


def _possessive_owner(sent: Sentence, i: int) -> tuple[EntityKey | None, tuple[str, int]]:
    """An organization or place with "'s" starting at token i: the owner, its text and
    where the title after it starts."""
    doc, end = sent.span.doc, sent.span.end
    key = sent.tok_entity.get(i)
    if key is None or key.kind not in OWNER_KINDS:
        return None, ("", i)
    j = i
    while j < end and sent.tok_entity.get(j) == key:
        j += 1
    if j >= end or doc[j].text not in POSSESSIVE:
        return None, ("", i)
    return key, (doc[i:j].text, j + 1)


def _based(tok: Token) -> bool:
    """ "based" of "Almaty-based": a word of the phrase, not a verb that ends it."""
    return tok.lower_ in ("based", "headquartered") and tok.i > 1 and tok.doc[tok.i - 1].text == "-"


def _ends_phrase(tok: Token) -> bool:
    return (
        tok.text in (",", ";", ".", ":", "(", ")", "\u2013", "\u2014", "--")
        or tok.lower_ in ("and", "who", "which", "that")
        or tok.pos_ in ("VERB", "AUX")
    )
