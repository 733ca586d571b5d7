"""Dates that belong to an event although the parse does not hang them on it.

Four shapes, each grammatical, never a guess from nearness:

- a fronted date phrase set off by a comma opens the clause that follows it
  ("..., and in April 2022, the amendments were submitted"), whichever word the
  parser hung it on;
- a relative clause on the event's noun that only says when it happened
  ("the unrest that erupted in early January", "a referendum held on 5 June");
- a year that modifies the event's noun ("the 1995 referendum");
- a date phrase between a subject and its verb ("The KNB on 8 January arrested X");
- a day word opening the sentence that the parser hangs on the subject as a compound
  ("Yesterday protesters stormed the mayor's office").
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token

SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
# What may stand before a fronted date phrase: the start, a comma, a conjunction.
OPENERS = {",", ";", "and", "but", "then", "while", "whereas"}
YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")
RELATIVES = {"that", "which", "who"}


def _phrase_start(tokens: list[Token]) -> Token:
    """The first word of the date phrase, with the preposition that introduces it."""
    first = tokens[0]
    if first.i > first.sent.start and first.doc[first.i - 1].pos_ == "ADP":
        return first.doc[first.i - 1]
    return first


def fronted_clause(tokens: list[Token]) -> Token | None:
    """The verb of the clause a fronted date phrase opens: "On Jan. 2, protests broke out",
    "... and in April 2022, the amendments were submitted": the phrase stands at the start
    or after a comma or conjunction, a comma follows it, and then comes that clause's
    subject."""
    start, last = _phrase_start(tokens), tokens[-1]
    sent = last.sent
    if start.i > sent.start and start.doc[start.i - 1].lower_ not in OPENERS:
        return None
    if last.i + 2 >= sent.end or last.doc[last.i + 1].text != ",":
        return None
    first_word = last.doc[last.i + 2]
    subject = first_word
    for _ in range(6):  # climb from the word after the comma to the subject it opens
        if subject.dep_ in SUBJECTS and subject.left_edge.i == first_word.i:
            return subject.head
        if subject.head.i == subject.i:
            return None
        subject = subject.head
    return None


def opening_day_word(tokens: list[Token]) -> Token | None:
    """ "Yesterday protesters stormed ...", "Today police said ...": a lone day word that
    opens the sentence, which the parser reads as a compound of the subject, dates the
    subject's verb."""
    word = tokens[0]
    subject = word.head
    if len(tokens) != 1 or word.i != word.sent.start or word.dep_ not in ("compound", "nmod"):
        return None
    if subject.dep_ not in SUBJECTS or subject.head.pos_ not in ("VERB", "AUX"):
        return None
    return subject.head


def before_the_verb(tokens: list[Token], gov: Token, events: set[int]) -> Token | None:
    """ "Tokayev on Jan. 5 accepted the government's resignation", "The KNB on 8 January
    arrested X": a date phrase between a subject and its verb, which the parser hangs on
    the subject, says when the verb's act happened (unless the subject is itself an event:
    "protests on 2 January turned violent")."""
    verb = gov.head
    if (
        gov.dep_ not in ("nsubj", "nsubjpass")
        or gov.i in events
        or verb.pos_ not in ("VERB", "AUX")
    ):
        return None
    last = tokens[-1]
    if not gov.i < tokens[0].i or not last.i < verb.i:
        return None
    between = last.doc[last.i + 1 : verb.i]
    return verb if all(t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in between) else None


def tells_when(verb: Token, own: set[int], sent: Sentence) -> bool:
    """Is `verb` a relative clause on the event's noun that says when it happened: "the
    unrest that erupted in early January", "the referendum held on 5 June 2022"?"""
    if verb.dep_ not in ("relcl", "acl") or verb.head.i not in own:
        return False
    if verb.lemma_.lower() not in sent.lexicon.words("occurrence_verbs"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return all(s.lower_ in RELATIVES for s in subjects)  # its subject is the event itself


def relative_ranges_kept(own: set[int], sent: Sentence) -> set[int]:
    """The relative clauses on the event's noun that say when it happened: their dates
    are the event's, so they are not skipped as clauses of their own."""
    return {
        c.i
        for i in own
        for c in sent.span.doc[i].children
        if c.dep_ in ("relcl", "acl") and tells_when(c, own, sent)
    }


def _a_year(child: Token, head: Token) -> bool:
    """ "the 1995 referendum", "Kazakhstan's 2022 protests", but not a count: "2000 arrests"."""
    if child.i >= head.i or child.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return False
    if not YEAR_WORD.match(child.text):
        return False
    before = child.doc[child.i - 1] if child.i > 0 else None
    determined = before is not None and (before.tag_ in ("DT", "PRP$", "POS"))
    return determined or head.tag_ in ("NN", "NNP")


def year_modifier(own: set[int], sent: Sentence) -> PartialDate | None:
    """ "the 1995 referendum", "the 2019 election": a year before the event's noun."""
    doc = sent.span.doc
    for i in sorted(own):
        head = doc[i]
        if head.pos_ not in ("NOUN", "PROPN"):
            continue
        for child in head.children:
            if _a_year(child, head):
                return PartialDate(int(child.text))
    return None
