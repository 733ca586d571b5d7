"""Names the lexicon does not know, read with more care than the model's label.

The small spaCy model often calls a person an organization ("Ermek Sagimbayev"
as ORG), a company a person ("Kcell stated"), and drops single-word names. So
a model-only mention is read with what surrounds it:

- a noun of the organization_nouns class next to it or in apposition ("news
  agency Tengrinews", "media outlet Khabar"), an inner capital ("NetBlocks"),
  "the" before a single name ("the Akorda"), or a conjunct that is a known
  organization ("WhatsApp, Telegram and Signal") make it an organization;
- a place noun in apposition ("Baiserke, a village") or a conjunct that is a
  place make it a place;
- a surname ending of the region ("-ov", "-bayev", "-yan") or a conjunct that
  is a person make it a person; a surname alone joins the person of the
  document it ends ("Psaki" after "Jen Psaki");
- a facility (FAC) is a place, or an organization when its head is one
  ("Land Forces Military University").

Phrases: a group noun with a describing word or an "of" phrase ("local
residents", "relatives of those killed", "Masimov's supporters") is a group; a
singular institution noun with a describing word ("the anti-corruption
agency", "Almaty court") is an organization.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Span as DocSpan

from kzkg.extract.context import Sentence
from kzkg.extract.gender import sex_of
from kzkg.extract.initials import initials_before
from kzkg.extract.model import EntityInfo, EntityKey, Span
from kzkg.extract.resolve import JUNK, TITLES, Resolver, same_given_name

Token = Any
# Words that describe no particular group or institution ("many residents").
GENERIC = {
    "many", "some", "several", "other", "these", "those", "all", "few", "most", "more",
    "such", "both", "various", "numerous", "own", "same", "new", "former", "local",
    "official", "certain", "its", "their", "his", "her",
}  # fmt: skip
LOCAL_OK = {"residents"}  # "local residents" is a group; a "local court" is no institution
RELATIONAL = {"relatives", "families", "supporters", "coalition", "lawyers"}
WEAK_ENDINGS = {"in", "ina"}  # "Berlin", "Kremlin": only when the model says PERSON
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "qantar",  # Kazakh: "Qandy Qantar", Bloody January
}  # fmt: skip
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
GIVEN_MONTHS = {"april", "may", "june", "august"}  # also names: "Theresa May"
NAME_TOKEN = re.compile(r"^[A-Z][\w'\u2019.-]*$")


def _words(sent: Sentence, name: str) -> tuple[str, ...]:
    return sent.lexicon.words(name)


def _trim(ent: Any) -> list[Token]:
    """The name's tokens without a leading "the", a citation "[7]" or trailing
    lower-case words ("the Constitutional Council for approval.[7")."""
    tokens = list(ent)
    for i, tok in enumerate(tokens):
        if "[" in tok.text:
            tokens = tokens[:i]
            break
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].is_punct or tokens[-1].tag_ == "POS" or tokens[-1].text[:1].islower()
    ):
        tokens = tokens[:-1]
    return tokens


def _nationality(sent: Sentence, tok: Token) -> bool:
    """A nationality adjective ("Kazakh", "Russian", "European"): it describes a
    name, it is never one by itself."""
    return tok.lower_ in sent.lexicon.nationalities or tok.tag_ == "JJ" or tok.ent_type_ == "NORP"


def _spaced_dash(tok: Token) -> bool:
    """A dash standing between words with spaces around it ("KazTAG - MEPs"), not a
    hyphen inside a name ("Kassym-Jomart", "Co-operation")."""
    before = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    dash = re.fullmatch(r"-{1,2}|\u2013|\u2014", tok.text)
    return bool(dash) and before and bool(tok.whitespace_)


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """The tokens after the last spaced dash: "KazTAG - Kazakh lawyers" -> "Kazakh lawyers"."""
    dashes = [n for n, tok in enumerate(tokens) if _spaced_dash(tok)]
    return tokens[dashes[-1] + 1 :] if dashes else tokens


def _title_word(sent: Sentence, tok: Token) -> bool:
    """A word of a title ("Prosecutor", "General", "Chief"); a nationality is not one
    ("the Kazakh presidency" is a body)."""
    word = tok.lower_.rstrip(".")
    if word in sent.lexicon.nationalities:
        return False
    return word in TITLES or word in sent.state.resolver.title_heads


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _plausible(name: str) -> bool:
    return (
        bool(name)
        and name[0].isupper()
        and not JUNK.search(name)
        and not any(c.isdigit() for c in name)
        and len(name) <= 80
        and "\n" not in name
    )


def _neighbours(tok: Token) -> list[Token]:
    """Tokens that describe a single-word name: next to it, its head, appositions."""
    doc = tok.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    if tok.dep_ in ("compound", "appos"):
        near.append(tok.head)
    near += [c for c in tok.children if c.dep_ in ("appos", "compound")]
    return near


def _conjunct_list(sent: Sentence, tok: Token) -> list[str]:
    """The kinds of the resolved entities coordinated with a token, one per conjunct."""
    return [k.kind for t in tok.conjuncts if (k := sent.tok_entity.get(t.i)) is not None]


def _conjunct_kinds(sent: Sentence, tok: Token, model_too: bool = False) -> set[str]:
    """The kinds of the entities coordinated with a token: those already resolved
    and, with `model_too`, the model's guesses for the others."""
    linked = list(tok.conjuncts)
    kinds = {k.kind for t in linked if (k := sent.tok_entity.get(t.i)) is not None}
    if model_too:
        guesses = {"PERSON": "person", "GPE": "place", "LOC": "place"}
        kinds |= {guesses[t.ent_type_] for t in linked if t.ent_type_ in guesses}
    return kinds


