"""From content words to a claim: which words, when it was made, and the claim fact.

Used by every claim rule (claims.py, nominal_claims.py, own_voice.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kzkg.dates import PartialDate
from kzkg.extract.claim_about import claim_about, government_of, on_its_line, without_dateline
from kzkg.extract.claim_fact import add_claim
from kzkg.extract.context import Sentence, Token, clause_tokens, told_as_before
from kzkg.extract.entries import entry_date
from kzkg.extract.figures import is_year
from kzkg.extract.model import EntityKey, FactKey, Span, Value
from kzkg.extract.report_verbs import MEDIUM_NOUNS
from kzkg.extract.restated_claims import is_figure_report
from kzkg.extract.source_citations import narrative_years

CLOSING_MARKS = '"\u201d'
OPENING_MARKS = '"\u201c'


def _own_clauses(head: Token) -> set[int]:
    """Conjuncts of a content clause that continue the speaker's sentence."""
    skip: set[int] = set()
    for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        after_but = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)
        if after_but and not own_subject:
            skip.update(t.i for t in conj.subtree)
    return skip


def content_tokens(content: list[Token], leave_out: Token | None = None) -> list[Token]:
    """The content's words, without the speaker's own clauses (and `leave_out`'s subtree:
    the reporting clause hung inside the content, "..., X reported")."""
    skip = {i for c in content for i in _own_clauses(c)}
    if leave_out is not None:
        skip.update(t.i for t in leave_out.subtree)
    return sorted({t for c in content for t in c.subtree if t.i not in skip}, key=lambda t: t.i)


def words_between(sent: Sentence, first: Token, last: Token) -> str:
    """The sentence's text from one token to another (Doc.text would join the whole
    document's tokens on every call)."""
    base = sent.span.start_char
    return sent.text[first.idx - base : last.idx + len(last) - base]


def _rebuttals(sent: Sentence, tokens: list[Token]) -> set[int]:
    """Rebuttals set off by a comma after the start of these words ("..., a claim
    rejected by rights groups"): someone else's claim, about this one."""
    verbs = sent.lexicon.word_set("rebuttal_verbs")
    skip: set[int] = set()
    if sent.lemmas.isdisjoint(verbs):
        return skip  # a rebuttal needs a rebutting verb in the sentence (its parse's own)
    for tok in tokens:
        edge = tok.left_edge
        if (
            tok.pos_ == "NOUN"
            and edge.i > tokens[0].i
            and tok.doc[edge.i - 1].text == ","
            and any(c.dep_ == "acl" and c.lemma_.lower() in verbs for c in tok.children)
        ):
            skip.update(t.i for t in tok.subtree)
            skip.add(edge.i - 1)
    return skip


def _without_rebuttal(sent: Sentence, tokens: list[Token]) -> tuple[list[Token], set[int]]:
    """The content without a rebuttal of it; the rebuttal's words are freed for the
    rebuttal rule (own_voice.py)."""
    skip = _rebuttals(sent, tokens)
    if not skip:
        return tokens, skip
    sent.blocked.difference_update(skip)
    return [t for t in tokens if t.i not in skip], skip


WHAT_OF = {"of", "into", "about"}
TIME_PREPS = {"in", "on", "at", "during"}


