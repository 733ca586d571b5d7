"""Tenures told with their periods: "X served as chairman of the KNB from 2016 until
January 5, 2022", "X twice served as prime minister (2007-2012, 2014-2016)",
"over 2003-2006 he worked as an assistant to the president".

A period belongs to the title it follows in brackets, else to the clause of the
verb (never to a neighbouring clause). Several periods of one post give one
tenure each.
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey
from kzkg.extract.posts import find_post, post_for, tenure
from kzkg.extract.titles import INNER, Title, body_in_front, org_inside, title_words

# A verb of heading a body and the title it gives: "X chaired the Security Council".
HEAD_VERBS = {"head": "head", "chair": "chairman", "run": "head", "lead": "head"}
# Verbs of ruling a country: "Nazarbayev, who ruled Kazakhstan until 2019".
RULE_VERBS = {"rule", "govern", "lead"}
HEAD_OF_STATE = {"head of state", "president"}
SERVE = {"serve", "work", "be", "rule", "govern", *HEAD_VERBS}
RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-\u2013\u2014]\s*((?:19|20)\d\d)\b")
START_WORDS = {"from", "since", "between"}
END_WORDS = {"until", "till", "to", "through", "and"}
UNTIL = {"until", "till"}  # an end without a start; not "to" or "and"
OWNERS = {"at", "with"}  # "head of security at the KNB"
# "until his dismissal on ...", "until the arrest in ...": the end is that event's date
UNTIL_EVENT = re.compile(r"\b(?:until|till)\s+(?:his|her|their|the)\s+\w+\s+(?:(?:on|in)\s+)?$")
YEAR_TO = re.compile(r"\s+(?:to|till|through)\s+((?:19|20)\d\d)\b")
Period = tuple[PartialDate | None, PartialDate | None]


def periods_in(sent: Sentence, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Period]:
    """Year ranges and from/until dates in the characters [lo, hi) of the sentence."""
    text = sent.text
    found: list[Period] = []
    ranges = [m for m in RANGE.finditer(text) if lo <= m.start() and m.end() <= hi]
    ranges = [m for m in ranges if not any(a <= m.start() < b for a, b in skip)]
    for m in ranges:
        found.append((PartialDate(int(m.group(1))), PartialDate(int(m.group(2)))))
    if found:
        return found
    start = end = None
    for s, e, date in sent.dates:  # with the year the document fixes for a month
        if not (lo <= s and e <= hi) or any(a <= s < b for a, b in skip):
            continue
        if date in sent.late_guesses:
            continue  # "chairman until 6 January" in a piece of 5 January 2024: a year before
        before = text[max(0, s - 8) : s].lower().split()
        word = text[s:e].split()[0].lower()
        marker = word if word in START_WORDS | END_WORDS else (before[-1] if before else "")
        if UNTIL_EVENT.search(text[max(0, s - 50) : s]):
            marker = "until"  # "until his dismissal on January 6, 2022"
        if marker in START_WORDS and start is None:
            start = date
            # "from 2019 to 2023": a bare year after "to" is no date elsewhere in the text
            year_to = YEAR_TO.match(text, e)
            if year_to and year_to.end() <= hi:
                end = PartialDate(int(year_to.group(1)))
        elif marker in END_WORDS and end is None and (start is not None or marker in UNTIL):
            end = date  # "served as interior minister until February 2022": an end alone
    return [(start, end)] if start or end else []


def _own_part(sent: Sentence, verb: Token) -> tuple[int, int]:
    """The verb's clause, within the part of the sentence semicolons set off around it:
    "President from 1991 to 2019; chaired the Security Council until January 2022" gives
    "chaired" only its own dates, however the parser joins the parts."""
    lo, hi = sent.char_range(verb)
    text, at = sent.text, verb.idx - sent.span.start_char
    return max(lo, text.rfind(";", 0, at) + 1), min(hi, _find(text, ";", at))


def _find(text: str, mark: str, start: int) -> int:
    found = text.find(mark, start)
    return len(text) if found < 0 else found


def _char_span(sent: Sentence, tokens: list[Token]) -> tuple[int, int]:
    lo = min(t.idx for t in tokens) - sent.span.start_char
    hi = max(t.idx + len(t) for t in tokens) - sent.span.start_char
    return lo, hi


def _title_post(sent: Sentence, noun: Token, holder: EntityKey) -> EntityKey | None:
    """The post an 'as' phrase names: its words up to the name it may end with, the
    owner from a possessive or 'of ORG' ("as Kazakhstan's prime minister")."""
    words = [t for t in noun.subtree if t.i >= noun.left_edge.i]
    words = [t for t in words if t.i <= noun.i or t.i < _first_stop(noun, sent)]
    while words and (words[0].dep_ in ("det", "poss", "case") or words[0].lower_ in ("former",)):
        words.pop(0)
    owners = [sent.tok_entity.get(c.i) for c in noun.children if c.dep_ == "poss"]
    org = next((k for k in owners if k is not None and k.kind in ("organization", "place")), None)
    words = [
        t
        for t in words
        if org is None or sent.tok_entity.get(t.i) != org or _inner_before(t, words)
    ]
    if not words or not any(t.lower_ in title_words(sent) for t in words):
        return None
    owner_text = ""
    if org is None:  # "was KNB chairman until ...": the body before the post word
        org, (owner_text, _), words = body_in_front(sent, words)
    if org is None:  # "as chairman of the KNB"
        inner = [n for n, t in enumerate(words) if t.lower_ in INNER]
        org = org_inside(sent, words[inner[0] + 1 :], []) if inner else None
    title = Title(words, org, owner_text, False)
    found = post_for(sent, title, holder)
    return found or (find_post(sent, noun.lower_, org, holder) if org else None)


def _inner_before(tok: Token, words: list[Token]) -> bool:
    return any(w.lower_ in INNER and w.i < tok.i for w in words)


def _first_stop(noun: Token, sent: Sentence) -> int:
    """Where the title ends: a bracket, a comma, "and" before another title, the name
    it ends with, or a clause on it ("a politician who has served as ...", "a journalist
    based in Almaty")."""
    clauses = [c.left_edge.i for c in _clauses_on(noun)]
    for t in noun.doc[noun.i + 1 : min([sent.span.end, *clauses])]:
        if t.text in ("(", ",", ";") or t.ent_type_ in ("PERSON", "DATE"):
            return t.i
        if t.dep_ == "cc" and t.head.i == noun.i:
            return t.i  # "mayor of Almaty and head of the police": two titles
        if t.dep_ == "prep" and t.head.i == noun.i and t.lower_ not in INNER | OWNERS:
            return t.i  # "Almaty akim during the unrest": when, not which post
        key = sent.tok_entity.get(t.i)
        if key is not None and key.kind == "person":
            return t.i
    return min([sent.span.end, *clauses])


def _is_title(verb: Token) -> list[Token]:
    """ "X is/was/has been [the] TITLE": the title, unless negated or only possible
    ("is not", "could be", "will be")."""
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]


