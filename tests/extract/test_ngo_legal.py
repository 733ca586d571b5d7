"""NGO statements, analyses and the legal aftermath, on sentences written for these tests.

Red-team findings: each test holds a general phrasing that gave a wrong fact
(a claim dated by the year of what it is about, a dateline read as part of what
is said, injuries read as riots, a verdict read as a court's claim) with
phrasings that must still give the fact.
"""

from __future__ import annotations

import pytest

from .test_claims import claims
from .test_rules import facts, values


def _claim_with(result, words: str):
    found = [c for c in claims(result) if words in next(iter(values(c, "claimText")))]
    assert found, [c.label for c in claims(result)]
    return found[0]


# --- "today" counts from the document, not from a year the sentence states ----------
@pytest.mark.parametrize(
    "body",
    [
        "Kazakhstan has failed to investigate the January 2022 killings, "
        "Human Rights Watch said today.",
        "Victims of the January 2022 unrest are still waiting for justice, "
        "Amnesty International said today.",
        "Human Rights Watch said today that victims of January 2022 still wait for justice.",
    ],
)
def test_said_today_is_the_documents_day_in_a_retrospective(extract_text, body) -> None:
    result = extract_text(body, date="2024-01-04")
    assert [values(c, "date") for c in claims(result)] == [{"2024-01-04"}]


# --- a dateline in title case with its date is no part of what is said --------------
@pytest.mark.parametrize(
    "dateline",
    [
        "Almaty, January 4, 2024 \u2014 ",
        "Geneva, 4 January 2024 \u2013 ",
        "(Almaty, January 4, 2024) - ",
    ],
)
def test_a_dated_dateline_is_not_in_the_claim(extract_text, dateline: str) -> None:
    body = (
        dateline
        + "The authorities have failed to punish those responsible, Amnesty International said."
    )
    result = extract_text(body, date="2024-01-04")
    claim = _claim_with(result, "failed to punish")
    (text,) = values(claim, "claimText")
    assert text.startswith("The authorities"), text
    assert "Almaty" not in {a for a in values(claim, "about")}


# --- "burns" are injuries; burning something is a riot ---------------------------
@pytest.mark.parametrize(
    "body",
    [
        "The victims suffered burns and broken ribs.",
        "Former detainees described beatings, electric shocks and burns with irons.",
        "Doctors treated several protesters for burns.",
    ],
)
def test_burns_told_as_injuries_are_no_riot(extract_text, body: str) -> None:
    assert not facts(extract_text(body), "Riot")


@pytest.mark.parametrize(
    "body",
    [
        "Rioters burned the akimat building in Almaty on January 5.",
        "The burning of the city hall in Almaty shocked residents.",
    ],
)
def test_burning_a_building_is_still_a_riot(extract_text, body: str) -> None:
    assert facts(extract_text(body), "Riot")


# --- "found X guilty" is a verdict, not the court's claim -------------------------
@pytest.mark.parametrize(
    ("body", "tried"),
    [
        ("In April 2023 the court found Karim Masimov guilty of high treason.", "Karim Masimov"),
        (
            "A court in Almaty found activist Marat Zhylanbayev guilty of organising mass riots.",
            "Marat Zhylanbayev",
        ),
        ("Karim Masimov was found guilty of high treason by a military court.", "Karim Masimov"),
    ],
)
def test_found_guilty_is_a_verdict_on_the_one_tried(extract_text, body: str, tried: str) -> None:
    result = extract_text(body, date="2023-09-12")
    assert not claims(result), [c.label for c in claims(result)]
    (verdict,) = facts(result, "Verdict")
    assert tried in values(verdict, "participant")
    assert not facts(result, "Riot")  # what the verdict is for did not happen in its telling


def test_a_sentence_after_the_verdict_is_a_step_of_its_own(extract_text) -> None:
    result = extract_text(
        "The court found Karim Masimov guilty and sentenced him to 18 years in prison.",
        date="2023-09-12",
    )
    assert facts(result, "Verdict")
    (sentencing,) = facts(result, "Sentencing")
    assert values(sentencing, "termLength") == {"18"}


