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
    _lexicon_place,
    agents_of,
    argument_heads,
    arguments_of,
    attendees,
    clause_of,
    most_specific,
    objects,
    post_involved,
    with_titled,
)
from kzkg.extract.context import Sentence, Token, clause_tokens
from kzkg.extract.event_anaphora import antecedent
from kzkg.extract.eventdates import event_date, speech_of_the_day
from kzkg.extract.factuality import (
    content_of,
    counted,
    describes,
    factual,
    headline,
    in_word,
    of_a_count,
)
from kzkg.extract.gapping import Remnant, remnants
from kzkg.extract.involved import (
    accused_in_apposition,
    announcing_body,
    caught_up,
    implied_participants,
    nationwide,
)
from kzkg.extract.legal import (
    LEGAL_CLASSES,
    VERB_PREPS,
    article_name,
    offence_of,
    term_of,
    verdict_word,
)
from kzkg.extract.model import EntityKey, Fact, FactKey, Lit
from kzkg.extract.posts import title_of
from kzkg.extract.restated_claims import note_act_told
from kzkg.lexicon import Trigger

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
    "Dismissal": ("participant",),  # who is dismissed or appointed: a person first
    "Succession": ("participant",),
    "CommunicationsShutdown": ("target",),
    "Arrest": ("participant", "place"),
    "Accusation": ("participant",),
    "Trial": ("participant",),
    "ClosedTrial": ("participant",),
    "Verdict": ("participant", "agent"),
    "Sentencing": ("participant", "agent"),
    "Appeal": ("participant", "agent"),
    "Killing": ("participant", "place"),
    "Discovery": ("participant",),  # whose body was found
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
# Classes whose participle after a noun describes people, not an event told:
# "individuals found guilty of terrorism", "those detained", "people killed".
DESCRIBING = LEGAL_CLASSES | {"Arrest", "Killing", "Amnesty"}
ACTORS = {"person", "organization", "group"}
REFLEXIVES = {"himself", "herself", "itself", "themselves", "oneself", "myself", "ourselves"}
# Classes that need someone or some post they are done to (or met): "dismissed calls to
# negotiate" is no dismissal, "met the demands" no meeting.
NEEDS_PATIENT = {"Dismissal", "Meeting"}
# Changes of post: someone must hold, give or lose it, or the post must be named.
NEEDS_PERSON = {"Succession", "Dismissal"}
# Events whose object is a person or group, never a place.
PERSONS_DONE_TO = {"Arrest", "Sentencing", "Killing", "Torture", "Dismissal", "Accusation"}


def class_words(cls: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls).lower()


def _near(token: Token, depth: int = 3) -> set[Token]:
    """The words close to a trigger in the parse, an indirect question under it left
    out: "asked Peskov whether Russian troops would stay" asks for no troops."""
    found = {token, token.head, *(c for c in token.head.children if not _asked_about(c))}
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        # "offered help and called for dialogue": the other verb's object is not this one's
        found -= {c for c in token.head.children if c.dep_ in ("dobj", "dative", "prep")}
    frontier = [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if not (_asked_about(c) or _aside(c))]
        found.update(frontier)
    return found


def _aside(clause: Token) -> bool:
    """An adverbial clause with a subject of its own ("called for an inquiry, as Russian
    troops began leaving"): what it tells is not what the trigger needs."""
    return clause.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _asked_about(clause: Token) -> bool:
    """A clause that asks ("whether X", "if X", "why X") or a topic ("about X")."""
    if clause.dep_ == "prep":
        return clause.lower_ == "about"
    if clause.dep_ not in ("ccomp", "advcl"):
        return False
    return any(
        (c.dep_ == "mark" and c.lower_ in ("whether", "if")) or c.tag_ in ("WDT", "WP", "WRB")
        for c in clause.children
    )


def _capitalised_noun(head: Token, trigger: Trigger) -> bool:
    """ "signed the Law 'On Amnesty'", "the Decree of the Head of State": a common
    noun that state media capitalise, which the tagger takes for a name."""
    return (
        "NOUN" in trigger.pos
        and head.pos_ == "PROPN"
        and not head.ent_type_
        and any(c.dep_ == "det" for c in head.children)
    )