def _ruled_post(sent: Sentence, country: EntityKey, holder: EntityKey) -> EntityKey | None:
    """The one head-of-state post of the country the lexicon says the holder held:
    "Nazarbayev ruled Kazakhstan" is his presidency; a ruler the lexicon does not know
    as its head of state rules nothing."""
    held = [
        p
        for p in sent.lexicon.posts
        if p.in_ == country.label
        and HEAD_OF_STATE & {t.lower() for t in (*p.titles, *p.aliases)}
        and any(h.holder == holder.label for h in p.holders)
    ]
    if len(held) != 1:
        return None
    return sent.result.entity(sent.state.resolver.post_info(held[0]))


def _headed(sent: Sentence, verb: Token) -> None:
    holders = [h for h in sent.subject(verb) if h.kind == "person"]
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    body = sent.entity(objs[0]) if objs else None
    if not holders or body is None:
        return
    lemma = verb.lemma_.lower()
    if body.kind == "place" and lemma in RULE_VERBS:
        post = _ruled_post(sent, body, holders[0])
    elif body.kind == "organization" and lemma in HEAD_VERBS:
        post = find_post(sent, HEAD_VERBS[lemma], body, holders[0])
    else:
        return
    if post is None:
        return
    periods = periods_in(sent, *_own_part(sent, verb), [])
    span = sent.evidence("roles.served")
    for start, end in periods or [(None, None)]:
        tenure(sent.result, holders[0], post, span, start, end, several=len(periods) > 1)


def _clauses_on(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("relcl", "acl")]


def _holders(sent: Sentence, verb: Token) -> list[EntityKey]:
    """The persons who serve: the verb's subject, or for a clause on a copula's title
    ("X is a politician who has served as ...") the copula's subject."""
    holders = [h for h in sent.subject(verb) if h.kind == "person"]
    title = verb.head
    if not holders and verb.dep_ == "relcl" and title.dep_ == "attr":
        holders = [h for h in sent.subject(title.head) if h.kind == "person"]
    return holders


def extract_periods(sent: Sentence) -> None:
    for verb in sent.tokens:
        lemma = verb.lemma_.lower()
        if lemma not in SERVE or verb.i in sent.blocked:
            continue
        if lemma in HEAD_VERBS.keys() | RULE_VERBS and verb.pos_ == "VERB":
            # "who had headed the KNB since 2016", "who ruled Kazakhstan until 2019"
            _headed(sent, verb)
            continue
        if lemma == "be":  # "Tokayev, who has been president since 2019"
            titles = _is_title(verb)
        elif verb.pos_ == "VERB":
            titles = [  # "served as finance minister and first deputy prime minister"
                title
                for prep in verb.subtree
                if prep.lower_ == "as" and prep.dep_ == "prep"
                for obj in prep.children
                if obj.dep_ == "pobj"
                for title in (obj, *obj.conjuncts)
            ]
        else:
            continue
        holders = _holders(sent, verb) if titles else []
        if not holders:
            continue
        clause = _own_part(sent, verb)
        spans = [_char_span(sent, list(t.subtree)) for t in titles]
        # "is a politician who has served as president since 2019": the clause's dates
        asides = [_char_span(sent, list(c.subtree)) for t in titles for c in _clauses_on(t)]
        for n, noun in enumerate(titles):
            post = _title_post(sent, noun, holders[0])
            if post is None:
                continue
            periods = periods_in(sent, *spans[n], asides)
            if not periods and n == 0:  # the verb's own dates: "from 2016 until 2022"
                periods = periods_in(sent, *clause, spans[1:] + asides)
            span = sent.evidence("roles.served")
            for start, end in periods or [(None, None)]:
                several = len(periods) > 1
                tenure(sent.result, holders[0], post, span, start, end, several=several)
