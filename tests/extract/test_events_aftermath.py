"""Events of the aftermath and the response: charges, arrests, trials, verdicts and
sentences, amnesties, laws, votes, resolutions, emergencies, deployments, torture,
investigations, meetings; each with who did it, to whom, where and when. Several
phrasings per class, and what must not be read as an event."""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult, EntityKey, FactKey, Lit


def events(result: DocResult, cls: str) -> list[dict[str, set[str]]]:
    found = []
    for fact in result.facts.values():
        if fact.fkey.kind == "event" and fact.cls == cls:
            props: dict[str, set[str]] = {}
            for prop, value in fact.props:
                text = value.label if isinstance(value, EntityKey) else None
                if isinstance(value, Lit):
                    text = value.value
                if isinstance(value, FactKey):
                    text = value.key[0]
                props.setdefault(prop, set()).add(str(text))
            found.append(props)
    return found


def classes(result: DocResult) -> set[str]:
    return {f.cls for f in result.facts.values() if f.fkey.kind == "event"}


# --- charges ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 8 January the security service charged Karim Masimov with high treason.",
        "Karim Masimov was charged with high treason on 8 January.",
        "On 8 January prosecutors brought charges of high treason against Karim Masimov.",
    ],
)
def test_charge_names_the_accused_the_offence_and_the_date(extract_text, text) -> None:
    [charge] = events(extract_text(text, date="2022-01-21"), "Accusation")
    assert charge["participant"] == {"Karim Masimov"}
    assert charge["date"] == {"2022-01-08"}
    assert "treason" in " ".join(charge.get("offence", ()))


@pytest.mark.parametrize(
    "text",
    [
        "Karim Masimov could be charged with treason.",
        "Karim Masimov was not charged with treason.",
        "Karim Masimov denied the charges.",
    ],
)
def test_no_charge_that_did_not_happen(extract_text, text) -> None:
    assert not events(extract_text(text), "Accusation")


# --- arrests ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Police detained Karim Masimov on 6 January.", {"police"}),
        ("Karim Masimov was arrested by the police on 6 January.", {"police"}),
        (
            "On 6 January Karim Masimov was taken into custody by security forces.",
            {"security forces"},
        ),
    ],
)
def test_arrest_with_agent_and_person_arrested(extract_text, text, agent) -> None:
    [arrest] = events(extract_text(text), "Arrest")
    assert arrest["participant"] == {"Karim Masimov"}
    assert arrest.get("agent") == agent
    assert arrest["date"] == {"2022-01-06"}


def test_possessive_arrest_names_who_was_arrested(extract_text) -> None:
    [arrest] = events(extract_text("Masimov's arrest stunned the elite."), "Arrest")
    assert arrest["participant"] == {"Karim Masimov"} and "agent" not in arrest


def test_under_arrest_makes_the_subject_the_one_arrested(extract_text) -> None:
    [arrest] = events(extract_text("Karim Masimov remained under arrest."), "Arrest")
    assert arrest["participant"] == {"Karim Masimov"}


@pytest.mark.parametrize(
    "text",
    [
        "A judge issued an arrest warrant for the activist.",
        "Karim Masimov was not arrested.",
        "Riot police lined the square.",
    ],
)
def test_no_arrest(extract_text, text) -> None:
    assert not events(extract_text(text), "Arrest")


# --- trials -----------------------------------------------------------------


def test_trial_of_a_person_in_a_month(extract_text) -> None:
    [trial] = events(
        extract_text("The trial of Karim Masimov began in March 2023.", "2023-05-01"), "Trial"
    )
    assert trial["participant"] == {"Karim Masimov"} and trial["date"] == {"2023-03"}


