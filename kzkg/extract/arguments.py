"""Event arguments from the parse: agents, targets, participants, places, posts.

Agents come from the subject (climbing through "decided to", coordination),
a passive "by" phrase, a possessive ("Tokayev's speech"), "the X of Y" for
classes where Y acts, or the subject of a support verb ("delivered a
speech"). Targets and participants are argument heads, not words deep in a
phrase ("officials near X" is not X). Places keep the most specific.
"""

from __future__ import annotations

from typing import Any

from kzkg.extract.context import Sentence, Token, clause_tokens, relative_pronoun
from kzkg.extract.model import EntityKey
from kzkg.extract.posts import find_post, title_of
from kzkg.extract.report_verbs import stranded_subject

# Verbs a headline, a caption or a table's row uses as a passive without its auxiliary:
# "Karim Massimov detained", "Protesters killed in Almaty".
HEADLINE_PASSIVES = {"arrest", "detain", "kill", "torture", "sentence", "jail", "convict",
                     "imprison", "dismiss", "sack", "charge", "try"}  # fmt: skip
DETAINERS = {"police", "authorities"}  # "Police detained." lost its object, not its agent


def headline_passive(verb: Token) -> bool:
    """ "8 January | Karim Massimov detained": a participle read as a past tense whose
    subject it is done to; "Police detained Massimov" has its object."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.lemma_.lower() not in HEADLINE_PASSIVES:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "Protests; CSTO deployment; Massimov arrested": the items before the subject,
    # which the parser hangs on the participle, are not what it says
    first = min((c.left_edge.i for c in subjects), default=verb.i)
    deps = {c.dep_ for c in verb.children if c.i >= first}
    if deps & {"dobj", "aux", "auxpass", "neg", "ccomp", "xcomp"}:
        return False
    return bool(subjects) and not any(c.lemma_.lower() in DETAINERS for c in subjects)


def objects(head: Token) -> list[Token]:
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "poss")]
    if headline_passive(head):
        objs += [c for c in head.children if c.dep_ == "nsubj"]
    objs += _passive_subject(head)
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        objs += [c for c in prep.children if c.dep_ == "pobj"]
    return objs


# Prepositions of time and means whose gerund shares the main clause's subject:
# "After dismissing Masimov, Tokayev appointed ..."; not "detained X for protesting".
# Prepositions whose object is no one taking part: "against X" is a target; "the order
# was given after Massimov [lost control]" tells when, whatever the parser made of it.
NOT_TAKING_PART = {"against", "after", "before", "until", "till", "since", "following"}
# "Under Nazarbayev, elections were neither free nor fair": whose time it was
NOT_TAKING_PART |= {"under", "during", "throughout"}
GERUND_PREPS = {"after", "before", "upon", "while", "since", "by"}


def _gerund_subject(verb: Token, sent: Sentence) -> list[EntityKey]:
    """The doer of an active gerund without a subject of its own."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in GERUND_PREPS or prep.dep_ != "prep":
        return []
    if any(c.dep_ in ("auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return []
    return sent.subject(prep.head) if prep.head.pos_ in ("VERB", "AUX") else []


def _passive_subject(verb: Token) -> list[Token]:
    """ "Masimov was arrested after being dismissed": a passive participle without a subject
    of its own is done to the subject of the clause it hangs on."""
    # "he was arrested and charged with treason": the second participle shares the passive
    shared = (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )
    if verb.pos_ != "VERB" or not (shared or any(c.dep_ == "auxpass" for c in verb.children)):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if (relative := relative_pronoun(verb)) is not None:
        return _antecedent(relative)
    gov = verb.head
    if verb.dep_ == "pcomp" and gov.dep_ == "prep":
        gov = gov.head
    elif verb.dep_ not in ("advcl", "conj"):
        return []
    if gov.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    if shared and any(t.like_num for c in subjects for t in c.subtree):
        return []  # "71 buildings were demolished and burned": a count, the statistic's
    return subjects


def _antecedent(relative: Token) -> list[Token]:
    """The noun right before ", who": whom the relative clause is about."""
    i = relative.i - 1
    if i >= 0 and relative.doc[i].text == ",":
        i -= 1
    before = relative.doc[i] if i >= 0 else None
    return [before] if before is not None and before.pos_ in ("PROPN", "NOUN") else []


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
    # "X, then deputy chairman of the Senate, was appointed head of Y": the post named
    # with the verb, before a title in apposition to the one appointed
    candidates += [c for c in head.children if c.dep_ == "oprd" and c.pos_ == "NOUN"]
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
    if tok.dep_ == "prep" or (tok.dep_ == "dative" and tok.pos_ == "ADP"):  # "handed to X"
        return [t for c in tok.children if c.dep_ == "pobj" for t in argument_heads(c)]
    found = [tok]  # a compound ("police cars") names a kind, not the argument
    for c in tok.children:
        if c.dep_ in ("conj", "appos"):
            found += argument_heads(c)
        elif c.dep_ == "prep" and c.lower_ == "of" and _counts(tok):
            found += argument_heads(c)  # "dozens of protesters", "two of his deputies"
        elif c.dep_ == "nmod" and tok.pos_ == "PROPN" and any(g.dep_ == "cc" for g in c.children):
            found += argument_heads(c)  # "Karim Masimov and Samat Abish", misread as one name
    return found


# Words that count what their "of" names: "dozens of protesters" are protesters.
QUANTITY_WORDS = set(
    "dozen dozens hundred hundreds thousand thousands million millions score scores number"
    " some many most several few all both each none majority".split()
)


def _counts(tok: Token) -> bool:
    return tok.pos_ == "NUM" or tok.lower_ in QUANTITY_WORDS


ACTOR_KINDS = {"person", "organization", "group"}
# Nouns of movement whose "from" is where the event was: "withdrawal from Kazakhstan".
PLACE_WORDS = {"withdrawal", "pullout", "departure", "exit", "return"}
# Acts a possessive place name says whose they are: "Moscow's appointment of Kolbin".
ACT_NOUNS = {
    "appointment", "decision", "request", "order", "demand", "plan", "policy", "move",
    "intervention", "response", "invitation", "approval", "choice", "support", "refusal",
}  # fmt: skip
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
    # "Kyrgyzstan's parliament approved the deployment", "Belarus's troops landed"
    "parliament",
    "legislature",
    "lawmaker",
    "deputy",
    "ministry",
    "embassy",
    "delegation",
    "army",
    "military",
    "troop",
    "soldier",
    "contingent",
}


def _own_clause(verb: Token, clause: Token) -> bool:
    """An adverbial clause with a subject of its own under the event's clause."""
    if verb.dep_ != "advcl" or verb.i == clause.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _content_clause(verb: Token, head: Token) -> bool:
    """What a statement says ("announced that the curfew was lifted in Almaty") is not
    where the statement was made; not the event's own clause."""
    if verb.dep_ not in ("ccomp", "acl") or verb.left_edge.i <= head.i <= verb.right_edge.i:
        return False
    return verb.dep_ == "ccomp" or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
    )


