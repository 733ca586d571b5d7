"""The date of an event: only a date that grammatically belongs to it.

A date counts when it sits in the event's own clause (not in a relative
clause, a coordinated clause, a reported speaker's clause or a byline) and is
not the date of some other noun ("since independence in 1991", "the unrest
of January 2022" told in a sentence about a trial) or of another event
("after being arrested on 8 January"). A date outside the clause counts only
when it is attached to a clause above the event through an adverbial link
("It started on Jan. 2, with people protesting ...") and is the only such date.
A bound ("until February", "before the vote") is not the event's date. Dates the
parse hangs elsewhere but that grammatically are the event's (a fronted "in April
2022," before its clause, "the unrest that erupted in early January", "the 1995
referendum") are found by datelinks.py. In an undated document a month without a
year takes the year the text or the title fixes (DocState.year_of_month).
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate
from kzkg.extract.arguments import compares
from kzkg.extract.context import Sentence, Token
from kzkg.extract.datelinks import (
    before_the_verb,
    fronted_clause,
    opening_day_word,
    relative_ranges_kept,
    tells_when,
    year_modifier,
)
from kzkg.extract.dates import MONTHS
from kzkg.extract.entries import entry_date
from kzkg.extract.gapping import in_remnant, remnants

# "ALMATY, Jan 5 (Reuters) -", "NUR-SULTAN, 7 January -": a dateline dates the report.
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'\-]{2,}(?:[ ,/][A-Za-z'\-.]+){0,4}.{0,50}?\s[-\u2013\u2014]{1,2}\s"
)
_MONTH_WORD = "(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "Almaty, January 4, 2024 -", "Geneva, 8 February 2024 (Kazinform) -": a place in title
# case and a date.
DATED_LINE = re.compile(
    r"^\s*\(?[A-Z][\w'\-.]+(?:,?\s[A-Z][\w'\-.]+){0,2},\s"
    rf"(?:{_MONTH_WORD}\s\d{{1,2}}(?:,\s\d{{4}})?|\d{{1,2}}\s{_MONTH_WORD}(?:\s\d{{4}})?)"
    r"(?:\s\([^()\n]{1,40}\))?\)?\s[-\u2013\u2014]{1,2}\s"  # "(Kazinform) -": the agency
)
METADATA = re.compile(r"^\s*(?:published|updated|posted|last updated|date)\b[^\n]*", re.I)
# Nouns that only say when: "on the night of January 6" belongs to the verb above them.
TIME_NOUNS = {"night", "morning", "evening", "afternoon", "day", "eve", "week", "weekend", "hour"}
# Verbs of official announcement whose date an announced act takes.
ANNOUNCING = {"announce", "decree", "proclaim"}
# Verbs of reporting whose date an act told in the present perfect takes: "the
# withdrawal has started, local media reported on Thursday" (news of that day).
REPORTING = {"report", "confirm"}
BOUNDS = {"until", "till", "before", "prior", "by"}
# Links by which an event hangs under a clause whose date is also its own.
ADVERBIAL = {"advcl", "pcomp", "pobj", "prep", "xcomp", "dobj", "nsubj", "nsubjpass", "attr"}


def byline_end(text: str) -> int:
    match = METADATA.match(text) or DATELINE.match(text) or DATED_LINE.match(text)
    return match.end() if match else 0


def _root(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def _as_of(root: Token, gov: Token) -> bool:
    """ "As of March 2023, 1,200 people had been convicted": a count of what has happened
    by then is bounded by the date; "as of Wednesday, the state of emergency was lifted"
    and "as of January 10, the protests had spread to Almaty" are when."""
    of = root if root.lower_ == "of" else root.head
    if of.lower_ != "of" or of.i == 0 or of.doc[of.i - 1].lower_ != "as":
        return False
    subjects = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    counted = any(t.like_num for s in subjects for t in s.subtree)
    return counted and any(c.dep_ == "aux" and c.lemma_ == "have" for c in gov.children)


def _governor(root: Token) -> tuple[Token, str]:
    """The word a date phrase modifies, climbing through prepositions and time nouns,
    and the preposition that introduces it."""
    gov, prep = root.head, ""
    for _ in range(4):
        if gov.dep_ == "prep" or gov.pos_ == "ADP":
            prep = prep or gov.lower_
            gov = gov.head
        elif gov.lemma_.lower() in TIME_NOUNS and gov.head.i != gov.i:
            gov = gov.head
        else:
            break
    if root.pos_ == "ADP":  # the match began with its preposition: "in 2019"
        prep = root.lower_
    return gov, prep


def _skipped_ranges(token: Token, kept: set[int]) -> list[tuple[int, int]]:
    """Relative clauses under the event's clause: their dates are their own (but for
    those in `kept`, which say when the event happened)."""
    ranges = []
    for t in token.subtree:
        if t.dep_ in ("relcl", "acl") and t.i != token.i and t.i not in kept:
            sub = list(t.subtree)
            ranges.append((sub[0].i, sub[-1].i))
    return ranges


def _told_of(anchor: Token, tokens: list[Token]) -> bool:
    """ "on January 6 when soldiers opened fire": a clause hung on the date itself."""
    return anchor.dep_ in ("relcl", "advcl") and anchor.head.i in {t.i for t in tokens}


def _closes_participle(anchor: Token, tokens: list[Token], gov: Token) -> bool:
    """ "The amendments signed into law by Tokayev on Monday removed ...": a date right
    after a participle on the subject, before the main verb, closes the participle (the
    parser tends to hang it on the main verb)."""
    if anchor.dep_ != "acl" or anchor.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if gov.i != anchor.head.head.i or tokens[-1].i >= gov.i:
        return False
    return tokens[0].i == anchor.right_edge.i + 1


def _on_own_object(anchor: Token, gov: Token, prep: str) -> bool:
    """ "announced the amnesty plan in early September": a time phrase the parser hangs on
    the event's direct object says when the event was."""
    return gov.dep_ == "dobj" and gov.head.i == anchor.i and prep in ("in", "on")


