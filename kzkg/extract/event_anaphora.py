"""A definite event noun that points back: "the ceremony", "the trial".

"The troops were sent home at a farewell ceremony in Almaty. Attending the
ceremony were X and Y": the second sentence adds who attended to the event the
first told; it is not a second ceremony. An event named by a singular noun with
"the" and no date of its own is the document's latest event of its class told
before it, when nothing it says of it disagrees (another agent, place or person
done to). A plural ("the protests") or a dated mention ("the January 6 trial")
names its own, and a dated event takes no undated mention: "Officials recalled
the 1995 referendum. The referendum changed 33 articles" may be this year's,
and a wrong date is worse than a second event.
"""

from __future__ import annotations

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey, Fact, FactKey

ROLES = ("agent", "participant", "target", "place")
# Modifiers that set one event apart from the others of its class: "the last ceremony",
# "the new trial".
PICKING_OUT = {"last", "next", "final", "other", "new", "previous", "earlier", "later", "latest"}


def _definite_singular(head: Token) -> bool:
    """ "the ceremony"; not "the third referendum", "the largest protest", which pick
    one out of several rather than point back."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if any(
        c.ent_type_ == "ORDINAL" or c.tag_ in ("JJS", "RBS") or c.lower_ in PICKING_OUT
        for c in head.children
    ):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _told_before(sent: Sentence, cls: str) -> Fact | None:
    """The latest event of `cls` this document told in an earlier sentence."""
    start = sent.base + sent.span.start_char
    for fact in reversed(list(sent.result.facts.values())):
        if fact.cls == cls and fact.fkey.kind == "event":
            if fact.evidence and max(e.start for e in fact.evidence) < start:
                return None if any(p == "date" for p, _ in fact.props) else fact
    return None


def _agrees(fact: Fact, said: dict[str, list[EntityKey]]) -> bool:
    """Nothing said of the mention contradicts the earlier event: each role either
    unknown on one side or sharing a value."""
    for role in ROLES:
        known = {v for p, v in fact.props if p == role}
        new = set(said.get(role, []))
        if known and new and not known & new:
            return False
    return True


def antecedent(
    sent: Sentence, cls: str, head: Token, said: dict[str, list[EntityKey]], dated: bool
) -> FactKey | None:
    """The earlier event a definite mention of `cls` at `head` refers to, if any."""
    if dated or not _definite_singular(head):
        return None
    fact = _told_before(sent, cls)
    if fact is None or not _agrees(fact, said):
        return None
    return fact.fkey
