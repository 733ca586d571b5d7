"""Events: lexicon triggers mapped to ontology classes, with arguments from the parse.

A trigger ("stormed", "state of emergency", "turn off the internet") gives an
event unless it sits inside a claim's content, under a modal or a negation,
or lacks what its lexicon entry needs. Agents come from the subject (climbing
through "decided to", coordinated verbs), places and dates from the clause.
The event's identity is its class, a key argument and its month, so two
documents reporting one event share its node.
"""

from __future__ import annotations

import re
from typing import Any

from kzkg.extract.context import Sentence, Token, clause_tokens
from kzkg.extract.model import EntityKey, FactKey, Lit
from kzkg.extract.roles import find_post, title_of
from kzkg.lexicon import Trigger

MODALS = {"would", "could", "might", "may", "should", "must", "can", "will", "shall"}
# The argument that tells two events of a class apart (besides the month).
KEY_ROLE = {
    "Protest": "place",
    "Riot": "place",
    "Arrest": "place",
    "StateOfEmergency": "place",
    "Dismissal": "target",
    "Succession": "target",
    "Accusation": "target",
    "CommunicationsShutdown": "target",
    "Resignation": "agent",
    "RequestForAssistance": "agent",
    "MilitaryDeployment": "agent",
    "Order": "agent",
    "Speech": "agent",
    "UseOfForce": "agent",
    "Withdrawal": "agent",
}
NEEDS_ACTOR = {
    "Dismissal",
    "Succession",
    "Order",
    "Speech",
    "RequestForAssistance",
    "Accusation",
    "Resignation",
    "UseOfForce",
}


def class_words(cls: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls).lower()


def _near(token: Token, depth: int = 3) -> set[Token]:
    found = {token, token.head, *token.head.children}
    frontier = [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children]
        found.update(frontier)
    return found


def _satisfied(trigger: Trigger, head: Token, match: list[Token], sent: Sentence) -> bool:
    if trigger.pos and head.pos_ not in trigger.pos:
        return False
    if trigger.needs:
        words = {t.lemma_.lower() for t in _near(head) | set(match)}
        words |= {t.lower_ for t in _near(head) | set(match)}
        if not words & trigger.needs:
            return False
    if trigger.needs_object and not _objects(head):
        return False
    return True


def _objects(head: Token) -> list[Token]:
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "poss")]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        objs += [c for c in prep.children if c.dep_ == "pobj"]
    return objs


def _object_heads(head: Token, sent: Sentence) -> list[Token]:
    """Tokens that are the objects themselves: the object, its conjuncts and appositions,
    'including X', and the rest of a list the trigger starts ("blocking of A, B (C)")."""
    found: list[Token] = []
    frontier = list(_objects(head))
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
        found += [c for c in tok.children if c.dep_ == "compound"]
        frontier += [c for c in tok.children if c.dep_ in ("conj", "appos")]
        for prep in (
            c
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("including", "such", "like")
        ):
            frontier += [c for c in prep.subtree if c.dep_ == "pobj"]
    return found


def _post_involved(head: Token, sent: Sentence) -> EntityKey | None:
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
        for o in _object_heads(head, sent)
        if o.i not in sent.tok_entity and o.dep_ != "compound" and o.pos_ == "NOUN"
    ]
    for obj in candidates:
        found = title_of(obj, sent)
        if found is not None:
            post = find_post(sent, found[0], found[1], None)
            if post is not None:
                return post
    return None


def _heads(tok: Token) -> list[Token]:
    """An argument's head words: itself (or a preposition's object), compounds, conjuncts,
    appositions; not words deeper in the phrase ("officials near X" is not X)."""
    if tok.dep_ == "prep":
        return [t for c in tok.children if c.dep_ == "pobj" for t in _heads(c)]
    found = [tok, *(c for c in tok.children if c.dep_ == "compound")]
    for c in tok.children:
        if c.dep_ in ("conj", "appos"):
            found += _heads(c)
    return found


def _factual(head: Token, sent: Sentence) -> bool:
    if head.i in sent.blocked:
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _clause(head: Token) -> Token:
    """The token whose subtree holds the event's arguments."""
    if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "dobj", "nsubjpass", "attr"):
        return head.head
    return head