def _on_a_circumstance(anchor: Token, gov: Token, prep: str, others: set[int]) -> bool:
    """ "approved the bill in its first reading on October 26", "was detained at his home
    on January 8": a date on the noun of a circumstance of the event's own verb (not
    another event: "sentenced after his arrest on January 8") is the event's."""
    circumstance = gov.head
    return (
        prep in ("on", "in")
        and gov.pos_ == "NOUN"
        and gov.i not in others
        and gov.dep_ == "pobj"
        and circumstance.dep_ == "prep"
        and circumstance.lower_ in ("in", "at", "during")
        and circumstance.head.i == anchor.i
    )


def _announcing(anchor: Token, gov: Token) -> bool:
    """ "On January 6 the press service announced that Tokayev appointed X": an official
    act told in an announcement takes the announcement's date (a pluperfect "had
    appointed" was earlier); so does one a report tells in the present perfect ("the
    withdrawal has started, media reported on Thursday")."""
    verbs = [anchor, anchor.head] if anchor.dep_ == "xcomp" else [anchor]  # "has begun to"
    tenses = {c.tag_ for v in verbs for c in v.children if c.dep_ == "aux" and c.lemma_ == "have"}
    lemma = gov.lemma_.lower()
    if lemma in REPORTING:
        if not tenses & {"VBZ", "VBP"}:
            return False
    elif lemma not in ANNOUNCING or "VBD" in tenses:
        return False
    tok = anchor
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == gov.i:
            return True
    return False


def _participle_after(anchor: Token, gov: Token) -> bool:
    """ "The court delivered its verdict on Jan. 27, sentencing 45 defendants": a participle
    clause after the main verb tells what happened with it, at its date (even when the
    main verb is another event); "after being arrested on 8 January" is no such clause."""
    if gov.pos_ not in ("VERB", "AUX") and gov.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        gov = gov.head  # "delivered its verdict on Jan. 27": the date of the verb's clause
    if anchor.tag_ != "VBG" or anchor.dep_ != "advcl" or anchor.head.i != gov.i:
        return False
    if anchor.i < gov.i or any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in anchor.children):
        return False
    return anchor.doc[anchor.i - 1].text == ","