def claim_date(sent: Sentence, tokens: list[Token]) -> PartialDate | None:
    """When the claim was made: a date outside its content in the reporting clause, else
    the document's. "X was sentenced in 2023 on charges which his supporters say were
    fabricated": 2023 is the sentence's date, not the supporters'; a date in a relative
    clause or an apposition on a name is another event's ("Asylov, who was appointed in
    2022, said ..." was not said in 2022); "said on Friday he had ..." is Friday's."""
    lo = tokens[0].idx - sent.span.start_char
    hi = tokens[-1].idx + len(tokens[-1]) - sent.span.start_char
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
    cited = _cited_year(sent, root)
    if cited is not None:
        return cited  # "As Kudaibergenova (2022) observes, ...": said in 2022
    if not sent.dates:  # most sentences state none: no clause below needs telling apart
        year = _medium_year(root.head, inside)
        return year or (
            None if _said_before(sent, root.head) else entry_date(sent) or sent.state.date
        )
    # the clause that reports it, even a relative one: "Tokayev, who told reporters on
    # January 7 that terrorists had attacked, later argued ..." told it on January 7
    own = {root.i, *(a.i for a in root.ancestors)}
    aside = {  # "Masimov, who was arrested on January 6, denies ...": the arrest's date
        t.i
        for clause in root.head.subtree
        if clause.dep_ in ("relcl", "acl") and clause.i not in own and not _occasion(clause)
        for t in clause.subtree
    }
    # "accuse him of treason and of attempting to seize power during the January unrest",
    # "demand an investigation into the January 2022 events": what the claim is of or
    # into is content, however the parser splits it
    of_what = [c for c in root.head.children if c.dep_ in ("prep", "conj") and c.lower_ in WHAT_OF]
    aside |= {t.i for c in of_what for t in c.subtree}
    # "..., the minister said, adding that the deficit will narrow next year": what else
    # the speaker says has its own dates, not this claim's
    aside |= {
        t.i
        for clause in root.head.subtree
        if clause.dep_ == "ccomp" and clause.i not in own and clause.head.i != root.head.i
        for t in clause.subtree
    }
    reporting = {t.idx - sent.span.start_char for t in root.head.subtree if t.i not in aside}
    if root.head.tag_ == "VBG" and root.head.dep_ == "advcl":
        # "had defended the plan in December 2021, saying it would ...": said then
        reporting |= {
            t.idx - sent.span.start_char
            for p in root.head.head.children
            # a time phrase, not a topic ("spoke about the January 2022 events, saying")
            if p.dep_ == "npadvmod" or (p.dep_ == "prep" and p.lower_ in TIME_PREPS)
            for t in p.subtree
        }
    relative = [
        _char_span(sent, t)
        for t in sent.tokens
        if (t.dep_ == "relcl" and t.i not in own)
        or (t.dep_ == "appos" and t.head.i in sent.tok_entity)
    ]  # "Tokayev, president since 2019, said ...": the apposition describes him
    when = _when_clause_date(sent, root.head)
    if when is not None:  # "By January 7, 2022, when Tokayev told the nation that ..."
        return None if when in sent.late_guesses else when
    late = False  # "told reporters on January 7" in a piece of 5 January 2024: some year before
    for start, end, date in sent.dates:  # the year a retrospective fixes
        if any(a <= start and end <= b for a, b in relative) or sent.apart(start, lo):
            continue  # nor one of another statement, past a semicolon
        said = _said_on(sent, tokens, start) or (
            (end <= lo or start >= hi) and any(start <= at < end for at in reporting)
        )
        if said and date in sent.late_guesses:
            late = True
        elif said:
            return date
    year = None if late else _medium_year(root.head, inside)
    # "Jan. 7: Tokayev says ...": a timeline's entry was said on the entry's day
    late = late or _said_before(sent, root.head)
    return year or (None if late else entry_date(sent) or sent.state.date)


def _cited_year(sent: Sentence, root: Token) -> PartialDate | None:
    """The year of a narrative citation on the speaker: "As Smith (2023) argues, ...",
    "..., according to Satpayev (2022)"."""
    if not sent.citations:
        return None
    base = sent.span.start_char
    for at, year in narrative_years(sent.text):
        name = next((t for t in sent.tokens if t.idx + len(t) - base == at - 1), None)
        if name is None:
            continue
        according = name.head.lower_ == "to" and name.head.head.lower_ == "according"
        # "... was reported by Reuters (2022)", "has been condemned by Amnesty (2022)"
        according = according or (name.dep_ == "pobj" and name.head.dep_ == "agent")
        # "As Smith (2023) argues, A": the parser hangs "argues" on A's verb
        says = name.head == root.head or (name.head.head == root and name.head.dep_ == "advcl")
        if (name.dep_ == "nsubj" and says) or according:
            return year
    return None


