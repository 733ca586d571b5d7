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
    argument_heads,
    arguments_of,
    clause_of,
    most_specific,
    objects,
    post_involved,
)
from kzkg.extract.context import Sentence, Token, clause_tokens
from kzkg.extract.eventdates import byline_end, event_date
from kzkg.extract.legal import LEGAL_CLASSES, offence_of, term_of
from kzkg.extract.model import EntityKey, Fact, FactKey, Lit
from kzkg.lexicon import Trigger

MODALS = {"would", "could", "might", "may", "should", "must", "can", "will", "shall"}
# The arguments that tell two events of a class apart (besides the month), in order
# of preference: the first one the event has is its key.
KEY_ROLE: dict[str, tuple[str, ...]] = {
    "Protest": ("place",),
    "Riot": ("place",),
    "StateOfEmergency": ("place",),
    "Curfew": ("place",),
    "EmergencyLifted": ("place",),
    "Referendum": ("place",),
    "Election": ("place",),
    "Dismissal": ("target",),
    "Succession": ("target",),
    "CommunicationsShutdown": ("target",),
    "Arrest": ("participant", "place"),
    "Accusation": ("participant",),
    "Trial": ("participant",),
    "ClosedTrial": ("participant",),
    "Verdict": ("participant", "agent"),
    "Sentencing": ("participant", "agent"),
    "Killing": ("participant", "place"),
    "Investigation": ("participant", "agent"),
    "Amnesty": ("agent", "participant"),
    "LegalAct": ("agent",),
    "Resolution": ("agent",),
    "Torture": ("agent", "participant"),
    "Resignation": ("agent",),
    "RequestForAssistance": ("agent",),
    "MilitaryDeployment": ("agent",),
    "Order": ("agent",),
    "Speech": ("agent",),
    "UseOfForce": ("agent",),
    "Withdrawal": ("agent",),
    "Meeting": ("everyone",),  # a call between A and B is not one between A and C
    "Ceremony": ("place", "agent", "participant"),
    "CommunicationsRestored": ("target", "place"),
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
    "Amnesty",
    "Meeting",
    "LegalAct",
    "Resolution",
}
# Classes whose arguments name what they are about, not events that happened:
# "charged with organising riots", "an investigation into torture".
CONTENT_TAKING = LEGAL_CLASSES | {"Investigation", "Resolution"}
TEMPORAL = {"after", "before", "during", "following", "since", "amid", "until"}
# Classes whose participle after a noun describes people, not an event told:
# "individuals found guilty of terrorism", "those detained", "people killed".
DESCRIBING = LEGAL_CLASSES | {"Arrest", "Killing", "Amnesty"}
ACTORS = {"person", "organization", "group"}
# Classes that need someone or some post they are done to (or met): "dismissed calls to
# negotiate" is no dismissal, "met the demands" no meeting.
NEEDS_PATIENT = {"Dismissal", "Meeting"}
# Arguments a noun's core role links it to: "a trial date has not been set" is governed
# by "set", not "a trial" told as a fact.
CORE = {"nsubj", "nsubjpass", "dobj", "attr", "compound"}


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
        near = set(clause_tokens(clause_of(head))) if trigger.needs_in_clause else _near(head)
        words = {t.lemma_.lower() for t in near | set(match)}
        words |= {t.lower_ for t in near | set(match)}
        if not words & trigger.needs:
            return False
    if trigger.needs_object and not objects(head):
        return False
    if trigger.by or trigger.not_by:
        agents = {a.label.lower() for a in agents_of(head, sent, trigger.cls)}
        if trigger.by and not agents & trigger.by:
            return False
        if agents & trigger.not_by:
            return False
    return True