def _after_since(first: Token) -> bool:
    """ "since independence in 1991": the year of what came before, however it is parsed;
    "Since 2022, 30 activists have been jailed": a bound, no date of the jailing."""
    if first.lower_ == "since":
        return True
    if first.i == 0:
        return False
    before = first.doc[first.i - 1]
    return any(t.lower_ == "since" and t.dep_ == "prep" for t in [before, *before.ancestors][:3])


def _compared_with(root: Token, own: set[int]) -> bool:
    """Is the date inside what the event is compared with ("like"/"unlike", "as in" ...), the
    event's trigger outside it?"""
    for up in [root, *root.ancestors]:
        if compares(up):
            return not any(t.i in own for t in up.subtree)
    return False


def _hangs_under(anchor: Token, gov: Token) -> bool:
    """Is the event's clause below `gov` through adverbial links only (not a reported
    clause, "said on Monday that X was arrested", nor a coordinated one)?"""
    tok = anchor
    for _ in range(8):
        if tok.i == gov.i:
            return True
        if tok.dep_ not in ADVERBIAL or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _another_event(gov: Token, own: set[int], others: set[int]) -> bool:
    if gov.i in own:
        return False
    return gov.i in others or any(
        c.i in others for c in gov.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
    )


REASON_PREPS = {"against", "over", "after", "following", "since"}


def event_date(
    sent: Sentence, anchor: Token, own: set[int], others: set[int]
) -> PartialDate | None:
    """The date of the event whose trigger tokens are `own` and whose clause is `anchor`;
    `others` are the trigger tokens of the sentence's other events. A day stated without
    its year that would fall after the document's date is no date of an event told in
    the past: "On January 6, soldiers opened fire" in an article of 5 January 2024
    happened in an earlier year the text did not say."""
    date = _clause_date(sent, anchor, own, others)
    if date is not None and date in sent.late_guesses and _told_as_past(anchor):
        return None
    return date


def _when_said(sent: Sentence, tokens: list[Token], anchor: Token) -> bool:
    """Is the date right after a reporting verb the event is told under ("said on Friday
    he had given the order")? However the parser hangs it, it dates the saying."""
    first = tokens[0]
    doc = first.doc
    if first.i > 0 and doc[first.i - 1].lower_ in ("on", "in") and first.dep_ == "pobj":
        first = doc[first.i - 1]
    if first.i == 0:
        return False
    verb = doc[first.i - 1]
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in sent.lexicon.claim_verbs
        and anchor.i > verb.i
        and verb in anchor.ancestors
    )


def _told_as_past(anchor: Token) -> bool:
    """Is the event's clause in a past tense ("opened fire", "had been detained")?"""
    verb = anchor
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")):
        return True  # "the troops left on January 19", however the parser reads "left"
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _clause_date(
    sent: Sentence, anchor: Token, own: set[int], others: set[int]
) -> PartialDate | None:
    text = sent.text
    byline = byline_end(text)
    skip = _skipped_ranges(anchor, relative_ranges_kept(own, sent))
    inside: list[PartialDate] = []
    above: list[PartialDate] = []
    base = sent.span.start_char
    gapped = remnants(sent)  # "..., Y's on January 12": the date of Y's event, not this one
    at = anchor.idx - base
    for start, end, date in sent.dates:
        if start < byline or in_remnant(gapped, start) or sent.apart(start, at):
            continue  # not one of another statement, past a semicolon
        tokens = [t for t in sent.tokens if start <= t.idx - base < end]
        if not tokens:
            continue
        root = _root(tokens)
        if any(a <= root.i <= b for a, b in skip) or _after_since(tokens[0]):
            continue
        if _compared_with(root, own):
            continue  # "Unlike the Zhanaozen strike of 2011, the protests spread ..."
        if _when_said(sent, tokens, anchor):
            continue  # "Tokayev said on Friday he had authorised ...": when he said it
        if _told_of(anchor, tokens):  # "until January 5, 2022 when he was dismissed"
            inside.append(date)
            continue
        gov, prep = _governor(root)
        if prep in BOUNDS or _as_of(root, gov):
            continue
        opened = (
            fronted_clause(tokens)
            or before_the_verb(tokens, gov, own | others)
            or opening_day_word(tokens)
        )
        if opened is not None:  # "..., and in April 2022, the amendments were submitted"
            gov = opened
        if _closes_participle(anchor, tokens, gov):
            inside.append(date)
            continue
        if _participle_after(anchor, gov):
            above.append(date)
            continue
        if _another_event(gov, own, others):
            continue
        if gov.i in own or gov.i == anchor.i or tells_when(gov, own, sent):
            inside.append(date)
        elif _on_own_object(anchor, gov, prep) or _on_a_circumstance(anchor, gov, prep, others):
            inside.append(date)
        elif _announcing(anchor, gov):
            above.append(date)
        elif gov.pos_ in ("VERB", "AUX") and _hangs_under(anchor, gov):
            if not _reason_named(anchor):  # "gathered on January 2 to protest against the
                above.append(date)  # rise in gas prices": the rise came before
        # else: the date of another thing ("independence in 1991") or of a clause below
        # the event ("sentenced after being arrested on 8 January")
    if inside:
        return inside[0]
    if _a_bound(anchor) or _remembered(anchor):  # "from 2015 until his arrest": no arrest's
        return year_modifier(own, sent) or _own_phrase_date(sent, anchor)
    own_year = year_modifier(own, sent) or _year_of_the_when(anchor, sent)
    if own_year or len(above) == 1:
        return own_year or above[0]
    if _reason_named(anchor) or anchor.i in sent.blocked:
        return None  # "Jan. 2024: The office says 1,300 were convicted": said then, not done
    return entry_date(sent)