def _said_before(sent: Sentence, verb: Token) -> bool:
    """ "Tokayev later said ...", "had told envoys that ...": said some time before the
    document, on a day it does not give (a 2025 feature retelling January 2022). So is
    "Tokayev claimed that ..." in a text that cites its sources by author and year: a
    paper retells what was said when its sources say, not in the year it appeared."""
    if sent.state.cites_sources and (
        verb.tag_ == "VBD" or verb.pos_ == "NOUN" or _quoted_by_the_text(verb)
    ):
        return True  # "Satpayev (2022) cites Tokayev's claim that ...": his, some time
    # "At the time, Tokayev described the protesters as bandits", "Two years ago, Tokayev
    # claimed ...", "Two years ago, X happened. Tokayev claimed ...": said then, not on
    # the document's date
    narrated = sent.state.narrated_year
    just_before = narrated is not None and narrated[1] == sent.state.sentence_no - 1
    if verb.tag_ == "VBD" and (THEN.search(sent.text) or just_before):
        return True
    return told_as_before(verb)


THEN = re.compile(
    r"\b(?:at the time|at that time|back then|\w+ (?:years?|months?) (?:ago|after|later))\b",
    re.I,
)


def _quoted_by_the_text(verb: Token) -> bool:
    """ "Putz (2022) quotes Tokayev as saying that ...": the paper quotes now what was
    said before."""
    quoting = verb.head.head if verb.head.lower_ == "as" else verb.head
    return verb.tag_ == "VBG" and quoting.lemma_.lower() in ("quote", "cite")


def _occasion(clause: Token) -> bool:
    """ "In a speech marking the third anniversary on January 5, 2025, Tokayev said": a
    participle on the speech that says its occasion dates the speech, and the words."""
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBG"
        and clause.head.lemma_.lower() in MEDIUM_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "on" for c in clause.children)
    )


def _medium_year(verb: Token, content: set[int]) -> PartialDate | None:
    """ "In a 2021 interview, Masimov said ...": the year of the interview the words
    were said in (a year that modifies a noun is no date find_dates reads)."""
    for tok in verb.subtree:
        if tok.i in content or tok.head.lemma_.lower() not in MEDIUM_NOUNS:
            continue
        if tok.dep_ in ("nummod", "compound", "amod") and is_year(tok.text):
            return PartialDate(int(tok.text))
    return None


def _said_on(sent: Sentence, tokens: list[Token], start: int) -> bool:
    """ "Tokayev said on Friday he had ordered ...": a date that opens content with no
    "that" before it is when it was said, wherever the parser hangs it."""
    first = tokens[0]
    before = first.i - 1
    return (
        first.lower_ in ("on", "yesterday", "today", "last", "earlier")
        and first.idx - sent.span.start_char <= start <= first.idx - sent.span.start_char + 3
        and before >= sent.span.start
        and sent.span.doc[before].lemma_.lower() in sent.lexicon.claim_verbs
    )


def _when_clause_date(sent: Sentence, verb: Token) -> PartialDate | None:
    """The date a "when" clause of the reporting verb hangs on ("By January 7, 2022,
    when Tokayev told the nation that ...") or shares with its main clause ("On
    January 7, when Tokayev said ..., the narrative ..."): the day it was said."""
    if verb.dep_ not in ("relcl", "advcl") or not any(
        c.lower_ == "when" and c.dep_ == "advmod" for c in verb.children
    ):
        return None
    anchors = [verb.head]
    if verb.dep_ == "advcl":
        anchors = [o for p in verb.head.children if p.dep_ == "prep" for o in p.children]
    for anchor in anchors:
        at = anchor.idx - sent.span.start_char
        for start, end, date in sent.dates:
            if start <= at < end and date.day is not None:
                return date
    return None


def _char_span(sent: Sentence, token: Token) -> tuple[int, int]:
    """Characters of a token's subtree, from the start of the sentence."""
    first, last = token.left_edge, token.right_edge
    return first.idx - sent.span.start_char, last.idx + len(last) - sent.span.start_char


def _actor(sent: Sentence, speaker: EntityKey) -> EntityKey | None:
    return government_of(sent, speaker) if speaker.kind == "place" else speaker


