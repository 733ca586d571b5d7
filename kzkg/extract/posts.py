"""Posts and tenures shared by the role rules: a title phrase to a post, a tenure fact.

A title with "of ORG" resolves through the lexicon ("head of the Security
Council"); an unknown title of a known organization becomes a new post
("Director (Human Rights Watch)"); rank words ("deputy", "first") keep a post
distinct from the one it ranks under.
"""

from __future__ import annotations

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import DocResult, EntityKey, FactKey, Lit, Span

RANKS = {"deputy", "vice", "assistant", "first", "second", "acting", "interim", "honorary"}


def title_of(noun: Token, sent: Sentence) -> tuple[str, EntityKey | None] | None:
    """('head', Security Council) for 'the head of the country's Security Council'."""
    words = sent.lexicon.words("post_words")
    titles = {t for p in sent.lexicon.posts for t in p.titles}
    start = noun.i
    while (
        start > noun.left_edge.i
        and noun.doc[start - 1].dep_ not in ("det", "poss", "case", "punct", "predet", "nummod")
        and noun.doc[start - 1].lower_ not in ("former", "new", "then", "ex", "acting")
    ):
        start -= 1
    phrase = noun.doc[start : noun.i + 1].text
    org = None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if objs:
            if objs[0].lower_ == "state" or noun.doc[prep.i + 1].lower_ == "state":
                phrase += " of state"
            else:
                found = sent.entities_in(objs[0].subtree, {"organization", "place"})
                org = found[0] if found else None
    if noun.lemma_.lower() in words or phrase.lower() in titles or noun.lower_ in titles:
        return phrase, org
    return None


def find_post(
    sent: Sentence, title: str, org: EntityKey | None, holder: EntityKey | None
) -> EntityKey | None:
    resolver = sent.state.resolver
    words = title.split()
    if RANKS & {w.lower() for w in words}:  # "first deputy chairman" is not the chairman
        entry = resolver.post_by_title(title, org, holder)
        if entry is not None:
            return sent.result.entity(resolver.post_info(entry))
        return sent.result.entity(resolver.new_post(_cased(title), org)) if org else None
    for start in range(len(words)):
        entry = resolver.post_by_title(" ".join(words[start:]), org, holder)
        if entry is not None:
            return sent.result.entity(resolver.post_info(entry))
    if org is not None:
        return sent.result.entity(resolver.new_post(_cased(title), org))
    return None


def _cased(title: str) -> str:
    return title[:1].upper() + title[1:]


def tenure(
    result: DocResult,
    holder: EntityKey,
    post: EntityKey,
    span: Span,
    start: PartialDate | None = None,
    end: PartialDate | None = None,
    predecessor: EntityKey | None = None,
    successor: EntityKey | None = None,
) -> None:
    fkey = FactKey("tenure", (holder.label, post.label))
    fact = result.fact(fkey, "Tenure", f"{holder.label} as {post.label}", span)
    fact.add("holder", holder)
    fact.add("post", post)
    fact.add("startDate", Lit.of_date(start) if start else None)
    fact.add("endDate", Lit.of_date(end) if end else None)
    fact.add("predecessor", predecessor)
    fact.add("successor", successor)


def _change_date(sent: Sentence, verb: Token) -> PartialDate | None:
    """The date the clause states, else the document's month while the document
    reports its own time (news of a dismissal is usually that month's news)."""
    date = sent.date_near(verb)
    if date is None and sent.state.date is not None and not sent.state.narrates_past:
        d = sent.state.date
        date = PartialDate(d.year, d.month) if d.month else PartialDate(d.year)
    return date
