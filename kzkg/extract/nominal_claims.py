"""Claims named by a noun or a naming verb rather than a reporting verb.

"X's claim that ...", "the government narrative that ...", "X's explanation
was that ..." give a claim of X; so do "what X called a terror attack",
"X described the protests as ...", "referring to the protesters as bandits".
"""

from __future__ import annotations

from kzkg.extract.claim_emit import content_tokens, emit
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey, FactKey
from kzkg.extract.speakers import speakers_of

CONTENT_OF_NOUN = ("acl", "ccomp", "relcl")
# Claims whose words are contested even when no one is named as making them ("the
# allegation that ..."); a neutral "in a statement that ..." may tell an official act.
CONTESTED = {"allegation", "denial"}
# Verbs whose object is a claim: "the allegation that he made" is no content clause.
CLAIM_TAKERS = {
    "make",
    "raise",
    "put",
    "hear",
    "level",
    "voice",
    "spread",
    "publish",
    "circulate",
    "echo",
    "repeat",
    "dismiss",
    "reject",
    "deny",
    "believe",
    "accept",
    "support",
    "share",
}


def _owner(sent: Sentence, noun: Token) -> EntityKey | None:
    """Whose claim: a possessive ('Tokayev's claim'), a modifier ('government narrative')
    or the agent of a participle or relative clause on it ("the notion put forward by
    the Tokayev administration", "the claim made by the ministry")."""
    definite = any(c.lower_ == "the" for c in noun.children)
    for child in noun.children:  # "Tokayev's claim, repeated by Khabar 24, that ...": his
        if child.dep_ == "poss":
            key = sent.entity(child)
            if key is not None and sent.can_act(key) and key.kind != "place":
                return key
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
        for agent in (a for a in clause.children if a.dep_ == "agent"):
            for obj in (o for o in agent.children if o.dep_ == "pobj"):
                named = [sent.tok_entity.get(c.i) for c in obj.children if c.dep_ == "compound"]
                key = sent.entity(obj) or next((k for k in named if k is not None), None)
                if key is not None and sent.can_act(key) and key.kind != "place":
                    return key
    for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        for obj in (o for o in by.children if o.dep_ == "pobj"):  # "a claim by blogger X"
            key = sent.entity(obj)
            if key is not None and sent.can_act(key) and key.kind != "place":
                return key
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod"):
            key = sent.entity(child)
            if key is None and definite and child.dep_ == "compound":
                key = _definite_alias(sent, f"the {child.lower_}")  # "the government narrative"
            if key is not None and sent.can_act(key) and key.kind != "place":
                return key
    return None


RECEIVING = {"receive", "obtain", "gather", "collect"}
# "The Committee expressed concern that 4,353 people had been prosecuted"
VOICING = {"express", "voice", "raise", "reiterate", "share"}


def _receiver(sent: Sentence, noun: Token) -> EntityKey | None:
    """ "OHCHR received information that 2 journalists were detained", "The Special
    Rapporteur received allegations that ...": who received it passes it on; who
    expressed a concern that ... holds it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVING | VOICING:
        return None
    subjects = [sent.entity(c) for c in verb.children if c.dep_ == "nsubj"]
    return next((k for k in subjects if k is not None and sent.can_act(k)), None)


def _definite_alias(sent: Sentence, alias: str) -> EntityKey | None:
    for entry in sent.lexicon.entities:
        if alias in (a.lower() for a in entry.aliases):
            return EntityKey(entry.kind, entry.label)
    return None


def _that_clause(sent: Sentence, noun: Token) -> list[Token]:
    """The noun's "that" clause; the parser may hang it on the verb after the noun
    ("fit the narrative that ...")."""
    candidates = list(noun.children)
    if noun.dep_ in ("dobj", "pobj"):
        candidates += [c for c in noun.head.children if c.i > noun.i and c.dep_ == "ccomp"]
    return [
        c
        for c in candidates
        if c.dep_ in CONTENT_OF_NOUN
        and any(m.lower_ == "that" and (m.dep_ == "mark" or _says(sent, c, m)) for m in c.children)
    ]


def _says(sent: Sentence, clause: Token, that: Token) -> bool:
    """'the allegation that police fired on protesters', parsed with "that" as the
    object of a relative clause: a content clause, unless its verb is one that takes
    a claim as its object ("the allegation that he made", "that the ministry
    denied")."""
    takers = (
        CLAIM_TAKERS | set(sent.lexicon.claim_verbs) | set(sent.lexicon.words("rebuttal_verbs"))
    )
    return (
        clause.dep_ == "relcl"
        and that.dep_ == "dobj"
        and clause.lemma_.lower() not in takers
        and any(c.dep_ == "nsubj" for c in clause.children)
    )


def _noun_claims(sent: Sentence, quoted: set[int]) -> None:
    nouns = sent.lexicon.claim_nouns
    hearsay = set(sent.lexicon.words("disputed_nouns")) - set(nouns)
    if sent.lemmas.isdisjoint(nouns) and sent.lemmas.isdisjoint(hearsay):
        return  # no claim noun: nothing below to find
    for tok in sent.tokens:
        if tok.lemma_.lower() in hearsay and tok.i not in quoted and tok.pos_ == "NOUN":
            # "Rumours that 3,000 people had died spread", "dismissed as fake a report
            # that ...": what a report or rumour says is no fact, whoever spread it
            if _owner(sent, tok) is None:
                sent.blocked.update(t.i for t in content_tokens(_that_clause(sent, tok)))
            continue
        ctype = nouns.get(tok.lemma_.lower())
        if ctype is None or tok.i in quoted or tok.pos_ != "NOUN":
            continue
        owner = _owner(sent, tok) or _receiver(sent, tok)
        content = _that_clause(sent, tok)
        if not content and tok.dep_ == "nsubj":  # "X's explanation was that ..."
            content = [c for c in tok.head.children if c.dep_ in ("ccomp", "attr")]
        words = content_tokens(content)
        if owner is not None:  # whose it is unknown: left to the other rules
            emit(sent, [owner], ctype, words)
        elif ctype in CONTESTED:  # "the allegation that police fired ...": never a fact
            sent.blocked.update(t.i for t in words)


def _named_as(sent: Sentence, quoted: set[int]) -> None:
    """'what he called a "terror attack"', 'described X as Y', 'referring to X as Y'."""
    verbs = set(sent.lexicon.words("naming_verbs"))
    if sent.lemmas.isdisjoint(verbs):
        return  # no naming verb: nothing below to find
    for tok in sent.tokens:
        if tok.lemma_.lower() not in verbs or tok.pos_ != "VERB" or tok.i in quoted:
            continue
        named = [c for c in tok.children if c.dep_ == "oprd"]
        named += [
            c
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in c.children)
        ]
        objects = [
            c for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to")
        ]
        if not named or not objects:
            continue  # "called for help from the bloc": no object named as something
        tokens = sorted(
            {t for c in [*objects, *named] for t in c.subtree if t.lower_ != "what"},
            key=lambda t: t.i,
        )
        # "described claims that the president had fled as fake news": a denial
        false = set(sent.lexicon.words("false_words"))
        calls_false = any(t.lower_ in false for c in named for t in c.subtree)
        emit(sent, speakers_of(sent, tok), "denial" if calls_false else "allegation", tokens)


def extract_nominal_claims(sent: Sentence, quoted: set[int]) -> list[FactKey]:
    before = len(sent.claims)
    _noun_claims(sent, quoted)
    _named_as(sent, quoted)
    return sent.claims[before:]