def test_a_commission_finding_is_still_its_claim(extract_text) -> None:
    result = extract_text(
        "Human Rights Watch found that police had used excessive force.", date="2023-09-12"
    )
    assert [values(c, "claimant") for c in claims(result)] == [{"Human Rights Watch"}]
    assert not facts(result, "Verdict")


# --- "presented himself as": no one is presented anything --------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Tokayev presented himself as a reformer.",
        "Tokayev, who had served as prime minister, presented himself as a reformer.",
        "Tokayev has presented himself since 2022 as the architect of a New Kazakhstan.",
    ],
)
def test_presenting_oneself_is_no_speech(extract_text, body: str) -> None:
    assert not facts(extract_text(body, date="2025-01-05"), "Speech")


def test_presenting_reforms_is_still_a_speech(extract_text) -> None:
    result = extract_text(
        "Tokayev presented a package of political reforms to parliament on March 16, 2022.",
        date="2025-01-05",
    )
    (speech,) = facts(result, "Speech")
    assert values(speech, "date") == {"2022-03-16"}


# --- a titled name the model takes for a work of art is still the speaker ------------
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"Our officers acted strictly within the law," Deputy Prosecutor General '
            "Aset Chindaliyev told a briefing.",
            "Aset Chindaliyev",
        ),
        (
            '"The case is closed," Deputy Prosecutor General Zhandos Umiraliyev said on Friday.',
            "Zhandos Umiraliyev",
        ),
    ],
)
def test_a_titled_speaker_after_a_quotation_is_a_person(extract_text, body, speaker) -> None:
    result = extract_text(body, date="2023-09-12")
    assert [values(c, "claimant") for c in claims(result)] == [{speaker}]


# --- "..., FIDH and KIBHR said": speakers the parser hangs on the clause before ------
GOVERNMENT = "Government of Kazakhstan"
FIDH = "International Federation for Human Rights"
KIBHR = "Kazakhstan International Bureau for Human Rights"


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "The authorities have still not investigated the deaths of at least 238 people, "
            "FIDH and KIBHR said in a joint statement.",
            {FIDH, KIBHR},
        ),
        (
            "Two years after the January 2022 events, the authorities have still not conducted "
            "an investigation into the deaths of at least 238 people, FIDH and its member "
            "organisation the Kazakhstan International Bureau for Human Rights (KIBHR) said.",
            {FIDH, KIBHR},
        ),
        (
            "The authorities have still not investigated the deaths of at least 238 people, "
            "FIDH said.",
            {FIDH},
        ),
    ],
)
def test_rights_groups_named_after_the_figure_are_its_claimants(extract_text, body, speakers):
    result = extract_text(body, date="2024-02-08")
    assert [values(c, "claimant") for c in claims(result)] == [speakers]
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == speakers
    assert "FIDH" not in figure.label and "fidh" not in figure.label
    assert all(values(s, "agent") <= speakers for s in facts(result, "Speech"))


# --- who puts a figure at its value, or recognises it, states it --------------------
@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("The authorities, however, recognise only six such deaths.", GOVERNMENT),
        ("The government has officially recognized 238 deaths.", GOVERNMENT),
        ("Human Rights Watch put the number of detainees at 10,000.", "Human Rights Watch"),
        (
            "Human Rights Watch estimated the number of detainees at more than 10,000.",
            "Human Rights Watch",
        ),
        ("Rights groups estimate the number of political prisoners at 40.", "rights groups"),
    ],
)
def test_a_figure_put_or_recognised_by_someone_is_theirs(extract_text, body, claimant) -> None:
    result = extract_text(body, date="2024-02-08")
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {claimant}


def test_a_figure_in_the_documents_voice_stays_the_publishers(extract_text) -> None:
    result = extract_text("Police detained 40 activists in Almaty.", date="2024-02-08")
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Example News"}


