"""Date and duration expressions in text, normalised against the document date.

"On 2 January", "January 2nd, 2022", "5 Jan 2022", "Wednesday", "yesterday",
"last year", "two years ago", "in 2019", "2022-01-05" become PartialDates at the
precision stated ("January 4-7" is January; "Wednesday, January 5" is the
calendar date; "the next day" counts from the day stated before it); a missing
year comes from the document date (a month later than the document's month
means the year before), or in an undated document from what the caller knows
of the month's year (`year_of`). "for 180 days" becomes the xsd:duration P180D.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
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
    # "last January" counts from the document's date, never from a January stated before
    re.compile(rf"\b(?P<relm>last|this|next|past|previous)\s+{_MONTH}(?!\w|\s*\d)", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.IGNORECASE),
    # "January 4-7, 2022": the range's year is the month's (a range is the month: _settle)
    re.compile(
        rf"\b{_MONTH}\s+{_DAY}(?:\s?[-\u2013\u2014]\s?[0-3]?\d(?!\d))?(?!\d)(?:,?\s+{_YEAR})?\b(?!\s*%)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:early\s+|mid-?|late\s+|in\s+|since\s+|by\s+)?{_MONTH}(?:\s+{_YEAR})?\b",
        re.IGNORECASE,
    ),
    # not "In 2022-2023" / "during 2022–23": a span of years dates nothing in it
    re.compile(
        rf"\b(?:in|since|by|until|from|of|during)\s+{_YEAR}\b(?!\s?[-\u2013\u2014/]\s?\d)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bthe\s+(?P<endof>end|close|start|beginning)\s+of\s+(?P<rel2>last|this|next)\s+year\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<rel>last|this|next|previous|past)\s+(?P<unit>year|month|week)\b", re.IGNORECASE
    ),
    re.compile(r"\b(?:on\s+)?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE),
    re.compile(
        r"\b(?P<approx>(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|"
        r"some\s+|around\s+|at\s+least\s+)?(?P<ago>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?P<agounit>year|month|day)s?\s+ago\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:at\s+)?the\s+(?P<startof>start|beginning)\s+of\s+the\s+year\b", re.IGNORECASE
    ),
    # lower case only: "Kazakhstan Today" is a news agency
    re.compile(r"\b(?P<today>today|yesterday)\b|^\s*(?P<today2>Today|Yesterday)\b"),
]
# What each pattern above cannot match without, in ASCII text lower-cased: one of some
# whole words (the pattern has a word boundary or a space on both sides of them), or
# one of some substrings. Most sentences hold no date, and these tests are far cheaper
# than a regex scan ("decided" or "mayor" holds no month).
_MONTH_WORDS = frozenset(MONTHS)
NEEDLES: list[tuple[tuple[str, ...], frozenset[str]]] = [
    (("-",), frozenset()),  # 2022-01-05
    ((), frozenset({"last", "this", "next", "past", "previous"})),
    ((), _MONTH_WORDS),
    ((), _MONTH_WORDS),
    ((), _MONTH_WORDS),  # also "midJanuary": see _words
    (("19", "20"), frozenset()),  # in 2019
    ((), frozenset({"year"})),
    ((), frozenset({"year", "month", "week"})),
    ((), frozenset(WEEKDAYS)),
    ((), frozenset({"ago"})),
    ((), frozenset({"year"})),
    ((), frozenset({"today", "yesterday"})),
]
_ASCII_NEEDLES = all(n.isascii() for subs, words in NEEDLES for n in (*subs, *words))
_LETTERS = re.compile(r"[a-z]+")
# The letters beyond ASCII that a pattern with IGNORECASE takes for an ASCII letter where
# lower-casing does not give it: "ſ" is "s", "ı" and "İ" are "i" (the Kelvin sign "K"
# lower-cases to "k"). Curly quotes and dashes, in most news text, are none of them.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f]")


def _words(lower: str) -> set[str]:
    """The runs of letters in `lower`, and each without a leading "mid" ("mid-" splits)."""
    words = set(_LETTERS.findall(lower))
    return words | {w[3:] for w in words if w.startswith("mid")}


def patterns_for(text: str) -> list[re.Pattern[str]]:
    """The patterns that can match in `text`, in their order; all of them in text with a
    letter that case folding takes for another than lower-casing does."""
    if not _ASCII_NEEDLES or (not text.isascii() and _FOLDS_TO_ASCII.search(text)):
        return PATTERNS
    lower = text.lower()
    words = _words(lower)
    return [
        pattern
        for pattern, (subs, whole) in zip(PATTERNS, NEEDLES, strict=True)
        if any(s in lower for s in subs) or not whole.isdisjoint(words)
    ]


# Days counted from the day the text stated before: "on January 2 ... the next day".
SHIFTS = re.compile(
    r"\b(?:the\s+)?(?P<dir1>next|following|previous|same)\s+day\b"
    r"|\b(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?P<dir2>later|earlier)\b",
    re.IGNORECASE,
)
# "January 4-7"; "4-7 January", "from 5 to 10 January", "between 4 and 7 January": the day
# stated is one end of the range ("January 4 to 7" keeps its first day; anchoring.py
# gives it no year of the article when it ends after it)
RANGE_AFTER = re.compile(r"\s?[-\u2013\u2014]\s?\d")
RANGE_INSIDE = re.compile(r"[a-z]\.?\s+[0-3]?\d(?:st|nd|rd|th)?\s?[-\u2013\u2014]\s?\d", re.I)
RANGE_BEFORE = re.compile(
    r"\d\s?[-\u2013\u2014]\s?$|\b(?:from\s+\d{1,2}\s+(?:to|until|till)|between\s+\d{1,2}\s+and)\s+$",
    re.IGNORECASE,  # "Between 2 and 11 January" opening a sentence
)
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


YearOf = Callable[[int], int | None]


def _from_match(
    m: re.Match[str], doc: PartialDate | None, year_of: YearOf | None = None
) -> PartialDate | None:
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
        if groups["unit"].lower() == "week":
            return _week(shift, doc)
        if doc.month is None:
            return None
        month0 = doc.year * 12 + doc.month - 1 + shift
        return PartialDate(month0 // 12, month0 % 12 + 1)
    if groups.get("relm"):
        return _relative_month(groups["relm"].lower(), MONTHS[groups["month"].lower()], doc)
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
    if groups.get("ago"):
        if groups.get("approx"):
            return None  # "more than two years ago": no year
        return _ago(groups["ago"].lower(), groups["agounit"].lower(), doc)
    if groups.get("today") or groups.get("today2"):
        if doc is None or doc.day is None:
            return None
        word = (groups.get("today") or groups["today2"]).lower()
        return doc if word == "today" else shifted(doc, -1)
    if groups.get("startof"):
        return PartialDate(doc.year, 1) if doc else None
    month = MONTHS.get((groups.get("month") or "").lower())
    stated = int(groups["year"]) if groups.get("year") else None
    if month is None:
        return PartialDate(stated) if stated else None
    resolved = stated or _year_for(month, doc)
    if resolved is None and doc is None and year_of is not None:
        resolved = year_of(month)
    if resolved is None:
        return None
    return PartialDate(resolved, month, int(groups["day"]) if groups.get("day") else None)


def _relative_month(word: str, month: int, doc: PartialDate | None) -> PartialDate | None:
    """ "last January" in an article of January 2024: January 2023, the latest January
    before the document's month; "next March" the first after it; "this May" its year."""
    if doc is None or doc.month is None:
        return None  # no month to count from: no year rather than a wrong one
    if word == "this":
        return PartialDate(doc.year, month)
    if word == "next":
        return PartialDate(doc.year + (month <= doc.month), month)
    return PartialDate(doc.year - (month >= doc.month), month)