def _satisfied(trigger: Trigger, head: Token, match: list[Token], sent: Sentence) -> bool:
    if trigger.pos and head.pos_ not in trigger.pos and not _capitalised_noun(head, trigger):
        return False
    if trigger.needs:
        if sent.lemmas.isdisjoint(trigger.needs) and sent.lowers.isdisjoint(trigger.needs):
            return False  # the words it needs are nowhere in the sentence, near or not
        near = set(clause_tokens(clause_of(head))) if trigger.needs_in_clause else _near(head)
        words = {t.lemma_.lower() for t in near | set(match)}
        words |= {t.lower_ for t in near | set(match)}
        if not words & trigger.needs:
            return False
    if trigger.asks_to and not _asks_for(head, trigger.asks_to):
        return False
    if trigger.needs_object and not [o for o in objects(head) if o.lower_ not in REFLEXIVES]:
        return False  # "presented himself as a reformer" is no presentation of anything
    if trigger.cls == "Protest" and head.pos_ == "VERB" and _says_what(head):
        return False  # "HRW demonstrated that ...", "protested that ...": a claim
    if head.lemma_.lower() == "try" and any(c.dep_ == "xcomp" for c in head.children):
        return False  # "tried to flee": an attempt, no trial
    if trigger.cls == "Riot" and _takes_power(head):
        return False  # "attempting to seize power": the charge of a coup, no riot told
    if trigger.by or trigger.not_by:
        agents = {a.label.lower() for a in agents_of(head, sent, trigger.cls)}
        if trigger.by and not agents & trigger.by:
            return False
        if agents & trigger.not_by and not _reciprocal(head, sent):
            return False  # "police stormed" is no riot; "police clashed with them" is
    return True


def _says_what(verb: Token) -> bool:
    """A protest verb with a content clause shows or objects, no one marched."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _takes_power(head: Token) -> bool:
    """ "seize power", "the seizure of power": what Massimov was charged with, a coup,
    not protesters seizing a building."""
    taken = (
        objects(head)
        if head.pos_ == "VERB"
        else [o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    )
    return any(o.lower_ == "power" for o in taken)


def _asks_for(head: Token, verbs: frozenset[str]) -> bool:
    """Whether what the trigger asks someone to do, if anything, is one of `verbs`:
    "called on the CSTO to send troops" asks for troops, "called on the security
    forces to refrain from violence" for restraint."""
    asked = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return not asked or any(c.lemma_.lower() in verbs for c in asked)


def _held_by_a_country(head: Token, agents: list[EntityKey]) -> bool:
    """ "Kazakhstan held a referendum", "the country staged an election": a vote or a
    ceremony a country holds takes place in it (talks it holds may be anywhere)."""
    return (
        head.pos_ == "NOUN"
        and head.dep_ in ("dobj", "nsubjpass")
        and head.head.lemma_.lower() in HOLDING_VERBS
        and any(a.kind == "place" for a in agents)
    )


def _what_it_was_over(head: Token) -> bool:
    """Is the event named as what another clause is over or against ("protests broke out
    over a rise in gas prices in the city of Zhanaozen")? A place at the end of that
    phrase may be the other clause's as well as its own (the parser cannot tell): the
    event named inside takes no place from its own prepositional phrases."""
    prep = head.head
    return (
        head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and prep.lower_ in ("over", "against")
        and prep.head.pos_ in ("VERB", "NOUN")
    )


HOLDING_VERBS = {"hold", "stage", "conduct", "organise", "organize", "host"}
HELD_IN_PLACE = {"Referendum", "Election", "Ceremony"}


def _reciprocal(head: Token, sent: Sentence) -> bool:
    return head.lemma_.lower() in sent.lexicon.words("reciprocal_words")


def _both_sides(head: Token, sent: Sentence, agents: list[EntityKey]) -> list[EntityKey]:
    """ "Protesters clashed with police", "clashes between protesters and security
    forces": each side takes part; neither is the one who acts on the other."""
    sides = with_preps(head, ("with", "between"))
    sides += [t for s in sides for t in s.subtree if t.dep_ in ("conj", "appos")]
    found = [*agents, *sent.entities_in(sides, ACTORS)]
    return sorted(set(found))