def _describes_someone(prep: Token, sent: Sentence) -> bool:
    """ "forces from Russia", "an archeologist from Almaty", "the representative for
    Central Asia", "Rakhmetullin of Kazakhstan": where someone is from or whose official
    they are, not where the event was."""
    owner = prep.head
    if prep.lower_ not in ("from", "for", "of") or owner.pos_ not in ("NOUN", "PROPN"):
        return False
    if prep.lower_ == "from":  # "forces from Russia"; not "the withdrawal from Kazakhstan"
        return owner.pos_ == "NOUN" and owner.lemma_.lower() not in PLACE_WORDS
    key = sent.tok_entity.get(owner.i)
    titled = owner.lemma_.lower() in sent.lexicon.words("post_words")
    return titled or (key is not None and key.kind == "person")


def _in_modifier(tok: Token, stop: Token, sent: Sentence) -> bool:
    """Whether the token sits inside an adjectival modifier ("Russia-led", "Moscow-backed")
    or names whose official it is ("Kazakhstan foreign minister", "Kazakhstan's
    Prosecutor General Berik Assylov")."""
    # Each step's head and label read once: spaCy makes a new object on every read, and
    # this runs for every token of every event's clause.
    while tok.i != stop.i:
        head, dep = tok.head, tok.dep_
        if head.i == tok.i:
            break
        if dep == "amod":
            return True
        if dep == "prep" and head.i != stop.i and _describes_someone(tok, sent):
            return True  # "forces from Russia", "Rakhmetullin of Kazakhstan"
        owner = sent.tok_entity.get(head.i)
        if dep == "appos" and owner is not None and owner.kind == "person":
            return True  # "X, a resident of Baiserke,": who X is, not where it happened
        if dep == "poss" and head.lemma_.lower() in ACT_NOUNS:
            return True  # "against Moscow's appointment of Kolbin": whose act, not where
        if dep in ("compound", "nmod", "poss"):
            if head.lemma_.lower() in ACTOR_NOUNS or (owner and owner.kind == "person"):
                return True
        tok = head
    return False


