"""A figure's value as the document states it: its number, its qualifier, and
whether it is a figure at all (a year, an age, an article or page number is no count).

"more than 3,000" -> 3000, qualifier "more than"; "eight" -> 8; "dozens" -> no
number, qualifier "vague"; "10 to 15 years" -> a range, no single number.
"""

from __future__ import annotations

import re

from kzkg.extract.citations import footnote_number
from kzkg.extract.context import Token
from kzkg.extract.model import Lit

YEAR = re.compile(r"(?:19|20)\d\d")
DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORD_NUMBERS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70})
WORD_NUMBERS.update({"eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000})
WORD_NUMBERS.update({"million": 1_000_000})
FRACTION_WORDS = {"half", "third", "quarter", "fifth", "tenth", "thirds", "quarters", "fifths"}
VAGUE = {"dozens", "hundreds", "thousands", "tens", "millions", "scores", "several", "many"}
# Qualifiers kept with the value; the first that the value starts with wins.
QUALIFIERS = {
    "at least": "at least",
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "at most": "at most",
    "up to": "up to",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "under": "fewer than",
    "nearly": "about",
    "almost": "about",
    "about": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "an estimated": "about",
    "estimated": "about",
}
# Words before a number that make it a label, not an amount: "article 41", "page 3".
LABEL_WORDS = {
    "article",
    "articles",
    "clause",
    "clauses",
    "paragraph",
    "section",
    "page",
    "pages",
    "p.",
    "pp.",
    "no.",
    "number",
    "chapter",
    "part",
    "item",
    "resolution",
    "decree",
    "law",
    "room",
    "flight",
    "case",
    "code",
    # a report's own furniture: "Figure 2 shows ...", "Table 3 summarises ...", "[12]"
    "figure",
    "figures",
    "fig.",
    "table",
    "tables",
    "footnote",
    "endnote",
    "note",
    "appendix",
    "annex",
    "box",
    "chart",
    "map",
    "exhibit",
    "column",
    "row",
    "model",
    "wave",
    "equation",
}
AGE_WORDS = {"old", "aged", "age"}


# A run of number words is one number: "twenty thousand", "two hundred and twenty-five".
_WORD = "(?:" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + ")"
WORD_RUN = re.compile(rf"\b{_WORD}(?:(?:[ -]|\s+and\s+){_WORD})*\b")


def numbers(value: str) -> list[float]:
    """The numbers a value names, in order: digits and number words."""
    found = [(m.start(), float(m.group().replace(",", ""))) for m in DIGITS.finditer(value)]
    for m in WORD_RUN.finditer(value.lower()):
        words = re.findall(r"[a-z]+", m.group())
        if words[0] not in ("hundred", "thousand", "million"):  # "hundreds", "a thousand"
            found.append((m.start(), float(_word_number(words))))
    return [n for _, n in sorted(found)]


def _word_number(words: list[str]) -> int:
    """ "twenty thousand" -> 20000, "two hundred and five" -> 205."""
    total = current = 0
    for word in words:
        if word == "and":
            continue
        if word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million"):
            total += (current or 1) * WORD_NUMBERS[word]
            current = 0
        else:
            current += WORD_NUMBERS[word]
    return total + current


def numeric(value: str) -> Lit | None:
    """One number, or None for a range ("10 to 15"), a vague amount or several numbers."""
    words = set(re.findall(r"[a-z]+", value.lower()))
    if words & VAGUE or words & FRACTION_WORDS:
        return None
    found = numbers(value)
    if len(found) != 1:
        return None
    number = round(found[0] * _scale(value), 6)  # 1.1 billion, not 1100000000.0000002
    text = str(int(number)) if number == int(number) else str(number)
    return Lit(text, "decimal")


SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
SCALES |= {"mln": 1_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000, "m": 1_000_000}


def _scale(value: str) -> int:
    """ "100 billion tenge" is 100,000,000,000: the word after the number scales it
    ("thousands" alone is vague, not a scale)."""
    match = re.search(
        r"[\d.,]+(?:\s*(thousand|million|billion|trillion|mln|bln|bn)|(m))\b", value.lower()
    )
    if match:
        return SCALES[match.group(1) or match.group(2)]
    return 1


def qualifier(value: str) -> str | None:
    lower = " ".join(value.lower().split())
    if any(w in VAGUE for w in lower.split()):
        return "vague"
    for words, name in QUALIFIERS.items():
        if lower.startswith(words + " "):
            return name
    return None


def is_label_number(first: Token) -> bool:
    """ "article 41", "page 12", "[1]", "No. 5": a number naming a thing, not an amount."""
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower_ in LABEL_WORDS:
        return True
    if footnote_number(first):
        return True  # "dead.12": a footnote's number
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return before is not None and before.text == "[" and after is not None and after.text == "]"


def is_age(tokens: list[Token]) -> bool:
    """ "a 19-year-old", "aged 42", "Nazarbayev, 81,": ages are no counts (ages.py reads a
    named person's age)."""
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    window = [t.lower_ for t in doc[max(first.i - 1, 0) : min(last.i + 4, len(doc))]]
    if "aged" in window[:2] or ("year" in window and "old" in window):
        return True
    if "years" in window and "of" in window and "age" in window:
        return True
    # "Nazarbayev, 81, ...": a bare number in commas after a name.
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (
        len(tokens) == 1
        and before is not None
        and before.text == ","
        and first.i > 1
        and doc[first.i - 2].pos_ == "PROPN"
        and after is not None
        and after.text == ","
    )


def is_year(text: str) -> bool:
    return bool(YEAR.fullmatch(text.strip()))
