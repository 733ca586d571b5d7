"""A reporting verb's subject that is a name the model did not give: an actor all the same.

The small model leaves many names unknown to the lexicon untagged, or tags them so
that no entity is made ("Kloop" as a one-word ORG, "Kazatomprom" as nothing), and a
claim whose speaker is no entity is lost. A proper noun that is the subject of a
reporting verb ("Kloop reported that ...", "ANK, an independent monitoring group,
said ...") is someone; its kind comes from the words around it, in the lexicon's
classes:

- a noun in apposition of the organization or collective classes ("a monitoring
  group", "a coalition of lawyers") or a last word of those classes ("Legal Policy
  Research Centre") make an organization; a person noun or a post in apposition a
  person, when the name ends in a regional surname;
- an acronym ("ANK"), an inner capital ("OpenDemocracy"), an outlet's ending
  (`organization_suffixes`: "Ulysmedia", "Zakon.kz") make an organization, and so do
  several capitalised words the model left untagged ("Human Rights Watch said"): it
  tags people's names;
- a regional surname ending makes a person (`surname_endings`);
- the speaker's own words may say what a one-word name is: "its" or "the company"
  an organization ("Activ said its network had been restored", though the model
  says person), "he" or "her" a person ("Pannier said he expected more arrests");
- a single word the model did not call a person or a place is an organization: the
  bodies and outlets that report are named so ("Kloop reported"); a one-word person
  is a surname the document named before, which names.py resolves.

The proper noun that "according to" names is read the same way ("According to
Adilet, a legal clinic in Almaty, ..."), and so is the one a relative clause that
reports hangs on ("disputed by Adilet, which said ...").

Nothing else is guessed: a place ("Bishkek said"), a headline's capitalised verb
("Rights Groups Say ...") or a word of a title gives no actor.
"""

from __future__ import annotations

from kzkg.extract.context import Sentence, Token
from kzkg.extract.initials import INITIAL_DOT, initial_ends
from kzkg.extract.model import EntityInfo, EntityKey
from kzkg.extract.names import (
    MONTHS,
    NAME_TOKEN,
    PERSON_NOUNS,
    WEEKDAYS,
    _add,
    _camel_case,
    _doc_person,
    _nationality,
    _surname,
    _text,
    _title_word,
    common_words,
    organization_suffix,
)
from kzkg.extract.report_verbs import reports

# Model labels of names that are no actor of their own kind here: places stand for a
# state only when the lexicon says they are a country, and a one-word person is left
# to the surname rules.
NOT_ACTORS = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"}


def unnamed_speakers(sent: Sentence) -> None:
    """Make an entity of each untagged proper-noun subject of a reporting verb, and of
    the proper noun "according to" names ("According to Adilet, a legal clinic, ...")."""
    for source in _according_to(sent):
        if source.i not in sent.tok_entity:
            _name_speaker(sent, source)
    if sent.lemmas.isdisjoint(sent.lexicon.claim_verb_lemmas):
        return
    for verb in sent.tokens:
        if not verb.text.islower() or not reports(verb, sent):
            continue  # a headline's "Rights Groups Say": title case, no telling names
        for subj in verb.children:
            if subj.dep_ == "nsubj" and subj.lower_ in ("which", "who") and verb.dep_ == "relcl":
                subj = verb.head  # "disputed by Adilet, which said ...": the antecedent
            if subj.dep_ not in ("nsubj", "pobj") or subj.pos_ != "PROPN":
                continue
            if subj.dep_ == "pobj" and not any(c.dep_ == "relcl" for c in subj.children):
                continue
            if subj.i not in sent.tok_entity:
                _name_speaker(sent, subj)
            else:
                _named_after_country(sent, subj)


def _according_to(sent: Sentence) -> list[Token]:
    """The proper nouns "according to" names directly."""
    if "according" not in sent.lowers:
        return []
    return [
        obj
        for tok in sent.tokens
        if tok.lower_ == "according"
        for to in tok.children
        if to.lower_ == "to"
        for obj in to.children
        if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
    ]


