"""Claims that only restate what the graph holds as a fact beside them: dropped.

Two kinds of report say nothing a fact of the same sentence does not already say
with the same evidence:

- **Counts.** "The Interior Ministry said eight police were killed and 317
  wounded", "the Prosecutor General's Office responded that 232 people died":
  what the speaker states is a count, and the count is a statistic with that
  speaker as its claimant (quantities.py, attribution.py). A claim whose content
  is only counts (every clause of it a count verb of the lexicon's `count_verbs`
  with a number among its own words) is dropped once the statistics of the
  document have taken its speaker.
- **Official acts told as facts.** "The presidency announced in a statement that
  the state of emergency was lifted", "the court delivered its verdict, reported
  Kazinform": the act is an event of the graph (reported.py decides when a
  statement makes it one), and its evidence quotes the source. A claim whose
  content is that act, as the main clause of what was said, restates it.

Kept as claims:
- a count or an act with more to say: "20,000 bandits and terrorists were
  participating" ("participate" is no count verb); "has failed to investigate
  the deaths of over 200 people" (the clause is the failure); "this contingent
  arrived for a short period to cover and support" (how long and what for are
  the speaker's); "said the withdrawal had started and the troops had done their
  job" (the act is one of two clauses); "said the riots led to the state of
  emergency" (the act is not the main clause);
- a claim another claim is about (a denial needs its other side);
- a count the document states in its own hedged voice ("police reportedly
  detained 300 people"), which a statistic cannot mark as hedged.
"""

from __future__ import annotations

from kzkg.extract.attribution import covering_claim
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import DocResult, EntityKey, FactKey, Lit

CORE = ("nsubj", "nsubjpass", "dobj")
MORE = ("ccomp", "advcl", "xcomp")  # clauses that say more than what was counted
TIME_MARKS = {"since", "when", "after", "before", "while", "until", "as"}
# How an act's word hangs in the main clause of what was said: "[the state of emergency]
# was lifted", "delivered its [verdict]", "[Attending] the ceremony were ...", "decided to
# [dispatch] troops".
MAIN_CLAUSE = {"dobj", "nsubj", "nsubjpass", "csubj", "csubjpass", "attr", "xcomp", "oprd"}


# --- counts -----------------------------------------------------------------------
def _number(token: Token) -> bool:
    """ "232", "dozens", "hundreds": a count standing for the counted."""
    return token.like_num or token.ent_type_ == "CARDINAL"


def _counted_noun(noun: Token) -> bool:
    """ "232", "dozens", "eight police": a number, or a noun with one."""
    return _number(noun) or any(c.dep_ == "nummod" for c in noun.children)


def _when(clause: Token) -> bool:
    """ "since the protests began", "when police opened fire": only when it was counted."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children
    )


def _counted(verb: Token) -> bool:
    """Does the verb count someone: its subject or object a number, or a noun with
    one ("eight police were killed", "arrested more than 3,000 people")? A number
    deeper in it counts something else ("an investigation into two weeks of rallies")."""
    if any(c.dep_ in MORE and not _when(c) for c in verb.children):
        return False  # "detained 40 people to stop the march": more than the count
    counted = False
    for arg in (c for c in verb.children if c.dep_ in CORE):
        if any(c.dep_ in ("relcl", "acl") for c in arg.children):
            return False  # "two activists who are accused of beating them": who they are
        counted = counted or _counted_noun(arg)
    return counted


def is_figure_report(sent: Sentence, tokens: list[Token]) -> bool:
    """Is the content of a claim only counts: each of its clauses a count verb that
    counts someone ("8 police were killed and 317 wounded", "232 people died")?"""
    count_verbs = sent.lexicon.maps.get("count_verbs", {})
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1 or roots[0].pos_ not in ("VERB", "AUX"):
        return False
    root = roots[0]
    if root.lemma_.lower() not in count_verbs or not _counted(root):
        return False
    for conj in (c for c in root.children if c.dep_ == "conj" and c.i in inside):
        if conj.pos_ in ("VERB", "AUX"):
            counts = conj.lemma_.lower() in count_verbs
        else:  # "... were killed and 317 people wounded"
            verbs = [c for c in conj.children if c.dep_ == "acl"]
            counts = _counted_noun(conj) and any(v.lemma_.lower() in count_verbs for v in verbs)
        if not counts:
            return False
    return True


# --- official acts ----------------------------------------------------------------
def _content(sent: Sentence, fkey: FactKey) -> tuple[Token, set[int]] | None:
    """The root of a claim's content words in this sentence, and the words."""
    fact = sent.result.facts.get(fkey)
    props = fact.props if fact else set()
    text = next((v.value for p, v in props if p == "claimText" and isinstance(v, Lit)), "")
    at = sent.piece_text.find(text, sent.span.start_char) if text else -1
    if at < 0 or at >= sent.span.end_char:
        return None
    inside = [t for t in sent.tokens if at <= t.idx < at + len(text)]
    ids = {t.i for t in inside}
    roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    if len(roots) > 1:  # "ASTANA – Almaty court delivered": the subject hung on a dateline
        roots = [t for t in roots if t.pos_ in ("VERB", "AUX")]
    return (roots[0], ids) if len(roots) == 1 else None


