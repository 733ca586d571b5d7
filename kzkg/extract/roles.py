"""Roles: who held which post, when, after and before whom (kz:Tenure).

Patterns over the parse, not over wording: an apposition of a name and a
title ("the head of X, NAME", "NAME, a former president"), a title before a
name ("President Tokayev"), "Y's chairmanship of X", replacement ("A replaced
B as head of X"), removal ("removing B from his post as ..."), hand-over
("B stepped down and handed over power to A"), appointment ("appointed A as
..."), and a contact-page block "NAME / Title".
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import DocResult, EntityKey, FactKey, Lit, Span

REPLACE = {"replace", "succeed"}
REMOVE = {"remove", "dismiss", "oust", "sack", "fire", "relieve", "depose"}
APPOINT = {"appoint", "name", "nominate", "elect", "install"}
HAND_OVER = {"hand", "pass", "transfer", "cede"}
POWER_WORDS = {"power", "rule", "presidency", "reins", "office", "leadership", "control"}
RANKS = {"deputy", "vice", "assistant", "first", "second", "acting", "interim", "honorary"}
HOLDER_KINDS = {"person", "organization", "place"}


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
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
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
    date = sent.date_near(verb)
    if date is None and sent.state.date is not None:
        d = sent.state.date
        date = PartialDate(d.year, d.month) if d.month else PartialDate(d.year)
    return date


def _removal_verb(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.lemma_.lower() in REMOVE | {"step", "resign"}:
            return anc
    return None


def _appositions(sent: Sentence) -> None:
    for tok in sent.span:
        if tok.dep_ != "appos":
            continue
        for name, title_tok in ((tok, tok.head), (tok.head, tok)):
            holder = sent.entity(name)
            if holder is None or holder.kind not in HOLDER_KINDS or name.pos_ != "PROPN":
                continue
            found = title_of(title_tok, sent)
            if found is None:
                continue
            post = find_post(sent, found[0], found[1], holder)
            if post is None:
                continue
            removal = _removal_verb(name)
            end = (
                _change_date(sent, removal)
                if removal is not None and _is_patient(name, removal)
                else None
            )
            tenure(sent.result, holder, post, sent.evidence("roles.apposition"), end=end)


def _is_patient(tok: Token, verb: Token) -> bool:
    if verb.lemma_.lower() in ("step", "resign"):
        return True  # who steps down leaves the post
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return not any(tok in s.subtree for s in subj)


def _title_before_name(sent: Sentence) -> None:
    """'President Tokayev', 'Kazakh President Kassym-Jomart Tokaev'."""
    for tok in sent.span:
        holder = sent.tok_entity.get(tok.i)
        if holder is None or holder.kind != "person" or sent.tok_entity.get(tok.i - 1) == holder:
            continue
        lefts: list[str] = []
        i = tok.i - 1
        while (
            i >= sent.span.start
            and tok.doc[i].pos_ in ("PROPN", "NOUN", "ADJ")
            and sent.tok_entity.get(i) is None
            and tok.doc[i].is_title
        ):
            lefts.insert(0, tok.doc[i].lower_)
            i -= 1
        if not lefts:
            continue
        post = find_post(sent, " ".join(lefts), None, holder)
        if post is not None:
            tenure(sent.result, holder, post, sent.evidence("roles.title"))


def _as_title(verb: Token, sent: Sentence, holder: EntityKey | None) -> EntityKey | None:
    """The post named by 'as head of X' (or 'from his post as ...') under a verb, or by
    the verb's predicate ("was appointed Prime Minister")."""
    for tok in verb.children:
        if tok.dep_ in ("oprd", "attr", "xcomp") and tok.pos_ in ("NOUN", "PROPN"):
            found = title_of(tok, sent)
            if found:
                return find_post(sent, found[0], found[1], holder)
    for tok in verb.subtree:
        if tok.lower_ == "as" and tok.dep_ == "prep":
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                found = title_of(obj, sent)
                if found:
                    return find_post(sent, found[0], found[1], holder)
    return None