def _state_verb(head: Token, sent: Sentence) -> Token | None:
    """ "X is on trial", "X was under arrest": the verb whose subject the state is about."""
    if head.lemma_.lower() not in sent.lexicon.words("state_nouns") or head.dep_ != "pobj":
        return None
    prep = head.head
    if prep.lower_ in ("on", "under", "in") and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _state_phrase(head: Token, own: set[int], sent: Sentence) -> Token | None:
    """ "X went on trial", "X stood trial": a trigger of several words that puts its
    subject in a state; the subject is who the state is about, not its agent."""
    if head.pos_ not in ("VERB", "AUX"):
        return None
    states = sent.lexicon.words("state_nouns")
    doc = head.doc
    inside = [doc[i] for i in own if i != head.i]
    done_to = ("dobj", "nsubjpass", "auxpass")  # "took X into custody", "was put on trial"
    if any(c.dep_ in done_to and c.i not in own for c in head.children):
        return None
    if any(t.lemma_.lower() in states and t.dep_ in ("pobj", "dobj") for t in inside):
        return head
    return None


def _takes_an_act(verb: Token) -> bool:
    """ "charged with attempting ...", "accused of storming ...": a legal verb whose
    preposition takes a gerund, the act it charges."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ in VERB_PREPS and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )


def match_head(match: list[Token]) -> Token:
    """The word of a trigger the rest hangs on: "treatment" in "ill-treatment", "riots"
    in "mass riots" (the first word whose head lies outside the trigger)."""
    inside = {t.i for t in match}
    return next((t for t in match if t.head.i not in inside or t.head.i == t.i), match[0])


def extract_events(sent: Sentence, matches: list[tuple[Trigger, list[Token]]]) -> None:
    if not matches or not sent.is_assertion() or headline(sent):
        return  # most sentences hold no trigger: nothing to test them for
    # the heads of the sentence's other events: a trigger whose conditions fail ("the
    # proposed amendments were submitted") is no other event to take the date from
    # (each match tested once: nothing has been emitted yet that could change the answer)
    satisfied = [(t, match_head(m)) for t, m in matches if _satisfied(t, match_head(m), m, sent)]
    heads = {head.i for _, head in satisfied}
    legal = {head.i for t, head in satisfied if t.cls in CONTENT_TAKING}
    # "charged with attempting to seize power": an act a legal verb takes is its content,
    # though the words the trigger needs lie deeper than it looks
    legal |= {
        match_head(m).i
        for t, m in matches
        if t.cls in LEGAL_CLASSES and _takes_an_act(match_head(m))
    }
    for trigger, match in matches:
        head = match_head(match)
        if head.i in sent.triggers or not _satisfied(trigger, head, match, sent):
            continue
        if in_word(head, match) or content_of(head, legal) or head.i in sent.tok_entity:
            continue  # ... or part of a name: "Amnesty International", "riot police"
        if _named_after(head, sent) or article_name(head):
            continue  # "the Coalition against Torture", "Article 272 (mass riots)": names
        if trigger.cls == "Meeting" and _naming(head, sent):
            continue  # "called the protesters terrorists", "called elections"
        if trigger.cls == "Speech" and (_written_in(head) or _written_says(head, sent)):
            continue  # "announced in a statement that ...": where the words were, no speech
        if trigger.cls == "MilitaryDeployment" and _came_home(head, sent):
            continue  # "planes carrying Russian paratroopers landed near Moscow"
        if trigger.cls == "UseOfForce" and _fire_set(head):
            continue  # "who set fire to the akimat": arson (a riot), if anything, not shooting
        if trigger.cls == "Accusation" and _personal_accusation(head, sent):
            continue  # "Tokayev accused foreign forces of ...": an allegation, a claim
        if trigger.cls in DESCRIBING and describes(head):
            continue  # "individuals found guilty of", "people charged and imprisoned"
        if not factual(head, match, sent, trigger.cls) or counted(head, trigger.cls, sent):
            continue
        if of_a_count(head, sent):
            continue
        own = {t.i for t in match}
        _emit(sent, trigger.cls, head, own, heads - own)
        # "protests erupted in X and spread to Y": a second event in the spread clause.
        clause = clause_of(head)
        if clause is not head:
            for conj in clause.conjuncts:
                if conj.lemma_.lower() in sent.lexicon.words("continuation_verbs"):
                    _emit(sent, trigger.cls, head, own, heads - own, clause_override=conj)


def _talking_in(call: Token, sent: Sentence) -> list[EntityKey]:
    """ "Putin congratulated Tokayev during a phone call", "In a call on January 7, Tokayev
    briefed Mirziyoyev": the persons who speak to each other in the call."""
    if call.dep_ != "pobj" or call.head.lower_ not in ("in", "during"):
        return []
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in call.children):
        return []  # "during the call": one told elsewhere, whose callers it names
    verb = call.head.head
    if verb.pos_ != "VERB":
        return []
    spoken_to = [t for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree]
    persons = [k for k in sent.subject(verb) if k.kind == "person"]
    return persons + [k for k in sent.entities_in(spoken_to, {"person"}) if k not in persons]