def test_on_trial_for_an_offence(extract_text) -> None:
    [trial] = events(extract_text("Karim Masimov is on trial for abuse of power."), "Trial")
    assert trial["participant"] == {"Karim Masimov"}
    assert trial["offence"] == {"abuse of power"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Karim Masimov was tried behind closed doors.", {"Karim Masimov"}),
        ("A closed trial of Karim Masimov opened in Almaty.", {"Karim Masimov"}),
        ("Karim Masimov was convicted after a classified trial.", None),
    ],
)
def test_closed_trials(extract_text, text, who) -> None:
    result = extract_text(text)
    [trial] = events(result, "ClosedTrial")
    assert trial.get("participant") == who or who is None
    assert not events(result, "Trial")


@pytest.mark.parametrize(
    "text",
    [
        "A trial date has not been set.",
        "The trial will begin next month.",
        "Karim Masimov is waiting for his trial.",
        "He is held in a pre-trial detention centre.",
    ],
)
def test_no_trial_that_has_not_happened(extract_text, text) -> None:
    found = classes(extract_text(text))
    assert not found & {"Trial", "ClosedTrial"}


# --- verdicts and sentences ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("A court sentenced Karim Masimov to 18 years in prison for high treason.", {"18"}),
        ("Karim Masimov was sentenced to eighteen years in prison.", {"18"}),
        ("Karim Masimov received an 18-year prison sentence.", {"18"}),
        # a year just before "to" is the date, not a lower bound of the term
        ("Karim Masimov was sentenced in April 2023 to 18 years in prison.", {"18"}),
        ("Karim Masimov was sentenced on April 26, 2023 to 18 years in prison.", {"18"}),
    ],
)
def test_sentence_term_is_a_number_with_a_unit(extract_text, text, term) -> None:
    [sentencing] = events(extract_text(text), "Sentencing")
    assert sentencing["participant"] == {"Karim Masimov"}
    assert sentencing["termLength"] == term and sentencing["termUnit"] == {"year"}
    assert "duration" not in sentencing


def test_sentences_given_as_a_range(extract_text) -> None:
    text = (
        "Two deputies, Samat Abish and Karim Masimov, were handed sentences"
        " between three and 16 years."
    )
    [sentencing] = events(extract_text(text), "Sentencing")
    assert sentencing["termLength"] == {"3", "16"}
    assert sentencing["participant"] == {"Samat Abish", "Karim Masimov"}


def test_an_age_is_not_a_term(extract_text) -> None:
    text = "A 42-year-old officer was sentenced to five years."
    [sentencing] = events(extract_text(text), "Sentencing")
    assert sentencing["termLength"] == {"5"}


def test_verdict_date_in_a_retrospective_of_the_same_month(extract_text) -> None:
    text = (
        "The court delivered its final verdict on Jan. 27 in the case of the January 2022 unrest."
    )
    [verdict] = events(extract_text(text, "2025-01-28"), "Verdict")
    assert verdict["date"] == {"2025-01-27"}


@pytest.mark.parametrize(
    "text",
    [
        "The decree does not apply to people convicted of terrorism.",
        "The amnesty excludes those sentenced for treason.",
    ],
)
def test_people_described_as_convicted_are_no_verdict(extract_text, text) -> None:
    assert not classes(extract_text(text)) & {"Verdict", "Sentencing"}


# --- amnesty, laws, votes, resolutions -----------------------------------------


def test_amnesty_decree(extract_text) -> None:
    text = "On 2 November Tokayev signed a decree granting amnesty to hundreds of protesters."
    result = extract_text(text, "2022-11-03")
    [decree] = events(result, "LegalAct")
    [amnesty] = events(result, "Amnesty")
    assert decree["agent"] == {"Kassym-Jomart Tokayev"} == amnesty["agent"]
    assert decree["date"] == {"2022-11-02"}


