"""Stances told by an adjective: "Amnesty International is concerned that police
tortured detainees", "The EU is deeply alarmed that journalists were detained". What
follows "that" is the subject's claim, never a fact; one negated ("is not convinced
that ...") or with no speaker we know is no one's claim, and no fact either.
"""

from __future__ import annotations

from kzkg.extract.claim_emit import content_tokens, emit
from kzkg.extract.context import Sentence
from kzkg.extract.speakers import speakers_of

# Not "aware": "Tokayev was aware that troops had arrived" takes their arrival as known.
STANCES = {
    "concerned", "alarmed", "worried", "convinced", "confident", "certain", "sure",
    "troubled", "disturbed", "dismayed", "outraged", "shocked",
}  # fmt: skip


def extract_stances(sent: Sentence, quoted: set[int]) -> None:
    if sent.lowers.isdisjoint(STANCES):
        return  # no stance adjective: nothing below to find
    for tok in sent.tokens:
        if tok.lower_ not in STANCES or tok.i in quoted | sent.blocked:
            continue
        # "is concerned that": an adjective after "be", or a passive the parser makes
        # the clause's verb ("is not convinced that")
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if tok.dep_ != "acomp" and not passive:
            continue
        content = [c for c in tok.children if c.dep_ == "ccomp"]
        if not content:
            continue  # "concerned about the arrests": no statement of what happened
        words = content_tokens(content)
        verb = tok if passive else tok.head
        negated = any(c.dep_ == "neg" for c in (*verb.children, *tok.children))
        speakers = [] if negated else speakers_of(sent, verb)
        if not emit(sent, speakers, "statement", words):
            sent.blocked.update(t.i for t in words)