# Verbs whose preposition's object is what someone speaks of: "referring to the
# deployment", "responding to the arrests", "asked about the withdrawal".
REFERRING = {"refer", "comment", "respond", "react", "reply", "allude", "ask", "speak", "talk"}
BACKGROUND_PREPS = {"during", "amid", "amidst", "throughout", "since"}  # "over X" is a cause


def _background(head: Token) -> bool:
    """A noun event named only as the time or the kind of something else ("during mass
    protests", "at the height of the protests", "victims of torture", "the anniversary
    of the protests"): a reference to what the text tells elsewhere, not a report."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in BACKGROUND_PREPS:
        return True
    if prep.head.lemma_.lower() in REFERRING and prep.head.pos_ == "VERB":
        return True  # "Commenting on the withdrawal, Lavrov said": what he spoke of
    # "victims of torture", "information about mistreatment in detention", "a report on
    # the killings": what something else is of or about
    return prep.lower_ in ("of", "about", "on") and prep.head.pos_ == "NOUN"


def _of_someone_unknown(head: Token, sent: Sentence) -> bool:
    """Is the event told of a pronoun the text gives no one for?"""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.pos_ == "PRON" and sent.entity(c) is None
        for c in head.children
        if c.lower_ in ("he", "she", "they", "him", "her", "them")
    )


WRITTEN = {"statement", "communique", "release"}


def _written_in(head: Token) -> bool:
    """ "said in a statement", "In a statement issued two hours later, X said": a written
    statement that carries someone's words is no speech (an address or a speech is)."""
    return head.lemma_.lower() in WRITTEN and head.dep_ == "pobj" and head.head.lower_ == "in"


def _named_after(head: Token, sent: Sentence) -> bool:
    """A capitalised trigger inside a name after its preposition: "the Coalition against
    Torture", "the Committee for the Prevention of Torture"."""
    if head.pos_ != "PROPN" or not head.is_title or head.i == sent.span.start:
        return False
    prep = head.head
    return head.dep_ == "pobj" and prep.head.pos_ == "PROPN" and prep.head.is_title


def _written_says(head: Token, sent: Sentence) -> bool:
    """ "A statement from the EU said ...", "The ministry's statement said ...": the
    written words speak (a claim of their issuer), no speech."""
    return (
        head.lemma_.lower() in WRITTEN
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in sent.lexicon.claim_verbs
    )


ARRIVING = {"arrive", "land", "fly"}


def _came_home(head: Token, sent: Sentence) -> bool:
    """Troops that arrive or land in their own country ("planes carrying Russian
    paratroopers landed near Moscow") are coming home, not being deployed."""
    if head.lemma_.lower() not in ARRIVING:
        return False
    if any(c.lower_ in ("back", "home") for c in head.children):
        return True  # "flew back", "arrived home"
    nationalities = sent.lexicon.nationalities
    countries = {nationalities[t.lower_] for t in head.subtree if t.lower_ in nationalities}
    if not countries:
        return False
    where = [
        t
        for p in head.children
        if p.dep_ in ("prep", "advmod") and p.lower_ != "from"  # not "flew from Moscow"
        for t in p.subtree
    ]
    for place in sent.entities_in(where, {"place"}):
        info = sent.result.entities.get(place)
        while info is not None:
            if info.key.label in countries:
                return True
            up = info.located_in
            info = (sent.result.entities.get(up) or _lexicon_place(up, sent)) if up else None
    return False