LIST_LINKS = {",", "and", "or"}
# What an event is compared with has its own places and people: "Unlike the 2011 strike
# in Zhanaozen, the protests spread ...".
COMPARING = {"like", "unlike"}


def compares(prep: Token) -> bool:
    """Does the preposition open what an event is compared with: "like" / "unlike X",
    "As in Zhanaozen in 2011, ...", "Compared with Zhanaozen, ...", "In contrast to
    Belarus, ..."?"""
    if prep.dep_ != "prep":
        return False
    word = prep.lower_
    if word in COMPARING or word == "compared":
        return True
    if word == "as":
        return any(c.dep_ == "prep" and c.lower_ in ("in", "during", "with") for c in prep.children)
    return word == "in" and any(c.lower_ in ("contrast", "comparison") for c in prep.children)


def _listed_on(describing: set[int], sent: Sentence) -> set[int]:
    """ "forces from Russia, Belarus, and Tajikistan were sent home": the parser often makes
    the last of a list a subject of its own; a place listed right after a place that
    describes someone describes too."""
    found = set(describing)
    doc = sent.span.doc
    for i in sorted(i for i, key in sent.tok_entity.items() if key.kind == "place"):
        key = sent.tok_entity[i]
        if i in found or sent.tok_entity.get(i - 1) == key:
            continue
        j = i - 1
        while j >= sent.span.start and doc[j].lower_ in LIST_LINKS:
            j -= 1
        if j < i - 1 and j in found and sent.tok_entity.get(j, key).kind == "place":
            k = i
            while sent.tok_entity.get(k) == key:
                found.add(k)
                k += 1
    return found


def with_titled(heads: list[Token], sent: Sentence) -> list[Token]:
    """ "handed over power to the new head of state Kassym-Jomart Tokayev": the person a
    title ends with is the argument, though the parser hangs the name under "of"."""
    found = list(heads)
    for noun in heads:
        # "with President of Kazakhstan Kassym-Jomart Tokayev": a capitalised title too
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i in sent.tok_entity:
            continue
        last = noun.doc[noun.right_edge.i]
        key = sent.tok_entity.get(last.i)
        if key is None or key.kind != "person" or last.pos_ != "PROPN":
            continue
        if title_of(noun, sent) is not None:
            found.append(last)
    return found


HELP_NOUNS = {"help", "assistance", "aid", "support"}


