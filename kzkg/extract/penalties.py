"""Prison terms as statistics: "sentenced to 18 years", "was given 15.6 years",
"received a seven-year sentence", "a sentence of 10 to 15 years", "sentences
ranging from one to 15 years". The term is a length of time the model tags as a
DATE; it is a sentence only when a sentencing verb or noun governs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzkg.extract.context import Sentence, Token
from kzkg.extract.figures import WORD_NUMBERS
from kzkg.extract.model import EntityKey

_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + ")"
TERM = re.compile(
    rf"^(?:an? )?(?:between |from )?{_NUM}(?:\s*(?:to|and|-|–)\s*{_NUM})?[\s-]"
    r"(?P<unit>year|month|day)s?$",
    re.IGNORECASE,
)
SENTENCING_VERBS = {"sentence", "jail", "imprison"}
# "was given 15.6 years", "received a seven-year sentence", "faces 10 years".
GIVING_VERBS = {"give", "hand", "receive", "face", "get", "serve"}
SENTENCE_NOUNS = {"sentence", "term", "imprisonment", "jail", "prison"}
OFFICE_TERM_WORDS = {
    "presidential", "single", "second", "third", "parliamentary", "consecutive",
    "non-renewable", "first", "new", "full",
}  # fmt: skip
# Who serves a term of office: "the president may serve only one seven-year term".
OFFICE_HOLDERS = {"president", "leader", "head", "akim", "senator", "deputy", "governor"}
CLIMB = {"pobj", "prep", "dobj", "compound", "nummod", "acl", "npadvmod", "conj", "amod"}


@dataclass(frozen=True)
class Term:
    measure: str
    value: str
    unit: str
    anchor: Token  # the term's head word: whose clause states it
    subject: Token | None  # who is sentenced


def _governor(root: Token) -> Token | None:
    """The sentencing verb or noun above the term, within a few steps."""
    token, through_noun = root, False
    for _ in range(5):
        if token.dep_ not in CLIMB or token.head.i == token.i:
            return None
        token = token.head
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in SENTENCING_VERBS:
            return token
        if token.pos_ == "NOUN" and lemma in SENTENCE_NOUNS:
            if lemma == "term" and _of_office(token):
                return None  # "to serve a single seven-year term": a term of office
            through_noun = True
        direct = root.head.i == token.i  # "was given 15.6 years"
        if token.pos_ == "VERB" and lemma in GIVING_VERBS and (through_noun or direct):
            return token
    return None


def _of_office(term: Token) -> bool:
    """ "a single seven-year presidential term", "his second term as president", "a
    term in office": a term of office, no prison term."""
    words = {c.lower_ for c in term.children if c.dep_ in ("amod", "compound", "nmod")}
    preps = {c.lower_ for c in term.children if c.dep_ == "prep"}
    counted = {c.lower_ for c in term.children if c.dep_ == "nummod"}  # "only one ... term"
    holder = {c.lemma_.lower() for c in term.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    return (
        bool(words & OFFICE_TERM_WORDS)
        or bool(counted & {"one", "two"})
        or bool(holder & OFFICE_HOLDERS)  # "the president may serve a seven-year term"
        or "as" in preps
        or any(o.lower_ == "office" for c in term.children if c.dep_ == "prep" for o in c.children)
    )


def _sentenced(verb: Token) -> Token | None:
    """Who the sentence is for: the passive subject, the object of an active "sentenced",
    the subject of "received"/"faced", or the name "sentenced" hangs on."""
    deps = ("nsubjpass",) if verb.lemma_.lower() in ("give", "hand") else ("nsubjpass", "nsubj")
    if verb.lemma_.lower() in SENTENCING_VERBS:
        deps = ("nsubjpass", "dobj")
    for child in verb.children:
        if child.dep_ in deps:
            return child
    if verb.dep_ in ("acl", "relcl") or (verb.dep_ == "conj" and verb.head.pos_ != "VERB"):
        # "X, given 20 years, and Y, sentenced to eight": the nearest name before the verb
        named = [t for t in (verb.head, *verb.head.conjuncts) if t.i < verb.i]
        return max(named, key=lambda t: t.i) if named else verb.head
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _sentenced(verb.head)
    return None


def _sentenced_people(sent: Sentence, subject: Token) -> list[EntityKey]:
    """The persons a subject names, in text order; not whose they are ("his former
    deputies X and Y", "two deputies of Masimov, X and Y" are X and Y, not him)."""
    owned = {t.i for c in subject.subtree if c.dep_ == "poss" for t in c.subtree}
    for prep in subject.children if subject.pos_ == "NOUN" else ():
        if prep.dep_ == "prep" and prep.lower_ == "of":  # the owner's name, not who follow
            owner = {sent.tok_entity.get(c.i) for c in prep.children if c.dep_ == "pobj"}
            owned |= {t.i for t in prep.subtree if sent.tok_entity.get(t.i) in owner - {None}}
    return sent.entities_in([t for t in subject.subtree if t.i not in owned], {"person"})


def _respectively(sent: Sentence, term: Term) -> list[Term] | None:
    """ "X and Y received 16 and 15 years respectively": one term per person, in order;
    None when the terms and the persons do not pair up one to one."""
    numbers = re.findall(r"\d+(?:\.\d+)?|\b(?:" + "|".join(WORD_NUMBERS) + r")\b", term.value)
    if len(numbers) < 2 or not any(t.lower_ == "respectively" for t in sent.tokens):
        return [term]  # one term, or a range: "from one to 15 years"
    if term.subject is None:
        return None
    people = _sentenced_people(sent, term.subject)
    if len(people) != len(numbers):
        return None
    return [
        Term(f"prison sentence of {p.label}", f"{n} {term.unit}", term.unit, term.anchor, None)
        for p, n in zip(people, numbers, strict=True)
    ]


def _whose(sent: Sentence, subject: Token | None) -> str:
    if subject is None:
        return "prison sentence"
    own = sent.entity(subject)
    if own is not None and own.kind == "person":
        return f"prison sentence of {own.label}"
    people = _sentenced_people(sent, subject)
    if len(people) == 1:
        return f"prison sentence of {people[0].label}"
    if subject.pos_ == "NOUN" or subject.pos_ == "NUM":
        noun = subject
        if subject.pos_ == "NUM":  # "Three of his former deputies"
            objs = [c for p in subject.children if p.dep_ == "prep" for c in p.children]
            noun = objs[0] if objs else subject
        return f"prison sentences of {noun.lower_}"
    return "prison sentence"


def find_terms(sent: Sentence) -> list[Term]:
    found = []
    for ent in sent.ents:
        m = TERM.match(ent.text) if ent.label_ == "DATE" else None
        if m is None:
            continue
        verb = _governor(ent.root)
        if verb is None:
            continue
        subject = _sentenced(verb)
        value = re.sub(r"^an? ", "", ent.text)
        unit = m.group("unit").lower() + "s"
        term = Term(_whose(sent, subject), value, unit, ent.root, subject)
        found += _respectively(sent, term) or []
    return found