def _fire_set(head: Token) -> bool:
    """ "set fire to", "set on fire", "caught fire": a fire, not fire opened on people."""
    if head.lower_ != "fire":
        return False
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return verb.lemma_.lower() in ("set", "catch")


def _personal_accusation(head: Token, sent: Sentence) -> bool:
    """A person who "accused X of Y" alleges it (claims.py keeps the allegation); a
    charge is laid by prosecutors, courts or investigators, or told in the passive."""
    if head.lemma_.lower() != "accuse" or head.pos_ != "VERB":
        return False
    subjects = [sent.tok_entity.get(c.i) for c in head.children if c.dep_ == "nsubj"]
    return any(k is not None and k.kind == "person" for k in subjects)


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
        if cls in NEEDS_PERSON:  # "dismissed X from the KNB": the key is X, not the KNB
            primary = sorted(primary, key=lambda k: k.kind != "person")
        if primary:
            break
    key_part = primary[0].label if primary else (involved.label if involved else "")
    parts: tuple[str, ...] = (cls, key_part, month)
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
    state_verb = _state_verb(head, sent) or _state_phrase(head, own, sent)
    done_to = cls.lower() in sent.lexicon.words("object_is_participant")
    takes_part = cls.lower() in sent.lexicon.words("object_takes_part")
    # "X's arrest": X is arrested; "Tokayev's dismissal of Masimov": Tokayev dismissed;
    # "the court delivered its verdict": "its" is a body's own act
    possessed = head.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ != "its" for c in head.children
    )
    possessed = possessed and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if state_verb or (done_to and possessed):
        agents = []
    else:
        agents = [a for a in agents_of(head, sent, cls) if sent.can_act(a)]
    anchor = clause_override or state_verb or clause_of(head)
    reported = head.i in sent.blocked  # an official act told in a statement
    args = arguments_of(clause_override or state_verb or head, sent, agents, reported)
    if clause_override is not None:
        args["place"] = most_specific(sent.entities_in(clause_override.subtree, {"place"}), sent)
    byline = sent.dateline
    if cls == "Appeal" and not agents:  # "the Supreme Court rejected his appeal"
        agents = _ruling_court(head, sent)
    if not agents:  # "the presidency announced that the state of emergency was lifted"
        agents = announcing_body(head, cls, sent)
    if cls == "MilitaryDeployment":  # "flew to Kazakhstan from Moscow": Moscow is no place of it
        origin = sent.entities_in(with_preps(head, ("from",)))
        # "flew out of Bishkek's Manas airport": "out" with its own "of" phrase
        out_of = [
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "out"
            for of in p.children
            if of.lower_ == "of"
            for o in of.children
            if o.dep_ == "pobj"
        ]  # the place left, not a "to Almaty" the parser hangs on it
        origin += sent.entities_in(t for o in out_of for t in o.subtree if t.i <= o.i)
        args["place"] = [p for p in args["place"] if p not in origin]
        # "The Kyrgyz parliament in Bishkek approved the deployment": where the body that
        # sends sits is not where the troops went
        subjects = [c for c in clause_of(head).children if c.dep_ == "nsubj" and c.i != head.i]
        senders = [c for c in subjects if getattr(sent.entity(c), "kind", "") == "organization"]
        seat = sent.entities_in([t for c in senders for t in c.subtree if t.i != c.i], {"place"})
        args["place"] = [p for p in args["place"] if p not in seat]
    if cls in ("MilitaryDeployment", "Withdrawal"):  # "Moscow sent / withdrew its troops":
        # the capital stands for the state that acts, not for where the troops were
        subjects = [c for c in clause_of(head).children if c.dep_ == "nsubj" and c.i != head.i]
        acting = sent.entities_in(subjects, {"place"})
        args["place"] = [p for p in args["place"] if p not in acting]
    if not args["place"] and cls in HELD_IN_PLACE and _held_by_a_country(head, agents):
        args["place"] = [a for a in agents if a.kind == "place"]  # "Kazakhstan held a vote"
    if _what_it_was_over(head):  # "protests broke out over a price rise in Zhanaozen"
        own_phrases = tuple(c.lower_ for c in head.children if c.dep_ == "prep")
        args["place"] = _outside(head, own_phrases, args["place"], sent)
    if not args["place"]:
        args["place"] = nationwide(head, sent)
    if byline:  # "ASTANA - Almaty court ...": the dateline's city is where it was filed
        filed = sent.entities_in(t for t in sent.tokens if t.idx - sent.span.start_char < byline)
        named = sent.entities_in(t for t in sent.tokens if t.idx - sent.span.start_char >= byline)
        args["place"] = [p for p in args["place"] if p not in filed or p in named]
        # "ALMATY, Kazakhstan (AP) - Kazakhstan's president ...": nor is it who acted
        agents = [a for a in agents if a not in filed or a in named]
        for role in ("target", "participant"):  # "NUR-SULTAN. KAZINFORM - ...": nor whom
            args[role] = [k for k in args[role] if k not in filed or k in named]
    if done_to:
        # "asked the CSTO for help": the one asked takes part; it is not what is aimed at.
        # So it is for whom a legal step is taken against: "charges against X", "X is on trial".
        extra = sent.entities_in(with_preps(head, ("against", "into")), ACTORS)
        extra += accused_in_apposition(head, sent)
        if state_verb is not None:
            extra += sent.subject(state_verb)
        receivers = _receiver(head, sent, cls)
        extra += receivers
        agents = [a for a in agents if a not in receivers]  # "X got 15 years": X is sentenced
        if (verdict := verdict_word(head)) is not None:  # "found X guilty": X was tried
            extra += sent.entities_in(
                (t for c in verdict.children if c.dep_ == "nsubj" for t in c.subtree), ACTORS
            )
        extra += _whose_remains(head, sent)
        found = set(args["participant"]) | set(args["target"]) | set(extra)
        args["participant"] = sorted(k for k in found if k not in agents)
        args["target"] = []
        if cls in PERSONS_DONE_TO:  # "detained Zhanbolat Mamay" the model called a place
            direct = [t for t in objects(head) if t.dep_ in ("dobj", "nsubjpass")]
            done = {sent.tok_entity.get(t.i) for t in direct}
            args["place"] = [k for k in args["place"] if k not in done]
        if cls in LEGAL_CLASSES | {"Arrest"}:
            args["place"] = _outside(head, ("for", "over"), args["place"], sent)
    elif takes_part:  # "informed the UN", "ordered the army to ...": an actor takes part
        actors = {k for k in args["target"] if k.kind in ACTORS}
        args["participant"] = sorted(set(args["participant"]) | actors)
        args["target"] = [k for k in args["target"] if k not in actors]
    if cls == "Order":  # "ordered the investigation of the Almaty events": what, not where
        args["place"] = _outside(head, ("xcomp", "ccomp", "dobj", "to"), args["place"], sent)
    if cls == "Meeting" and head.pos_ == "VERB":  # "discussed Kazakhstan by phone": a topic
        topics = [c for c in head.children if c.dep_ == "dobj"]
        about = sent.entities_in(t for c in topics for t in c.subtree)
        args["place"] = [p for p in args["place"] if p not in about]
        # "discussed the situation with Mirziyoyev": the parser hangs "with" on the topic
        talked = sent.entities_in(with_preps(topics[0], ("with",)), ACTORS) if topics else []
        args["participant"] = sorted(set(args["participant"]) | (set(talked) - set(agents)))
    if cls == "Meeting" and head.pos_ == "NOUN":  # "a call with X", "talks between X and Y"
        met = with_titled(with_preps(head, ("with", "between")), sent)
        # "between the special representative for Central Asia, X, and Y": names set off
        # after a title, wherever the parser hangs them, are the people met
        met += [t for m in met for t in m.subtree if t.dep_ in ("conj", "appos")]
        met_keys = list(sent.entities_in(met, ACTORS))
        met_keys += [k for k in sent.entities_in(met, {"person"}) if k not in met_keys]
        met_keys += [k for k in _talking_in(head, sent) if k not in met_keys]
        args["participant"] = sorted(set(args["participant"]) | set(met_keys) - set(agents))
    if _reciprocal(head, sent):
        sides = _both_sides(head, sent, agents)
        args["participant"] = sorted(set(args["participant"]) | set(sides))
        agents = []
    caught = [k for k in caught_up(head, cls, sent) if k not in agents]
    args["participant"] = sorted(set(args["participant"]) | set(caught))
    if head.pos_ == "NOUN":  # "X and Y attended the ceremony"
        present = [k for k in attendees(head, sent) if k not in agents]
        args["participant"] = sorted(set(args["participant"]) | set(present))
    if cls == "Meeting" and len(agents) > 1 and not (args["participant"] or args["target"]):
        agents, args["participant"] = [], agents  # "Putin and Tokayev held talks": both met
    if cls in NEEDS_ACTOR and not (agents or args["target"] or args["participant"]):
        return
    involved = (
        post_involved(head, sent) if cls in ("Dismissal", "Succession", "Resignation") else None
    )
    if cls in NEEDS_PATIENT and not (
        args["target"] or args["participant"] or involved or _met_someone(cls, head, sent)
    ):
        return
    people = [k for k in agents + args["target"] + args["participant"] if k.kind == "person"]
    if cls in NEEDS_PERSON and not (people or involved):
        return  # "an agency established to replace the KGB" is no change of post
    # Only a date that belongs to the event dates it (eventdates.py); one told without a
    # date (a 2019 hand-over retold in 2022) gets none and merges only with undated
    # reports (or curated facts) of the same class and key argument.
    date = event_date(sent, anchor, own, others)
    if date is None and cls == "Speech":
        date = speech_of_the_day(sent, head)
    if date is None and not agents and not any(args.values()) and _background(head):
        return  # "killed at the height of the protests", "victims of torture": told of, bare
    if not agents and not any(args.values()) and _of_someone_unknown(head, sent):
        return  # "He has been arrested" with no "he" before it: whose arrest is not known
    if not (agents or args["participant"]):  # "protests broke out": protesters took part
        args["participant"] = implied_participants(head, sent)
    gapped = _gapped(sent, anchor) if date is not None else []
    for remnant in gapped:  # "X's body was found on Jan. 10, Y's on Jan. 12": Y is not in X's
        args = {role: [k for k in keys if k not in remnant.who] for role, keys in args.items()}
    month = date.iso()[:7] if date else ""
    fkey, key_part = _key(sent, cls, agents, args, involved, month)
    said = {"agent": agents, **args}
    fkey = antecedent(sent, cls, head, said, date is not None) or fkey  # "the ceremony"
    label = (
        class_words(cls) + (f": {key_part}" if key_part else "") + (f", {month}" if month else "")
    )
    fact = sent.result.fact(fkey, cls, label, sent.evidence("events"))
    note_act_told(sent, head)  # a claim whose content is this act restates it
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
    for remnant in gapped:
        _emit_remnant(sent, cls, agents, args, involved, remnant)
    if cls in LEGAL_CLASSES:
        _legal(sent, fact, cls, head, anchor)
        return
    duration = sent.duration_near(anchor)
    if duration:
        fact.add("duration", Lit(duration, "duration"))