def _week(shift: int, doc: PartialDate) -> PartialDate | None:
    """ "last week" in an article of 20 January: January, when the whole week lies in one
    month (the day is never known). "This week" is the seven days up to the document's."""
    if doc.day is None:
        return None
    if shift > 0:
        first = doc.start + dt.timedelta(days=1)
    else:
        first = doc.start + dt.timedelta(days=7 * shift - 6)
    last = first + dt.timedelta(days=6)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return PartialDate(first.year, first.month)


def _ago(count: str, unit: str, doc: PartialDate | None) -> PartialDate | None:
    """ "two years ago" in a February 2024 article: 2022, at the precision of the unit."""
    n = int(count) if count.isdigit() else NUMBER_WORDS[count]
    if doc is None or (unit != "year" and doc.month is None) or (unit == "day" and not doc.day):
        return None
    if unit == "year":
        return PartialDate(doc.year - n)
    if unit == "month":
        assert doc.month is not None
        month0 = doc.year * 12 + doc.month - 1 - n
        return PartialDate(month0 // 12, month0 % 12 + 1)
    when = doc.start - dt.timedelta(days=n)
    return PartialDate(when.year, when.month, when.day)


def shifted(day: PartialDate, days: int) -> PartialDate:
    when = day.start + dt.timedelta(days=days)
    return PartialDate(when.year, when.month, when.day)


def _settle(text: str, found: list[tuple[int, int, PartialDate]]) -> list:
    """A range's day is only its month; a weekday before a calendar date is that date;
    "the next day" counts from the last day stated before it."""
    if not found:
        return found
    settled: list[tuple[int, int, PartialDate]] = []
    merged = -1
    for n, (s, e, d) in enumerate(found):
        if n == merged:
            continue
        after = found[n + 1] if n + 1 < len(found) else None
        if after and after[2].day and not text[e : after[0]].strip(" ,") and _weekday(text[s:e]):
            continue  # "Wednesday, January 5": the calendar date says it
        if after and _restated(text[e : after[0]], d, after[2]):
            continue  # "Three years ago, on January 6, 2022": the exact date says it
        if after and _year_of_month(text, (s, e, d), after):
            # "in January last year": January of that year, one date
            d, e, merged = PartialDate(after[2].year, d.month, d.day), after[1], n + 1
        if d.month is not None and _of_that_year(text, s, e):
            # "in 2022, months after the unrest in January of that year": the year stated
            # before it, never the document's; with none before, no year rather than a wrong one
            if not settled:
                continue
            d = PartialDate(settled[-1][2].year, d.month, d.day)
        ranged = RANGE_AFTER.match(text, e) or RANGE_INSIDE.search(text[s:e])
        if d.day and (ranged or RANGE_BEFORE.search(text[max(0, s - 20) : s])):
            d = PartialDate(d.year, d.month)
            # "on 4-7 January 2022": the span takes the range's first day, which is where
            # the words begin ("4-7" is one token)
            while s > 1 and text[s - 1] in "-\u2013\u2014" and text[s - 2].isdigit():
                s -= 1
                while s > 0 and text[s - 1].isdigit():
                    s -= 1
        settled.append((s, e, d))
    for m in SHIFTS.finditer(text) if settled and "day" in text.lower() else ():
        days = [d for s, e, d in settled if e <= m.start() and d.day]
        if not days or any(s < m.end() and m.start() < e for s, e, _ in settled):
            continue
        settled.append((m.start(), m.end(), shifted(days[-1], _days(m))))
    return sorted(settled)


THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)