def _source_of(noun: Token) -> list[Token]:
    """Where the thing asked for comes from: "assistance from the CSTO", "requested the
    assistance of the CSTO"."""
    of = noun.lemma_.lower() in HELP_NOUNS
    return [
        t
        for p in noun.children
        if p.dep_ == "prep" and (p.lower_ == "from" or (of and p.lower_ == "of"))
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


# Prepositions of where and when: "shot by soldiers near the akimat" names no agent there.
SCENE_PREPOSITIONS = {
    "near", "outside", "at", "in", "inside", "beside", "behind", "around", "on", "during",
    "opposite", "next",
}  # fmt: skip


def _by_phrase(by: Token) -> list[Token]:
    """The words of a "by" phrase that name who acted, without where or when they did."""
    scene = {
        t.i
        for tok in by.subtree
        if tok.dep_ == "prep" and tok.lower_ in SCENE_PREPOSITIONS and tok.head.i != by.i
        for t in tok.subtree
    }
    return [t for t in by.subtree if t.i not in scene]


def agents_of(head: Token, sent: Sentence, cls: str) -> list[EntityKey]:
    if head.pos_ == "VERB":
        by = [c for c in head.children if c.dep_ == "agent"]
        if by:
            # "succeeded by his deputy, Sagimbayev": whose deputy is not who acts
            return sent.entities_in(t for b in by for t in _by_phrase(b) if t.tag_ != "PRP$")
        if any(c.dep_ == "nsubjpass" for c in head.children) or headline_passive(head):
            return []
        subjects = (
            sent.subject(head) or _collective_subject(head, sent) or _gerund_subject(head, sent)
        )
        if any(k.kind == "place" for k in subjects):  # "forces from A, B and C left"
            tokens = clause_tokens(head)
            describing = {t.i for t in tokens if _in_modifier(t, head, sent)}
            listed = _listed_on(describing, sent) - describing
            listed_keys = {sent.tok_entity[i] for i in listed}
            subjects = [k for k in subjects if k not in listed_keys]
        return subjects
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
        return sent.entities_in(t for b in by for t in _by_phrase(b))
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of and cls.lower() in {w.lower() for w in sent.lexicon.words("of_is_agent")}:
        return sent.entities_in(argument_heads(of[0]))
    if head.dep_ == "dobj" and head.head.lemma_.lower() in sent.lexicon.words("support_verbs"):
        return sent.subject(head.head)
    if head.dep_ == "pobj" and head.head.head.lemma_.lower() in sent.lexicon.words(
        "presiding_verbs"
    ):  # "he presided over the inauguration"
        return sent.subject(head.head.head)
    if cls == "Speech" and head.dep_ == "pobj" and head.head.lower_ in ("in", "during"):
        owner = head.head.head
        if owner.pos_ in ("NOUN", "PROPN"):  # "Tokayev in a televised address stressed ..."
            inside = {t.i for t in head.head.subtree}
            return sent.entities_in([t for t in owner.subtree if t.i not in inside], {"person"})
        if stranded := stranded_subject(owner):  # "..., FIDH said in a statement"
            return sent.entities_in(stranded)
        return sent.subject(owner)  # "In a televised address, Tokayev said ..."
    return []


def when_host(clause: Token) -> Token | None:
    """The verb of the clause a when-clause hangs on ("X was in a crowd at the square when
    soldiers opened fire": "was"), or None when the clause is no when-clause."""
    if clause.dep_ not in ("relcl", "advcl"):
        return None
    if not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in clause.children):
        return None
    top = clause.head
    for _ in range(4):
        if top.pos_ in ("VERB", "AUX") or top.head.i == top.i:
            break
        top = top.head
    return top


def _scene(clause: Token) -> list[Token]:
    """ "X was in a crowd at Republic Square on January 6 when soldiers opened fire": a
    when-clause happens where the clause it hangs on says."""
    top = when_host(clause)
    if top is None:
        return []
    inside = {t.i for t in clause.subtree}
    return [t for t in clause_tokens(top) if t.i not in inside]


def _where(clause: Token, sent: Sentence) -> list[Token]:
    """ "In Zhanaozen, where protests began on January 2, ...": the place a relative
    "where" stands for is where the clause's event was."""
    if clause.dep_ != "relcl" or not any(
        c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children
    ):
        return []
    place = sent.entity(clause.head)
    return [clause.head] if place is not None and place.kind == "place" else []


# Prepositions whose object is a partner or an opponent, never where something happens.
PARTNERING = {"with", "against"}