def test_pardon(extract_text) -> None:
    [pardon] = events(extract_text("Tokayev pardoned Karim Masimov."), "Amnesty")
    assert pardon["agent"] == {"Kassym-Jomart Tokayev"}
    assert pardon["participant"] == {"Karim Masimov"}


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev signed amendments that stripped Nazarbayev of his privileges.",
        "Tokayev approved a law stripping Nazarbayev of his privileges.",
    ],
)
def test_law_signed(extract_text, text) -> None:
    [law] = events(extract_text(text), "LegalAct")
    assert law["agent"] == {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(
    "text",
    ["Law enforcement officers detained protesters.", "Martial law was not declared."],
)
def test_no_law(extract_text, text) -> None:
    assert not events(extract_text(text), "LegalAct")


def test_referendum_dated_and_placed(extract_text) -> None:
    text = "A constitutional referendum was held in Kazakhstan on 5 June 2022."
    [vote] = events(extract_text(text), "Referendum")
    assert vote["date"] == {"2022-06-05"} and vote["place"] == {"Kazakhstan"}


def test_a_date_of_something_else_does_not_date_the_referendum(extract_text) -> None:
    text = "It was the third referendum since independence in 1991."
    [vote] = events(extract_text(text), "Referendum")
    assert "date" not in vote


def test_election(extract_text) -> None:
    text = "Tokayev won the snap presidential election in November 2022."
    [vote] = events(extract_text(text, "2023-01-01"), "Election")
    assert vote["date"] == {"2022-11"}


def test_resolution_of_a_foreign_body(extract_text) -> None:
    text = "On 20 January the European Parliament adopted a resolution on Kazakhstan."
    [resolution] = events(extract_text(text, date="2022-01-21"), "Resolution")
    assert resolution["agent"] == {"European Parliament"}
    assert resolution["date"] == {"2022-01-20"}


# --- emergency, curfew, troops ---------------------------------------------------


def test_state_of_emergency_and_curfew(extract_text) -> None:
    result = extract_text("Tokayev declared a state of emergency and imposed a curfew in Almaty.")
    [emergency] = events(result, "StateOfEmergency")
    assert emergency["agent"] == {"Kassym-Jomart Tokayev"}
    assert events(result, "Curfew")


def test_lifting_is_not_a_new_state_of_emergency(extract_text) -> None:
    result = extract_text(
        "The state of emergency was lifted in Almaty on 19 January.", date="2022-01-21"
    )
    assert not events(result, "StateOfEmergency")
    [lifted] = events(result, "EmergencyLifted")
    assert lifted["date"] == {"2022-01-19"} and lifted["place"] == {"Almaty"}


def test_troops_sent_back_are_a_withdrawal(extract_text) -> None:
    result = extract_text("The CSTO peacekeepers were sent back to their countries.")
    assert events(result, "Withdrawal") and not events(result, "MilitaryDeployment")


def test_deployment(extract_text) -> None:
    [deployment] = events(
        extract_text("The CSTO deployed troops to Kazakhstan."), "MilitaryDeployment"
    )
    assert deployment["agent"] == {"Collective Security Treaty Organization"}


# --- agent-dependent triggers -------------------------------------------------------


def test_seized_by_protesters_is_a_riot(extract_text) -> None:
    [riot] = events(extract_text("Protesters seized the airport in Almaty."), "Riot")
    assert riot["agent"] == {"protesters"}


def test_seized_by_security_forces_is_no_riot(extract_text) -> None:
    assert not events(extract_text("Security forces seized the airport in Almaty."), "Riot")


# --- torture, killings, investigations -------------------------------------------------


def test_torture(extract_text) -> None:
    [torture] = events(extract_text("Police tortured detainees in Almaty."), "Torture")
    assert torture["agent"] == {"police"}


@pytest.mark.parametrize(
    "text",
    [
        "Human rights groups documented allegations of torture.",
        "Lawyers described alleged torture in custody.",
    ],
)
def test_alleged_torture_is_no_torture(extract_text, text) -> None:
    assert not events(extract_text(text), "Torture")


def test_investigation_into_killings_is_not_a_killing(extract_text) -> None:
    result = extract_text("Prosecutors opened an investigation into the killings of protesters.")
    assert events(result, "Investigation") and not events(result, "Killing")


def test_failed_investigation_is_none(extract_text) -> None:
    text = "The authorities failed to carry out an effective investigation."
    assert not events(extract_text(text), "Investigation")


def test_death_toll_is_a_statistic_not_a_killing(extract_text) -> None:
    assert not events(extract_text("At least 225 people were killed."), "Killing")


def test_few_faced_charges_is_no_charge(extract_text) -> None:
    text = "Few members of the security forces have faced charges for torture."
    assert not classes(extract_text(text)) & {"Accusation", "Torture"}


def test_killing_by_police(extract_text) -> None:
    [killing] = events(extract_text("Police killed a protester in Almaty."), "Killing")
    assert killing["agent"] == {"police"} and killing["place"] == {"Almaty"}


def test_a_name_is_not_an_event(extract_text) -> None:
    assert not events(extract_text("Amnesty International published a report."), "Amnesty")


# --- meetings --------------------------------------------------------------------


def test_meeting_keyed_by_everyone_in_it(extract_text) -> None:
    result = extract_text("Tokayev met with Nikol Pashinyan. Tokayev met with Vladimir Putin.")
    assert len(events(result, "Meeting")) == 2


def test_meeting_needs_someone_met(extract_text) -> None:
    assert not events(extract_text("Tokayev met the demands of the protesters."), "Meeting")


# --- official acts told in a statement -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (
            "The presidency announced that Tokayev appointed Karim Masimov as head of the KNB.",
            "Succession",
        ),
        (
            "The defence ministry reported that the withdrawal of CSTO troops has started.",
            "Withdrawal",
        ),
        ("The ministry said the state of emergency was lifted in Almaty.", "EmergencyLifted"),
    ],
)
def test_an_official_act_told_in_a_statement_is_an_event(extract_text, text, cls) -> None:
    assert events(extract_text(text), cls)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Tokayev claimed that protesters stormed the airport.", "Riot"),
        ("Tokayev said that terrorists had seized the airport.", "Riot"),
        ("Activists alleged that Tokayev dismissed Karim Masimov.", "Dismissal"),
        ("Rights groups urged Tokayev to lift the state of emergency.", "EmergencyLifted"),
        (
            "The White House was monitoring reports about the deployment of troops.",
            "MilitaryDeployment",
        ),
    ],
)
def test_what_a_speaker_alleges_or_demands_stays_a_claim(extract_text, text, cls) -> None:
    assert not events(extract_text(text), cls)


