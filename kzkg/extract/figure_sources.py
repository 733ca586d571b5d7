"""After the whole document is read: figures whose speaker only the paragraph tells.

While a sentence is read, a figure gets the speaker of a claim in that sentence
(attribution.py). Some speakers only show up later in the paragraph:

- a quotation over several sentences closed by "... ," the minister said.": a
  figure inside it, left without a speaker, gets the speaker of the claim that
  closes the quotation in the same paragraph;
- an account told between two attributed sentences of one speaker ("According
  to him, ... . As a result, 71 buildings were burned. ..., Assylov stated."):
  a figure the document seemed to state in its own voice is that speaker's;
- a paragraph that opens with the figure and continues only with one speaker's
  words, the first with the speaker after them ("Everyone is safe, said
  Dujarric."): the figure is part of that briefing;
- a claim about the sentence made after it was read (a later attribution pass)
  whose content holds the figure.

A figure moved to a speaker keeps its evidence and reads "claimed ...".
"""

from __future__ import annotations

from collections.abc import Set

from kzkg.extract.model import DocResult, EntityKey, Fact, FactKey, Lit, Span

QUOTE_MARKS = ("\u201d", '"')
OPENING = ("\u201c", '"')
MAX_PARAGRAPHS_BACK = 6


def _one(fact: Fact, prop: str) -> str | None:
    return next((v.value for p, v in fact.props if p == prop and isinstance(v, Lit)), None)


def _claimants(fact: Fact) -> frozenset[EntityKey]:
    return frozenset(v for p, v in fact.props if p == "claimant" and isinstance(v, EntityKey))


def _paragraph(body: str, span: Span) -> tuple[int, int]:
    start = body.rfind("\n", 0, span.start) + 1
    end = body.find("\n", span.end)
    return start, len(body) if end < 0 else end


def _inside_quotation(body: str, span: Span, para: tuple[int, int]) -> bool:
    before = body[para[0] : span.start + 1]  # the sentence may open the quotation
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _quoted_before(body: str, span: Span, para: tuple[int, int]) -> bool:
    """Does a quotation close in the paragraph before the sentence's own?"""
    before = body[para[0] : span.start]
    return "\u201d" in before or before.count('"') >= 2


def _closes(body: str, span: Span) -> bool:
    """Does the sentence close a quotation and then name its speaker ('...," he said.')?"""
    text = body[span.start : span.end]
    at = max(text.rfind("\u201d"), text.rfind('"'))
    return 0 < at < len(text) - 2


