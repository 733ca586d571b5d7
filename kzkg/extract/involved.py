"""Who an event involves and where, when the clause's grammar alone does not say.

"declared a nationwide state of emergency": the country is where; "the presidency
announced that the state of emergency was lifted": the presidency lifted it.
"""

from __future__ import annotations

from collections import Counter

from kzkg.extract.arguments import argument_heads, clause_of, when_host, with_titled
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey
from kzkg.extract.reported import official, reporting_verb, source_tokens

NATIONWIDE = {"nationwide", "countrywide"}
SPREAD_PREPS = {"across", "throughout"}
COUNTRY_NOUNS = {"country", "nation"}


def nationwide(head: Token, sent: Sentence) -> list[EntityKey]:
    """ "Kazakhstan's president declared a nationwide state of emergency", "protests spread
    across the country": the one country the sentence names is where (none if it names
    several; the text's main country if it names none)."""
    near = [*head.children, *clause_of(head).children]  # not "amid unrest across the country"
    words = {t.lower_ for t in near if t.dep_ in ("amod", "advmod", "npadvmod")}
    if head.pos_ == "NOUN":  # "a national state of emergency", not "the National Guard"
        words |= {c.lower_ for c in head.children if c.dep_ == "amod" and c.lower_ == "national"}
    across = any(
        t.dep_ == "prep"
        and t.lower_ in SPREAD_PREPS
        and any(c.dep_ == "pobj" and c.lemma_.lower() in COUNTRY_NOUNS for c in t.children)
        for t in near
    )
    if not (words & (NATIONWIDE | {"national"}) or across):
        return []
    countries = [k for k in sent.entities_in(sent.tokens, {"place"}) if _country(k, sent)]
    if not countries:  # "A national state of emergency was introduced": the text's country
        return _main_country(sent)
    return countries if len(countries) == 1 else []


def _country(key: EntityKey, sent: Sentence) -> bool:
    return getattr(sent.result.entities.get(key), "cls", "") == "Country"


def _main_country(sent: Sentence) -> list[EntityKey]:
    """The country the text has named most so far (at least twice, more than any other)."""
    counts = Counter(k for k, _ in sent.result.mentions if k.kind == "place" and _country(k, sent))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return []
    return [ranked[0][0]]


# Nouns that say whom a case is against: "the main accusation against X".
ACCUSATION_NOUNS = {"accusation", "charge", "case", "indictment", "allegation", "suspicion"}


def accused_in_apposition(head: Token, sent: Sentence) -> list[EntityKey]:
    """ "an investigation into treason - the main accusation against X": whom a noun set
    off beside the event is against (the parser makes it a second object or an
    apposition) is who the event is about."""
    # the event and what it is into: "investigating treason", "an investigation into X"
    # (the parser hangs "into X" on the trigger or on its verb)
    about = [head]
    for node in {head, clause_of(head)}:
        about += [c for c in node.children if c.dep_ == "dobj" and c.i != head.i]
        about += [
            o
            for p in node.children
            if p.dep_ == "prep" and p.lower_ == "into"
            for o in p.children
            if o.dep_ == "pobj"
        ]
    beside = [a for t in about for a in t.children if a.dep_ == "appos"]
    if head.dep_ in ("dobj", "nsubj", "nsubjpass"):
        beside += [c for c in head.head.children if c.dep_ == head.dep_ and c.i != head.i]
    against = [
        t
        for b in beside
        if b.lemma_.lower() in ACCUSATION_NOUNS
        for p in b.children
        if p.dep_ == "prep" and p.lower_ == "against"
        for t in argument_heads(p)
    ]
    return sent.entities_in(with_titled(against, sent), {"person", "organization", "group"})


def implied_participants(head: Token, sent: Sentence) -> list[EntityKey]:
    """ "Protests broke out in Zhanaozen": who takes part in a protest that names no one is
    the protesters, the group `event_actors` (claims.yaml) gives for the trigger's word."""
    wanted = sent.lexicon.maps.get("event_actors", {}).get(head.lemma_.lower())
    if wanted is None:
        return []
    resolver = sent.state.resolver
    label = next((lab for lab in resolver.by_label if lab.lower() == wanted), None)
    return [sent.result.entity(resolver.known(label))] if label else []


# Acts of state told in the passive: the body that announces them is the one that acts.
DECREED = {"StateOfEmergency", "EmergencyLifted", "Curfew"}


def announcing_body(head: Token, cls: str, sent: Sentence) -> list[EntityKey]:
    """ "The presidency announced that the state of emergency was lifted": the official
    body that announces a decreed act told in the passive without its agent lifted it
    (a person who announces it may only be its spokesman)."""
    if cls not in DECREED:
        return []
    if head.pos_ == "NOUN" and head.dep_ == "nsubjpass":  # "a curfew was imposed"
        head = head.head
    if head.pos_ != "VERB" or not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return []
    if any(c.dep_ == "agent" for c in head.children):
        return []
    verb = reporting_verb(head, sent) or _statement_of(head, sent)
    if verb is None:
        return []
    sources = source_tokens(verb)
    bodies = [k for k in sent.entities_in(sources) if k.kind == "organization"]
    return bodies if bodies and official(sources, bodies, sent) else []


def _statement_of(head: Token, sent: Sentence) -> Token | None:
    """ "announced in a statement that X was lifted": the parser hangs the content on
    "statement"; the reporting verb is the statement noun's."""
    if head.dep_ != "acl" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in head.children
    ):
        return None
    noun = head.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb if verb.lemma_.lower() in sent.lexicon.claim_verbs else None


# Gatherings whose people are caught up in force used while they are there.
GATHERINGS = {"crowd", "rally", "protest", "demonstration", "gathering", "march"}
FORCE = {"UseOfForce", "Killing"}


def caught_up(head: Token, cls: str, sent: Sentence) -> list[EntityKey]:
    """ "X was in a crowd of protesters at the square when soldiers opened fire": who was
    in the gathering when force was used is affected by it (not "X was in Astana when
    ...")."""
    top = when_host(clause_of(head)) if cls in FORCE else None
    if top is None:
        return []
    crowds = [
        o
        for p in top.children
        if p.dep_ == "prep" and p.lower_ in ("in", "at", "among")
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in GATHERINGS
    ]
    if not crowds:
        return []
    who = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass")]
    who += [t for o in crowds for p in o.children if p.lower_ == "of" for t in argument_heads(p)]
    return sent.entities_in(
        [t for w in who for t in argument_heads(w)], {"person", "group", "organization"}
    )
