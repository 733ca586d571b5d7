"""Events: lexicon triggers mapped to ontology classes, with arguments from the parse.

A trigger ("stormed", "state of emergency", "turn off the internet") gives an
event unless it sits inside a claim's content, under a modal or a negation,
or lacks what its lexicon entry needs. Agents come from the subject (climbing
through "decided to", coordinated verbs), places and dates from the clause.
The event's identity is its class, a key argument and the month of the date
its sentence states (none if it states none), so two documents reporting one
event share its node.
"""

from __future__ import annotations

import re

from kzkg.extract.arguments import (
    agents_of,
    arguments_of,
    clause_of,
    most_specific,
    objects,
    post_involved,
)
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import FactKey, Lit
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
    if trigger.needs_object and not objects(head):
        return False
    return True


def _factual(head: Token, sent: Sentence) -> bool:
    if head.i in sent.blocked:
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


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
        clause = clause_of(head)
        if clause is not head:
            for conj in clause.conjuncts:
                if conj.lemma_.lower() in sent.lexicon.words("continuation_verbs"):
                    _emit(sent, trigger.cls, head, clause_override=conj)


def _emit(sent: Sentence, cls: str, head: Token, clause_override: Token | None = None) -> None:
    agents = [a for a in agents_of(head, sent, cls) if sent.can_act(a)]
    args = arguments_of(clause_override or head, sent, agents)
    if clause_override is not None:
        args["place"] = most_specific(sent.entities_in(clause_override.subtree, {"place"}), sent)
    if cls.lower() in sent.lexicon.words("object_is_participant"):
        # "asked the CSTO for help": the one asked takes part; it is not what is aimed at.
        args["participant"] = sorted(set(args["participant"]) | set(args["target"]))
        args["target"] = []
    if cls in NEEDS_ACTOR and not (agents or args["target"] or args["participant"]):
        return
    anchor = clause_override or clause_of(head)
    # Only a date stated in the event's own sentence dates it: an event told without one
    # ("Nazarbayev handed over power to Tokayev") may be years older than the document.
    # Undated events are keyed without a month, so they never merge with dated ones,
    # only with undated reports (or curated facts) of the same class and key argument.
    date = sent.date_near(anchor)
    month = date.iso()[:7] if date else ""
    role = KEY_ROLE.get(cls)
    primary = (agents if role == "agent" else args.get(role or "", [])) if role else []
    involved = (
        post_involved(head, sent) if cls in ("Dismissal", "Succession", "Resignation") else None
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