def _of_that_year(text: str, s: int, e: int) -> bool:
    """ "in January of that year", "on January 5 the same year": a month without its own
    year, whose year is the one told before."""
    return bool(THAT_YEAR.match(text, e)) and not re.search(r"\d{4}", text[s:e])


RESTATING = re.compile(r"[\s,]*(?:on|in)?\s*", re.I)


def _restated(between: str, vague: PartialDate, exact: PartialDate) -> bool:
    """Whether `exact`, right after `vague` ("three years ago, on ..."), says it exactly."""
    if not RESTATING.fullmatch(between) or "," not in between:
        return False
    more = (exact.month is not None and vague.month is None) or (exact.day and not vague.day)
    same = exact.year == vague.year and vague.month in (None, exact.month)
    return bool(more and same)


RELATIVE_YEAR = re.compile(r"(?:last|this|next|previous|past)\s+year", re.I)


def _year_of_month(text: str, date: tuple[int, int, PartialDate], after: tuple) -> bool:
    """Is `after` ("last year") the year of the month just before it ("in January last
    year", "on January 5 of last year")?"""
    s, e, d = date
    if d.month is None or re.search(r"\d{4}", text[s:e]) or after[2].month is not None:
        return False
    between = text[e : after[0]].strip().lower()
    return between in ("", "of") and bool(RELATIVE_YEAR.fullmatch(text[after[0] : after[1]]))


