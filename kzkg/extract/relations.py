"""Ties between actors: kinship, membership, leadership (kz:Kinship, kz:Membership,
kz:Leadership).

- kinship: "Nazarbayev's nephew, Samat Abish", "Samat Abish, the nephew of
  Nursultan Nazarbayev", "Nazarbayev's son-in-law Timur Kulibayev", "X is the
  daughter of Y" (kin words from `kinship_words` in posts.yaml);
- membership: "X, a member of Y", "X is a member of Y";
- leadership: "Y, led by X", "the X-led Y" (also "the Russian-led Y"), "X leads Y".
"""

from __future__ import annotations

from collections.abc import Set

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey, FactKey, Lit
from kzkg.extract.posts import looks_personal
from kzkg.extract.titles import is_possessor

BODY_KINDS = {"organization", "group"}
COMPOUND_STARTS = {"son", "daughter", "brother", "sister", "father", "mother", "step"}
LED_KINDS = {"organization"}  # "Russia-led troops": a generic group is no body to lead


def _person(sent: Sentence, tok: Token | None) -> EntityKey | None:
    key = sent.entity(tok) if tok is not None else None
    return key if key is not None and (key.kind == "person" or looks_personal(key, sent)) else None


def _kin_word(tok: Token, words: set[str]) -> tuple[str, Token] | None:
    """The kin term starting at the token and its last token ("son - in - law")."""
    doc = tok.doc
    if tok.lower_ in COMPOUND_STARTS and tok.i + 4 < len(doc) and doc[tok.i + 1].text == "-":
        joined = "".join(t.lower_ for t in doc[tok.i : tok.i + 5])
        if joined in words:
            return joined, doc[tok.i + 4]
    lemma = tok.lemma_.lower()
    if lemma not in words and lemma.endswith("s") and lemma[:-1] in words:
        lemma = lemma[:-1]  # "nephews" the parser may leave unlemmatised
    return (lemma, tok) if lemma in words else None


