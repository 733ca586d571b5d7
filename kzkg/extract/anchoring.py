"""The year of a date a sentence states without one.

"On January 6" in a 2025 retrospective that has said "January 2022" is January
2022: a month without a year takes the year stated with it earlier in the same
sentence ("On January 2, 2022 protests began ... as the government lifted price
caps on January 1"), else the one the document last stated with that month;
otherwise the document date decides (kzkg/extract/dates.py), or in an undated
document the year its text or title fixes (DocState.year_of_month). Relative
dates ("on Wednesday", "last month", "two years ago", "today") keep the document's.
"""

from __future__ import annotations

import re

from kzkg.dates import PartialDate
from kzkg.extract.context import YEAR, Sentence
from kzkg.extract.dates import SHIFTS, WEEKDAYS, day_shift, find_dates, shifted
from kzkg.extract.entries import entry_date
from kzkg.extract.source_citations import inside

# Words that count from the document's date, never from a year the sentence states:
# "said today" in a 2024 report on "the January 2022 protests" is 2024.
DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
RELATIVE = re.compile(
    r"\b(?:last|this|next|previous|past|ago|today|yesterday|tonight|" + "|".join(WEEKDAYS) + r")\b",
    re.I,
)
# Words that set a date against the one the sentence tells: "Unlike in 2011, the
# protests spread ...", "As in 2011, workers demanded ...", "more than in 2011": the
# year of the thing compared, no date of anything the sentence tells; so with the place
# compared named first ("Unlike in Kyrgyzstan in 2010", "compared with Belarus in 2020").
COMPARED = re.compile(
    r"\b(?:(?:unlike|like|than|compared\s+(?:with|to)|in\s+contrast\s+to|similar\s+to)"
    r"(?:\s+(?:in|during|on))?|as\s+(?:in|during|on))"
    r"(?:\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,2}\s+(?:in|during|on))?"
    r"\s*,?\s*$",
    re.I,
)
LEADING_PREP = re.compile(r"(?:in|during|on)\s+", re.I)
# A date some time is counted from: "A year after the January events", "two months
# before January 2022": the point counted from, not a date of what the sentence tells.
COUNTED_FROM = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)"
    r"\s+(?:years?|months?|weeks?|days?)\s+(?:after|before|since|from)\s+(?:the\s+)?$",
    re.I,
)


def _earlier_in_sentence(
    text: str, found: list[tuple[int, int, PartialDate]], start: int, month: int
) -> int | None:
    """The year stated with this month earlier in the sentence: "On January 2, 2022
    protests began ... as the government lifted price caps on January 1"."""
    years = [
        d.year for s, e, d in found if e <= start and d.month == month and YEAR.search(text[s:e])
    ]
    return years[-1] if years else None


def _anchored_year(
    sent: Sentence, found: list[tuple[int, int, PartialDate]], s: int, e: int, date: PartialDate
) -> PartialDate:
    """ "On January 6" in a 2025 article that has said "January 2022": January 2022."""
    text = sent.text
    if date.month is None or YEAR.search(text[s:e]) or RELATIVE.search(text[s:e]):
        return date
    named = _in_named_period(sent, text, s, e)
    if named is not None and named.month == date.month and date.day is None:
        return named
    earlier = _earlier_in_sentence(text, found, s, date.month)
    if earlier is not None:
        return PartialDate(earlier, date.month, date.day)
    state = sent.state
    year, where = state.stated_years.get(date.month, (date.year, -1))
    if where < 0 and state.narrated_year is not None:  # "Two years ago, ... On January 6"
        year, where = state.narrated_year
    if year == date.year or where >= state.sentence_no:
        return date  # "on Jan. 27 in the case of the January 2022 unrest": no earlier year
    return PartialDate(year, date.month, date.day)


def _year_unsure(sent: Sentence, words: str, date: PartialDate) -> bool:
    """ "On January 15" in a 2023 article that has told of March 2022 and February 2022,
    never of its own year, some months before the article: the document's year is
    only a guess, as likely a year too late (the stated years of the month and the
    narrated year are read before this)."""
    state = sent.state
    own = state.date
    if own is None or date.month is None or date.year != own.year:
        return False
    if YEAR.search(words) or RELATIVE.search(words) or not state.narrates_past:
        return False
    if date.month in state.stated_years or state.narrated_year is not None:
        return False
    if (own.year * 12 + (own.month or 12)) - (date.year * 12 + date.month) < 3:
        return False  # "dismissed on February 5" in a March article: last month's news
    years = {year for year, _ in state.stated_years.values()}
    return bool(years) and max(years) < own.year