def governing_verb(head: Token) -> Token | None:
    """The verb whose core argument a nominal trigger is (or the trigger itself)."""
    tok = head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in CORE or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _hedged(head: Token, sent: Sentence) -> bool:
    """ "alleged torture", "allegations of torture", "calls for an investigation"."""
    hedges = set(sent.lexicon.words("hedge_words"))
    up = head.head
    if head.dep_ == "pobj" and up.head.lemma_.lower() in hedges:
        if up.lower_ in ("of", "about", "on"):  # "allegations of", "reports about"
            return up.head.pos_ == "NOUN"
        return up.lower_ == "for"  # "calls for an inquiry", "waiting for his trial"
    tok = head
    for _ in range(5):  # "reportedly" on the clause's verb hedges all of it
        if any(c.dep_ in ("amod", "advmod") and c.lemma_.lower() in hedges for c in tok.children):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            # "failed to carry out an investigation", "the claim that protests were driven"
            if tok.head.lemma_.lower() not in hedges:
                return False
            noun_content = tok.dep_ in ("ccomp", "acl") and tok.head.pos_ == "NOUN"
            return tok.dep_ == "xcomp" or noun_content
        tok = tok.head
    return False


def _reported_as_fact(head: Token, cls: str, sent: Sentence) -> bool:
    """An official act told in a plain statement ("the presidency announced that Tokayev
    appointed X") is an event too; anything alleged, denied, demanded or forecast is not."""
    if cls.lower() not in sent.lexicon.words("reported_as_fact"):
        return False
    tok = head
    while tok.i in sent.blocked and tok.head.i != tok.i:
        tok = tok.head  # up to the reporting verb whose content the trigger is in
    return sent.lexicon.claim_verbs.get(tok.lemma_.lower()) == "statement"


def _factual(head: Token, match: list[Token], sent: Sentence, cls: str) -> bool:
    if head.i in sent.blocked and not _reported_as_fact(head, cls, sent):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in head.children):
        return False
    if head.pos_ == "NOUN" and head.dep_ in ("compound", "amod") and len(match) == 1:
        return False  # "riot police", "arrest warrant", "pre-trial investigation"
    if _state_of_something(head, sent):
        return False  # "mistreatment in detention", "deaths in custody"
    if _hedged(head, sent):
        return False
    verb = governing_verb(head) or (head if head.pos_ in ("VERB", "AUX") else head.head)
    if verb.i != head.i and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        if verb.lemma_.lower() in sent.lexicon.words("ending_verbs"):
            return False  # "the state of emergency was lifted" is not a new one
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(d.lower_ in ("no", "few") for s in subjects for d in s.children):
        return False  # "few officers faced charges", "no one was arrested"
    return not any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _counted(head: Token, cls: str, sent: Sentence) -> bool:
    """ "225 people were killed" is a death toll (a statistic), not an event."""
    if cls.lower() not in sent.lexicon.words("count_is_statistic"):
        return False
    return any(
        o.like_num
        or o.lemma_.lower() in ("dozen", "hundred", "thousand", "score")
        or any(c.dep_ == "nummod" for c in o.children)
        for o in objects(head)
    )


def _state_of_something(head: Token, sent: Sentence) -> bool:
    """A state noun after a preposition on a noun says where something was, not that
    anyone was arrested: "mistreatment in detention"."""
    if head.lemma_.lower() not in sent.lexicon.words("state_nouns") or head.dep_ != "pobj":
        return False
    return head.head.lower_ in ("in", "under", "during") and head.head.head.pos_ == "NOUN"


