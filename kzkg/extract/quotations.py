"""Quotations over several sentences or paragraphs, credited to the speaker named
before or after them.

Reporters quote a speaker at length: "'A. B. C,' Tokayev said." names the
speaker only in the last sentence; a paragraph "Tokayev said that ..." is often
followed by paragraphs that are nothing but quotation. `Quotations` follows the
quotation marks from sentence to sentence through a document: every sentence
that is mostly inside quotation marks is blocked (never read as fact), and
becomes a claim of the quotation's speaker once that speaker is known: named in
a sentence of the same quotation, else the speaker of the claim just before it
(in the same or the previous paragraph). A quotation with no speaker in reach
is credited to no one, never to the publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzkg.dates import PartialDate
from kzkg.extract.claim_fact import add_claim, tidy
from kzkg.extract.delivered import deliverer, interviewed, introduces, reported_again
from kzkg.extract.interviews import turn_at
from kzkg.extract.model import DocResult, EntityKey, FactKey, Lit, Span

if TYPE_CHECKING:  # context.py holds a Quotations: no import at run time
    from kzkg.extract.context import Sentence

OPENING, CLOSING, STRAIGHT = "\u201c", "\u201d", '"'
MARKS = OPENING + CLOSING + STRAIGHT
# The name of a law, a programme or a work in quotation marks is no one's words: the
# Law "On Amnesty ...", a report entitled "...".
NAMED = re.compile(
    r"\b(?:law|decree|bill|code|concept|programme|program|strategy|plan|book|film|"
    r"documentary|report|campaign|operation|initiative|project|entitled|titled|headlined)"
    r"\s*[\"\u201c][^\"\u201c\u201d\n]{1,200}[\"\u201d]",
    re.IGNORECASE,
)


# What a speech-giver's words printed in full are called.
SPOKEN = {"speech", "address", "remark", "statement", "briefing"}


@dataclass
class QuotedSentence:
    span: Span
    text: str
    about: list[EntityKey]


@dataclass
class Quotations:
    result: DocResult
    body: str
    date: PartialDate | None
    is_open: bool = False
    speakers: list[EntityKey] = field(default_factory=list)  # of the open quotation
    pending: list[QuotedSentence] = field(default_factory=list)
    paragraph: int = 0
    opened_in: int = 0  # the paragraph where the open quotation began
    last_end: int = -1
    closing: bool = False  # the open quotation closes in this sentence
    anonymous: bool = False  # its speaker is named but not known ("a resident said")
    claim: FactKey | None = None  # the one claim the open quotation makes
    parts: list[tuple[int, str]] = field(default_factory=list)  # its words, by offset
    turn: bool = False  # the open quotation is an interview's turn (interviews.py)
    turn_from: int = 0  # where its words start, after a speaker's label
    # A text printed in full after an introduction (delivered.py): whose words each
    # paragraph after the introduction's is, and in which paragraph it was introduced.
    delivered: list[EntityKey] | None = None
    introduced_in: int = -1
    # The persons the text says were interviewed, with the paragraph that says so (-1: the
    # title), before its first turn: who gives an interview's unlabelled answers ("A:").
    interviewees: list[tuple[int, EntityKey]] = field(default_factory=list)
    turns_began: bool = False
    # The latest claim by a named speaker: (paragraph, speakers).
    last_claim: tuple[int, list[EntityKey]] | None = None
    # When that speaker said it ("..., Tokayev told parliament on January 11"): the date
    # of the quotation's sentences that go on without naming him.
    said_on: PartialDate | None = None

    def begin(self, sent: Sentence) -> set[int]:
        """Follow the quotation marks through the sentence; return its quoted tokens."""
        span = sent.span
        text = sent.text
        start = sent.base + span.start_char
        starts_quoted = text.lstrip()[:1] in (OPENING, STRAIGHT)
        opens = self.last_end < 0 or "\n" in self.body[self.last_end : start]
        if self.last_end >= 0 and opens:
            self.paragraph += 1
            if self.turn or (self.is_open and not starts_quoted):
                self._close()  # an unbalanced mark does not run on into plain text
        self.last_end = start + len(text.rstrip())
        if opens and self._turn(sent, start):
            return {
                t.i for t in sent.tokens if not t.is_space and t.idx + sent.base >= self.turn_from
            }
        if self.turn:  # a turn runs to the end of its paragraph, whatever marks it holds
            return {t.i for t in sent.tokens if not t.is_space}
        self._note_introduction(sent)
        if not self.turns_began:
            self.interviewees += [(self.paragraph, k) for k in interviewed(sent)]
        if not any(mark in text for mark in MARKS):  # most sentences: no mark at all
            return {t.i for t in sent.tokens if not t.is_space} if self.is_open else set()
        quoted: set[int] = set()
        reopening = self.is_open and starts_quoted  # a quoted paragraph continues
        names = [m.span() for m in NAMED.finditer(text)] if not self.is_open else []
        for tok in sent.tokens:
            at = tok.idx - span.start_char
            if any(s <= at < e for s, e in names):
                continue  # the Law "On Amnesty": a name, not a quotation
            was_open = self.is_open
            for mark in (c for c in tok.text if c in MARKS):
                if reopening:
                    reopening = False
                elif mark == OPENING or (mark == STRAIGHT and not self.is_open):
                    if not self.is_open:
                        self._open()
                else:
                    self.closing = True
                    self.is_open = False
            if (was_open or self.is_open) and tok.text not in MARKS:
                quoted.add(tok.i)
        return quoted

    def _turn(self, sent: Sentence, start: int) -> bool:
        """Open an interview's turn if one starts the sentence's paragraph: credited to
        the person or body its label names, else to no one."""
        line = self.body.rfind("\n", 0, start) + 1
        found = turn_at(self.body, line) if not self.body[line:start].strip() else None
        if found is None:
            return self._delivered(sent, start)
        speakers: list[EntityKey] = []
        self.turn_from = start
        if found.label is not None:
            first, last = found.label
            named = [
                sent.tok_entity.get(t.i) for t in sent.tokens if first <= sent.base + t.idx < last
            ]
            speakers = [
                k for k in dict.fromkeys(named) if k and k.kind in ("person", "organization")
            ] or _by_surname(sent, self.body[first:last])
            if not speakers:
                return False  # "Note:", "Background:": no one speaks
            self.turn_from = last + 1
        else:
            self.turn_from = max(start, found.words)  # the words after "A:" or a dash
            if found.answer:
                speakers = self._interviewee()
        if not self.turns_began:  # those named long before the interview are not asked
            first = self.paragraph
            self.interviewees = [(p, k) for p, k in self.interviewees if p < 0 or p >= first - 2]
        self.turns_began = True
        self._open()
        self.turn, self.speakers, self.anonymous = True, speakers, not speakers
        return True

    def _interviewee(self) -> list[EntityKey]:
        """The one person the title or the two paragraphs before the first turn say was
        interviewed (not someone who spoke to a reporter earlier in a long article)."""
        first = self.paragraph
        found = [k for p, k in self.interviewees if p < 0 or p >= first - 2 or self.turns_began]
        found = list(dict.fromkeys(found))
        return found if len(found) == 1 else []

    def _delivered(self, sent: Sentence, start: int) -> bool:
        """Open a paragraph of a text printed in full as its deliverer's turn, unless the
        reporter's own words resume ("The embassy later said ...")."""
        if self.delivered is None or self.paragraph <= self.introduced_in:
            return False
        if self.introduced_in >= 0 and reported_again(sent):
            self.delivered = None  # a text the title names runs to the end of the body
            return False
        self._open()
        self.turn, self.speakers = True, self.delivered
        self.anonymous, self.turn_from = not self.delivered, start
        return True

    def _note_introduction(self, sent: Sentence) -> None:
        """ "Here is the full text of X's address:": the paragraphs after are X's."""
        if self.delivered is None and introduces(sent):
            self.delivered = deliverer(sent) or self._speaker_before(sent)
            self.introduced_in = self.paragraph

    def _speaker_before(self, sent: Sentence) -> list[EntityKey]:
        """ "Tokayev addressed parliament on 11 January. Below is the full text of the
        speech.": the one who gave the speech the paragraph told of, if one did."""
        if sent.lemmas.isdisjoint(SPOKEN):
            return []  # "the full text of the letter": no speech's giver wrote it
        line = self.body.rfind("\n", 0, sent.base + sent.span.start_char) + 1
        givers = {
            value
            for fact in self.result.facts.values()
            if fact.cls == "Speech" and any(e.start >= line for e in fact.evidence)
            for prop, value in fact.props
            if prop == "agent" and isinstance(value, EntityKey)
        }
        return list(givers) if len(givers) == 1 else []

    def _open(self) -> None:
        self._close()
        self.is_open, self.opened_in, self.speakers = True, self.paragraph, []

    def end(
        self,
        sentence: QuotedSentence,
        mostly_quoted: bool,
        speakers: list[EntityKey],
        claims: list[FactKey],
        unattributed: bool,
    ) -> list[FactKey]:
        """After the sentence's own rules: credit or hold its quotation. Returns the
        claim the sentence was credited to now, if any."""
        credited: list[FactKey] = []
        in_quotation = self.is_open or self.closing
        if speakers:
            self.last_claim = (self.paragraph, speakers)
            self.said_on = self._date_of(claims, speakers[0])
            if in_quotation and not self.turn:  # a turn's speaker is its label's
                self.speakers, self.anonymous = speakers, False
                # the quotation's own claim, not a report inside it by someone else
                own = [c for c in claims if ("claimant", speakers[0]) in self.result.facts[c].props]
                if own and sentence.text:
                    self.claim, self.parts = own[0], [(sentence.span.start, sentence.text)]
                self._flush(speakers)
        elif unattributed:
            self.last_claim = None  # someone unknown spoke last
            if in_quotation or mostly_quoted:
                self.anonymous, self.pending = True, []  # "'...,' a resident said"
        elif mostly_quoted and not self.anonymous:
            if self.speakers:
                credited.append(self._credit(sentence, self.speakers))
            else:
                self.pending.append(sentence)
        if self.closing and not self.is_open:
            self._close()
        self.closing = False
        return credited

    def finish(self) -> None:
        """The document ended with a quotation still open: credit what can be credited."""
        self._close()

    def _close(self) -> None:
        if self.pending and self.last_claim is not None and not self.anonymous:
            paragraph, speakers = self.last_claim
            if paragraph >= self.opened_in - 1:
                self._flush(speakers)
        self.pending, self.speakers, self.is_open = [], [], False
        self.claim, self.parts, self.anonymous, self.turn = None, [], False, False

    def _date_of(self, claims: list[FactKey], speaker: EntityKey) -> PartialDate | None:
        """The date of the speaker's claim in this sentence."""
        for fkey in claims:
            fact = self.result.facts.get(fkey)
            if fact is None or ("claimant", speaker) not in fact.props:
                continue
            for prop, value in fact.props:
                if prop == "date" and isinstance(value, Lit):
                    return PartialDate.parse(value.value)
        return None

    def _flush(self, speakers: list[EntityKey]) -> None:
        for quoted in self.pending:
            self._credit(quoted, speakers)
        self.pending = []

    def _credit(self, quoted: QuotedSentence, speakers: list[EntityKey]) -> FactKey:
        """One claim per quotation: each sentence adds its evidence and words to it."""
        same = self.last_claim is not None and self.last_claim[1] == speakers
        said_on = self.said_on if same and self.said_on else self.date
        self.last_claim = (self.paragraph, speakers)
        fact = self.result.facts.get(self.claim) if self.claim is not None else None
        if fact is None:
            self.claim = add_claim(
                self.result,
                speakers,
                "statement",
                quoted.text,
                quoted.span,
                quoted.about,
                said_on,
            )
            self.parts = [(quoted.span.start, quoted.text)]
            return self.claim
        fact.evidence.add(quoted.span)
        self.parts.append((quoted.span.start, quoted.text))
        fact.props = {(p, v) for p, v in fact.props if p != "claimText"}
        fact.add("claimText", Lit(tidy(" ".join(text for _, text in sorted(self.parts)))))
        for key in quoted.about:
            if key not in speakers:
                fact.add("about", key)
        return fact.fkey


def _by_surname(sent: Sentence, label: str) -> list[EntityKey]:
    """A label the model tags as no name ("SMADIYAROV:", "Smadiyarov:" opening a turn):
    the one person known so far by that surname."""
    surname = label.split()[-1].lower()
    known = [k for k in sent.result.entities if k.kind == "person"]
    known += [EntityKey("person", e.label) for e in sent.lexicon.entities if e.type == "Person"]
    found = {k for k in known if k.label.split()[-1].lower() == surname}
    return list(found) if len(found) == 1 else []
