"""A report inside a report: what the inner speaker said is the inner speaker's claim.

"Psaki said that Blinken had a call, where he reaffirmed the United States'
support" gives Blinken's claim of support, and Psaki's that the call took
place. '"Appeals for restraint were reiterated by Gherman," Dujarric said'
gives Gherman's appeal; Dujarric only passes it on and claims nothing more, as
"X quoted Y as saying" is Y's claim. The outer claim keeps the rest of its
words; with nothing left, it is no claim. Inside a quotation only a speaker
named by a mention counts: "'Foreign countries call for talks. What
nonsense!'" stays the quoted speaker's.
"""

from __future__ import annotations

from kzkg.extract.context import Sentence, Token, clause_tokens
from kzkg.extract.model import EntityKey
from kzkg.extract.report_verbs import (
    NEGATIONS,
    OBJECT_TYPES,
    claim_verb,
    content_of,
    reporting_tail,
)
from kzkg.extract.speakers import speakers_of

# Words that carry content: an outer report left with none of them says nothing.
CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")


def passive_report(sent: Sentence, verb: Token, ctype: str) -> tuple[list[EntityKey], list[Token]]:
    """'appeals for restraint were reiterated by Gherman', 'the claims were rejected by
    the ministry': the agent's claim, whose words are the passive's subject. Hedges
    ("is said to", "accused by the KNB of") are own_voice.py's."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return [], []
    lemma = verb.lemma_.lower()
    if lemma in sent.lexicon.words("hedge_passives"):
        return [], []
    if ctype not in OBJECT_TYPES and lemma not in sent.lexicon.words("object_verbs"):
        return [], []
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
    speakers = [
        k
        for o in agents
        if o.dep_ == "pobj"
        for k in [sent.entity(o)]
        if k is not None and k.kind != "place" and sent.can_act(k)
    ]
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not speakers or not subjects:
        return [], []
    return speakers, sorted({t for s in subjects for t in s.subtree}, key=lambda t: t.i)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in verb.children)


def inner_speakers(sent: Sentence, verb: Token, ctype: str, quoted: set[int]) -> list[EntityKey]:
    """Who makes the report of this verb, when it names its own speaker and has words
    of its own: a passive's agent, else (outside a quotation) the verb's speakers.
    Inside a quotation only a passive's agent counts: the quoted speaker may be
    disputing what others say ("'Foreign countries call for talks. What nonsense!'")."""
    if _negated(verb):
        return []
    speakers, _ = passive_report(sent, verb, ctype)
    if speakers or verb.i in quoted:
        return speakers
    if any(c.dep_ == "auxpass" for c in verb.children) or not content_of(verb, ctype, sent):
        return []
    # a country named for its state claims nothing
    return [k for k in speakers_of(sent, verb) if k.kind != "place"]


def _another_report_joined(sent: Sentence, verb: Token, speakers: list[EntityKey]) -> bool:
    """ "Rights groups said most of those killed were peaceful, and Moscow insisted the
    mission was temporary": a report joined to the content (as the parser may hang it)
    with a subject of its own, named or not, is someone else's, never the outer
    speaker's words ("..., and they insisted" goes on with the same speakers)."""
    if verb.dep_ != "conj":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        s.pos_ != "PRON" and sent.entity(s) not in speakers for s in subjects
    )


def without_inner_reports(
    sent: Sentence,
    outer: Token,
    outer_type: str,
    tokens: list[Token],
    speakers: list[EntityKey],
    quoted: set[int],
) -> tuple[list[Token], set[int]]:
    """The outer report's words without the reports of other speakers inside them
    (none when nothing but those reports is left), and the words left out. Only a
    plain statement passes reports on: what is alleged, denied, demanded or
    forecast keeps all its words ("Tokayev denied that Putin called for talks")."""
    skip: set[int] = set()
    if outer_type != "statement":
        return tokens, skip
    passed_on = True
    for tok in tokens:
        if tok.i in skip or tok.i == outer.i or tok.pos_ not in ("VERB", "AUX"):
            continue
        ctype = claim_verb(tok, sent)
        if ctype is None or reporting_tail(tok):
            continue  # a tail ("..., X said") reports the words around it, not inside
        inner = inner_speakers(sent, tok, ctype, quoted)
        if inner and not set(inner) & set(speakers):
            skip.update(t.i for t in clause_tokens(tok))  # not its conjoined clauses
            passed_on = passed_on and bool(passive_report(sent, tok, ctype)[0])
        elif _another_report_joined(sent, tok, speakers):
            skip.update(t.i for t in clause_tokens(tok))
    if not skip:
        return tokens, skip
    kept = [t for t in tokens if t.i not in skip]
    if any(t.pos_ in CONTENT_POS for t in kept):
        return kept, skip
    # Nothing else said: a passive with its agent is only passed on ("appeals were
    # reiterated by Gherman"); "Witnesses said police urged people to leave" is the
    # witnesses' account of the police's words, and stays theirs as well.
    return ([], skip) if passed_on else (tokens, set())