def _changes(sent: Sentence) -> None:
    for verb in sent.span:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or verb.i in sent.blocked:
            continue
        took_over = lemma == "take" and any(c.lower_ == "over" for c in verb.children)
        if lemma in REPLACE or took_over:
            new = sent.subject(verb)
            old = [sent.entity(c) for c in verb.children if c.dep_ == "dobj"]
            if took_over:  # "A took over from B as ..."
                old = [
                    sent.entity(o)
                    for p in verb.children
                    if p.dep_ == "prep" and p.lower_ == "from"
                    for o in p.children
                    if o.dep_ == "pobj"
                ]
            if new and old and old[0]:
                post = _as_title(verb, sent, old[0])
                if post is not None:
                    date = _change_date(sent, verb)
                    span = sent.evidence("roles.replace")
                    tenure(sent.result, old[0], post, span, end=date, successor=new[0])
                    tenure(sent.result, new[0], post, span, start=date, predecessor=old[0])
        elif lemma in REMOVE:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            removed = sent.entity(objs[0]) if objs else None
            if removed is not None and removed.kind == "person":
                post = _as_title(verb, sent, removed)
                if post is not None:
                    tenure(
                        sent.result,
                        removed,
                        post,
                        sent.evidence("roles.remove"),
                        end=_change_date(sent, verb),
                    )
        elif lemma in HAND_OVER and any(c.lemma_ in POWER_WORDS for c in verb.children):
            _hand_over(sent, verb)
        elif lemma in APPOINT:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            appointed = sent.entity(objs[0]) if objs else None
            if appointed is not None and appointed.kind == "person":
                post = _as_title(verb, sent, appointed)
                if post is not None:
                    tenure(
                        sent.result,
                        appointed,
                        post,
                        sent.evidence("roles.appoint"),
                        start=_change_date(sent, verb),
                    )


def _hand_over(sent: Sentence, verb: Token) -> None:
    old = sent.subject(verb)
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    new = [k for p in to for k in sent.entities_in(p.subtree, {"person"})]
    if not old or not new or old[0] == new[0]:
        return
    post = None
    for p in to:
        for tok in p.subtree:
            found = title_of(tok, sent)
            if found:
                post = find_post(sent, found[0], found[1], new[0])
                break
    post = post or _shared_post(sent, old[0], new[0])
    if post is None:
        return
    date = sent.date_near(verb)  # hand-overs are often told as history: no default date
    span = sent.evidence("roles.handover")
    tenure(sent.result, old[0], post, span, end=date, successor=new[0])
    tenure(sent.result, new[0], post, span, start=date, predecessor=old[0])


def _shared_post(sent: Sentence, old: EntityKey, new: EntityKey) -> EntityKey | None:
    """The lexicon post where `old`'s holding ends as `new`'s begins."""
    for post in sent.lexicon.posts:
        ends = {h.end for h in post.holders if h.holder == old.label}
        starts = {h.start for h in post.holders if h.holder == new.label}
        if ends & starts:
            return sent.result.entity(sent.state.resolver.post_info(post))
    return None


def _possessive_office(sent: Sentence) -> None:
    """ "Poland's chairmanship of the OSCE"."""
    for tok in sent.span:
        if tok.lower_ not in ("chairmanship", "presidency", "chairpersonship", "leadership"):
            continue
        owners = [sent.entity(c) for c in tok.children if c.dep_ == "poss"]
        found = title_of(tok, sent) or (tok.lower_, None)
        if owners and owners[0] and found[1] is not None:
            post = find_post(sent, found[0], found[1], owners[0])
            if post is not None:
                tenure(sent.result, owners[0], post, sent.evidence("roles.possessive"))


def extract_roles(sent: Sentence) -> None:
    if not sent.is_assertion():
        return
    _appositions(sent)
    _title_before_name(sent)
    _changes(sent)
    _possessive_office(sent)


CONTACT = re.compile(
    r"(?m)^(?P<name>[A-Z][\w.\u00C0-\u024F'-]+(?: [A-Z][\w.\u00C0-\u024F'-]+){1,3})[ \t]*\n"
    r"(?:[ \t]*\n)+[ \t]*(?P<title>[A-Z][A-Za-z,&' -]{3,80}?)"
    r"(?=Email|E-mail|Phone|Tel|Twitter|Mobile|\n|$)"
)


def contact_blocks(body: str) -> list[tuple[str, int, int, int]]:
    """(name, name start, title start, title end) of 'NAME\\n\\nTitle' blocks."""
    return [
        (m.group("name"), m.start("name"), m.start("title"), m.end("title"))
        for m in CONTACT.finditer(body)
    ]