def _agents(head: Token, sent: Sentence, cls: str) -> list[EntityKey]:
    if head.pos_ == "VERB":
        by = [c for c in head.children if c.dep_ == "agent"]
        if by:
            return sent.entities_in(t for b in by for t in b.subtree)
        if any(c.dep_ == "nsubjpass" for c in head.children):
            return []
        return sent.subject(head)
    poss = [c for c in head.children if c.dep_ == "poss"]
    if poss:
        return [k for k in (sent.entity(p) for p in poss) if k]
    by = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "by"]
    if by:
        return sent.entities_in(t for b in by for t in b.subtree)
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of and cls.lower() in {w.lower() for w in sent.lexicon.words("of_is_agent")}:
        return sent.entities_in(_heads(of[0]))
    if head.dep_ == "dobj" and head.head.lemma_.lower() in sent.lexicon.words("support_verbs"):
        return sent.subject(head.head)
    if cls == "Speech" and head.dep_ == "pobj" and head.head.lower_ in ("in", "during"):
        return sent.subject(head.head.head)  # "In a televised address, Tokayev said ..."
    return []


def _arguments(head: Token, sent: Sentence, agents: list[EntityKey]) -> dict[str, list[EntityKey]]:
    clause = _clause(head)
    tokens = clause_tokens(clause)
    if clause is not head:
        tokens += [t for t in clause_tokens(head) if t not in tokens]
    tokens = [t for t in tokens if t.i not in sent.blocked]
    places = sent.entities_in(tokens, {"place"})
    places = _most_specific(places, sent)
    targets = sorted(
        k
        for k in sent.entities_in(_object_heads(head, sent))
        if k not in agents and k.kind != "place"
    )
    heads = [
        t
        for c in clause.children
        if c.dep_ in ("dobj", "dative", "prep", "attr")
        for t in _heads(c)
    ]
    others = [
        k
        for k in sent.entities_in(heads, {"person", "organization", "group"})
        if k not in agents and k not in targets
    ]
    return {"place": places, "target": targets, "participant": others}


def _most_specific(places: list[EntityKey], sent: Sentence) -> list[EntityKey]:
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


def extract_events(sent: Sentence, matches: list[tuple[Trigger, list[Token]]]) -> None:
    if not sent.is_assertion():
        return
    for trigger, match in matches:
        head = match[0]
        if head.i in sent.triggers or not _satisfied(trigger, head, match, sent):
            continue
        if not _factual(head, sent):
            continue
        _emit(sent, trigger.cls, head)
        # "protests erupted in X and spread to Y": a second event in the spread clause.
        clause = _clause(head)
        if clause is not head:
            for conj in clause.conjuncts:
                if conj.lemma_.lower() in sent.lexicon.words("continuation_verbs"):
                    _emit(sent, trigger.cls, head, clause_override=conj)


def _emit(sent: Sentence, cls: str, head: Token, clause_override: Token | None = None) -> None:
    agents = [a for a in _agents(head, sent, cls) if sent.can_act(a)]
    args = _arguments(clause_override or head, sent, agents)
    if clause_override is not None:
        args["place"] = _most_specific(sent.entities_in(clause_override.subtree, {"place"}), sent)
    if cls in NEEDS_ACTOR and not (agents or args["target"] or args["participant"]):
        return
    anchor = clause_override or _clause(head)
    date = sent.date_near(anchor)
    month = date.iso()[:7] if date else (sent.state.date.iso()[:7] if sent.state.date else "")
    role = KEY_ROLE.get(cls)
    primary = (agents if role == "agent" else args.get(role or "", [])) if role else []
    involved = (
        _post_involved(head, sent) if cls in ("Dismissal", "Succession", "Resignation") else None
    )
    key_part = primary[0].label if primary else (involved.label if involved else "")
    fkey = FactKey("event", (cls, key_part, month))
    label = (
        class_words(cls) + (f": {key_part}" if key_part else "") + (f", {month}" if month else "")
    )
    fact = sent.result.fact(fkey, cls, label, sent.evidence("events"))
    sent.triggers[(clause_override or head).i] = fkey
    sent.triggers.setdefault(head.i, fkey)
    for key in agents:
        fact.add("agent", key)
    for role_name, keys in args.items():
        for key in keys:
            fact.add(role_name, key)
    if date is not None:
        fact.add("date", Lit.of_date(date))
    fact.add("involvesPost", involved)
    duration = sent.duration_near(anchor)
    if duration:
        fact.add("duration", Lit(duration, "duration"))