def _surname(word: str, model_label: str, sent: Sentence) -> bool:
    lower = word.lower()
    for ending in _words(sent, "surname_endings"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return model_label == "PERSON" or ending not in WEAK_ENDINGS
    return False


def organization_suffix(sent: Sentence, word: str) -> bool:
    """An outlet's or a company's ending on a longer word: "Ulysmedia", "Zakon.kz",
    "Kazatomprom"; never the word alone ("Media", "Bank")."""
    lower = word.lower()
    return any(
        lower.endswith(end) and len(lower) >= len(end) + 3
        for end in _words(sent, "organization_suffixes")
    )


def _company_word(sent: Sentence, last: Token) -> bool:
    """The last word of a company's or an outlet's name of several words: an
    organization noun or an outlet's ending as a word of its own ("Jusan Mobile",
    "Kursiv Media", "Freedom Holding")."""
    words = set(_words(sent, "organization_nouns")) | set(_words(sent, "organization_suffixes"))
    return last.text.istitle() and last.lower_ in words and not _title_word(sent, last)


def _camel_case(word: str) -> bool:
    """ "NetBlocks", "GlobalCheck"; not words run together by a flattened page
    ("AdviserEmail")."""
    parts = re.sub(r"([a-z])([A-Z])", r"\1 \2", word).split()
    return len(parts) > 1 and not any(JUNK.search(p) for p in parts)


def _dateline_word(tok: Token) -> bool:
    """ "ATYRAU, Jan 12 (Example Wire) - ...": the capitals opening a dateline name the
    place it was filed from, whatever the model calls them."""
    doc = tok.doc
    opening = tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws or doc[tok.i - 1].is_space
    if not (opening and tok.text.isupper() and len(tok.text) > 2 and tok.i + 1 < len(doc)):
        return False
    rest = doc[tok.i + 1 : tok.i + 14]
    return rest[0].text == "," and any(t.text in ("-", "--", "\u2013", "\u2014") for t in rest)


def _and_other(tok: Token) -> str:
    """The noun of "and other ... NOUN" right after a name ("Kazakhmys and other mining
    companies": "company"), or ""."""
    doc = tok.doc
    if tok.i + 3 >= len(doc) or [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]] != ["and", "other"]:
        return ""
    noun = ""
    for t in doc[tok.i + 3 : tok.i + 6]:  # the phrase's last noun: "mining companies"
        if t.pos_ not in ("ADJ", "NOUN"):
            break
        noun = t.lemma_.lower() if t.pos_ == "NOUN" else noun
    return noun


def _single_kind(sent: Sentence, tok: Token, label: str) -> str | None:
    word = tok.text
    if _dateline_word(tok):
        return "place"
    # "Kazakhmys and other mining companies", "Zhanaozen and other towns": the kind the
    # list's "other" noun names, however the parser joins them
    others = _and_other(tok)
    if others in _words(sent, "organization_nouns"):
        return "organization"
    if others in _words(sent, "place_nouns"):
        return "place"
    near = {t.lemma_.lower() for t in _neighbours(tok)}
    if near & set(_words(sent, "organization_nouns")):
        return "organization"
    if near & set(_words(sent, "place_nouns")):
        return "place"
    if organization_suffix(sent, word):
        return "organization"  # "Ulysmedia", "Zakon.kz", tagged as a place or a person
    if label in ("GPE", "LOC"):
        if _titled(sent, tok):
            return "person"  # "Karin, his chief of staff"
        # "Bekova, whose son was killed, spoke to reporters": a surname that tells a sex
        sexed = sex_of(EntityKey("person", word), sent.lexicon) is not None
        return "person" if sexed and _does_as_a_person(sent, tok) else None
    if _camel_case(word) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"):
        return "organization"
    if _surname(word, label, sent):
        return "person"
    if label == "PERSON" and _a_person_so_called(sent, tok):
        return "person"  # "A 19-year-old man, Askar, told HRW ...", "his son Daniyar"
    # A noun before a list describes every name in it: "mobile operators Kcell and
    # Tele2", "telecom companies Altel, Izi and Activ", "the villages A and B".
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != tok.i:
        listed = {t.lemma_.lower() for t in _neighbours(first)}
        if listed & set(_words(sent, "organization_nouns")):
            return "organization"
        if listed & set(_words(sent, "place_nouns")):
            return "place"
    # Coordinated names share a kind: "WhatsApp, Telegram and Signal". One known
    # conjunct confirms the model's ORG, or makes its PERSON a place ("northern
    # Kazakhstan, Pavlodar"); turning a PERSON into an organization takes two
    # ("Kcell, Beeline and Tele2"), not "the EU and Smith".
    kinds = _conjunct_list(sent, tok)
    if label == "ORG" and "organization" in kinds:
        return "organization"
    if label == "PERSON" and kinds and set(kinds) == {"place"}:
        return "place"
    if label == "PERSON" and len(kinds) >= 2 and set(kinds) == {"organization"}:
        return "organization"
    if "person" in kinds:
        return "person"
    return None


def _person_like(sent: Sentence, tokens: list[Token], root: Token) -> bool:
    """An ORG of two or three capitalised words with no organization noun that ends
    in a surname or is coordinated with a person: "Anuar Sadykulov", "Natalia Gherman"."""
    if not 2 <= len(tokens) <= 3 or not all(NAME_TOKEN.match(t.text) for t in tokens):
        return False
    org = set(_words(sent, "organization_nouns")) | set(_words(sent, "institution_nouns"))
    if any(t.lower_ in org or t.ent_id_ for t in tokens):
        return False
    return (
        _surname(tokens[-1].text, "ORG", sent)
        or "person" in _conjunct_kinds(sent, root, model_too=True)
        or _titled(sent, root)
    )


