"""Date and duration expressions in text, normalised against the document date.

"On 2 January", "January 2nd, 2022", "5 Jan 2022", "Wednesday", "last year",
"in 2019", "2022-01-05" become PartialDates at the precision stated; a missing
year comes from the document date (a month later than the document's month
means the year before). "for 180 days" becomes the xsd:duration P180D.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from kzkg.dates import PartialDate

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

PATTERNS = [
    re.compile(r"\b(?P<iso>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?\b(?!\s*%)", re.IGNORECASE),
    re.compile(
        rf"\b(?:early\s+|mid-?|late\s+|in\s+|since\s+|by\s+)?{_MONTH}(?:\s+{_YEAR})?\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:in|since|by|until|from|of|during)\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(
        r"\bthe\s+(?P<endof>end|close|start|beginning)\s+of\s+(?P<rel2>last|this|next)\s+year\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<rel>last|this|next|previous|past)\s+(?P<unit>year|month)\b", re.IGNORECASE),
    re.compile(r"\b(?:on\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE),
    re.compile(
        r"\b(?:at\s+)?the\s+(?P<startof>start|beginning)\s+of\s+the\s+year\b", re.IGNORECASE
    ),
]
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "a": 1,
    "an": 1,
}
DURATION = re.compile(
    r"\bfor\s+(?:a\s+period\s+of\s+|the\s+next\s+|up\s+to\s+)?(?P<n>\d+|"
    + "|".join(NUMBER_WORDS)
    + r")[\s-]+(?P<unit>day|week|month|year|hour)s?\b",
    re.IGNORECASE,
)
UNIT_CODES = {"day": "D", "week": "D", "month": "M", "year": "Y", "hour": "H"}


def _year_for(month: int, doc: PartialDate | None) -> int | None:
    if doc is None:
        return None
    if doc.month is not None and month > doc.month + 1:
        return doc.year - 1
    return doc.year


def _from_match(m: re.Match[str], doc: PartialDate | None) -> PartialDate | None:
    groups = m.groupdict()
    if groups.get("iso"):
        return PartialDate.parse(groups["iso"])
    if groups.get("rel"):
        if doc is None:
            return None
        shift = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[
            groups["rel"].lower()
        ]
        if groups["unit"].lower() == "year":
            return PartialDate(doc.year + shift)
        if doc.month is None:
            return None
        month0 = doc.year * 12 + doc.month - 1 + shift
        return PartialDate(month0 // 12, month0 % 12 + 1)
    if groups.get("endof"):
        if doc is None:
            return None
        year = doc.year + {"last": -1, "this": 0, "next": 1}[groups["rel2"].lower()]
        return PartialDate(year, 12 if groups["endof"].lower() in {"end", "close"} else 1)
    if groups.get("weekday"):
        if doc is None or doc.day is None or doc.month is None:
            return None
        anchor = dt.date(doc.year, doc.month, doc.day)
        back = (anchor.weekday() - WEEKDAYS[groups["weekday"].lower()]) % 7
        try:
            when = anchor - dt.timedelta(days=back)
        except OverflowError:  # a document dated in the first days of year 1
            return None
        return PartialDate(when.year, when.month, when.day)
    if groups.get("startof"):
        return PartialDate(doc.year, 1) if doc else None
    month = MONTHS.get((groups.get("month") or "").lower())
    stated = int(groups["year"]) if groups.get("year") else None
    if month is None:
        return PartialDate(stated) if stated else None
    resolved = stated or _year_for(month, doc)
    if resolved is None:
        return None
    return PartialDate(resolved, month, int(groups["day"]) if groups.get("day") else None)


def find_dates(text: str, doc: PartialDate | None) -> list[tuple[int, int, PartialDate]]:
    """Non-overlapping (start, end, date) in text order; earlier patterns win overlaps."""
    return list(_dates_in(text, doc))


@lru_cache(maxsize=64)  # the texts of the sentence at hand; no more
def _dates_in(text: str, doc: PartialDate | None) -> tuple[tuple[int, int, PartialDate], ...]:
    # Several rules ask for the dates of one sentence, and the nine patterns are
    # a tenth of the extraction's own time: each text is scanned once.
    found: list[tuple[int, int, PartialDate]] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            if "month" in m.groupdict() and m.group("month") and _is_word_may(m, text):
                continue
            try:
                date = _from_match(m, doc)
            except ValueError:
                continue
            if date is not None:
                found.append((m.start(), m.end(), date))
    return tuple(sorted(found))


def _is_word_may(m: re.Match[str], text: str) -> bool:
    """'may', 'march', 'dec' are usually other words unless a day or year sits next to them."""
    word, groups = m.group("month"), m.groupdict()
    if word[0].islower() and len(word) <= 5:
        return True
    if m.group(0).split()[0].lower() in {"in", "early", "late", "since", "by"}:
        return False  # "in March", "since May": the month
    return word.lower() in {"may", "march"} and not (groups.get("day") or groups.get("year"))


def find_durations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, xsd:duration) for 'for 180 days', 'for two weeks', 'for a month'."""
    found = []
    for m in DURATION.finditer(text):
        n_text = m.group("n").lower()
        n = int(n_text) if n_text.isdigit() else NUMBER_WORDS[n_text]
        unit = m.group("unit").lower()
        if unit == "week":
            n *= 7
        code = UNIT_CODES[unit]
        found.append((m.start(), m.end(), f"PT{n}H" if code == "H" else f"P{n}{code}"))
    return found