def _days(m: re.Match[str]) -> int:
    count = m.group("n")
    if (m.group("dir1") or "").lower() == "same":
        return 0  # "the same day"
    n = 1 if not count else int(count) if count.isdigit() else NUMBER_WORDS[count.lower()]
    return -n if (m.group("dir1") or m.group("dir2")).lower() in ("previous", "earlier") else n


def day_shift(text: str) -> int | None:
    """The days "the next day", "two days earlier", "the same day" count from the day
    stated before."""
    m = SHIFTS.fullmatch(text)
    return _days(m) if m else None


def _weekday(text: str) -> bool:
    return text.split()[-1].lower() in WEEKDAYS


def find_dates(
    text: str, doc: PartialDate | None, year_of: YearOf | None = None
) -> list[tuple[int, int, PartialDate]]:
    """Non-overlapping (start, end, date) in text order; earlier patterns win overlaps.
    `year_of(month)` gives the year of a month stated without one when `doc` is None."""
    if doc is None and year_of is not None:  # its answers change as the text goes on
        return _find_dates(text, doc, year_of)
    return list(_dates_in(text, doc))  # year_of is asked only when doc is None


@lru_cache(maxsize=64)  # the texts of the sentence at hand; no more
def _dates_in(text: str, doc: PartialDate | None) -> tuple[tuple[int, int, PartialDate], ...]:
    # Several rules ask for the dates of one sentence, and the patterns are a
    # tenth of the extraction's own time: each text is scanned once.
    return tuple(_find_dates(text, doc, None))


def _find_dates(
    text: str, doc: PartialDate | None, year_of: YearOf | None
) -> list[tuple[int, int, PartialDate]]:
    found: list[tuple[int, int, PartialDate]] = []
    for pattern in patterns_for(text):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            if "month" in m.groupdict() and m.group("month") and _is_word_may(m, text):
                continue
            try:
                date = _from_match(m, doc, year_of)
            except ValueError:
                continue
            if date is not None:
                found.append((m.start(), m.end(), date))
    return _settle(text, sorted(found))


def _is_word_may(m: re.Match[str], text: str) -> bool:
    """'may', 'march', 'dec' are usually other words unless a day or year sits next to them."""
    word, groups = m.group("month"), m.groupdict()
    if word[0].islower() and len(word) <= 5:
        return True
    if groups.get("relm") or m.group(0).split()[0].lower() in {
        "in",
        "early",
        "late",
        "since",
        "by",
    }:
        return False  # "in March", "since May", "last March": the month
    return word.lower() in {"may", "march"} and not (groups.get("day") or groups.get("year"))


def find_durations(text: str) -> list[tuple[int, int, str]]:
    """(start, end, xsd:duration) for 'for 180 days', 'for two weeks', 'for a month'."""
    return list(_durations_in(text))


@lru_cache(maxsize=64)  # as _dates_in: each event and the figures ask of one sentence
def _durations_in(text: str) -> tuple[tuple[int, int, str], ...]:
    found = []
    for m in DURATION.finditer(text):
        n_text = m.group("n").lower()
        n = int(n_text) if n_text.isdigit() else NUMBER_WORDS[n_text]
        unit = m.group("unit").lower()
        if unit == "week":
            n *= 7
        code = UNIT_CODES[unit]
        found.append((m.start(), m.end(), f"PT{n}H" if code == "H" else f"P{n}{code}"))
    return tuple(found)
