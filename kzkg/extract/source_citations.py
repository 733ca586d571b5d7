"""Author-year citations of scholarly prose: "(Lillis 2022)", "(Umarov 2024: 17)",
"(Human Rights Watch 2022; Putz 2023)", "as Smith (2023) argues".

A citation names where the writer read something, not who took part in it: its name
is no participant or subject of what the sentence tells, its year no date of it, and
its page no count ("(Umarov 2024: 17)" is no figure of 17). The name of a narrative
citation ("Smith (2023) argues") stays outside: Smith speaks; the year says when.
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A name of one or more capitalised words ("Human Rights Watch", "Smith and Jones",
# "Putz et al."), never a month or weekday: "(January 5, 2022)" is a date.
_NAME = (
    rf"(?!(?:{_MONTHS}|{_DAYS})\b)[A-Z][\w'\u2019.\-]*"
    r"(?:\s(?:[A-Z][\w'\u2019.\-]*|et\sal\.?|and|&|of|for|the|on|in|de|van|von))*"
)
_YEAR = r"(?:19|20)\d\d[a-z]?"
_PAGE = r"(?:[,:]\s?(?:pp?\.\s?)?\d+(?:[-\u2013]\d+)?)?"
_ONE = rf"{_NAME},?\s{_YEAR}(?:,\s?{_YEAR})*{_PAGE}"
_LEAD = r"(?:(?:see|see also|e\.g\.,?|cf\.|cited in|quoted in)\s)?"
PARENTHETICAL = re.compile(rf"\({_LEAD}{_ONE}(?:;\s?{_LEAD}{_ONE})*\)")
# "Smith (2023)", "Putz et al. (2022, p. 4)": the year of the name just before it (not
# "the referendum (2022)")
NARRATIVE = re.compile(rf"(?:\b[A-Z][\w'\u2019-]*|\bal\.)(\s\(({_YEAR}){_PAGE}\))")
HAS_YEAR = re.compile(r"\((?:[^()]*\s)?(?:19|20)\d\d")
# An entry of a list of references: "Lillis, J. (2022) 'Kazakhstan: Tokayev orders ...'",
# "Human Rights Watch (2022) Kazakhstan: Killings ...", "Lillis, Joanna. 2022. “...”":
# its title tells what the source is about, nothing that happened there and then
_AUTHORS = r"[A-Z][\w'\u2019.\-/&]*(?:,?\s+(?:[A-Z][\w'\u2019.\-/&]*|and|&|et\s+al\.?)){0,9}"
REFERENCE_ENTRY = re.compile(
    rf"\s*(?:\[\d+\]|\d+\.)?\s*{_AUTHORS}"
    rf"(?:,?\s*\({_YEAR}\)[.,]?\s+['\"\u2018\u201cA-Z]|\.\s+{_YEAR}\.\s)"
)


def citation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) in `text` of each citation's parentheses."""
    if "(" not in text or HAS_YEAR.search(text) is None:
        return []  # most sentences cite nothing: one cheap look first
    spans = [m.span() for m in PARENTHETICAL.finditer(text)]
    spans += [(m.start(1) + 1, m.end()) for m in NARRATIVE.finditer(text)]
    return sorted(spans)


def narrative_years(text: str) -> list[tuple[int, PartialDate]]:
    """(where, year) of each narrative citation: "Kudaibergenova (2022) observes" ->
    2022, cited where its parenthesis opens."""
    found = NARRATIVE.finditer(text)
    return [(m.start(1) + 1, PartialDate(int(m.group(2)[:4]))) for m in found]


def reference_entry(line: str) -> bool:
    """Is the line an entry of a list of references?"""
    return REFERENCE_ENTRY.match(line) is not None


def inside(spans: list[tuple[int, int]], start: int, end: int | None = None) -> bool:
    """Do characters start..end (of the same text) lie in one of the spans?"""
    end = start + 1 if end is None else end
    return any(a <= start and end <= b for a, b in spans)