# Verbs done only to people: the name they are done to is a person's, whatever the
# model says ("sentenced Zhanbolat Mamay", tagged as a place).
PERSON_VERBS = {
    "sentence", "arrest", "detain", "convict", "acquit", "jail", "imprison", "pardon",
    "prosecute", "indict", "interrogate", "torture", "extradite",
}  # fmt: skip


def _sentenced_name(sent: Sentence, tokens: list[Token], root: Token) -> bool:
    """Two or three capitalised words, no organization or place noun among them, that a
    verb of PERSON_VERBS is done to."""
    if not 2 <= len(tokens) <= 3 or not all(NAME_TOKEN.match(t.text) for t in tokens):
        return False
    nouns = set(_words(sent, "organization_nouns")) | set(_words(sent, "institution_nouns"))
    nouns |= set(_words(sent, "place_nouns"))
    if any(t.lower_ in nouns or t.ent_id_ or t.text.isupper() for t in tokens):
        return False
    return root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in PERSON_VERBS


def _titled_name(sent: Sentence, tokens: list[Token], root: Token) -> bool:
    """Two or three capitalised words, no place noun among them, with a title or a person
    noun in apposition: a person's name the model took for a place."""
    if not 2 <= len(tokens) <= 3 or not all(NAME_TOKEN.match(t.text) for t in tokens):
        return False
    if any(t.lower_ in _words(sent, "place_nouns") or t.ent_id_ for t in tokens):
        return False
    return _titled(sent, root) or _described_as_person(sent, root)


def _occupation_before(sent: Sentence, tokens: list[Token]) -> bool:
    """ "human rights defender Yevgeniy Zhovtis", "lawyer Galym Nurpeisov" tagged as a
    place: two or three capitalised words right after an occupation are a person's name."""
    if not 2 <= len(tokens) <= 3 or not all(NAME_TOKEN.match(t.text) for t in tokens):
        return False
    nouns = set(_words(sent, "organization_nouns")) | set(_words(sent, "place_nouns"))
    if tokens[0].i == 0 or any(t.lower_ in nouns or t.ent_id_ for t in tokens):
        return False
    before = tokens[0].doc[tokens[0].i - 1]
    return before.dep_ == "compound" and before.lower_ in _words(sent, "occupation_words")


def _titled(sent: Sentence, root: Token) -> bool:
    """A name with a title in apposition: "Daulet Ergozhin, deputy head of the agency",
    "the spokesman, Ivan Petrov,"."""
    near = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        near.append(root.head)
    heads = sent.state.resolver.title_heads
    return any(t.lemma_.lower() in heads and t.pos_ == "NOUN" for t in near)


def _given_name(sent: Sentence, surname: Token) -> Token | None:
    """A capitalised word the model left out of a person's name just before it."""
    if surname.i == 0:
        return None
    before = surname.doc[surname.i - 1]
    if (
        before.pos_ == "PROPN"
        and before.dep_ == "compound"
        and before.head.i == surname.i
        and NAME_TOKEN.match(before.text)
        and not before.text.isupper()
        and not before.ent_type_
        and before.lower_.rstrip(".") not in sent.lexicon.words("post_words")
        and before.lower_.rstrip(".") not in TITLES
    ):
        return before
    return None


def patronymic(sent: Sentence, word: str) -> bool:
    """A Russian-style patronymic ("Kemelevich", "Serikovna"): a middle name, never a
    given name."""
    lower = word.lower()
    return any(
        lower.endswith(end) and len(lower) > len(end) + 2
        for end in _words(sent, "patronymic_endings")
    )


def namesake(sent: Sentence, ent: Any, label: str) -> Any | None:
    """ "Ruslan Tokayev, a driver": a known person's surname after another given name
    is another person's name; the span of that whole name, else None. A patronymic
    between them is no given name: "Kassym-Jomart Kemelevich Tokayev" is Tokayev."""
    entry = sent.state.resolver.by_label.get(label)
    if entry is None or entry.kind != "person" or len(ent) != 1 or ent.start == 0:
        return None
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > sent.span.start else None
    if before is not None and patronymic(sent, before.text) and before.text.istitle():
        given = doc[before.i - 1] if before.i > sent.span.start else None
        if given is None or not NAME_TOKEN.match(given.text) or given.text.isupper():
            return None
        name = doc[_given_start(sent, given.i) : ent.end]
        given_name = doc[name.start : before.i].text
        return None if same_given_name(f"{given_name} {ent.text}", entry) else name
    if (
        before is None
        or not before.whitespace_
        or before.pos_ != "PROPN"
        or before.dep_ != "compound"
        or before.head.i != ent.start
        or (before.i > 0 and doc[before.i - 1].lower_ in ("of", "the"))  # "Secretary of State"
        or not NAME_TOKEN.match(before.text)
        or before.text.isupper()
        or before.ent_id_
        or _nationality(sent, before)
        or _title_word(sent, before)
        or before.lower_.rstrip(".") in sent.lexicon.words("post_words")
        or before.lower_ in MONTHS | WEEKDAYS
    ):
        return None
    name = doc[_given_start(sent, before.i) : ent.end]
    return None if same_given_name(name.text, entry) else name


def _given_start(sent: Sentence, first: int) -> int:
    """Where a given name ending at token `first` starts: "Qasym-Zhomart" is three
    tokens, the pieces of a hyphenated given name."""
    doc = sent.span.doc
    while (
        first - 2 >= sent.span.start
        and doc[first - 1].text == "-"
        and not doc[first - 2].whitespace_
        and not doc[first - 1].whitespace_
    ):
        first -= 2
    return first