def _gapped(sent: Sentence, anchor: Token) -> list[Remnant]:
    """The verbless clauses that repeat this event's clause (gapping.py)."""
    lo, hi = anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge)
    base = sent.span.start_char
    return [r for r in remnants(sent) if lo <= r.start + base and r.end + base <= hi]


def _emit_remnant(
    sent: Sentence, cls: str, agents: list[EntityKey], args: dict, involved, remnant: Remnant
) -> None:
    """The same event done to the one a gapped clause names, at its date."""
    kind = remnant.who[0].kind
    if kind == "place" and KEY_ROLE.get(cls, ())[:1] != ("place",):
        return  # another place of an arrest would merge into it: left out, not merged
    roles = ("participant", "target", "place")
    role = next((r for r in roles if any(k.kind == kind for k in args[r])), "")
    if not role:
        return  # the first clause names no one of that kind for the remnant to stand for
    args = dict(args)
    args[role] = [k for k in args[role] if k.kind != kind] + list(remnant.who)
    month = remnant.date.iso()[:7]
    fkey, key_part = _key(sent, cls, agents, args, involved, month)
    label = class_words(cls) + (f": {key_part}" if key_part else "") + f", {month}"
    fact = sent.result.fact(fkey, cls, label, sent.evidence("events"))
    for key in agents:
        fact.add("agent", key)
    for role_name, keys in args.items():
        for key in keys:
            fact.add(role_name, key)
    fact.add("date", Lit.of_date(remnant.date))
    fact.add("involvesPost", involved)


