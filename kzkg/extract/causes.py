"""Causal links between events of one sentence (kz:causes / kz:causedBy).

"The immediate cause of X was Y", "The triggering factor for X was Y",
"Y triggered/sparked/led to X", "X was caused by Y", "after Y, X".
Both ends must be events found in the sentence.
"""

from __future__ import annotations

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import FactKey


def _event_in(tokens: object, sent: Sentence) -> FactKey | None:
    for tok in tokens:  # type: ignore[attr-defined]
        if tok.i in sent.triggers:
            return sent.triggers[tok.i]
    return None


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


def extract_causes(sent: Sentence) -> None:
    if len(sent.triggers) < 2:
        return
    verbs = sent.lexicon.words("cause_verbs")
    for tok in sent.span:
        if tok.dep_ == "nsubj" and _cause_noun(tok, sent) and tok.head.lemma_ == "be":
            effect_side = [t for p in tok.children if p.dep_ == "prep" for t in p.subtree]
            cause_side = [t for a in tok.head.children if a.dep_ == "attr" for t in a.subtree]
            _link(sent, _event_in(cause_side, sent), _event_in(effect_side, sent))
        elif tok.pos_ == "VERB" and (
            tok.lemma_ in verbs or f"{tok.lemma_} {tok.nbor(1).lower_}" in verbs
            if tok.i + 1 < len(tok.doc)
            else False
        ):
            subj = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
            obj = [t for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
            passive_by = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree]
            if passive_by:
                subj, obj = (
                    passive_by,
                    [t for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree],
                )
            _link(sent, _event_in(subj, sent), _event_in(obj, sent))
        elif tok.lower_ == "after" and tok.dep_ == "prep":
            cause = _event_in(tok.subtree, sent)
            effect = sent.triggers.get(tok.head.i)
            _link(sent, cause, effect)