def emit(
    sent: Sentence,
    speakers: list[EntityKey],
    ctype: str,
    tokens: list[Token],
    also_about: Iterable[Value] = (),
    block: bool = True,
    not_words: Iterable[int] = (),
) -> FactKey | None:
    """A claim of the speakers with these content words; its content is blocked
    unless `block` is false (news a wire names as its source, see claims.py).
    `not_words` are left out of its clause (another speaker's report inside it)."""
    # A claimant is an actor (kz:Actor): a country that speaks ("Kazakhstan said on
    # Monday") is its government when the lexicon knows it, else no claimant.
    speakers = [g for s in speakers for g in [_actor(sent, s)] if g is not None]
    if sent.citations:  # "(e.g. Pannier 2022; Putz 2022)": where it was read, not what
        tokens = [t for t in tokens if not sent.cited(t)]
    tokens, rebuttal = _without_rebuttal(sent, tokens)
    tokens = without_dateline(sent, tokens)
    tokens, line = on_its_line(sent, tokens)
    if not tokens or not speakers:
        return None
    if block:
        sent.blocked.update(t.i for t in tokens)
    while (
        len(tokens) > 1
        and tokens[-1].dep_ in ("cc", "punct")
        and tokens[-1].text not in CLOSING_MARKS
    ):
        tokens = tokens[:-1]
    while len(tokens) > 1 and tokens[0].is_punct and tokens[0].text not in OPENING_MARKS:
        tokens = tokens[1:]  # "; in June he was reportedly ...", ", peaceful protests were ..."
    text = _around_the_speaker(sent, tokens) or words_between(sent, tokens[0], tokens[-1]).strip()
    if ctype == "statement" and _calls_false(sent, tokens):
        ctype = "denial"  # "Claims that ... were false, Factcheck.kz found"
    elif ctype == "statement" and _obliges(sent, tokens):
        ctype = "demand"  # "The authorities should conduct an investigation, HRW said"
    about: list[Value] = list(claim_about(sent, tokens, speakers))
    about += [v for v in also_about if v not in about]
    evidence = line or sent.evidence("claims")
    fkey = add_claim(sent.result, speakers, ctype, text, evidence, about, claim_date(sent, tokens))
    sent.claims.append(fkey)
    if is_figure_report(sent, tokens):
        sent.state.figure_reports.add(fkey)
    clause = _clause_span(sent, tokens, rebuttal | set(not_words))
    if clause is not None:
        sent.claim_clauses.setdefault(fkey, clause)
    return fkey


OBLIGING = {"should", "must"}