# --- a claim takes only a date of its own reporting clause ---------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Journalist Makhambet Abzhan was sentenced to seven years in prison in 2023 on "
        "charges of extortion, which his supporters say were fabricated.",
        "Masimov, who was arrested on January 6, 2022, denies the charges.",
        "Activist Aigerim Sadykova, detained in March 2022, says she was beaten in custody.",
    ],
)
def test_a_date_of_another_clause_does_not_date_the_claim(extract_text, body: str) -> None:
    result = extract_text(body, date="2025-01-16")
    assert claims(result)
    assert all(values(c, "date") == {"2025-01-16"} for c in claims(result))


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Tokayev said on January 7, 2022 that the bandits would be destroyed.", "2022-01-07"),
        ('"The bandits will be destroyed," Tokayev said on January 7, 2022.', "2022-01-07"),
        ("In 2023, a coalition of rights groups said torture had been pervasive.", "2023"),
    ],
)
def test_a_date_of_the_reporting_clause_dates_the_claim(extract_text, body, date) -> None:
    result = extract_text(body, date="2025-01-16")
    assert [values(c, "date") for c in claims(result)] == [{date}]


# --- whoever is sentenced or detained is a person, whatever the model says -----------
@pytest.mark.parametrize(
    ("body", "cls"),
    [
        (
            "The Specialized Inter-District Criminal Court of Almaty sentenced Zhanbolat Mamay "
            "to six years of restricted freedom in April 2023.",
            "Sentencing",
        ),
        ("Police detained Zhanbolat Mamay in Almaty.", "Arrest"),
    ],
)
def test_a_name_sentenced_or_detained_is_a_person(extract_text, body: str, cls: str) -> None:
    result = extract_text(body, date="2024-01-05")
    (event,) = facts(result, cls)
    assert "Zhanbolat Mamay" in values(event, "participant")
    assert values(event, "place") <= {"Almaty"}
    # the term is one statistic, not also a "duration of freedom"
    assert [f.label for f in facts(result, "Statistic") if "duration" in f.label] == []


def test_a_place_detained_in_stays_a_place(extract_text) -> None:
    result = extract_text("Police detained protesters in Almaty Region.", date="2024-01-05")
    (arrest,) = facts(result, "Arrest")
    assert values(arrest, "place") == {"Almaty Region"}


# --- a span of time in a headline is no count --------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Torture Allegations Ignored Two Years After Bloody January",
        "Kazakhstan: Three Years After Qandy Qantar, No Justice",
        "Five Months On, Families Still Wait For Answers",
    ],
)
def test_years_after_in_a_headline_are_no_statistic(extract_text, body: str) -> None:
    assert not facts(extract_text(body, date="2024-01-05"), "Statistic")


def test_a_prison_term_is_still_a_statistic(extract_text) -> None:
    result = extract_text("The court sentenced him to 18 years in prison.", date="2024-01-05")
    assert [values(f, "value") for f in facts(result, "Statistic")] == [{"18 years"}]


# --- a court that rejects an appeal rules; it does not deny what someone said ---------
@pytest.mark.parametrize(
    "body",
    [
        "The Supreme Court rejected Masimov's appeal in October 2023.",
        "The Almaty city court denied the defendants' request for an open trial.",
        "The Supreme Court refuted the appeal of the defence.",
    ],
)
def test_a_court_rejecting_an_appeal_makes_no_denial(extract_text, body: str) -> None:
    assert not claims(extract_text(body, date="2024-01-05"))


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("The Interior Ministry denied that detainees had been tortured.", "ministry"),
        ("Masimov's lawyers rejected the court's findings.", "lawyers"),
    ],
)
def test_others_rejecting_and_denying_still_make_denials(extract_text, body, claimant) -> None:
    (denial,) = claims(extract_text(body, date="2024-01-05"))
    assert values(denial, "claimType") == {"denial"}
    assert any(claimant in c.lower() for c in values(denial, "claimant"))


