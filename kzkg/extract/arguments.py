"""Event arguments from the parse: agents, targets, participants, places, posts.

Agents come from the subject (climbing through "decided to", coordination),
a passive "by" phrase, a possessive ("Tokayev's speech"), "the X of Y" for
classes where Y acts, or the subject of a support verb ("delivered a
speech"). Targets and participants are argument heads, not words deep in a
phrase ("officials near X" is not X). Places keep the most specific.
"""

from __future__ import annotations

from typing import Any

from kzkg.extract.context import Sentence, Token, clause_tokens
from kzkg.extract.model import EntityKey
from kzkg.extract.posts import find_post, title_of


def objects(head: Token) -> list[Token]:
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "poss")]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        objs += [c for c in prep.children if c.dep_ == "pobj"]
    return objs


def object_heads(head: Token, sent: Sentence) -> list[Token]:
    """Tokens that are the objects themselves: the object, its conjuncts and appositions,
    'including X', and the rest of a list the trigger starts ("blocking of A, B (C)")."""
    found: list[Token] = []
    frontier = list(objects(head))
    frontier += [
        c
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "including"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    if head.dep_ == "conj":
        frontier += [
            c
            for c in head.head.children
            if c.dep_ == "conj" and c.i > head.i and c.i not in sent.triggers
        ]
    while frontier:
        tok = frontier.pop()
        if tok in found:
            continue
        found.append(tok)
        frontier += [c for c in tok.children if c.dep_ in ("conj", "appos")]
        for prep in (
            c
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("including", "such", "like")
        ):
            frontier += [c for c in prep.subtree if c.dep_ == "pobj"]
    return found


def post_involved(head: Token, sent: Sentence) -> EntityKey | None:
    """The post a change is about: "dismissed the prime minister", "removed as head of X"."""
    candidates = [
        c
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    candidates += [
        o
        for o in object_heads(head, sent)
        if o.i not in sent.tok_entity and o.dep_ != "compound" and o.pos_ == "NOUN"
    ]
    for obj in candidates:
        found = title_of(obj, sent)
        if found is not None:
            post = find_post(sent, found[0], found[1], None)
            if post is not None:
                return post
    return None


def argument_heads(tok: Token) -> list[Token]:
    """An argument's head words: itself (or a preposition's object), conjuncts,
    appositions; not words deeper in the phrase ("officials near X" is not X)."""
    if tok.dep_ == "prep":
        return [t for c in tok.children if c.dep_ == "pobj" for t in argument_heads(c)]
    found = [tok]  # a compound ("police cars") names a kind, not the argument
    for c in tok.children:
        if c.dep_ in ("conj", "appos"):
            found += argument_heads(c)
    return found


# Nouns for actors a place name may qualify: "Kazakhstan's foreign minister" is not where.
ACTOR_NOUNS = {
    "minister",
    "president",
    "official",
    "governor",
    "ambassador",
    "envoy",
    "spokesman",
    "spokesperson",
    "prosecutor",
    "authority",
    "government",
    "leader",
    "counterpart",
}


def _in_modifier(tok: Token, stop: Token, sent: Sentence) -> bool:
    """Whether the token sits inside an adjectival modifier ("Russia-led", "Moscow-backed")
    or names whose official it is ("Kazakhstan foreign minister", "Kazakhstan's
    Prosecutor General Berik Assylov")."""
    while tok.i != stop.i and tok.head.i != tok.i:
        if tok.dep_ == "amod":
            return True
        if tok.dep_ in ("compound", "nmod", "poss"):
            owner = sent.tok_entity.get(tok.head.i)
            if tok.head.lemma_.lower() in ACTOR_NOUNS or (owner and owner.kind == "person"):
                return True
        tok = tok.head
    return False


def _source_of(noun: Token) -> list[Token]:
    """Where the thing asked for comes from: "assistance from the CSTO"."""
    return [
        t
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for c in p.children
        if c.dep_ == "pobj"
        for t in argument_heads(c)
    ]


def _renamed(noun: Token, sent: Sentence) -> list[Token]:
    """The name set off by a comma after a description: "the Moscow-led alliance, the
    CSTO," (the parser often attaches such an appositive elsewhere)."""
    doc = noun.doc
    after = max(t.i for t in noun.subtree) + 1
    if after >= sent.span.end or doc[after].text != ",":
        return []
    first = after + 1
    while first < sent.span.end and doc[first].pos_ == "DET":
        first += 1
    if first >= sent.span.end or first not in sent.tok_entity:
        return []
    key = sent.tok_entity[first]
    last = first
    while last + 1 < sent.span.end and sent.tok_entity.get(last + 1) == key:
        last += 1
    closing = last + 1 >= sent.span.end or doc[last + 1].text in {",", ".", "(", ")", ";"}
    return [doc[first]] if closing and key.kind in ("organization", "person", "group") else []


def clause_of(head: Token) -> Token:
    """The token whose subtree holds the event's arguments."""
    if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "dobj", "nsubjpass", "attr"):
        return head.head
    return head


# "a group of soldiers opened fire": the soldiers did.
COLLECTIVES = {"group", "unit", "squad", "detachment", "team", "column", "crowd", "band"}


def _collective_subject(verb: Token, sent: Sentence) -> list[EntityKey]:
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_ in COLLECTIVES]
    of = [p for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"]
    return sent.entities_in([t for p in of for t in argument_heads(p)], {"group", "organization"})


def agents_of(head: Token, sent: Sentence, cls: str) -> list[EntityKey]:
    if head.pos_ == "VERB":
        by = [c for c in head.children if c.dep_ == "agent"]
        if by:
            return sent.entities_in(t for b in by for t in b.subtree)
        if any(c.dep_ == "nsubjpass" for c in head.children):
            return []
        return sent.subject(head) or _collective_subject(head, sent)
    poss = [k for k in (sent.entity(c) for c in head.children if c.dep_ == "poss") if k]
    if poss:  # "Tokayev's speech"; "its verdict" falls through to the support verb
        return poss
    if cls == "UseOfForce":  # "police violence", "army crackdown"
        kinds = {"group", "organization"}
        by_kind = sent.entities_in([c for c in head.children if c.dep_ == "compound"], kinds)
        if by_kind:
            return by_kind
    by = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"]
    if by:
        return sent.entities_in(t for b in by for t in b.subtree)
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of and cls.lower() in {w.lower() for w in sent.lexicon.words("of_is_agent")}:
        return sent.entities_in(argument_heads(of[0]))
    if head.dep_ == "dobj" and head.head.lemma_.lower() in sent.lexicon.words("support_verbs"):
        return sent.subject(head.head)
    if cls == "Speech" and head.dep_ == "pobj" and head.head.lower_ in ("in", "during"):
        owner = head.head.head
        if owner.pos_ in ("NOUN", "PROPN"):  # "Tokayev in a televised address stressed ..."
            inside = {t.i for t in head.head.subtree}
            return sent.entities_in([t for t in owner.subtree if t.i not in inside], {"person"})
        return sent.subject(owner)  # "In a televised address, Tokayev said ..."
    return []


def arguments_of(
    head: Token, sent: Sentence, agents: list[EntityKey], reported: bool = False
) -> dict[str, list[EntityKey]]:
    """Places, targets and other participants; `reported` events (an official act told in
    a statement) take them from the statement's content too."""
    clause = clause_of(head)
    tokens = clause_tokens(clause)
    if clause is not head:
        tokens += [t for t in clause_tokens(head) if t not in tokens]
    tokens = [t for t in tokens if reported or t.i not in sent.blocked]
    # "a Russia-led alliance": a place inside a modifier describes, it is not where.
    places = sent.entities_in([t for t in tokens if not _in_modifier(t, clause, sent)], {"place"})
    places = most_specific(places, sent)
    targets = sorted(
        k
        for k in sent.entities_in(object_heads(head, sent))
        if k not in agents and k.kind != "place"
    )
    heads = [
        t
        for c in clause.children
        if c.dep_ in ("dobj", "dative", "prep", "attr")
        for t in argument_heads(c)
    ]
    heads += [t for h in heads if h.pos_ == "NOUN" for t in _source_of(h) + _renamed(h, sent)]
    others = [
        k
        for k in sent.entities_in(heads, {"person", "organization", "group"})
        if k not in agents and k not in targets
    ]
    return {"place": places, "target": targets, "participant": others}


def most_specific(places: list[EntityKey], sent: Sentence) -> list[EntityKey]:
    entities = sent.result.entities
    containing = set()
    for p in places:
        info = entities.get(p)
        while info is not None and info.located_in is not None:
            containing.add(info.located_in)
            info = entities.get(info.located_in) or _lexicon_place(info.located_in, sent)
    return [p for p in places if p not in containing]


def _lexicon_place(key: EntityKey, sent: Sentence) -> Any:
    if key.label in sent.state.resolver.by_label:
        return sent.state.resolver.known(key.label)
    return None