def _obliges(sent: Sentence, tokens: list[Token]) -> bool:
    """Do the words say what someone should or must do ("the authorities should
    investigate", "those guilty must be punished")? Not "it should be noted / recalled
    that X": a passive verb of saying with a clause tells X."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    root = next((t for t in roots if t.pos_ in ("VERB", "AUX")), None)
    if root is None or not any(c.dep_ == "aux" and c.lower_ in OBLIGING for c in root.children):
        return False
    saying = sent.lexicon.claim_verbs.get(root.lemma_.lower()) == "statement"
    return not (saying and any(c.dep_ == "ccomp" for c in root.children))


def _around_the_speaker(sent: Sentence, tokens: list[Token]) -> str | None:
    """'"The situation is stable," Tokayev said, "but the threat remains."': the two
    parts of a quotation split by who said it, without him."""
    ids = [t.i for t in tokens]
    gaps = [(a, b) for a, b in zip(ids, ids[1:], strict=False) if b - a > 1]
    if len(gaps) != 1:
        return None
    last, first = gaps[0]
    doc = tokens[0].doc
    between = list(doc[last + 1 : first])
    if not any(t.lemma_.lower() in sent.lexicon.claim_verbs for t in between):
        return None
    # the quotation closes where the gap opens ('stable," Tokayev said') and opens again
    # where it ends ('said, "but'): a gap of anything else is no split quotation
    closes = doc[last].text in CLOSING_MARKS or any(t.text in CLOSING_MARKS for t in between[:2])
    opens = doc[first].text in OPENING_MARKS or any(t.text in OPENING_MARKS for t in between[-2:])
    if not (closes and opens):
        return None
    head = words_between(sent, tokens[0], doc[last]).strip(OPENING_MARKS + CLOSING_MARKS + " ,")
    tail = words_between(sent, doc[first], tokens[-1]).strip(OPENING_MARKS + CLOSING_MARKS + " ")
    return f"{head} {tail}"  # the split's comma is the quotation's typography, not its words


# What can be called false besides a claim noun: "the video was fake".
MEDIA_ITEMS = {"video", "photo", "photograph", "image", "footage", "clip", "post", "decree"}


def _calls_false(sent: Sentence, tokens: list[Token]) -> bool:
    """Do the words say that a claim, report or video is false ("Claims circulating on
    Telegram that ... were false", "the video was fake")?"""
    false = sent.lexicon.word_set("false_words")
    if not any(t.lower_ in false for t in tokens):
        return False
    inside = {t.i for t in tokens}
    disputed = sent.lexicon.told_nouns()
    disputed |= MEDIA_ITEMS
    # a dateline before the words may split them into several roots
    for root in (t for t in tokens if t.head.i not in inside or t.head.i == t.i):
        if not any(
            c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in false for c in root.children
        ):
            continue
        if any(c.dep_ == "neg" for c in root.children):
            return False  # "the reports were not false"
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i in inside]
        # a dateline's name taken for the subject: the words' first noun is
        subjects = subjects or [t for t in tokens[:1] if t.pos_ == "NOUN"]
        return any(s.lemma_.lower() in disputed for s in subjects)
    return False


def _clause_span(sent: Sentence, tokens: list[Token], leave_out: set[int]) -> Span | None:
    """The clause that makes the claim: its content with the reporting verb's own
    clause ("X said A" of "X said A, and Y said B"), leaving out coordinated clauses
    and a rebuttal (`leave_out`); a rebuttal set off by a comma is its own clause."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return None
    root = roots[0]
    verb = root.head if root.head.i not in inside else root
    if root.pos_ in ("VERB", "AUX") and verb.pos_ == "NOUN" and verb.dep_ == "pobj":
        verb = verb.head.head  # "claimed without evidence that A": A hung on "evidence"
    if root.pos_ == "NOUN" and root.left_edge.i > 0 and root.doc[root.left_edge.i - 1].text == ",":
        verb = root  # "..., a claim rejected by rights groups"
    words = [t for t in clause_tokens(verb) if sent.span.start <= t.i < sent.span.end]
    leave_out = leave_out | _rebuttals(sent, words) if words else leave_out
    words = [t for t in words if t.i not in leave_out]
    words = sorted({*words, *tokens}, key=lambda t: t.i)
    while words and (words[-1].is_punct or words[-1].is_space or words[-1].dep_ == "cc"):
        if words[-1].text in CLOSING_MARKS:
            break
        words = words[:-1]
    while words and (words[0].is_punct or words[0].dep_ == "cc"):
        if words[0].text in OPENING_MARKS:
            break
        words = words[1:]
    if not words:
        return None
    start = sent.base + words[0].idx
    return Span(start, sent.base + words[-1].idx + len(words[-1]), "claims.clause")


def narrow_claim_evidence(sent: Sentence) -> None:
    """Where a sentence holds several claims ("X said A, and Y said B", a claim and
    its rebuttal), each claim's evidence is its own clause, not the whole sentence."""
    whole = sent.evidence("claims")
    clauses = {k: s for k, s in sent.claim_clauses.items() if k in sent.result.facts}
    spans = {(s.start, s.end) for s in clauses.values()}
    if len(clauses) < 2 or len(spans) < 2:
        return
    for fkey, clause in clauses.items():
        if (clause.start, clause.end) == (whole.start, whole.end):
            continue
        evidence = sent.result.facts[fkey].evidence
        if whole in evidence:
            evidence.discard(whole)
            evidence.add(clause)