def _state_verb(head: Token, sent: Sentence) -> Token | None:
    """ "X is on trial", "X was under arrest": the verb whose subject the state is about."""
    if head.lemma_.lower() not in sent.lexicon.words("state_nouns") or head.dep_ != "pobj":
        return None
    prep = head.head
    if prep.lower_ in ("on", "under", "in") and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _headline(sent: Sentence) -> bool:
    """ "Karim Massimov Sentenced to 18 Years on Treason Charges": a title, not a report."""
    if sent.span.text.rstrip().endswith((".", "!", "?", '"', "\u201d")):
        return False
    words = [t for t in sent.span if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _in_word(head: Token, match: list[Token]) -> bool:
    """Part of a hyphenated word: "shoot-to-kill order", "pre-trial detention"."""
    doc = head.doc
    before = head.i > 0 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_
    after = head.i + 1 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_
    return len(match) == 1 and (before or after)


def _describes(head: Token) -> bool:
    """A participle that describes people rather than tells an event: "people charged and
    imprisoned", "extremists previously convicted" (no auxiliary, no subject of its own)."""
    first = head.conjuncts[0] if head.dep_ == "conj" and head.conjuncts else head
    if first.dep_ == "acl":
        return True
    own = {c.dep_ for c in first.children}
    if first.tag_ != "VBN" or own & {"aux", "auxpass", "dobj", "mark"}:
        return False
    # a past participle with no auxiliary and no object cannot tell a clause of its own,
    # however the parser attaches it ("extremists previously convicted")
    return first.dep_ in ("advcl", "amod", "relcl", "parataxis") or "nsubjpass" not in own


def _content_of(head: Token, legal: set[int]) -> bool:
    """What a charge, trial or investigation is about is not itself reported as having
    happened: "charges for arbitrary detentions", "an investigation into torture",
    "sentencing defendants involved in the protests"."""
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i or tok.lower_ in TEMPORAL:
            return False  # "convicted after a closed trial": the trial happened
        if tok.dep_ not in ("pobj", "prep", "conj", "dobj", "acl", "appos", "npadvmod"):
            return False
        tok = tok.head
        if tok.i in legal:
            return True
        if tok.pos_ == "VERB" and any(
            c.i in legal and c.i != head.i for c in tok.children if c.dep_ == "dobj"
        ):
            return True  # "opened an investigation into the killings"
    return False


def extract_events(sent: Sentence, matches: list[tuple[Trigger, list[Token]]]) -> None:
    if not sent.is_assertion() or _headline(sent):
        return
    heads = {match[0].i for _, match in matches}
    legal = {m[0].i for t, m in matches if t.cls in CONTENT_TAKING and _satisfied(t, m[0], m, sent)}
    for trigger, match in matches:
        head = match[0]
        if head.i in sent.triggers or not _satisfied(trigger, head, match, sent):
            continue
        if _in_word(head, match) or _content_of(head, legal) or head.i in sent.tok_entity:
            continue  # ... or part of a name: "Amnesty International", "riot police"
        if trigger.cls in DESCRIBING and _describes(head):
            continue  # "individuals found guilty of", "people charged and imprisoned"
        if not _factual(head, match, sent, trigger.cls) or _counted(head, trigger.cls, sent):
            continue
        own = {t.i for t in match}
        _emit(sent, trigger.cls, head, own, heads - own)
        # "protests erupted in X and spread to Y": a second event in the spread clause.
        clause = clause_of(head)
        if clause is not head:
            for conj in clause.conjuncts:
                if conj.lemma_.lower() in sent.lexicon.words("continuation_verbs"):
                    _emit(sent, trigger.cls, head, own, heads - own, clause_override=conj)


def _key(sent: Sentence, cls: str, agents: list[EntityKey], args: dict, involved, month: str):
    """Class, key argument and month. An event with neither a key argument nor a date is
    this document's own: it never merges with another document's undated report."""
    primary: list[EntityKey] = []
    for role in KEY_ROLE.get(cls, ()):
        if role == "everyone":
            everyone = sorted({k.label for k in agents + args["participant"]})
            primary = [EntityKey("group", " + ".join(everyone))] if everyone else []
        else:
            primary = agents if role == "agent" else args.get(role, [])
        if primary:
            break
    key_part = primary[0].label if primary else (involved.label if involved else "")
    parts = (cls, key_part, month)
    if not key_part and not month:
        parts += (sent.result.doc_id,)
    return FactKey("event", parts), key_part


def _emit(
    sent: Sentence,
    cls: str,
    head: Token,
    own: set[int],
    others: set[int],
    clause_override: Token | None = None,
) -> None:
    state_verb = _state_verb(head, sent)
    done_to = cls.lower() in sent.lexicon.words("object_is_participant")
    possessed = head.pos_ == "NOUN" and any(c.dep_ == "poss" for c in head.children)
    if state_verb or (done_to and possessed):  # "X's arrest": X is arrested
        agents = []
    else:
        agents = [a for a in agents_of(head, sent, cls) if sent.can_act(a)]
    anchor = clause_override or state_verb or clause_of(head)
    reported = head.i in sent.blocked  # an official act told in a statement
    args = arguments_of(clause_override or state_verb or head, sent, agents, reported)
    if clause_override is not None:
        args["place"] = most_specific(sent.entities_in(clause_override.subtree, {"place"}), sent)
    byline = byline_end(sent.span.text)
    if byline:  # "ASTANA - Almaty court ...": the dateline's city is where it was filed
        filed = sent.entities_in(t for t in sent.span if t.idx - sent.span.start_char < byline)
        named = sent.entities_in(t for t in sent.span if t.idx - sent.span.start_char >= byline)
        args["place"] = [p for p in args["place"] if p not in filed or p in named]
    if done_to:
        # "asked the CSTO for help": the one asked takes part; it is not what is aimed at.
        # So it is for whom a legal step is taken against: "charges against X", "X is on trial".
        extra = sent.entities_in(with_preps(head, ("against", "into")), ACTORS)
        if state_verb is not None:
            extra += sent.subject(state_verb)
        extra += _receiver(head, sent)
        found = set(args["participant"]) | set(args["target"]) | set(extra)
        args["participant"] = sorted(k for k in found if k not in agents)
        args["target"] = []
    if cls == "Meeting" and head.pos_ == "NOUN":  # "a call with X", "talks between X and Y"
        found = sent.entities_in(with_preps(head, ("with", "between")), ACTORS)
        args["participant"] = sorted(set(args["participant"]) | set(found) - set(agents))
    if cls in NEEDS_ACTOR and not (agents or args["target"] or args["participant"]):
        return
    involved = (
        post_involved(head, sent) if cls in ("Dismissal", "Succession", "Resignation") else None
    )
    if cls in NEEDS_PATIENT and not (
        args["target"] or args["participant"] or involved or _met_someone(cls, head)
    ):
        return
    # Only a date that belongs to the event dates it (eventdates.py); one told without a
    # date (a 2019 hand-over retold in 2022) gets none and merges only with undated
    # reports (or curated facts) of the same class and key argument.
    date = event_date(sent, anchor, own, others)
    month = date.iso()[:7] if date else ""
    fkey, key_part = _key(sent, cls, agents, args, involved, month)
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
    if cls in LEGAL_CLASSES:
        _legal(sent, fact, cls, head, anchor)
        return
    duration = sent.duration_near(anchor)
    if duration:
        fact.add("duration", Lit(duration, "duration"))


def _receiver(head: Token, sent: Sentence) -> list[EntityKey]:
    """ "X were handed sentences", "X was granted an amnesty", "X received a sentence": who
    the event is done to."""
    verb, lemma = head.head, head.head.lemma_.lower()
    if head.dep_ != "dobj":
        return []
    if lemma in sent.lexicon.words("receiving_verbs"):  # "X received a sentence"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif lemma in sent.lexicon.words("support_verbs"):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return []
    return sent.entities_in([t for s in subjects for t in argument_heads(s)], ACTORS)


def _met_someone(cls: str, head: Token) -> bool:
    """ "met with Zas": a name the lexicon does not know is still someone met."""
    if cls != "Meeting":
        return False
    others = with_preps(head, ("with", "between")) + [c for c in head.children if c.dep_ == "dobj"]
    return any(t.pos_ == "PROPN" for t in others)


def with_preps(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of these prepositions on a nominal trigger: "charges against X", "an
    investigation into X", "a call with X", "talks between X and Y"."""
    return [
        t
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in preps
        for c in p.children
        if c.dep_ == "pobj"
        for t in argument_heads(c)
    ]


def _legal(sent: Sentence, fact: Fact, cls: str, head: Token, anchor: Token) -> None:
    offence = offence_of(sent, head, anchor)
    if offence:
        fact.add("offence", Lit(offence))
    term = term_of(sent, anchor) if cls == "Sentencing" else None
    if term:
        values, unit = term
        for value in values:
            fact.add("termLength", Lit(value, "decimal"))
        fact.add("termUnit", Lit(unit))
