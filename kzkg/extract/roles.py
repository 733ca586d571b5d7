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

from kzkg.extract.changes import (
    CHANGE_WORDS,
    REMOVE,
    _as_title,
    end_titled_posts,
    extract_changes,
    of_something_else,
    undone,
    unless_known_otherwise,
)
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey
from kzkg.extract.offices import (
    OFFICE_NOUNS,
    STATUS_NOUNS,
    SUCCESSION_NOUNS,
    deputies,
    possessive_offices,
    predecessors,
)
from kzkg.extract.periods import SERVE, Period, extract_periods, periods_in
from kzkg.extract.posts import _change_date, find_post, looks_personal, post_for, tenure, title_of
from kzkg.extract.relations import extract_relations
from kzkg.extract.titles import after_name, before_name

HOLDER_KINDS = {"person", "organization", "place"}
QUIT = {"resign", "quit"}
GOVERNMENT_WORDS = {"government", "cabinet"}


def _removal_verb(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.lemma_.lower() in REMOVE | {"step", "resign"}:
            return anc
    return None


def _appositions(sent: Sentence) -> None:
    for tok in sent.tokens:
        if tok.dep_ != "appos":
            continue
        # "the head of X, NAME" (a name before its title is read by `after_name`)
        for name, title_tok in ((tok, tok.head), (tok.head, tok)):
            if name.i < title_tok.i:
                continue
            holder = sent.entity(name)
            if holder is None or holder.kind not in HOLDER_KINDS or name.pos_ != "PROPN":
                continue
            found = title_of(title_tok, sent)
            if found is None and title_tok.dep_ == "pobj" and title_tok.head.dep_ == "prep":
                # "a spokesperson for the Kremlin, Dmitry Peskov": the parser may hang the
                # name on the organization rather than on the title
                found = title_of(title_tok.head.head, sent)
            if found is None:
                continue
            if found[1] == holder:
                continue  # "the head of the KNB (KNB)": the body is not its own head
            if holder.kind == "organization" and _in_brackets(name):
                continue  # "representatives of the Central Election Commission (CEC)"
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


def _in_brackets(name: Token) -> bool:
    """A name in brackets after a body's name is the body's short name."""
    doc = name.doc
    first = name.left_edge
    return first.i > 0 and doc[first.i - 1].text == "("


def _publisher_post(sent: Sentence, name: Token, post: EntityKey, title: str) -> EntityKey:
    """ "By Anna Smith, Senior Research Fellow": a title of no named body in the
    document's byline is a post at its publisher."""
    first = sent.span[0]
    info = sent.result.entities.get(post)
    publisher = sent.state.publisher
    if (
        publisher is None
        or info is None
        or info.post_in is not None
        or first.lower_ != "by"
        or name.i != first.i + 1  # the name right after "By"
    ):
        return post
    return sent.result.entity(sent.state.resolver.new_post(title, publisher))


def _is_patient(tok: Token, verb: Token) -> bool:
    if verb.lemma_.lower() in ("step", "resign"):
        return True  # who steps down leaves the post
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return not any(tok in s.subtree for s in subj)


def _titled_names(sent: Sentence) -> None:
    """'Kazakh President Tokayev', 'U.S. Secretary of State Blinken', 'former president
    Nazarbayev'; 'NAME, Europe and Central Asia director at Human Rights Watch'."""
    for tok in sent.tokens:
        holder = sent.tok_entity.get(tok.i)
        if holder is None or sent.tok_entity.get(tok.i - 1) == holder:
            continue
        last = tok.i  # the name's last word carries its place in the parse
        while last + 1 < sent.span.end and sent.tok_entity.get(last + 1) == holder:
            last += 1
        person = holder.kind == "person" or looks_personal(holder, sent)
        before = before_name(sent, tok) if person else None
        if before is not None and before.org is None:
            before.org = _of_after(sent, tok.doc[last])  # "Deputy Foreign Minister X of Kazakhstan"
        after = after_name(sent, tok.doc[last]) if holder.kind in HOLDER_KINDS else None
        for title, rule in ((before, "roles.title"), (after, "roles.apposition")):
            if title is None:
                continue
            post = post_for(sent, title, holder)
            if post is None:
                continue
            if title is after:
                post = _publisher_post(sent, tok, post, title.text)
            if title.past:
                sent.state.former_posts.add((holder, post))
            leaving = None if title.past else _leaves_office(tok.doc[last], post, sent)
            if leaving is not None and _names_another_post(leaving, post, sent):
                leaving = None
            end = _change_date(sent, leaving) if leaving is not None else None
            if leaving is not None:
                end = unless_known_otherwise(sent, leaving, holder, post, end, "end")
            start, stated_end = (
                _apposition_period(sent, tok.doc[last]) if title is after else (None, None)
            )
            tenure(
                sent.result, holder, post, sent.evidence(rule), start=start, end=end or stated_end
            )


def _apposition_period(sent: Sentence, last: Token) -> Period:
    """ "Smailov, prime minister from January 2022 to February 2024, ...": the one period
    the apposition after the name gives its title."""
    doc, end = last.doc, sent.span.end
    i = last.i + 2  # past the comma
    while i < end and doc[i].text not in (",", ";", "(", ")"):
        i += 1
    if i <= last.i + 2:
        return (None, None)
    base = sent.span.start_char
    lo = doc[last.i + 2].idx - base
    hi = doc[i - 1].idx + len(doc[i - 1]) - base
    periods = periods_in(sent, lo, hi, [])
    return periods[0] if len(periods) == 1 else (None, None)


def _of_after(sent: Sentence, last: Token) -> EntityKey | None:
    doc = last.doc
    if last.i + 2 < sent.span.end and doc[last.i + 1].lower_ == "of":
        key = sent.tok_entity.get(last.i + 2)
        if key is not None and key.kind in ("organization", "place"):
            return key
    return None


def _names_another_post(verb: Token, post: EntityKey, sent: Sentence) -> bool:
    """ "President X was removed as chairman of Y" ends the chairmanship, not the presidency."""
    named = _as_title(verb, sent, None)
    return named is not None and named != post


def _leaves_office(name: Token, post: EntityKey, sent: Sentence) -> Token | None:
    """The verb by which the titled person leaves the post: "Prime Minister Mamin resigned",
    "Tokayev dismissed Prime Minister Mamin", "Prime Minister Mamin's government resigned"
    (a head of government goes with the government; a president does not)."""
    verb = name.head
    if name.dep_ == "poss" and verb.lemma_.lower() in GOVERNMENT_WORDS:
        info = sent.result.entities.get(post)
        body = info.post_in.label.lower() if info and info.post_in else ""
        if "government" not in body or verb.dep_ not in ("nsubj", "nsubjpass"):
            return None
        name, verb = verb, verb.head
    lemma = verb.lemma_.lower()
    if undone(verb):
        return None  # "Tokayev did not dismiss Prime Minister Mamin"
    stepped_down = lemma == "step" and any(c.lower_ in ("down", "aside") for c in verb.children)
    if lemma in QUIT or stepped_down:
        return verb if name.dep_ == "nsubj" else None
    if lemma in REMOVE and name.dep_ in ("dobj", "nsubjpass"):
        stripped = lemma == "strip" and of_something_else(verb)
        return None if stripped else verb  # not "stripped of key powers"
    return None


def extract_roles(sent: Sentence) -> None:
    if not sent.is_assertion():
        return
    # One pass for the words the rules start from: a rule whose words are absent
    # does not walk the sentence (the build must stay close to spaCy's own time).
    lemmas = sent.lemmas
    _appositions(sent)
    _titled_names(sent)
    if lemmas & SERVE:  # before changes: "X, who was Almaty akim, was succeeded by Y"
        extract_periods(sent)
    if lemmas & CHANGE_WORDS:
        extract_changes(sent)
    if lemmas & (OFFICE_NOUNS.keys() | STATUS_NOUNS):
        possessive_offices(sent)
    if lemmas & SUCCESSION_NOUNS:
        predecessors(sent)
    if "deputy" in lemmas:
        deputies(sent)
    if lemmas & REMOVE:
        end_titled_posts(sent)
    extract_relations(sent, lemmas)


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