def _name_tokens(sent: Sentence, head: Token) -> list[Token] | None:
    """The name: the head and the capitalised compounds just before it, none of them
    an entity, a title word, a nationality, a month or a weekday."""
    doc, first = head.doc, head.i
    while first > sent.span.start:
        before = doc[first - 1]
        if _hyphen_inside(before) and first - 2 >= sent.span.start:
            first -= 2  # "Samruk-Kazyna", "Anti-Corruption Agency": one word of the name
        elif before.dep_ == "compound" and first - 1 < before.head.i <= head.i:
            first -= 1  # "Human Rights Watch": "Human" hangs on "Rights", not on "Watch"
        else:
            break
    if head.i + 1 < len(doc) and (INITIAL_DOT.match(head.text) or initial_ends(doc[head.i + 1])):
        return None  # "Zh. Abdildin": the initial of a name, which names.py reads whole
    tokens = [t for t in doc[first : head.i + 1] if not _hyphen_inside(t)]
    for tok in tokens:
        if tok.i < head.i and _country(sent, tok):
            continue  # "Kazakhstan Sanctions Tracker", "Kazakhstan Airways": a word of the name
        # the model's label of the first half of "Samruk-Kazyna" says nothing
        joined = tok.i + 1 < len(doc) and _hyphen_inside(doc[tok.i + 1])
        if (
            not NAME_TOKEN.match(tok.text)
            or tok.i in sent.tok_entity
            or (tok.ent_type_ in NOT_ACTORS and not joined)
            or _title_word(sent, tok)
            or (
                _nationality(sent, tok)
                and not (joined and tok.lower_ not in sent.lexicon.nationalities)
            )
            or tok.lower_ in MONTHS | WEEKDAYS
        ):
            return None
    return tokens if len(tokens) <= 6 else None


# Words that describe a country rather than name a body with it ("New Kazakhstan").
DESCRIBING = {
    "new", "old", "modern", "independent", "soviet", "greater", "central", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "just", "fair",
}  # fmt: skip


