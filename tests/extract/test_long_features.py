"""Long-form features: a subject named in full once and by surname later, scenes told
in clauses of time. Paragraphs written for these tests, in magazine style.
Negatives: what a clause of time opens is no one's claim, and a surname the model takes
for a nationality is the person the feature named, never the last man mentioned.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

DOC = "2024-01-05"


def claimants(result) -> dict[str, set[str]]:
    return {c.label.split(": ", 2)[-1]: values(c, "claimant") for c in facts(result, "Claim")}


@pytest.mark.parametrize(
    "scene",
    [
        "Bekova laughs bitterly.",
        "Was her son a terrorist, as the authorities later claimed? Bekova laughs bitterly.",
    ],
)
def test_a_surname_the_model_misreads_is_the_named_subject(extract_text, scene) -> None:
    result = extract_text(
        "Gulnara Bekova still keeps her son's jacket by the door. Karim Massimov was "
        f'arrested on January 8.\n\n{scene} "He was a student," she says.',
        date=DOC,
    )
    (claim,) = [c for c in facts(result, "Claim") if "student" in c.label]
    assert values(claim, "claimant") == {"Gulnara Bekova"}


@pytest.mark.parametrize(
    "opening",
    [
        "By the time Bekova found her son's body in a city morgue,",
        "When Bekova found her son's body in a city morgue,",
        "Once the family found his body,",
    ],
)
def test_a_clause_of_time_reports_nothing(extract_text, opening) -> None:
    result = extract_text(
        f"Gulnara Bekova lost her son. {opening} Tokayev had already ordered troops to "
        "shoot to kill without warning.",
        date=DOC,
    )
    assert not [c for c in facts(result, "Claim") if "ordered" in c.label]


@pytest.mark.parametrize(
    "body",
    [
        "After the meeting, Tokayev said the CSTO troops would leave.",
        "After Tokayev said the CSTO troops would leave, critics were sceptical.",
        "When asked about the deaths, Tokayev said that the troops had acted lawfully.",
    ],
)
def test_a_saying_after_a_clause_of_time_is_still_a_claim(extract_text, body) -> None:
    result = extract_text(body, date=DOC)
    assert [c for c in facts(result, "Claim") if "Tokayev" in c.label]


@pytest.mark.parametrize(
    "when", ["Two years later,", "Three months later", "Five years earlier,", "Ten years ago,"]
)
def test_a_span_of_time_before_a_sentencing_is_no_term(extract_text, when) -> None:
    result = extract_text(f"{when} a court sentenced several police officers to prison.")
    assert all(not values(f, "termLength") for f in facts(result, "Sentencing"))


def test_a_term_after_a_span_of_time_is_the_term(extract_text) -> None:
    result = extract_text("Two years later, a court sentenced Karim Massimov to 18 years.")
    (sentencing,) = facts(result, "Sentencing")
    assert values(sentencing, "termLength") == {"18"}


@pytest.mark.parametrize(
    "body",
    [
        "The order was given after Karim Massimov, then head of the KNB, lost control.",
        "A former official said the order to shoot was given before Karim Massimov, the KNB "
        "chief, was dismissed.",
    ],
)
def test_whom_a_time_phrase_names_takes_no_part(extract_text, body) -> None:
    result = extract_text(body, date=DOC)
    assert all("Karim Masimov" not in values(f, "participant") for f in facts(result, "Order"))


def test_whom_an_order_is_given_to_takes_part(extract_text) -> None:
    result = extract_text("The order was given to Interior Minister Yerlan Turgumbayev.")
    (order,) = facts(result, "Order")
    assert values(order, "participant") == {"Yerlan Turgumbayev"}


@pytest.mark.parametrize(
    "scene",
    ["Serik does not believe it.", "Serik, a welder, shakes his head."],
)
def test_he_after_a_one_name_subject_is_not_the_last_named(extract_text, scene) -> None:
    result = extract_text(
        "Tokayev later said that 20,000 bandits had attacked Almaty.\n\n"
        f'{scene} "There were no bandits," he said.',
        date=DOC,
    )
    assert not [c for c in facts(result, "Claim") if "no bandits" in c.label]


def test_he_after_the_person_named_in_full_is_that_person(extract_text) -> None:
    result = extract_text(
        "Tokayev later said that 20,000 bandits had attacked Almaty.\n\n"
        'Serik Ospanov does not believe it. "There were no bandits," he said.',
        date=DOC,
    )
    (claim,) = [c for c in facts(result, "Claim") if "no bandits" in c.label]
    assert values(claim, "claimant") == {"Serik Ospanov"}


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev himself later said that 20,000 bandits had attacked Almaty.",
        "A diplomat said Tokayev had told foreign envoys that Massimov had betrayed him.",
        "Tokayev had previously said that the protesters were terrorists.",
    ],
)
def test_a_claim_told_as_made_before_takes_not_the_features_date(extract_text, body) -> None:
    result = extract_text(body, date="2025-01-02")
    (claim,) = [c for c in facts(result, "Claim") if "Tokayev" in c.label]
    assert "2025-01-02" not in values(claim, "date")


def test_a_claim_said_now_takes_the_features_date(extract_text) -> None:
    result = extract_text("Tokayev said that the protesters were terrorists.", date="2025-01-02")
    (claim,) = facts(result, "Claim")
    assert values(claim, "date") == {"2025-01-02"}


@pytest.mark.parametrize(
    "body",
    [
        "Serik Kaliyev, the interior minister, later resigned.",
        "Serik Kaliyev, the interior minister, had resigned.",
        "Interior Minister Serik Kaliyev was subsequently dismissed.",
    ],
)
def test_a_change_told_as_done_before_takes_not_the_features_month(extract_text, body) -> None:
    result = extract_text(body, date=DOC)
    (tenure,) = [t for t in facts(result, "Tenure") if "Kaliyev" in t.label]
    assert values(tenure, "endDate") == set()


def test_a_change_told_as_news_takes_the_articles_month(extract_text) -> None:
    result = extract_text("Serik Kaliyev, the interior minister, resigned.", date=DOC)
    (tenure,) = [t for t in facts(result, "Tenure") if "Kaliyev" in t.label]
    assert values(tenure, "endDate") == {"2024-01"}


def test_a_removal_the_lexicon_dates_otherwise_takes_not_the_articles_month(extract_text) -> None:
    # the lexicon ends Mamin's premiership on 5 January 2022: not news of January 2024
    result = extract_text("Prime Minister Askar Mamin was dismissed.", date=DOC)
    (tenure,) = [t for t in facts(result, "Tenure") if "Mamin" in t.label]
    assert values(tenure, "endDate") == set()
