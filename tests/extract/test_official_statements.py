"""Official statements, foreign reactions, interviews and anniversary pieces, on
sentences written for these tests.

Red-team findings: each test holds a general phrasing that gave a wrong fact (a
"last January" dated by the January an anniversary piece retells, a pronoun in
what is said given to someone outside the sentence, a military rank taken for a
post) with phrasings that must still give the fact.
"""

from __future__ import annotations

import pytest

from kzkg.dates import PartialDate
from kzkg.extract.dates import find_dates

from .test_rules import facts, values


# --- "last January" counts from the document's date ---------------------------------
@pytest.mark.parametrize(
    ("text", "doc", "date"),
    [
        ("Last January the Head of State signed a decree.", "2024-01-05", "2023-01"),
        ("The amnesty was passed last March.", "2022-12-01", "2022-03"),
        ("The amnesty was passed last March.", "2023-03-20", "2022-03"),
        ("The trial will open next January.", "2022-02-07", "2023-01"),
        ("This January marks three years since the unrest.", "2025-01-03", "2025-01"),
    ],
)
def test_last_january_counts_from_the_documents_date(text: str, doc: str, date: str) -> None:
    found = [str(d) for _, _, d in find_dates(text, PartialDate.parse(doc))]
    assert found == [date]


def test_last_may_as_a_verb_is_no_date() -> None:
    assert find_dates("What happened last may be forgotten.", PartialDate.parse("2023-01-01")) == []


@pytest.mark.parametrize(
    "body",
    [
        "In January 2022, mass riots broke out. Last January the Head of State, "
        "Kassym-Jomart Tokayev, signed a decree on the amnesty.",
        "Two years ago, on January 5, 2022, rioters set the akimat on fire. "
        "Last January, Tokayev signed a decree on the amnesty.",
    ],
)
def test_last_january_in_a_retrospective_is_not_the_retold_january(extract_text, body: str) -> None:
    result = extract_text(body, date="2024-01-05")
    (act,) = facts(result, "LegalAct")
    assert values(act, "date") == {"2023-01"}


def test_a_retold_january_keeps_its_stated_year(extract_text) -> None:
    body = "In January 2022, mass riots broke out. On January 5 rioters set the akimat on fire."
    result = extract_text(body, date="2024-01-05")
    dates = {d for f in facts(result, "Riot") for d in values(f, "date")}
    assert dates and dates <= {"2022-01", "2022-01-05"}, dates


# --- a pronoun after two persons of its sentence is one of them ----------------------
def _abouts(result) -> set[str]:
    return {a for c in facts(result, "Claim") for a in values(c, "about")}


@pytest.mark.parametrize(
    "body",
    [
        "Yerlan Karin spoke to reporters on Monday. Asked whether Nazarbayev had left "
        "the country, Peskov said he had no such information.",
        "Yerlan Karin spoke to reporters on Monday. When asked about Nazarbayev, "
        "Dmitry Peskov said that he did not know where the former president was.",
        "Yerlan Karin spoke to reporters on Monday. Responding to a question about "
        "Masimov, Tokayev said he had not spoken to him since January.",
    ],
)
def test_he_after_two_persons_is_never_the_previous_sentences_person(
    extract_text, body: str
) -> None:
    assert "Yerlan Karin" not in _abouts(extract_text(body))


def test_he_with_no_person_before_it_is_still_the_earlier_sentences(extract_text) -> None:
    body = "Karim Masimov was detained on January 8. Prosecutors said he had betrayed the state."
    assert "Karim Masimov" in _abouts(extract_text(body))