def arguments_of(
    head: Token, sent: Sentence, agents: list[EntityKey], reported: bool = False
) -> dict[str, list[EntityKey]]:
    """Places, targets and other participants; `reported` events (an official act told in
    a statement) take them from the statement's content too."""
    clause = clause_of(head)
    tokens = clause_tokens(clause)
    # Membership by index: `t in tokens` compares spaCy Tokens one pair at a time.
    if clause is not head:
        seen = {t.i for t in tokens}
        tokens += [t for t in clause_tokens(head) if t.i not in seen]
    if not sent.entities_in(tokens, {"place"}):  # "... when soldiers fired in Almaty"
        seen = {t.i for t in tokens}
        tokens += [t for t in _scene(clause) if t.i not in seen]
    if not sent.entities_in(tokens, {"place"}):  # "Zhanaozen, where protests began"
        seen = {t.i for t in tokens}
        tokens += [t for t in _where(clause, sent) if t.i not in seen]
    tokens = sent.past_dateline([t for t in tokens if reported or t.i not in sent.blocked])
    # "a call with the minister, where he reaffirmed the United States' support": a
    # relative clause on an argument says where its own things are, not the event; nor
    # does a clause with a subject of its own ("as groups in the nation demanded ...")
    own = {clause.i, head.i}
    told = {
        t.i
        for r in clause.subtree
        if r.i not in own
        and (
            (r.dep_ == "relcl" and r.head.i not in own)
            or compares(r)  # "Much like the Zhanaozen strike", "As in Zhanaozen in 2011"
            or _own_clause(r, clause)
            or _content_clause(r, head)
        )
        for t in r.subtree
    }
    told |= _items_beside(head, clause)
    tokens = [t for t in tokens if t.i not in told]
    # "a Russia-led alliance": a place inside a modifier describes, it is not where.
    describing = _listed_on({t.i for t in tokens if _in_modifier(t, clause, sent)}, sent)
    # "expressing solidarity with Kazakhstan", "sanctions against Russia": whom, not where
    partners = {t.i for t in tokens if t.head.dep_ == "prep" and t.head.lower_ in PARTNERING}
    places = sent.entities_in(
        [t for t in tokens if t.i not in describing and t.i not in partners], {"place"}
    )
    # "Russia deployed troops to Kazakhstan": a country that acts is not where it acted
    places = most_specific([p for p in places if p not in agents], sent)
    targets = sorted(
        k
        for k in sent.entities_in(sent.past_dateline(with_titled(object_heads(head, sent), sent)))
        if k not in agents and k.kind != "place"
    )
    # "demonstrations against Tokayev": what an event is against is its target
    against = [
        t
        for node in {clause, head}
        for c in node.children
        if c.dep_ == "prep" and c.lower_ == "against"
        for t in argument_heads(c)
    ]
    targets = sorted(
        set(targets) | {k for k in sent.entities_in(against, ACTOR_KINDS) if k not in agents}
    )
    heads = [
        t
        for c in clause.children
        if c.dep_ in ("dobj", "dative", "prep", "attr") and c.lower_ not in NOT_TAKING_PART
        for t in argument_heads(c)
    ]
    heads += [t for h in heads if h.pos_ == "NOUN" for t in _source_of(h) + _renamed(h, sent)]
    # "formed a working group in forming proposals ... along with the Parliament": who
    # acts with the agent, wherever the parser hangs it
    heads += [
        t
        for tok in tokens
        if tok.dep_ == "prep" and tok.lower_ == "with" and tok.head.lower_ in ("along", "together")
        for t in argument_heads(tok)
    ]
    heads = sent.past_dateline(with_titled(heads, sent))
    others = [
        k for k in sent.entities_in(heads, ACTOR_KINDS) if k not in agents and k not in targets
    ]
    return {"place": places, "target": targets, "participant": others}


def _items_beside(head: Token, clause: Token) -> set[int]:
    """The other items of a list the event noun is one of, which the parser hangs on
    the verb one by one: "Reforms included a referendum in June 2022, elections in
    Almaty in November" (the referendum was not in Almaty), "The referendum of June
    2022, the renaming of the capital from Nur-Sultan, ... were presented as ..."."""
    if head.pos_ != "NOUN":
        return set()
    beside = (
        [
            c
            for c in clause.children
            if c.i != head.i and c.dep_ == head.dep_ and c.pos_ in ("NOUN", "PROPN")
        ]
        if clause is not head
        else []
    )
    # "A, B, and C" misread as A with B in apposition: an apposition that goes on
    # with "and" is the list's next item, not A's other name
    beside += [
        c for c in head.children if c.dep_ == "appos" and any(cc.dep_ == "cc" for cc in c.children)
    ]
    return {t.i for c in beside for t in c.subtree}


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


def attendees(head: Token, sent: Sentence) -> list[EntityKey]:
    """Who attends a nominal event: "X and Y attended the ceremony", "X took part in the
    talks", "Attending the ceremony were X, Y and Z"."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "took part in the ceremony", "participated in the talks"
    lemma = verb.lemma_.lower()
    part = any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children)
    if lemma not in sent.lexicon.words("attending_verbs") and not (lemma == "take" and part):
        return []
    # "Attending the ceremony were X and Y": the attendees follow the copula, which the
    # parser makes the participle's head or its auxiliary
    copulas = [verb.head] if verb.dep_ == "csubj" else []
    copulas += [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
    attrs = [c for cop in copulas for c in cop.children if c.dep_ == "attr"]
    if attrs:
        found = sent.entities_in([t for a in attrs for t in argument_heads(a)], ACTOR_KINDS)
        # the list after the copula is all attendees, however the parser nests it
        people = sent.entities_in([t for a in attrs for t in a.subtree], {"person"})
        return found + [k for k in people if k not in found]
    return [k for k in sent.subject(verb) if k.kind in ACTOR_KINDS]