def _outside(
    head: Token, parts: tuple[str, ...], places: list[EntityKey], sent: Sentence
) -> list[EntityKey]:
    """The places named elsewhere than inside the head's `parts` (prepositions or
    dependencies): "In Taldykorgan, a court sentenced six defendants for the attack on
    the akimat in Almaty" - a place only inside the offence is where the offence was;
    "ordered an investigation of the Almaty events" - one only inside what is ordered
    is where that is to be done."""
    inside = {
        t.i
        for c in head.children
        if (c.dep_ == "prep" and c.lower_ in parts) or c.dep_ in parts
        for t in c.subtree
    }
    if not inside:
        return places
    elsewhere = {k for i, k in sent.tok_entity.items() if i not in inside}
    return [k for k in places if k in elsewhere]


def _ruling_court(head: Token, sent: Sentence) -> list[EntityKey]:
    """ "The Supreme Court rejected / upheld / heard the appeal", "the appeal was dismissed
    by the court": the court that rules on an appeal (`ruling_verbs`) is its agent."""
    verb = head.head
    if head.pos_ != "NOUN" or verb.lemma_.lower() not in sent.lexicon.words("ruling_verbs"):
        return []
    if head.dep_ == "dobj":
        return [k for k in sent.subject(verb) if k.kind == "organization"]
    if head.dep_ == "nsubjpass":
        by = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
        return [k for k in sent.entities_in(by) if k.kind == "organization"]
    return []