def _doc_person(sent: Sentence, surname: str) -> EntityKey | None:
    """The one person of this document whose name ends with this surname; none when two
    share it ("Nurlan Abdirov and his brother Yerlan Abdirov ... Abdirov said")."""
    people = {
        key
        for key in sent.result.entities
        if key.kind == "person" and " " in key.label and key.label.split()[-1] == surname
    }
    return people.pop() if len(people) == 1 else None


CLASSES = {"person": "Person", "organization": "Organization", "place": "Place"}
CLASSES_OF_LABEL = {"PERSON", "ORG", "GPE", "LOC", "FAC"}


def _titled_person(sent: Sentence, ent: Any) -> bool:
    """A title and a name the model took for a work of art or a product ("Deputy
    Prosecutor General Aset Chindaliyev" after a quotation): a person."""
    tokens = list(ent)
    return (
        len(tokens) >= 3
        and all(NAME_TOKEN.match(t.text) for t in tokens)
        and _title_word(sent, tokens[0])
        and not _title_word(sent, tokens[-1])
        and _surname(tokens[-1].text, "PERSON", sent)
    )


def _holder_after_body(sent: Sentence, tokens: list[Token]) -> list[Token]:
    """The given name and surname the model ran a body's name on into, as state media
    write a post before its holder ("the Board of Samruk-Kazyna Almasadam Satkaliyev",
    "the Board of Kazatomprom Meirzhan Yussupov"), or []."""
    if len(tokens) < 4 or not any(t.lower_ == "of" for t in tokens[:-2]):
        return []
    given, family = tokens[-2], tokens[-1]
    names = all(t.pos_ == "PROPN" and t.is_alpha and t.text.istitle() for t in (given, family))
    if not names or given.lower_ in _words(sent, "organization_nouns"):
        return []
    return [given, family] if _surname(family.text, "PERSON", sent) else []


def model_entity(sent: Sentence, ent: Any, resolver: Resolver) -> EntityInfo | None:
    """An entity for a mention the lexicon did not know, or None for junk."""
    if ent.label_ not in CLASSES_OF_LABEL:
        # "Gulnara Bekova ... Bekova laughs bitterly", the model's "Bekova" a nationality
        named = _doc_person(sent, ent.text) if len(ent) == 1 and ent.text.istitle() else None
        if named is not None:
            return EntityInfo(named, "Person", {ent.text})
        if not _titled_person(sent, ent):
            return None
        ent = DocSpan(ent.doc, ent.start, ent.end, label="PERSON")
    # A dateline or publisher glued on by a spaced dash ("KazTAG - MEPs",
    # "ASTANA -- Kazakh officials"): a name never spans one.
    kept = _after_dateline(list(ent))
    if len(kept) < len(ent):
        ent = DocSpan(ent.doc, kept[0].i, ent.end, label=ent.label_) if kept else ent[:0]
    tokens = _trim(ent)
    holder = _holder_after_body(sent, tokens) if ent.label_ == "ORG" else []
    if holder:  # "Chairman of the Board of Samruk-Kazyna Almasadam Satkaliyev": the person
        ent = DocSpan(ent.doc, holder[0].i, holder[-1].i + 1, label="PERSON")
        tokens = holder
    name = _text(tokens)
    if not tokens or not _plausible(name):
        return resolver.unknown(ent.text, ent.label_) if ent.label_ != "FAC" else None
    if all(_nationality(sent, t) for t in tokens):
        return None  # "the Kazakh health ministry" trimmed to "Kazakh": a describing word
    if len(tokens) == 1 and tokens[0].lower_[:-1] in sent.lexicon.nationalities:
        return None  # "14% of Kazakhs": a people, no place nor body
    if tokens[-1].lower_ in _words(sent, "not_names"):
        return None  # "LPG prices", "the State of the Nation Address": no one's name
    if _nickname(tokens[0]):
        return None  # "Arman Zhumageldiev, known as Dikyi (Wild) Arman": a nickname
    if ":" in name or (ent.label_ in ("ORG", "PERSON") and "," in name):
        return None  # "Kazakh: ...", a headline's "Treason, Coup Charges": no one name
    if tokens[-1].lower_ in MONTHS and not (
        ent.label_ == "PERSON" and tokens[-1].lower_ in GIVEN_MONTHS
    ):
        return None  # "Bloody January": the name of events, not of a body
    if all(_title_word(sent, t) for t in tokens):
        return None  # "Prosecutor General" before a name is a title, not a body
    if len(tokens) == 1 and tokens[0].lower_ in _words(sent, "organization_nouns"):
        return None  # "the Department of [Police of the Almaty region]" cut short: no name
    if (
        ent.label_ == "PERSON"
        and _title_word(sent, tokens[-1])
        and not _surname(tokens[-1].text, "PERSON", sent)
    ):
        return None  # a headline's "Former Kazakh Intelligence Chief": a title
    if ent.label_ in ("PERSON", "ORG") and 2 <= len(tokens) <= 4:
        earlier = _person_named_before(sent, tokens, ent.label_)
        if earlier is not None:
            return earlier
    initialled = _initialled(sent, tokens, ent.label_)
    if initialled is not None:
        return initialled
    if _headline_words(sent, tokens):
        return None  # a headline's "..., Says Local Group": capitalised common words
    if EntityKey("organization", name) in sent.result.entities:
        return EntityInfo(EntityKey("organization", name), "Organization")  # named before
    org = set(_words(sent, "organization_nouns"))
    kind: str | None = None
    if ent.label_ == "FAC" and _titled_name(sent, tokens, ent.root):
        kind = "person"  # "In 2024 Zhanbolat Mamay, leader of the ... party, said"
    elif ent.label_ == "FAC":
        kind = "organization" if tokens[-1].lower_ in org else "place"
    elif len(tokens) == 1 and ent.label_ == "PERSON" and (first := _given_name(sent, tokens[0])):
        name, kind = f"{first.text} {name}", "person"  # "Akmaral Dzhaksybekova"
    elif len(tokens) == 1:
        # "Erlan Karin ... Karin said": also a surname the model took for a place
        surname_of = _doc_person(sent, name) if ent.label_ in ("PERSON", "ORG", "GPE") else None
        if surname_of is not None:
            info = EntityInfo(surname_of, "Person", {name})
            return info
        if organization_suffix(sent, name):
            kind = "organization"  # "Zakon.kz" tagged as a place
        elif re.fullmatch(r"[\w-]+", name):
            kind = _single_kind(sent, tokens[0], ent.label_)
    elif EntityKey("person", name) in sent.result.entities:
        kind = "person"  # a person this document already named (an author, a speaker)
    elif ent.label_ in ("PERSON", "GPE") and _company_word(sent, tokens[-1]):
        kind = "organization"  # "Jusan Mobile", "Kursiv Media" tagged as a person
    elif ent.label_ == "ORG" and tokens[-1].lower_ in org:
        kind = "organization"  # keep "General" in "General Prosecutor's Office"
    elif ent.label_ == "ORG" and _person_like(sent, tokens, ent.root):
        kind = "person"
    elif ent.label_ in ("GPE", "LOC", "ORG") and _sentenced_name(sent, tokens, ent.root):
        kind = "person"
    elif ent.label_ in ("GPE", "LOC") and _titled_name(sent, tokens, ent.root):
        kind = "person"  # "Zhanbolat Mamay, leader of the unregistered Democratic Party"
    elif ent.label_ in ("GPE", "LOC", "ORG") and _occupation_before(sent, tokens):
        kind = "person"
    elif (
        ent.label_ in ("ORG", "PERSON", "GPE", "NORP")
        and _called_a_body(ent.root, org)
        and not _full_name(sent, tokens, ent.label_)
        and not (ent.label_ == "PERSON" and _described_as_person(sent, ent.root))
    ):
        kind = "organization"  # "the local rights group Kadyr-Kasiyet", "X, a news site"
    if kind is None and ent.label_ == "ORG" and (whole := _of_a_place(sent, ent)):
        return EntityInfo(EntityKey("organization", whole), "Organization")
    if kind is None:
        return resolver.unknown(ent.text, ent.label_)
    if kind == "person" and (similar := resolver._similar_person(name)) is not None:  # noqa: SLF001
        return resolver.known(similar.label, name)
    name = re.sub(r"['\u2019]s$", "", name)
    return EntityInfo(EntityKey(kind, name), CLASSES[kind])