def note_act_told(sent: Sentence, head: Token) -> None:
    """An event just stated as a fact: if it is the main clause of a claim of this
    sentence, that claim restates it."""
    fkey = covering_claim(sent, head)
    if fkey is None:
        return
    content = _content(sent, fkey)
    if content is None:
        return
    root, words = content
    tok = head
    while tok.i != root.i:
        if tok.dep_ not in MAIN_CLAUSE or tok.head.i == tok.i:
            return  # "X said A, which led to B": B is not what was said
        tok = tok.head
    if any(c.dep_ == "conj" and c.i in words for c in root.children):  # "A and B"
        return
    on_path = {t.i for t in head.ancestors} | {head.i}
    if _qualified(head, on_path) or _qualified(root, on_path):
        return  # "this contingent arrived for a short period to cover and support"
    sent.state.restated_acts.add(fkey)


PERIOD_NOUNS = {"period", "time", "while", "duration", "day", "week", "month", "year", "long"}


def _qualified(verb: Token, on_path: set[int]) -> bool:
    """Does the act come with what the speaker says of it: how long ("for a short period",
    "for as long as necessary") or what for ("to cover and support")? Then it is more
    than the act, and the claim stays beside the event."""
    for child in verb.children:
        if child.i in on_path:
            continue  # "decided to dispatch": the act itself, not what it is for
        if child.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in child.children):
            return True  # a purpose
        if child.dep_ in ("advcl", "xcomp", "acl") and any(
            g.dep_ == "ccomp" for g in child.children
        ):
            return True  # what it means: "..., meaning that the city was under control"
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(t.lemma_.lower() in PERIOD_NOUNS for t in child.subtree):
                return True  # a time limit
    return False


# --- dropping ---------------------------------------------------------------------
def _claimants(result: DocResult, fkey: FactKey) -> frozenset[EntityKey]:
    props = result.facts[fkey].props
    return frozenset(v for p, v in props if p == "claimant" and isinstance(v, EntityKey))


def _disputed(result: DocResult, fkey: FactKey) -> bool:
    return any(
        f.cls == "Claim" and f.fkey != fkey and ("about", fkey) in f.props
        for f in result.facts.values()
    )


def drop_restated(
    result: DocResult, figures: set[FactKey], acts: set[FactKey], own: list[EntityKey]
) -> None:
    """Drop the count reports among `figures` whose counts became statistics of the
    same speakers (not the document's own, `own`: publisher and authors), and the
    reports of acts among `acts`; never one another claim is about."""
    for fkey in sorted(figures | acts, key=str):
        if fkey not in result.facts or _disputed(result, fkey):
            continue
        speakers = _claimants(result, fkey)
        linked = [
            f for f in result.facts.values() if f.cls == "Statistic" and ("about", fkey) in f.props
        ]
        if fkey not in acts:
            if speakers & set(own) or not linked:
                continue
            if any(_claimants(result, f.fkey) != speakers for f in linked):
                continue
        for figure in linked:
            figure.props.discard(("about", fkey))
        del result.facts[fkey]