def _reason_named(anchor: Token) -> bool:
    """ "Jan. 2: Residents rally against the doubling of gas prices": the event named as
    what another is against, over or after came before the entry's day."""
    prep = anchor.head
    return anchor.dep_ == "pobj" and prep.lower_ in REASON_PREPS


def _year_of_the_when(anchor: Token, sent: Sentence) -> PartialDate | None:
    """ "The 1986 protests in Almaty, when students rallied against ...", "the 2011
    massacre, in which police shot dead 16 workers": a when- or in-which clause on a noun
    dated by its year happened in that year."""
    if anchor.dep_ != "relcl":
        return None
    during = any(c.lower_ == "when" for c in anchor.children) or any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "during")
        and any(o.lower_ == "which" for o in c.children)
        for c in anchor.children
    )
    return year_modifier({anchor.head.i}, sent) if during else None


def _a_bound(anchor: Token) -> bool:
    """An event named as the bound of another clause's time ("until his arrest", "before
    the protests", "since his dismissal"): the clause's dates are not the event's."""
    prep = anchor.head
    return (
        anchor.dep_ == "pobj"
        and prep.lower_ in BOUNDS | {"since", "after"}
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
    )


# What keeps an event in memory: "marking the anniversary of the protests", "honoured
# the victims of the riots", "a monument to the victims of the unrest".
REMEMBERING = {"anniversary", "commemoration", "remembrance", "memory", "memorial", "victim"}


def _remembered(anchor: Token) -> bool:
    """An event named as what is remembered ("Marking the second anniversary of the
    protests, Tokayev said in January 2024"): the clause's dates are the remembering's."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("of", "to"):
        return False
    return prep.head.lemma_.lower() in REMEMBERING


def _own_phrase_date(sent: Sentence, anchor: Token) -> PartialDate | None:
    """A date inside the event's own phrase ("until his arrest in January 2022")."""
    base = sent.span.start_char
    lo = anchor.left_edge.idx - base
    hi = anchor.right_edge.idx + len(anchor.right_edge) - base
    return next((d for start, end, d in sent.dates if lo <= start and end <= hi), None)


def _present(verb: Token) -> bool:
    """Told in the present ("the operation continues", "they have decided")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def speech_of_the_day(sent: Sentence, head: Token) -> PartialDate | None:
    """ "Tokayev in a televised address stressed that the operation continues": a speech
    whose words are reported in the present is the news of the document's day (as a
    claim without a stated date is dated by the document), unless the document has named
    an earlier month with its year: then it may be retelling the past."""
    state = sent.state
    if state.date is None or state.date.day is None or state.date.month is None:
        return None
    own = (state.date.year, state.date.month)
    if any((year, month) < own for month, (year, _) in state.stated_years.items()):
        return None
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return state.date if said and all(_present(c) for c in said) else None