def test_a_verb_that_looks_like_a_speech_noun_is_none(extract_text) -> None:
    text = "Guterres called on all sides to address the grievances of the protesters."
    assert not events(extract_text(text), "Speech")


@pytest.mark.parametrize(
    "text",
    [
        "The decree does not apply to individuals found guilty of terrorism.",
        "The events involved criminal groups, religious extremists previously convicted, as well"
        " as supporters of the banned movement.",
        "Hundreds of people charged and imprisoned over the unrest were amnestied.",
    ],
)
def test_participles_describing_people_are_no_verdicts(extract_text, text) -> None:
    assert not classes(extract_text(text)) & {"Verdict", "Sentencing", "Accusation"}


# --- "X got / received N years in prison": X is sentenced, not the one who sentences ----
@pytest.mark.parametrize(
    "body",
    [
        "On Monday, Daulet Ergozhin, a former deputy chairman of the KNB, got 15 years in prison.",
        "On Monday, Daulet Ergozhin, a former deputy chairman of the KNB, received 15 years in "
        "prison.",
        "On Monday, Daulet Ergozhin, a former deputy chairman of the KNB, was jailed for 15 years.",
    ],
)
def test_who_gets_a_prison_term_is_sentenced(extract_text, body: str) -> None:
    (sentencing,) = events(extract_text(body, date="2023-04-24"), "Sentencing")
    assert sentencing["participant"] == {"Daulet Ergozhin"}
    assert "agent" not in sentencing
    assert sentencing["termLength"] == {"15"}