def _in_named_period(sent: Sentence, text: str, s: int, e: int) -> PartialDate | None:
    """ "convicted over the January events" in a 2024 piece: the month of a period's name
    is the period's (named_periods in events.yaml), also in the sentence that names it."""
    lower = text.lower()
    for name, period in sent.lexicon.maps.get("named_periods", {}).items():
        at = lower.find(name, max(0, s - len(name)))
        while 0 <= at <= s:
            if e <= at + len(name):
                return PartialDate.parse(period)
            at = lower.find(name, at + 1)
    return None


def _after_the_document(sent: Sentence, words: str, date: PartialDate) -> bool:
    """A day stated without a year ("On January 6") that falls after the document's date;
    also one of a range read as its month ("on 4-5 January" in a piece of 4 January)."""
    doc = sent.state.date
    day = date.day or _day_of_range(words, date)
    if doc is None or date.month is None or YEAR.search(words) or RELATIVE.search(words):
        return False
    if day is None and doc.month is not None:
        # "remained blocked in February" in an article of January 2023: the month
        # after the document's is taken to be the document's year, a guess at best
        return (date.year, date.month) > (doc.year, doc.month)
    if doc.day is None or day is None:
        return False
    return (date.year, date.month, day) > (doc.year, doc.month or 0, doc.day)


def _day_of_range(words: str, date: PartialDate) -> int | None:
    """The day a range's date was stated with, before _settle kept only its month (its
    last: "4-5 January" ends on the 5th)."""
    found = DAY.findall(words) if date.month is not None else []
    return int(found[-1]) if found else None


# "January 4 and 7", "January 4-7", "January 4 to 7": the day the range ends.
RANGE_END = re.compile(r"\s*(?:and|to|until|till|-|\u2013)\s*(\d{1,2})\b(?!\s*(?:%|,\d))")


def _range_ends_after(sent: Sentence, text: str, end: int, date: PartialDate) -> bool:
    """ "Between January 4 and 7" in an article of 4 January 2023: the range ends after
    the document's date, so its year is not the document's either."""
    match = RANGE_END.match(text, end)
    if match is None or date.day is None or date.month is None:
        return False
    last = PartialDate(date.year, date.month, int(match.group(1)))
    return int(match.group(1)) > date.day and _after_the_document(sent, "", last)


def sentence_dates(sent: Sentence) -> list[tuple[int, int, PartialDate]]:
    """(start, end, date) of the sentence's dates, each with the year the document fixes
    ("the next day" counts from the day before it as fixed). Read it as `sent.dates`,
    made once per sentence."""
    text, out, last_day = sent.text, [], None
    found = find_dates(text, _reference_day(sent), sent.state.year_of_month)
    opening = _shift_from_before(sent, found)
    if opening is not None:
        out.append(opening)
        last_day = opening[2]
    for s, e, d in found:
        if _compared(text, s, e) or inside(sent.citations, s, e):
            continue  # "(Lillis 2023)": when the source was written, not what it tells
        if COUNTED_FROM.search(text, 0, s):
            continue  # "A year after the January events, ...": when that was, not this
        days = day_shift(text[s:e])
        if days is not None and last_day is not None:
            d = shifted(last_day, days)
        else:
            d = _anchored_year(sent, found, s, e, d)
            if _after_the_document(sent, text[s:e], d) or _range_ends_after(sent, text, e, d):
                sent.late_guesses.add(d)
            elif _year_unsure(sent, text[s:e], d):
                sent.late_guesses.add(d)
        last_day = d if d.day else last_day
        out.append((s, e, d))
    return out


def _shift_from_before(
    sent: Sentence, found: list[tuple[int, int, PartialDate]]
) -> tuple[int, int, PartialDate] | None:
    """ "Protests broke out on January 2, 2022. Three days later, protesters stormed ...":
    a shift of days that opens the sentence counts from the one full day, with its year,
    the sentence before stated (only then: any other day is a guess)."""
    shift = SHIFTS.match(sent.text, 3 if sent.text[:3].lower() == "on " else 0)
    before = sent.state.day_stated.get(sent.state.sentence_no - 1)
    if shift is None or before is None or any(s < shift.end() for s, _, _ in found):
        return None
    days = day_shift(shift.group())
    if days is None:
        return None
    day = shifted(before, days)
    # "The following day, ... . The same day, ...": the day counted on is stated too
    sent.state.day_stated.setdefault(sent.state.sentence_no, day)
    return shift.start(), shift.end(), day


def _reference_day(sent: Sentence) -> PartialDate | None:
    """The day relative dates count from: a dated entry's day ("06 Jan 2022 14:32 GMT
    ... Yesterday protesters stormed" is 5 January in a live blog of the 7th), else the
    document's."""
    entry = entry_date(sent)
    return entry if entry is not None and entry.day is not None else sent.state.date


def _compared(text: str, start: int, end: int) -> bool:
    """ "Unlike in 2011, ...": a date the sentence compares with, not one it tells."""
    lead = LEADING_PREP.match(text, start, end)
    return COMPARED.search(text[:start] + (lead.group() if lead else "")) is not None