def _described(sent: Sentence, noun: Token, last: Token) -> EntityKey | None:
    """Who the noun describes: its apposition ("nephew, Samat Abish"), the name right
    after it ("son-in-law Timur Kulibayev"), the name it is in apposition to ("Abish,
    the nephew of ..."), or the subject of "is" ("Abish is the nephew of ...")."""
    for child in (c for c in noun.children if c.dep_ == "appos"):
        if _person(sent, child):
            return _person(sent, child)
    nxt = last.i + 1
    if nxt < sent.span.end and sent.tok_entity.get(nxt) is not None:
        return _person(sent, last.doc[nxt])
    if noun.dep_ == "appos":
        return _person(sent, noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        return _person(sent, subjects[0]) if subjects else None
    return None


def _of_whom(sent: Sentence, noun: Token, last: Token) -> EntityKey | None:
    """Whose relative: "Nazarbayev's nephew", "the nephew of Nazarbayev"."""
    for child in noun.children:
        if is_possessor(child) and child.pos_ != "PRON":
            return _person(sent, child)
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            return _person(sent, objs[0]) if objs else None
    nxt = last.i + 1  # "Nazarbayev's son-in-law Timur Kulibayev": the possessive is the name's
    name = sent.tok_entity.get(nxt)
    if name is not None:
        head = max(
            (t for t in last.doc[nxt : sent.span.end] if sent.tok_entity.get(t.i) == name),
            key=lambda t: t.i,
        )
        owners = [c for c in head.children if is_possessor(c) and c.i < noun.i]
        return _person(sent, owners[0]) if owners else None
    return None


def kinship(sent: Sentence) -> None:
    words = set(sent.lexicon.words("kinship_words"))
    for tok in sent.tokens:
        found = _kin_word(tok, words) if tok.pos_ == "NOUN" or tok.text[:1].islower() else None
        if found is None or tok.i in sent.blocked:
            continue
        term, last = found
        relative, of = _described(sent, tok, last), _of_whom(sent, tok, last)
        if relative is None or of is None or relative == of:
            continue
        listed = _listed_with(sent, tok) if tok.lower_ != term else []  # plural only
        for one in [relative, *listed]:
            if one != of:
                _kin(sent, one, of, term)


def _listed_with(sent: Sentence, noun: Token) -> list[EntityKey]:
    """ "Nazarbayev's nephews, A and B": the persons listed with the first named (not after
    a singular: "Nazarbayev's nephew, A, and B")."""
    named = [c for c in noun.children if c.dep_ == "appos"][:1]
    if noun.dep_ == "appos":  # "A and B, Nazarbayev's nephews"
        named.append(noun.head)
    return [k for a in named for c in a.conjuncts for k in [_person(sent, c)] if k]


def _kin(sent: Sentence, relative: EntityKey, of: EntityKey, term: str) -> None:
    fact = sent.result.fact(
        FactKey("kinship", (relative.label, of.label, term)),
        "Kinship",
        f"{relative.label}, {term} of {of.label}",
        sent.evidence("relations.kinship"),
    )
    fact.add("relative", relative)
    fact.add("relativeOf", of)
    fact.add("kinTerm", Lit(term))


def _body_after_of(sent: Sentence, noun: Token) -> EntityKey | None:
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        bodies = [k for o in prep.children for k in sent.entities_in(o.subtree, BODY_KINDS)]
        return bodies[0] if bodies else None
    return None


def membership(sent: Sentence) -> None:
    for tok in sent.tokens:
        if tok.lemma_.lower() != "member" or tok.pos_ != "NOUN" or tok.i in sent.blocked:
            continue
        body = _body_after_of(sent, tok)
        member = None
        if tok.dep_ == "appos":
            member = sent.entity(tok.head)
        elif tok.dep_ == "attr" and tok.head.lemma_ == "be":
            member = next((sent.entity(c) for c in tok.head.children if c.dep_ == "nsubj"), None)
        if body is None or member is None or member == body or member.kind == "post":
            continue
        fact = sent.result.fact(
            FactKey("membership", (member.label, body.label)),
            "Membership",
            f"{member.label}, member of {body.label}",
            sent.evidence("relations.membership"),
        )
        fact.add("member", member)
        fact.add("memberOf", body)


def _leader_before_hyphen(sent: Sentence, led: Token) -> EntityKey | None:
    """ "Russia-led", "Russian-led", "Moscow-led": the word before the hyphen."""
    doc = led.doc
    if led.i < 2 or doc[led.i - 1].text != "-":
        return None
    word = doc[led.i - 2]
    key = sent.tok_entity.get(word.i)
    country = sent.lexicon.nationalities.get(word.lower_)
    if key is None and country is not None:
        key = sent.state.resolver.known(country).key
    return key


def leadership(sent: Sentence) -> None:
    for tok in sent.tokens:
        if tok.lemma_.lower() != "lead" or tok.i in sent.blocked:
            continue
        body = leader = None
        if tok.dep_ in ("acl", "amod") and tok.lower_ == "led":
            body = sent.entity(tok.head)
            leader = _leader_before_hyphen(sent, tok)
            for agent in (c for c in tok.children if c.dep_ == "agent"):
                objs = [o for o in agent.children if o.dep_ == "pobj"]
                leader = sent.entity(objs[0]) if objs else leader
        elif tok.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in tok.children):
            body = next(sent.entity(c) for c in tok.children if c.dep_ == "nsubjpass")
            agents = [o for a in tok.children if a.dep_ == "agent" for o in a.children]
            leader = sent.entity(agents[0]) if agents else None  # "Y is led by X"
        elif tok.pos_ == "VERB" and tok.dep_ != "acl":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            body = sent.entity(objs[0]) if objs else None
            subjects = sent.subject(tok)
            leader = subjects[0] if subjects else None
        if body is None or leader is None or body == leader or body.kind not in LED_KINDS:
            continue
        fact = sent.result.fact(
            FactKey("leadership", (body.label, leader.label)),
            "Leadership",
            f"{body.label}, led by {leader.label}",
            sent.evidence("relations.leadership"),
        )
        fact.add("ledBody", body)
        fact.add("ledBy", leader)


def extract_relations(sent: Sentence, lemmas: Set[str]) -> None:
    """Kinship, membership and leadership, for a sentence whose lemmas are given."""
    kin = set(sent.lexicon.words("kinship_words"))
    if lemmas & (kin | {f"{w}s" for w in kin}):  # "nephews", left unlemmatised
        kinship(sent)
    if "member" in lemmas:
        membership(sent)
    if "lead" in lemmas or "led" in lemmas:
        leadership(sent)