# --- the offence of a verdict is what "guilty" is of --------------------------------
@pytest.mark.parametrize(
    ("body", "offence"),
    [
        (
            "Of the roughly 1,200 people convicted over the unrest, 45 were found guilty of "
            "terrorism, according to the Supreme Court.",
            "terrorism",
        ),
        ("The court found Karim Masimov guilty of high treason.", "high treason"),
        ("Karim Masimov was convicted of high treason in April 2023.", "high treason"),
    ],
)
def test_the_offence_of_a_verdict(extract_text, body: str, offence: str) -> None:
    (verdict,) = facts(extract_text(body, date="2025-01-05"), "Verdict")
    assert values(verdict, "offence") == {offence}


# --- a press service speaks for the body that owns it -------------------------------
@pytest.mark.parametrize(
    "source",
    [
        "according to the Supreme Court's press service",
        "according to the press service of the Supreme Court",
        "the Supreme Court's press office said",
    ],
)
def test_a_press_service_speaks_for_its_owner(extract_text, source: str) -> None:
    result = extract_text(f"About 1,200 people were convicted, {source}.", date="2025-01-05")
    assert not claims(result)  # a count alone: the statistic is the source's word
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Supreme Court"}


# --- "found no evidence to support this claim" rebuts the claim ---------------------
@pytest.mark.parametrize(
    "rebuttal",
    [
        "Human Rights Watch found no evidence to support this claim.",
        "Human Rights Watch has found no evidence for this claim.",
        "Human Rights Watch found no proof of such a plot.",
    ],
)
def test_finding_no_evidence_is_a_denial_of_the_claim_before(extract_text, rebuttal) -> None:
    result = extract_text(
        "Tokayev told parliament on January 11, 2022 that the state had faced an attempted "
        "coup.\n\n" + rebuttal,
        date="2024-01-05",
    )
    (denial,) = [c for c in claims(result) if values(c, "claimType") == {"denial"}]
    assert values(denial, "claimant") == {"Human Rights Watch"}
    (said,) = [c for c in claims(result) if c is not denial]
    assert said.fkey in {v for p, v in denial.props if p == "about"} or "such" in rebuttal


def test_finding_evidence_is_still_a_statement(extract_text) -> None:
    result = extract_text("Human Rights Watch found evidence of torture in Almaty.")
    assert [values(c, "claimType") for c in claims(result)] in ([], [{"statement"}])


# --- "X is believed to have ordered Y": Y is reported, not told as a fact -------------
@pytest.mark.parametrize(
    "body",
    [
        "Masimov is believed to have ordered the withdrawal of guards from the Almaty "
        "akimat on January 5.",
        "Masimov is said to have ordered the withdrawal of troops from the airport.",
        "Masimov is thought to have signed the resignation of the akim on January 5.",
    ],
)
def test_a_passive_hedge_makes_no_event(extract_text, body: str) -> None:
    result = extract_text(body, date="2023-01-05")
    assert [f.cls for f in result.facts.values() if f.cls not in ("Claim", "Tenure")] == []
    assert [values(c, "claimant") for c in claims(result)] == [{"Example News"}]


def test_an_order_told_plainly_is_still_an_event(extract_text) -> None:
    result = extract_text(
        "Masimov ordered the withdrawal of guards from the Almaty akimat on January 5.",
        date="2023-01-05",
    )
    assert facts(result, "Withdrawal")


# --- "said in a statement that A": A is what was said, whatever the parse -------------
@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        (
            "Yevgeniy Zhovtis heads the Kazakhstan International Bureau for Human Rights.\n\n"
            "The bureau said in a statement that six people had died under torture.",
            KIBHR,
        ),
        (
            "Human Rights Watch said in a report that six people had died under torture.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_that_clause_after_in_a_statement_is_the_claim(extract_text, body, claimant) -> None:
    result = extract_text(body, date="2024-01-05")
    assert not claims(result)  # a count alone: the statistic is the bureau's word
    assert not facts(result, "Torture")  # the bureau's claim, not a fact
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {claimant}
