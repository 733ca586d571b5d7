"""Causal links between events of one sentence (kz:causes / kz:causedBy).

"The immediate cause of X was Y", "The triggering factor for X was Y",
"Y triggered/sparked/fuelled/led to X", "X was sparked by Y" (also as a
participle: "protests sparked by Y"), "Y grew/turned into X", "X over Y",
"after Y, X", "in response to Y, X". Both ends must be events found in the
sentence; a cue with an event on one side only links nothing.
"""

from __future__ import annotations

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import FactKey

# "protests over a price hike", "after the price hike": the object's event is the cause.
CAUSE_PREPS = {"over", "after"}
LONG_SPANS = {"month", "year", "decade"}


def _event_in(tokens: object, sent: Sentence) -> FactKey | None:
    for tok in tokens:  # type: ignore[attr-defined]
        if tok.i in sent.triggers:
            return sent.triggers[tok.i]
    return None


def _event_at(tok: Token, sent: Sentence) -> FactKey | None:
    """The event a word stands for: its trigger, or the trigger that is its subject or
    object ("protests broke out over ...": the protests)."""
    if tok.i in sent.triggers:
        return sent.triggers[tok.i]
    core = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return _event_in(core, sent)


def _some_time_after(prep: Token) -> bool:
    """ "a year after the protests", "months after the unrest": months or years between
    the two say when, not why (a day after a price hike may still say why)."""
    return prep.lower_ == "after" and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for c in prep.children
    )


def _link(sent: Sentence, cause: FactKey | None, effect: FactKey | None) -> None:
    if cause is None or effect is None or cause == effect:
        return
    sent.result.facts[cause].add("causes", effect)
    sent.result.facts[effect].add("causedBy", cause)


def _cause_noun(tok: Token, sent: Sentence) -> bool:
    nouns = set(sent.lexicon.words("cause_nouns"))
    phrase = " ".join(
        [t.lower_ for t in tok.lefts if t.dep_ in ("amod", "compound")] + [tok.lemma_]
    )
    return tok.lemma_.lower() in nouns or any(phrase.endswith(n) for n in nouns if " " in n)


def _cause_verb(tok: Token, verbs: tuple[str, ...]) -> bool:
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_ in verbs:
        return True
    return tok.i + 1 < len(tok.doc) and f"{tok.lemma_} {tok.nbor(1).lower_}" in verbs


def _verb_link(tok: Token, sent: Sentence) -> None:
    subj = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
    obj = [t for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    passive_by = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree]
    if passive_by:
        # "X was sparked by Y" (the parser sometimes reads X as a plain subject)
        obj = [t for c in tok.children if c.dep_ in ("nsubjpass", "nsubj") for t in c.subtree]
        subj = passive_by
        if tok.dep_ == "acl":  # "protests sparked by a price hike"
            obj = [tok.head]
    elif tok.dep_ == "relcl" and not subj:  # "a price hike, which sparked protests"
        subj = [tok.head]
    _link(sent, _event_in(subj, sent), _event_in(obj, sent))


def extract_causes(sent: Sentence) -> None:
    if len(sent.triggers) < 2:
        return
    verbs = sent.lexicon.words("cause_verbs")
    for tok in sent.tokens:
        if tok.dep_ == "nsubj" and _cause_noun(tok, sent) and tok.head.lemma_ == "be":
            effect_side = [t for p in tok.children if p.dep_ == "prep" for t in p.subtree]
            cause_side = [t for a in tok.head.children if a.dep_ == "attr" for t in a.subtree]
            _link(sent, _event_in(cause_side, sent), _event_in(effect_side, sent))
        elif _cause_verb(tok, verbs):
            _verb_link(tok, sent)
        elif tok.lower_ in CAUSE_PREPS and tok.dep_ == "prep" and not _some_time_after(tok):
            cause = _event_in(tok.subtree, sent)
            _link(sent, cause, _event_at(tok.head, sent))
        elif tok.lower_ == "response" and tok.head.lower_ == "in" and tok.head.dep_ == "prep":
            to = [t for p in tok.children if p.lower_ == "to" for t in p.subtree]
            _link(sent, _event_in(to, sent), _event_at(tok.head.head, sent))