def _named_after_country(sent: Sentence, subj: Token) -> None:
    """ "Dignity Kazakhstan, a coalition of lawyers, said": a name ending in a country's,
    the words before it no entity, is an organization's, not the country's (which would
    speak for its state)."""
    key = sent.tok_entity[subj.i]
    info = sent.result.entities.get(key)
    if info is None or info.cls != "Country" or sent.tok_entity.get(subj.i - 1) == key:
        return
    compounds = [c for c in subj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not compounds or compounds[-1].i != subj.i - 1:
        return
    tokens = _name_tokens(sent, compounds[-1])
    if tokens is None or any(t.lower_ in DESCRIBING for t in tokens):
        return
    tokens.append(subj)
    del sent.tok_entity[subj.i]  # the country was a word of the name
    _add(
        sent,
        tokens,
        EntityInfo(EntityKey("organization", _text(tokens)), "Organization"),
        "speaker_names",
    )


def _country(sent: Sentence, tok: Token) -> bool:
    key = sent.tok_entity.get(tok.i)
    info = sent.result.entities.get(key) if key is not None else None
    return info is not None and info.cls == "Country"


def _hyphen_inside(tok: Token) -> bool:
    """A hyphen joining two capitalised words with no space ("Samruk-Kazyna")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and doc[tok.i - 1].text[:1].isupper()
    )


def _name_speaker(sent: Sentence, subj: Token) -> None:
    tokens = _name_tokens(sent, subj)
    if tokens is None or any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in subj.children):
        return  # "The Department of Police of the Almaty region": a name cut short
    common = set(sent.lexicon.words("organization_nouns")) | set(sent.lexicon.words("group_nouns"))
    if len(tokens) == 1 and subj.lower_ in common:
        return  # "Department", "Residents": a common noun, capitalised
    if len(tokens) == 1 and subj.tag_ == "NNPS":
        return  # "Kazakhs said", "Almatians said": a people, no one body
    if EntityKey("place", _text(tokens)) in sent.result.entities:
        return  # "Protests spread to Bishkek. Bishkek said ...": a capital for its state
    named = _doc_person(sent, subj.text) if len(tokens) == 1 else None
    if named is not None:  # "Serik Zhumangarin ... Zhumangarin thanked him"
        _add(sent, tokens, EntityInfo(named, "Person", {subj.text}), "speaker_names")
        return
    if len(tokens) == 1 and any(
        k.kind == "person" and k.label.split()[-1] == subj.text for k in sent.result.entities
    ):
        return  # "Nurlan and Yerlan Abdirov ... Abdirov said": which of them, no telling
    kind = _kind(sent, tokens, subj)
    if kind is None:
        return
    name = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    info = EntityInfo(EntityKey(kind, name), kind.capitalize())
    for tok in tokens:
        sent.tok_entity.pop(tok.i, None)  # a country's name was a word of this one
    if kind == "person" and (similar := sent.state.resolver._similar_person(name)) is not None:  # noqa: SLF001
        info = sent.state.resolver.known(similar.label, name)
    _add(sent, tokens, info, "speaker_names")


def _kind(sent: Sentence, tokens: list[Token], subj: Token) -> str | None:
    organizations = set(sent.lexicon.words("organization_nouns"))
    organizations |= set(sent.lexicon.words("collective_nouns"))
    persons = PERSON_NOUNS | set(sent.lexicon.words("occupation_words"))
    persons |= set(sent.lexicon.words("post_words"))
    described = {c.lemma_.lower() for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    last = tokens[-1].text
    surname = _surname(last, subj.ent_type_ or "ORG", sent)  # "-in" only for the model's PERSON
    if described & organizations:
        return "organization"  # "ANK, an independent monitoring group, said"
    if described & persons:
        return "person" if surname else None  # "Abdildin, a lawyer, said"
    if tokens[-1].lower_ in organizations | set(sent.lexicon.words("institution_nouns")):
        return "organization"  # "Legal Policy Research Centre said"
    if len(tokens) == 1 and (
        (last.isupper() and last.isalpha() and 2 <= len(last) <= 6)
        or _camel_case(last)
        or organization_suffix(sent, last)
    ):
        return "organization"  # "ANK said", "OpenDemocracy reported", "Ulysmedia reported"
    if surname:
        return "person"  # "Zhumabekov said"
    if len(tokens) > 1:
        # "Human Rights Watch said" left untagged: the model tags the names of people
        untagged = all(not t.ent_type_ or _country(sent, t) for t in tokens)
        return "organization" if untagged and not common_words(sent, tokens) else None
    told = _told_of_itself(sent, subj, organizations)
    if told is not None:
        return told  # "Beeline announced that ... the company's control", "Pannier said he"
    if subj.ent_type_ in ("", "ORG"):
        return "organization"  # "Kloop reported", "Kazatomprom, the state uranium miner, said"
    return None


PERSONAL = {"he", "him", "his", "she", "her"}


def _told_of_itself(sent: Sentence, subj: Token, organizations: set[str]) -> str | None:
    """What the speaker's own words call it, when they call it one thing only: "its" or
    "the company" make an organization of a one-word name the model took for a
    person ("Activ said its network had been restored", "Beeline announced that the
    restrictions had been out of the company's control"); "he", "his", "she", "her" a
    person."""
    words = [t for t in subj.head.subtree if t.i > subj.head.i]
    neuter = any(t.lower_ == "its" for t in words) or any(
        t.lemma_.lower() in organizations
        and any(c.lower_ == "the" for c in t.children)
        and t.i not in sent.tok_entity
        for t in words
    )
    personal = any(t.lower_ in PERSONAL and t.pos_ == "PRON" for t in words)
    if neuter != personal:
        return "organization" if neuter else "person"
    return None