def _receiver(head: Token, sent: Sentence, cls: str) -> list[EntityKey]:
    """ "X were handed sentences", "X was granted an amnesty", "X received a sentence": who
    the event is done to."""
    verb, lemma = head.head, head.head.lemma_.lower()
    own_trigger = head.pos_ == "VERB" and head.lemma_.lower() in sent.lexicon.words(
        "receiving_verbs"
    )
    if own_trigger and cls in LEGAL_CLASSES:  # "X got 15 years", "X appealed the verdict"
        verb, lemma = head, head.lemma_.lower()
    elif head.dep_ != "dobj":
        return []
    if lemma in sent.lexicon.words("receiving_verbs"):  # "X received a sentence"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif lemma in sent.lexicon.words("support_verbs"):
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    else:
        return []
    return sent.entities_in([t for s in subjects for t in argument_heads(s)], ACTORS)


REMAINS = {"body", "corpse", "remains", "grave"}


def _whose_remains(head: Token, sent: Sentence) -> list[EntityKey]:
    """ "X's body was found", "the body of X was found": X is who was found."""
    owners = [
        t
        for o in objects(head)
        if o.lemma_.lower() in REMAINS
        for c in o.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
        for t in ([c] if c.dep_ == "poss" else argument_heads(c))
    ]
    return sent.entities_in(owners, {"person"})


CALL_VERBS = {"call", "phone", "telephone", "ring"}


def _naming(head: Token, sent: Sentence) -> bool:
    """A calling verb that names ("called them terrorists") or summons ("called
    elections"), not a phone call: it must have a person, group or organization as its
    object and no second complement."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in CALL_VERBS:
        return False
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp") for c in head.children):
        return True
    if head.tag_ == "VBN" and not any(c.lemma_ == "have" for c in head.children):
        return True  # "a referendum, locally called X", "he was called a traitor"
    if not any(k.kind in ACTORS for k in sent.subject(head)):
        return True  # a call needs a caller: "a referendum, locally called the Republican X"
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return not sent.entities_in([t for o in objs for t in argument_heads(o)], ACTORS)


def _met_someone(cls: str, head: Token, sent: Sentence) -> bool:
    """ "met with Zas": a name the lexicon does not know is still someone met."""
    if cls != "Meeting":
        return False
    others = with_preps(head, ("with", "between")) + [c for c in head.children if c.dep_ == "dobj"]
    # "a call with the Kazakh foreign minister": an official named by title
    return any(t.pos_ == "PROPN" or title_of(t, sent) is not None for t in others)


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