def test_receiving_something_else_is_no_sentence(extract_text) -> None:
    result = extract_text(
        "On Monday, Daulet Ergozhin, a former deputy chairman of the KNB, received an award.",
        date="2023-04-24",
    )
    assert not events(result, "Sentencing")


@pytest.mark.parametrize(
    "body",
    [
        "Karim Masimov headed the KNB until January. On Saturday he was arrested and charged "
        "with treason.",
        "On Saturday Karim Masimov was detained and charged with high treason.",
    ],
)
def test_a_second_participle_shares_the_passive_subject(extract_text, body: str) -> None:
    (charge,) = events(extract_text(body, date="2022-01-13"), "Accusation")
    assert charge["participant"] == {"Karim Masimov"}


def test_an_active_second_verb_keeps_its_own_subject(extract_text) -> None:
    result = extract_text(
        "On Saturday Karim Masimov was detained and prosecutors charged Samat Abish with treason.",
        date="2022-01-13",
    )
    assert [c["participant"] for c in events(result, "Accusation")] == [{"Samat Abish"}]


def test_a_counted_subject_is_not_shared_by_the_second_participle(extract_text) -> None:
    result = extract_text(
        "A total of 71 buildings were demolished and burned in eight cities.", date="2022-01-13"
    )
    assert not [f for f in result.facts.values() if f.fkey.kind == "event"]


# --- appeals ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "agent"),
    [
        ("On July 12, Karim Masimov appealed the verdict.", None),
        ("On July 12, Karim Masimov appealed against his sentence.", None),
        ("In August 2023 the Supreme Court rejected Masimov's appeal.", "Supreme Court"),
        ("In August 2023 the Supreme Court upheld the sentence of Karim Masimov.", "Supreme Court"),
    ],
)
def test_an_appeal_is_against_the_one_tried(extract_text, body: str, agent) -> None:
    result = extract_text("Karim Masimov was sentenced in April 2023. " + body, date="2023-09-20")
    (appeal,) = events(result, "Appeal")
    assert "Karim Masimov" in appeal.get("participant", set()) or agent
    assert appeal.get("agent", set()) == ({agent} if agent else set())
    assert not [c for c in result.facts.values() if c.cls == "Claim"]  # no demand


@pytest.mark.parametrize(
    "body",
    [
        "On Monday Tokayev appealed to the CSTO for help.",
        "Human Rights Watch appealed to the authorities to release the detainees.",
        "The ministry appealed for calm.",
    ],
)
def test_an_appeal_for_something_is_no_legal_appeal(extract_text, body: str) -> None:
    assert not events(extract_text(body, date="2023-09-20"), "Appeal")


@pytest.mark.parametrize(
    "body",
    [
        "On January 4, the government reinstated the cap at 50 tenge per litre for 180 days.",
        "On January 4, the government imposed a price ceiling of 50 tenge per litre on gas.",
    ],
)
def test_a_cap_put_back_is_a_price_freeze(extract_text, body: str) -> None:
    (freeze,) = events(extract_text(body, date="2022-01-20"), "PriceFreeze")
    assert freeze["agent"] == {"Government of Kazakhstan"}
    assert freeze["date"] == {"2022-01-04"}


@pytest.mark.parametrize(
    "body",
    [
        "On January 1, the government lifted price caps on fuel.",
        "On January 6, the price cap on diesel expired.",
    ],
)
def test_a_cap_lifted_or_expired_is_no_price_freeze(extract_text, body: str) -> None:
    assert not events(extract_text(body, date="2022-01-20"), "PriceFreeze")


def test_an_election_commission_speaks_officially(extract_text) -> None:
    result = extract_text(
        "In the snap parliamentary elections held on March 19, 2023, the ruling party won 53.9 "
        "percent of the vote, the Central Election Commission said.",
        date="2023-03-30",
    )
    (election,) = events(result, "Election")
    assert election["date"] == {"2023-03-19"}