def _person_named_before(sent: Sentence, tokens: list[Token], label: str) -> EntityInfo | None:
    """A person's name the model cut after a given name ("Kairat [Kenzhebekovich
    Abilov]": a patronymic never opens a name), or a shorter form of a person this
    document named in full ("Bakhyt Zhumagulov", "B. Zhumagulov" after "Bakhyt
    Sultanbekovich Zhumagulov"): that person."""
    name = re.sub(r"['\u2019]s$", "", _text(tokens))
    doc, first = tokens[0].doc, tokens[0]
    before = doc[first.i - 1] if first.i > sent.span.start else None
    if not all(NAME_TOKEN.match(t.text) for t in tokens):
        return None
    cut = (
        label == "PERSON"
        and patronymic(sent, first.text)
        and before is not None
        and before.pos_ == "PROPN"
        and NAME_TOKEN.match(before.text)
        and not before.text.isupper()
        and before.i not in sent.tok_entity
        and not _title_word(sent, before)
    )
    if cut and before is not None:
        name = f"{doc[_given_start(sent, before.i) : first.i].text} {name}"
    words = name.split()
    fuller = {
        key
        for key in sent.result.entities
        if key.kind == "person" and key.label != name and _shorter_form(words, key.label.split())
    }
    if len(fuller) == 1:
        return EntityInfo(fuller.pop(), "Person", {name})
    return EntityInfo(EntityKey("person", name), "Person") if cut else None


def _shorter_form(words: list[str], full: list[str]) -> bool:
    """Is a name ("B. Zhumagulov") a shorter form of a fuller one ("Bakhyt Sultanbekovich
    Zhumagulov"): the same surname, the same given name or its initial, and the
    middle names left out or the same (or their initials)?"""
    if len(full) < 2 or full[-1] != words[-1] or len(words) > len(full):
        return False
    if not _same_or_initial(words[0], full[0]):
        return False
    middle, full_middle = words[1:-1], full[1:-1]
    return not middle or (
        len(middle) == len(full_middle)
        and all(_same_or_initial(a, b) for a, b in zip(middle, full_middle, strict=True))
    )


def _same_or_initial(word: str, full: str) -> bool:
    """ "Bakhyt" for "Bakhyt", "B." or "Zh." for "Bakhyt" or "Zhanbolat"."""
    if word.lower() == full.lower():
        return True
    stem = word[:-1].lower()
    return word.endswith(".") and 0 < len(stem) <= 2 and full.lower().startswith(stem)


def _of_a_place(sent: Sentence, ent: Any) -> str | None:
    """ "the Confederation of Labour of [Kazakhstan]": a body's name the lexicon's place
    cut short after "of"; the whole name, else None."""
    doc = ent.doc
    if ent[-1].lower_ not in ("of", "for") or ent.end >= sent.span.end:
        return None
    place = doc[ent.end]
    if not place.ent_id_ or place.ent_iob_ != "B" or not place.ent_id_.startswith("place"):
        return None
    end = ent.end + 1
    while end < sent.span.end and doc[end].ent_iob_ == "I":
        end += 1
    words = _trim(doc[ent.start : ent.end - 1])
    return f"{_text(words)} {ent[-1].text} {doc[ent.end : end].text}" if words else None