class _Paragraphs:
    def __init__(self, result: DocResult, body: str, own: frozenset[EntityKey]) -> None:
        self.body = body
        self.claims = [
            (span, fact)
            for fact in result.facts.values()
            if fact.cls == "Claim" and _claimants(fact) and not _claimants(fact) <= own
            for span in fact.evidence
        ]

    def near(self, span: Span) -> tuple[list[tuple[Span, Fact]], list[tuple[Span, Fact]]]:
        """Other speakers' claims of the paragraph before and after the sentence, nearest first."""
        lo, hi = _paragraph(self.body, span)
        before = [(s, f) for s, f in self.claims if lo <= s.start and s.end <= span.start]
        after = [(s, f) for s, f in self.claims if span.end <= s.start and s.end <= hi]
        return sorted(before, key=lambda c: -c[0].end), sorted(after, key=lambda c: c[0].start)

    def same_sentence(self, span: Span, value: str) -> Fact | None:
        for s, fact in self.claims:
            text = _one(fact, "claimText") or ""
            if _one(fact, "claimType") == "denial":
                continue  # "denied reports that 3,000 died": disputed, not the denier's
            if s.start <= span.start and span.end <= s.end and value in text:
                return fact
        return None

    def introduced(self, para: tuple[int, int]) -> Fact | None:
        """A paragraph that opens a quotation and names no speaker continues the speaker
        introduced before it: the last claim of the nearest paragraph that does not open
        with a quotation mark, or that closes its quotation with a speaker."""
        if not self.body[para[0] : para[1]].lstrip().startswith(OPENING):
            return None
        end = para[0] - 1
        for _ in range(MAX_PARAGRAPHS_BACK):
            if end <= 0:
                return None
            lo, hi = _paragraph(self.body, Span(end - 1, end - 1, ""))
            inside = sorted(
                ((s.end, f) for s, f in self.claims if lo <= s.start and s.end <= hi),
                key=lambda c: c[0],
            )
            quoted = self.body[lo:hi].lstrip().startswith(OPENING)
            closed = [f for s, f in self.claims if lo <= s.start <= hi and _closes(self.body, s)]
            if not quoted and inside:
                return inside[-1][1]
            if quoted and closed:
                return closed[-1]
            if self.body[lo:hi].strip() and not quoted:
                return None  # the author's own paragraph in between: the quotation ended
            end = lo - 1
        return None

    def speaker(self, span: Span, value: str, reported: bool) -> Fact | None:
        late = self.same_sentence(span, value)
        if late is not None:
            return late
        before, after = self.near(span)
        para = _paragraph(self.body, span)
        if reported and _inside_quotation(self.body, span, para):
            closing = [
                f for s, f in after if any(q in self.body[s.start : s.end] for q in QUOTE_MARKS)
            ]
            if closing:
                return closing[0]
            # '"...," a protester said. "I saw two people fall."': a later quotation of the
            # paragraph goes on with its own speaker, not one a paragraph before introduced
            return None if _quoted_before(self.body, span, para) else self.introduced(para)
        if not reported and before and after:
            if _claimants(before[0][1]) == _claimants(after[0][1]):
                return after[0][1]
        if not reported and not before and after and self.briefing(span, after, para):
            return after[0][1]
        return None

    def briefing(self, span: Span, after: list[tuple[Span, Fact]], para: tuple[int, int]) -> bool:
        """ "Up to 101 staff fall under UN security arrangements. Everyone is safe, said
        Dujarric.": a paragraph that opens with the figure and goes on only with one
        speaker's words, the first with the speaker named after them, is his briefing."""
        speakers = _claimants(after[0][1])
        if any(_claimants(f) != speakers for _, f in after):
            return False
        first, fact = after[0]
        content = _one(fact, "claimText") or ""
        lead = self.body[first.start : first.end].lstrip('\u201c"')
        if not content or not lead.startswith(content):
            return False  # the speaker comes first: a new statement, not a continuation
        if "according to" in lead[len(content) :].lower():
            return False  # "1,200 complaints were filed, according to X": X's for that one
        rest = [c for c in range(span.end, para[1]) if not self.body[c].isspace()]
        return all(any(s.start <= c < s.end for s, _ in after) for c in rest)


def _moved(result: DocResult, fact: Fact, claim: Fact) -> None:
    """Re-key the statistic under the claim's speakers (the claimant is part of its key)."""
    moved_to(result, fact, sorted(_claimants(claim)), claim.fkey)


def moved_to(
    result: DocResult, fact: Fact, speakers: list[EntityKey], claim: FactKey | None = None
) -> None:
    """Re-key the statistic as the speakers' claimed figure, about their claim if any."""
    measure = _one(fact, "measure") or ""
    if not measure.startswith("claimed "):
        measure = "claimed " + measure
    kept = {
        (p, v)
        for p, v in fact.props
        if p not in ("claimant", "measure") and not (p == "about" and isinstance(v, FactKey))
    }
    kept |= {("measure", Lit(measure))} | ({("about", claim)} if claim else set())
    kept |= {("claimant", s) for s in speakers}
    measured, value, about, _ = fact.fkey.key
    key = FactKey("statistic", (measure, value, about, speakers[0].label))
    del result.facts[fact.fkey]
    target = result.facts.get(key) or Fact(key, fact.cls, f"{measure}: {value}")
    result.facts[key] = target
    target.props |= kept
    target.evidence |= fact.evidence


def settle_figure_sources(
    result: DocResult, body: str, own: list[EntityKey], disputed: Set[FactKey] = frozenset()
) -> None:
    """Give figures the speaker their paragraph shows; `own` are the publisher and authors;
    `disputed` figures were left to no one on purpose (attribution.py)."""
    own_voice = frozenset(own)
    paragraphs = _Paragraphs(result, body, own_voice)
    for fact in [f for f in result.facts.values() if f.cls == "Statistic"]:
        if fact.fkey in disputed:
            continue
        claimants = _claimants(fact)
        reported = (_one(fact, "measure") or "").startswith("claimed ")
        if (reported and claimants) or (claimants and not claimants <= own_voice):
            continue
        span = min(fact.evidence)
        claim = paragraphs.speaker(span, _one(fact, "value") or "", reported)
        if claim is not None:
            _moved(result, fact, claim)