def _initialled(sent: Sentence, tokens: list[Token], label: str) -> EntityInfo | None:
    """A surname after initials is a person's, named with them: "Zh. Asanov" (the model's
    place "Asanov"), "K. Abdrakhmanov" out of the model's "Reforms K. Abdrakhmanov"
    (the end of "the Agency for Strategic Planning and Reforms" before it)."""
    last = tokens[-1]
    if label not in ("PERSON", "ORG", "GPE") or not NAME_TOKEN.match(last.text):
        return None
    first = initials_before(last, sent.span.start)
    if first == last.i or _title_word(sent, last):
        return None
    words = list(last.doc[first : last.i + 1])
    before = last.doc[first - 1] if first > sent.span.start else None
    given = (
        before is not None
        and bool(NAME_TOKEN.match(before.text))
        and before.is_alpha
        and not _title_word(sent, before)
        and sent.tok_entity.get(before.i) is None
    )
    if given and not _surname(last.text, "PERSON", sent):
        return None  # "Dag A. Fedøy": a given name before a middle initial
    name = "".join(t.text_with_ws for t in words).strip()
    if (similar := sent.state.resolver._similar_person(name)) is not None:  # noqa: SLF001
        return sent.state.resolver.known(similar.label, name)
    fuller = _person_named_before(sent, words, "PERSON")
    return fuller or EntityInfo(EntityKey("person", name), "Person")


def common_words(sent: Sentence, tokens: list[Token]) -> bool:
    """Are all the words describing ones or nouns of the lexicon's classes ("Local Group",
    "Human Rights"): capitalised, they still name no one."""
    common = GENERIC | {"opposition", "rights", "human", "civil", "independent", "state"}
    common |= {*_words(sent, "organization_nouns"), *_words(sent, "group_nouns")}
    common |= set(_words(sent, "institution_nouns"))
    return all(t.lower_ in common for t in tokens)


def _headline_words(sent: Sentence, tokens: list[Token]) -> bool:
    """Common words a title-case line capitalised ("Protest Leaders Detained, Says Local
    Group"): every word describing or a noun of the lexicon's classes, in a line whose
    verbs are capitalised too."""
    if not common_words(sent, tokens):
        return False
    verbs = [t for t in sent.tokens if t.pos_ in ("VERB", "AUX") and t.is_alpha]
    return bool(verbs) and all(t.text[:1].isupper() for t in verbs)


NICKNAMING = {"nicknamed", "dubbed", "called", "alias", "aka"}


def _nickname(first: Token) -> bool:
    """Is the name the nickname a text gives someone ("known as X", "nicknamed X")?"""
    before = [t.lower_ for t in first.doc[max(first.i - 2, 0) : first.i]]
    return before[-2:] == ["known", "as"] or bool(before and before[-1] in NICKNAMING)


def _full_name(sent: Sentence, tokens: list[Token], label: str) -> bool:
    """A given name and a surname the model calls a person: a person, even where the
    parser hangs it on a body ("the police department, Nurlan Abdirov, said")."""
    return (
        label == "PERSON"
        and 2 <= len(tokens) <= 3
        and all(NAME_TOKEN.match(t.text) for t in tokens)
        and _surname(tokens[-1].text, "PERSON", sent)
    )


def _described_as_person(sent: Sentence, root: Token) -> bool:
    """A name the text also calls a person ("Aigerim Tleuzhan, an activist with the Wake
    Up, Kazakhstan movement": the parser hung the movement on her name too)."""
    nouns = PERSON_NOUNS | set(_words(sent, "occupation_words")) | sent.state.resolver.title_heads
    beside = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return any(n.lemma_.lower() in nouns for n in beside)


# What a person does and a place does not: speak, say, tell; have a son who was killed.
SPEAKING_VERBS = {"say", "tell", "speak", "recall", "add", "cry", "weep", "ask", "explain"}


def _does_as_a_person(sent: Sentence, tok: Token) -> bool:
    """The word is the subject of a verb of speaking, or has a "who" clause or a "whose"
    clause about a relative."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING_VERBS:
        return True
    for clause in (c for c in tok.children if c.dep_ == "relcl"):
        if any(t.lower_ == "who" for t in clause.children):
            return True
        kin = sent.lexicon.words("kinship_words")
        if any(t.lower_ == "whose" and t.head.lemma_.lower() in kin for t in clause.subtree):
            return True
    return False


def _a_person_so_called(sent: Sentence, tok: Token) -> bool:
    """A one-word name the model calls a person beside a noun for a person: "a
    19-year-old man, Askar,", "his son Daniyar", "Askar, a student,"."""
    nouns = PERSON_NOUNS | YOUNG | set(sent.lexicon.words("kinship_words"))
    beside = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if tok.dep_ in ("appos", "compound") or tok.head.dep_ == "appos":
        beside.append(tok.head)
    return any(n.lemma_.lower() in nouns and n.i != tok.i for n in beside)


def _called_a_body(root: Token, org: set[str]) -> bool:
    """A name the text calls an organization by a noun beside it: "the rights group
    Kadyr-Kasiyet", "Kadyr-Kasiyet, a local rights group", "the news site Vlast"."""
    beside = [c for c in root.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        beside.append(root.head)
    return any(n.lemma_.lower() in org and n.i != root.i for n in beside)


# --- phrases ----------------------------------------------------------------
def _modifiers(sent: Sentence, head: Token, allow_owner: bool) -> list[Token] | None:
    """The describing words before a head noun, or None when one of them names an
    organization or person that owns it ("its press service", "the KNB's office")."""
    found: list[Token] = []
    for child in head.lefts:
        if child.dep_ in ("det", "predet") or child.like_num or child.is_punct:
            continue
        owner = sent.tok_entity.get(child.i)
        if child.dep_ == "poss":
            if not allow_owner or child.pos_ != "PROPN" and owner is None:
                return None
            found += list(child.subtree)
        elif child.dep_ in ("amod", "compound", "nmod"):
            if owner is not None and owner.kind in ("organization", "person"):
                return None
            words = [t for t in child.subtree if t.lower_ not in GENERIC]
            if child.lower_ == "local" and head.lower_ in LOCAL_OK:
                words = [child]
            found += words
    return found


def _of_phrase(head: Token) -> list[Token]:
    """ "relatives of X", "lawyers of X"; also "lawyers for X", whose words are theirs;
    with the relative clause right after X that the parser hung on the head ("relatives
    of individuals who died during the unrest")."""
    preps = ("of", "for") if head.lower_ == "lawyers" else ("of",)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                tail = list(objects[0].subtree)
                after = [
                    c for c in head.rights if c.dep_ == "relcl" and c.left_edge.i == tail[-1].i + 1
                ]
                if after and len(tail) + len(list(after[0].subtree)) <= 8:
                    tail += list(after[0].subtree)
                if len(tail) <= 8 and not any(t.is_punct for t in tail):
                    return [child, *tail]
    return []


def _describes(sent: Sentence, head: Token) -> bool:
    """ "an intelligence agency", "news agency Tengrinews", "the KNB, the security
    agency": a description of something, not the name of an institution."""
    if any(c.lower_ in ("a", "an") for c in head.children) or head.dep_ == "attr":
        return True
    dateline = head.head.is_sent_start and head.head.text.isupper()  # "ASTANA - Almaty court"
    if head.dep_ in ("compound", "appos") and head.head.i in sent.tok_entity and not dateline:
        return True
    if any(c.dep_ == "appos" and c.i in sent.tok_entity for c in head.children):
        return True
    doc = head.doc
    return head.i + 1 < len(doc) and doc[head.i + 1].i in sent.tok_entity


def _label(tokens: list[Token]) -> str:
    """The phrase as a label: "Local residents" opening a sentence is "local residents";
    "Russian foreign ministry" keeps its nationality's capital."""
    text = _text(tokens)
    first = tokens[0]
    if first.pos_ != "PROPN" and not first.text.isupper() and first.ent_type_ != "NORP":
        text = text[:1].lower() + text[1:]
    return text


def _add(sent: Sentence, tokens: list[Token], info: EntityInfo, rule: str) -> None:
    key = sent.result.entity(info)
    start = sent.base + tokens[0].idx
    end = sent.base + tokens[-1].idx + len(tokens[-1].text)
    sent.result.mentions.add((key, Span(start, end, rule)))
    for tok in tokens:
        sent.tok_entity.setdefault(tok.i, key)


def _capitalised_organization(sent: Sentence, head: Token) -> None:
    """A capitalised organization noun with the capitalised words around it, when
    the lexicon took the first of them for a place: "the United States Department
    of State", "Almaty City Court", "Kazakhstan International Bureau for Human Rights"."""
    doc, start, end = head.doc, head.i, head.i + 1
    while start > sent.span.start and NAME_TOKEN.match(doc[start - 1].text):
        start -= 1
    if (
        end + 1 < sent.span.end
        and doc[end].lower_ in ("of", "for", "on")
        and NAME_TOKEN.match(doc[end + 1].text)
    ):
        end += 1  # "Bureau for Human Rights", "Institute for War and Peace Reporting"
        while end < sent.span.end:
            if NAME_TOKEN.match(doc[end].text):
                end += 1
            elif (
                doc[end].lower_ in ("and", "of", "the", "&")
                and end + 1 < sent.span.end
                and NAME_TOKEN.match(doc[end + 1].text)
            ):
                end += 1
            else:
                break
    tokens = list(doc[start:end])
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    has_of = end > head.i + 1
    # "Agency for [Financial Monitoring]": the model's name cut from the body's
    cut = {
        key
        for t in tokens
        if t.i > head.i
        and (key := sent.tok_entity.get(t.i)) is not None
        and key.kind == "organization"
        and key.label not in sent.state.resolver.by_label
    }
    owners = {k.kind for t in tokens if (k := sent.tok_entity.get(t.i)) and k not in cut}
    if not 2 <= len(tokens) <= 10 or owners - {"place"} or not (owners or has_of):
        return
    # An abbreviated place by its label, so "U.S. Department of State" and "United
    # States Department of State" are one organization.
    words: list[str] = []
    for tok in tokens:
        place = sent.tok_entity.get(tok.i)
        if place is None or any(c.islower() for c in tok.text):
            words.append(tok.text)
        elif not words or words[-1] != place.label:
            words.append(place.label)
    surface = _text(tokens)
    info = EntityInfo(EntityKey("organization", " ".join(words)), "Organization", {surface})
    key = sent.result.entity(info)
    start_char = sent.base + tokens[0].idx
    span = Span(start_char, sent.base + tokens[-1].idx + len(tokens[-1].text), "names.organization")
    sent.result.mentions.add((key, span))
    for tok in tokens:
        sent.tok_entity[tok.i] = key  # the place was part of the name
    for part in cut:
        _drop_mentions(sent, part, span)


def _drop_mentions(sent: Sentence, key: EntityKey, within: Span) -> None:
    """Forget the mentions of a name cut from a longer one inside `within`, and the name
    when it has no other mention."""
    mentions = sent.result.mentions
    inside = {(k, s) for k, s in mentions if k == key and within.start <= s.start < within.end}
    mentions -= inside
    if inside and not any(k == key for k, _ in mentions):
        sent.result.entities.pop(key, None)


PERSON_NOUNS = {"journalist", "activist", "lawyer", "officer", "agent", "blogger", "banker"}
PERSON_NOUNS |= {"businessman", "businesswoman", "general", "colonel", "major", "poet", "writer"}
# Who someone is, not a post: "Eldos Kadyrov, a resident of Kaskelen, was detained"
PERSON_NOUNS |= {"resident", "native", "student", "driver", "worker", "pensioner", "teacher"}
PERSON_NOUNS |= {"doctor", "engineer", "entrepreneur", "father", "mother", "man", "woman"}
YOUNG = {"boy", "girl", "teenager", "protester", "detainee", "victim", "survivor"}


def _appositive_persons(sent: Sentence) -> None:
    """A given name and a surname the model tagged as nothing, described beside them
    as holding a post or being a person ("Daulet Ergozhin, a former deputy chairman of
    the committee, ..."; "Aset Nurlanov, a journalist, ..."; "His spokesman, Aidos
    Ukibay, said"): a person."""
    posts = sent.lexicon.word_set("post_words") | PERSON_NOUNS
    for head in sent.tokens:
        if head.pos_ != "PROPN" or head.i in sent.tok_entity:
            continue
        first = [c for c in head.children if c.dep_ == "compound" and c.i == head.i - 1]
        said = [c for c in head.children if c.dep_ == "appos"]
        # "His spokesman, Aidos Ukibay, said": the name set off after a person's role
        role = head.dep_ == "appos" and head.head.lemma_.lower() in posts
        if len(first) != 1 or not (said or role) or first[0].i in sent.tok_entity:
            continue
        tokens = [first[0], head]
        if not all(NAME_TOKEN.match(t.text) and t.text[:1].isalpha() for t in tokens):
            continue
        if _title_word(sent, first[0]) or not (role or _surname(head.text, "PERSON", sent)):
            continue
        if role or said[0].lemma_.lower() in posts:
            info = EntityInfo(EntityKey("person", _text(tokens)), "Person")
            _add(sent, tokens, info, "names.appos")


def _initialled_persons(sent: Sentence) -> None:
    """A capitalised word after initials that the model left untagged is a person's
    surname: "Minister Ye. Turgumbayev" (tagged as a modal verb), the lexicon's
    "Yerlan Turgumbayev" when the initial fits his given name."""
    for tok in sent.tokens:
        if tok.i in sent.tok_entity or tok.ent_type_ or not tok.is_alpha:
            continue
        if not NAME_TOKEN.match(tok.text) or tok.text.isupper() or _title_word(sent, tok):
            continue
        first = initials_before(tok, sent.span.start)
        # (the model may tag an initial alone: "Ye" as a person)
        if first == tok.i or any(t.i in sent.tok_entity for t in tok.doc[first : tok.i]):
            continue
        tokens = list(tok.doc[first : tok.i + 1])
        info = _initialled(sent, [tok], "PERSON")
        if info is not None:
            _add(sent, tokens, info, "names.initials")


def phrase_entities(sent: Sentence) -> None:
    """Groups and institutions named by a common noun and its describing words."""
    _appositive_persons(sent)
    _initialled_persons(sent)
    groups = set(_words(sent, "group_nouns"))
    institutions = set(_words(sent, "institution_nouns"))
    organizations = set(_words(sent, "organization_nouns"))
    if sent.lowers.isdisjoint(groups | organizations) and sent.lemmas.isdisjoint(institutions):
        return  # every case below starts from one of these nouns
    for head in sent.tokens:
        if head.i in sent.tok_entity:
            continue
        if head.lower_ in organizations and head.text[:1].isupper():
            _capitalised_organization(sent, head)
        # The small model tags a lower-case noun inside a name-like run PROPN
        # ("the Kazakh health ministry"): its case says it is a common noun.
        common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())
        if head.i in sent.tok_entity or not common:
            continue
        if head.lower_ in groups:
            mods = _modifiers(sent, head, allow_owner=True)
            tail = _of_phrase(head) if head.lower_ in RELATIONAL else []
            if mods is None or not (mods or tail):
                continue
            tokens = sorted({*mods, head, *tail}, key=lambda t: t.i)
            tokens = _after_dateline(list(head.doc[tokens[0].i : tokens[-1].i + 1]))
            if tokens[0].i == head.i and not tail:
                continue  # only the dateline described it
            label = _label(tokens)
            if len(tokens) <= 12 and not any(
                t.is_punct and t.text not in "'\u2019-" for t in tokens
            ):
                _add(sent, tokens, EntityInfo(EntityKey("group", label), "Group"), "names.group")
        elif head.lemma_.lower() in institutions and head.tag_ != "NNS":
            mods = _modifiers(sent, head, allow_owner=False)
            if not mods or any(t.lower_ in GENERIC for t in mods) or _describes(sent, head):
                continue
            if head.lower_ == "police" and any(t.i in sent.tok_entity for t in mods):
                continue  # "Almaty police" are the police, a group
            tokens = _after_dateline(list(head.doc[min(t.i for t in mods) : head.i + 1]))
            if 1 < len(tokens) <= 4 and not any(
                t.i in sent.tok_entity and t.ent_type_ not in ("GPE", "NORP") for t in tokens
            ):
                info = EntityInfo(EntityKey("organization", _label(tokens)), "Organization")
                _add(sent, tokens, info, "names.institution")
