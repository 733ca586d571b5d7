"""Who takes part in an event, who carries it out, and where: the person dismissed or
appointed, the one informed or ordered, the people force is used against are
participants (kz:target is for things: services, posts, buildings); a country that
acts is no place of its act; a list of places describing someone stays a modifier."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kzkg.errors import InputError
from kzkg.extract.model import DocResult, EntityKey
from kzkg.lexicon import load_lexicon

from .test_events_aftermath import events

ROOT = Path(__file__).resolve().parents[2]


def keys(result: DocResult, cls: str) -> list[tuple[str, ...]]:
    return [f.fkey.key for f in result.facts.values() if f.fkey.kind == "event" and f.cls == cls]


# --- changes of post: the person dismissed or appointed takes part --------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Tokayev dismissed Karim Masimov after the unrest.",
        "Karim Masimov was dismissed by President Tokayev.",
        "Masimov headed the agency until January 5, when he was dismissed by Tokayev.",
        "Tokayev removed Karim Masimov from his post.",
    ],
)
def test_the_person_dismissed_is_a_participant_not_a_target(extract_text, text) -> None:
    [dismissal] = events(extract_text(text), "Dismissal")
    assert dismissal["participant"] == {"Karim Masimov"}
    assert "target" not in dismissal
    assert dismissal["agent"] == {"Kassym-Jomart Tokayev"}


def test_a_dismissal_without_its_agent_still_names_who_lost_the_post(extract_text) -> None:
    result = extract_text("Samat Abish was dismissed from his post but not arrested.")
    [dismissal] = events(result, "Dismissal")
    assert dismissal["participant"] == {"Samat Abish"}
    assert "agent" not in dismissal
    assert keys(result, "Dismissal")[0][1] == "Samat Abish"  # merges with other reports


@pytest.mark.parametrize(
    "text, person",
    [
        ("Tokayev appointed Ermek Sagimbayev as the new chief of the KNB.", "Ermek Sagimbayev"),
        ("Tokayev replaced Nazarbayev as head of the Security Council.", "Nursultan Nazarbayev"),
        (
            "Nazarbayev stepped down in 2019 and handed over power to the new head of state"
            " Kassym-Jomart Tokayev.",
            "Kassym-Jomart Tokayev",
        ),
    ],
)
def test_who_is_appointed_replaced_or_handed_power_takes_part(extract_text, text, person):
    [change] = events(extract_text(text), "Succession")
    assert person in change["participant"]
    assert "target" not in change


@pytest.mark.parametrize(
    "text, agent",
    [
        ("Karim Masimov's dismissal surprised the elites.", set()),
        ("Tokayev's dismissal of Karim Masimov surprised the elites.", {"Kassym-Jomart Tokayev"}),
    ],
)
def test_whose_dismissal_it_is(extract_text, text, agent) -> None:
    [dismissal] = events(extract_text(text), "Dismissal")
    assert dismissal["participant"] == {"Karim Masimov"}
    assert dismissal.get("agent", set()) == agent


# --- the one informed, ordered, deployed or dispersed takes part -----------------------


@pytest.mark.parametrize(
    "text, cls, agent, participant",
    [
        (
            "The UN was informed on Thursday by the CSTO of the troop deployment.",
            "Speech",
            "Collective Security Treaty Organization",
            "United Nations",
        ),
        (
            "Tokayev ordered the army to fire without warning.",
            "Order",
            "Kassym-Jomart Tokayev",
            "army",
        ),
        (
            "The security forces used indiscriminate force against the peaceful protesters.",
            "UseOfForce",
            "security forces",
            "protesters",
        ),
        (
            "Police dispersed the protesters with tear gas.",
            "UseOfForce",
            "police",
            "protesters",
        ),
    ],
)
def test_an_actor_the_act_is_done_to_takes_part(extract_text, text, cls, agent, participant):
    [event] = events(extract_text(text), cls)
    assert agent in event["agent"]
    assert participant in event["participant"]
    assert participant not in event.get("target", set())


def test_whose_speech_it_is_stays_its_agent(extract_text) -> None:
    [speech] = events(extract_text("Tokayev's speech was broadcast on Friday."), "Speech")
    assert speech["agent"] == {"Kassym-Jomart Tokayev"}
    assert "participant" not in speech


def test_services_blocked_stay_targets(extract_text) -> None:
    result = extract_text("The authorities blocked WhatsApp and Telegram on January 4.")
    [shutdown] = events(result, "CommunicationsShutdown")
    assert {"WhatsApp", "Telegram"} <= shutdown["target"]
    assert "participant" not in shutdown


# --- places ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed troops to Kazakhstan.",
        "Russia sent paratroopers to Kazakhstan on Thursday.",
    ],
)
def test_a_country_that_acts_is_not_where_it_acted(extract_text, text) -> None:
    [deployment] = events(extract_text(text), "MilitaryDeployment")
    assert deployment["agent"] == {"Russia"}
    assert deployment["place"] == {"Kazakhstan"}


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO peacekeeping forces from Russia, Belarus, Armenia, Kyrgyzstan, and Tajikistan"
        " were sent home from Almaty.",
        "Peacekeepers from Russia, Armenia, Kyrgyzstan, and Tajikistan left Almaty.",
        "Troops from Russia, Belarus, Armenia, and Tajikistan were withdrawn from Almaty.",
    ],
)
def test_the_last_of_a_list_of_origins_is_no_place_or_agent(extract_text, text) -> None:
    [withdrawal] = events(extract_text(text), "Withdrawal")
    assert withdrawal["place"] == {"Almaty"}
    assert "Tajikistan" not in withdrawal.get("agent", set())


def test_places_listed_where_the_event_was_are_all_kept(extract_text) -> None:
    result = extract_text("Protests broke out in Almaty, Aktau and Zhanaozen.")
    [protest] = events(result, "Protest")
    assert protest["place"] == {"Almaty", "Aktau", "Zhanaozen"}


# --- a dateline before the subject; participles without a subject of their own --------


@pytest.mark.parametrize(
    "text, cls",
    [
        ("ASTANA – Almaty court delivered its verdict on Monday.", "Verdict"),
        ("ALMATY – Almaty court sentenced Karim Masimov to 18 years in prison.", "Sentencing"),
    ],
)
def test_the_subject_after_a_dateline_is_the_agent(extract_text, text, cls) -> None:
    [event] = events(extract_text(text), cls)
    assert event["agent"] == {"Almaty court"}


def test_a_dateline_city_is_no_agent(extract_text) -> None:
    [verdict] = events(extract_text("ASTANA – The verdict was delivered on Monday."), "Verdict")
    assert "agent" not in verdict


@pytest.mark.parametrize(
    "text",
    [
        "Karim Masimov was arrested in January, after being dismissed by President Tokayev.",
        "Having been dismissed by President Tokayev, Karim Masimov was arrested.",
    ],
)
def test_a_passive_participle_is_done_to_the_main_subject(extract_text, text) -> None:
    [dismissal] = events(extract_text(text), "Dismissal")
    assert dismissal["participant"] == {"Karim Masimov"}
    assert dismissal["agent"] == {"Kassym-Jomart Tokayev"}


def test_an_active_gerund_is_done_by_the_main_subject(extract_text) -> None:
    result = extract_text("After dismissing Karim Masimov, Tokayev appointed Ermek Sagimbayev.")
    [dismissal] = events(result, "Dismissal")
    assert dismissal["agent"] == {"Kassym-Jomart Tokayev"}
    assert dismissal["participant"] == {"Karim Masimov"}


def test_a_gerund_of_purpose_is_not_the_main_subjects_act(extract_text) -> None:
    result = extract_text("Police detained Zhagiparov for protesting in Almaty.")
    assert all("police" not in p.get("agent", set()) for p in events(result, "Protest"))


# --- "nationwide", "across the country" ------------------------------------------------


@pytest.mark.parametrize(
    "text, cls",
    [
        (
            "Kazakhstan's President Tokayev declared a nationwide state of emergency on Wednesday.",
            "StateOfEmergency",
        ),
        (
            "Kazakhstan's president declared a state of emergency across the country.",
            "StateOfEmergency",
        ),
        ("Tokayev introduced a countrywide curfew in Kazakhstan on January 5.", "Curfew"),
    ],
)
def test_nationwide_is_the_country_the_sentence_names(extract_text, text, cls) -> None:
    [event] = events(extract_text(text), cls)
    assert event["place"] == {"Kazakhstan"}


def test_two_countries_give_no_nationwide_place(extract_text) -> None:
    text = "Russia's president and Kazakhstan's president declared a nationwide state of emergency."
    for event in events(extract_text(text), "StateOfEmergency"):
        assert "place" not in event


def test_across_the_country_of_another_clause_is_not_the_events_place(extract_text) -> None:
    text = (
        "Tokayev dismissed Karim Masimov, the head of Kazakhstan's security service, amid"
        " unrest unfolding across the country."
    )
    [dismissal] = events(extract_text(text), "Dismissal")
    assert "place" not in dismissal


# --- requests for help: the one asked takes part ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev requested the assistance of the Collective Security Treaty Organization.",
        "Tokayev called for help from the Collective Security Treaty Organization (CSTO).",
        "Tokayev called in the CSTO, a military alliance of former Soviet states.",
        "Tokayev asked the CSTO for help.",
    ],
)
def test_the_one_asked_for_help_takes_part(extract_text, text) -> None:
    [request] = events(extract_text(text), "RequestForAssistance")
    assert request["agent"] == {"Kassym-Jomart Tokayev"}
    assert request["participant"] == {"Collective Security Treaty Organization"}


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev called for calm.",
        "The European Parliament called for an international investigation.",
        "Protesters called for talks with the government.",
    ],
)
def test_a_call_for_something_else_is_no_request_for_help(extract_text, text) -> None:
    assert not events(extract_text(text), "RequestForAssistance")


# --- whom an investigation is against, told in an apposition ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The KNB has been conducting an investigation into state treason – the main"
        " accusation against the former head of the agency Karim Masimov.",
        "The prosecutor's office opened an investigation into abuse of power, the main charge"
        " against Karim Masimov.",
        "The KNB is investigating treason, the main accusation against Karim Masimov.",
    ],
)
def test_whom_the_accusation_beside_an_investigation_is_against(extract_text, text) -> None:
    [investigation] = events(extract_text(text), "Investigation")
    assert investigation["participant"] == {"Karim Masimov"}


@pytest.mark.parametrize(
    "text",
    [
        "The KNB opened an investigation into the protests against Tokayev.",
        "Police investigated the riots, attacks against Tokayev's supporters.",
    ],
)
def test_what_an_investigated_event_is_against_is_not_investigated(extract_text, text) -> None:
    for investigation in events(extract_text(text), "Investigation"):
        assert "Kassym-Jomart Tokayev" not in investigation.get("participant", set())


# --- "along with", "together with" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev formed a working group in forming proposals for the constitutional changes"
        " along with the Parliament.",
        "Tokayev formed a working group together with the Parliament.",
    ],
)
def test_who_acts_along_with_the_agent_takes_part(extract_text, text) -> None:
    [formation] = events(extract_text(text), "Formation")
    assert formation["agent"] == {"Kassym-Jomart Tokayev"}
    assert formation["participant"] == {"Parliament of Kazakhstan"}


def test_together_with_after_the_object_goes_with_the_object(extract_text) -> None:
    [arrest] = events(
        extract_text("Police detained Zhagiparov together with Kapsalanov."), "Arrest"
    )
    assert arrest["agent"] == {"police"}
    assert arrest["participant"] == {"Zhagiparov", "Kapsalanov"}


def test_together_with_beside_the_subject_is_a_co_agent(extract_text) -> None:
    text = (
        "The Helsinki Committee, together with the Civic Solidarity Platform, issued a statement."
    )
    [speech] = events(extract_text(text), "Speech")
    assert speech["agent"] == {"Norwegian Helsinki Committee", "Civic Solidarity Platform"}


# --- "both of them"; two names the parser reads as one ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev dismissed Karim Masimov and Samat Abish. Both of them were detained on January 8.",
        "Charges were brought against Karim Masimov, the former KNB chief, and Samat Abish, his"
        " deputy. Both have been detained.",
    ],
)
def test_both_of_them_are_the_two_persons_just_named(extract_text, text) -> None:
    [arrest] = events(extract_text(text), "Arrest")
    assert arrest["participant"] == {"Karim Masimov", "Samat Abish"}


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev met Putin. Both of them were detained.",  # no "and": not a pair
        "Tokayev dismissed Karim Masimov and Samat Abish. Protests continued. Both were detained.",
    ],
)
def test_both_without_a_pair_just_before_names_no_one(extract_text, text) -> None:
    [arrest] = events(extract_text(text), "Arrest")
    assert "participant" not in arrest


def test_two_names_joined_by_and_are_both_arguments(extract_text) -> None:
    result = extract_text("Police detained Karim Masimov and Samat Abish on Monday.")
    [arrest] = events(result, "Arrest")
    assert arrest["participant"] == {"Karim Masimov", "Samat Abish"}


# --- who takes part in a protest that names no one ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Protests broke out in Zhanaozen on January 2.",
        "A peaceful demonstration was held in the western region of Mangystau.",
        "The protests spread throughout Kazakhstan, turning into demonstrations against Tokayev.",
    ],
)
def test_a_protest_naming_no_one_is_the_protesters(extract_text, text) -> None:
    found = events(extract_text(text), "Protest")
    assert found
    assert all(p["participant"] == {"protesters"} for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Human rights defenders rallied in Almaty on Monday.",
        "Human rights defenders protested against the verdict.",
    ],
)
def test_a_protest_by_someone_named_gets_no_implied_protesters(extract_text, text) -> None:
    for protest in events(extract_text(text), "Protest"):
        assert "protesters" not in protest.get("participant", set())


def test_no_implied_participants_for_other_classes(extract_text) -> None:
    [arrest] = events(extract_text("Hundreds were arrested in Almaty."), "Arrest")
    assert "participant" not in arrest


def test_event_actors_must_name_an_entity(tmp_path: Path) -> None:
    folder = tmp_path / "lexicon"
    shutil.copytree(ROOT / "ontology" / "lexicon", folder)
    claims_file = folder / "claims.yaml"
    text = claims_file.read_text(encoding="utf-8")
    claims_file.write_text(text.replace("protest: protesters", "protest: marchers"))
    with pytest.raises(InputError, match="event_actors: protest: unknown entity"):
        load_lexicon(folder, ROOT / "ontology" / "kzkg.ttl")


# --- a relative clause set off after a name -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev requested the assistance of the Collective Security Treaty Organisation (CSTO),"
        " which promptly deployed troops to Kazakhstan.",
        "Tokayev turned to the Collective Security Treaty Organisation (CSTO), the Moscow-led"
        " security bloc which deployed troops to Kazakhstan within hours.",
    ],
)
def test_which_after_a_name_set_off_by_a_comma_is_that_name(extract_text, text) -> None:
    [deployment] = events(extract_text(text), "MilitaryDeployment")
    assert deployment["agent"] == {"Collective Security Treaty Organization"}
    assert deployment["place"] == {"Kazakhstan"}


def test_which_after_a_place_is_no_agent(extract_text) -> None:
    text = "Troops were flown to Almaty, which had been stormed by rioters, on Thursday."
    for deployment in events(extract_text(text), "MilitaryDeployment"):
        assert "Almaty" not in deployment.get("agent", set())


# --- counted groups, symmetric meetings, who goes on trial, whose body was found --------


@pytest.mark.parametrize(
    "text",
    [
        "Riot police detained dozens of protesters in Almaty on Wednesday.",
        "Police detained hundreds of protesters in Almaty.",
        "Police detained several of the protesters in Almaty.",
    ],
)
def test_a_counted_group_is_the_group(extract_text, text) -> None:
    [arrest] = events(extract_text(text), "Arrest")
    assert arrest["participant"] == {"protesters"}
    assert arrest["agent"] == {"police"}


def test_a_group_named_after_another_noun_is_not_counted(extract_text) -> None:
    [arrest] = events(extract_text("Police detained relatives of protesters in Almaty."), "Arrest")
    assert "protesters" not in arrest.get("participant", set())


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Tokayev held talks in Moscow.",
        "Putin and Tokayev met in Moscow on Friday.",
    ],
)
def test_two_who_met_are_both_participants(extract_text, text) -> None:
    [meeting] = events(extract_text(text), "Meeting")
    assert meeting["participant"] == {"Vladimir Putin", "Kassym-Jomart Tokayev"}
    assert "agent" not in meeting
    assert meeting["place"] == {"Moscow"}


def test_who_met_someone_named_stays_the_agent(extract_text) -> None:
    [meeting] = events(extract_text("Tokayev met Putin and Lukashenko in Moscow."), "Meeting")
    assert meeting["agent"] == {"Kassym-Jomart Tokayev"}
    assert meeting["participant"] == {"Vladimir Putin", "Alexander Lukashenko"}


@pytest.mark.parametrize(
    "text",
    [
        "Karim Masimov went on trial in Astana on Monday.",
        "Karim Masimov stood trial in Astana.",
        "Karim Masimov is on trial in Astana.",
    ],
)
def test_who_goes_on_trial_is_tried_not_the_agent(extract_text, text) -> None:
    [trial] = events(extract_text(text), "Trial")
    assert trial["participant"] == {"Karim Masimov"}
    assert "agent" not in trial


def test_bodies_of_two_people_found_are_two_discoveries(extract_text) -> None:
    text = (
        "Kapsalanov's body was found at the morgue on January 10. The body of Zhagiparov was"
        " found on January 12."
    )
    found = events(extract_text(text), "Discovery")
    assert sorted(tuple(sorted(d["participant"])) for d in found) == [
        ("Kapsalanov",),
        ("Zhagiparov",),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Karim Masimov was placed in custody by police on Monday.",
        "Karim Masimov was taken into custody by police on Monday.",
    ],
)
def test_who_takes_someone_into_custody_stays_the_agent(extract_text, text) -> None:
    [arrest] = events(extract_text(text), "Arrest")
    assert arrest["agent"] == {"police"}
    assert arrest["participant"] == {"Karim Masimov"}


# --- a decreed act told in the passive by the body that decreed it ------------------------


@pytest.mark.parametrize(
    "text, cls",
    [
        (
            "The Kazakh presidency announced that the state of emergency was lifted in Almaty"
            " on Wednesday.",
            "EmergencyLifted",
        ),
        (
            "Meanwhile, the Kazakh presidency announced in a statement that as of Wednesday, the"
            " state of emergency was lifted in Almaty and Aktau.",
            "EmergencyLifted",
        ),
        (
            "The Kazakh presidency announced in a statement that a curfew was imposed in Almaty.",
            "Curfew",
        ),
    ],
)
def test_the_body_announcing_a_decreed_act_decreed_it(extract_text, text, cls) -> None:
    [event] = events(extract_text(text), cls)
    assert event["agent"] == {"Akorda"}
    assert "Almaty" in event["place"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kazakh presidency announced that Karim Masimov was dismissed.",  # not a decree
        "Tokayev's spokesman said the curfew was lifted in Almaty.",  # a person speaks for it
        "The Kazakh presidency announced that Tokayev lifted the state of emergency.",
    ],
)
def test_no_announcing_body_as_agent_otherwise(extract_text, text) -> None:
    for fact in extract_text(text).facts.values():
        if fact.fkey.kind == "event" and fact.cls != "Speech":
            assert ("agent", EntityKey("organization", "Akorda")) not in fact.props


def test_what_a_statement_says_is_not_where_it_was_made(extract_text) -> None:
    text = "The foreign ministry informed the UN that troops had arrived in Almaty."
    [speech] = events(extract_text(text), "Speech")
    assert speech["participant"] == {"United Nations"}
    assert "place" not in speech


def test_national_in_a_sentence_naming_no_country_is_the_texts_country(extract_text) -> None:
    text = (
        "Protests in Kazakhstan turned violent. Russia sent troops to Kazakhstan. A national"
        " state of emergency was introduced, and the government resigned."
    )
    [emergency] = events(extract_text(text), "StateOfEmergency")
    assert emergency["place"] == {"Kazakhstan"}


def test_no_main_country_when_two_are_named_as_often(extract_text) -> None:
    text = (
        "Protests in Kazakhstan turned violent. Russia sent troops to Kazakhstan. Russia and"
        " Belarus watched. A national state of emergency was introduced."
    )
    [emergency] = events(extract_text(text), "StateOfEmergency")
    assert "place" not in emergency


def test_the_national_guard_is_no_nationwide_event(extract_text) -> None:
    text = "Kazakhstan and Kazakhstan's allies watched. The National Guard opened fire in Almaty."
    [force] = events(extract_text(text), "UseOfForce")
    assert force["place"] == {"Almaty"}


def test_both_as_an_adverb_or_determiner_names_no_one(extract_text) -> None:
    text = "Police arrested Karim Masimov and Samat Abish. Both sides later met in Almaty."
    for meeting in events(extract_text(text), "Meeting"):
        assert "Karim Masimov" not in meeting.get("participant", set())


# --- caught up in force used on a gathering -------------------------------------------------


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Aigerim Tuleuzhanova was in a crowd of some 200 protesters at Almaty's Republic"
            " Square on January 6 when a group of soldiers opened fire with live ammunition.",
            "Aigerim Tuleuzhanova",
        ),
        ("Zhanbolat Mamai was at a rally in Almaty when police opened fire.", "Zhanbolat Mamai"),
    ],
)
def test_who_was_in_the_crowd_when_force_was_used_is_affected(extract_text, text, person):
    found = events(extract_text(text), "UseOfForce")
    assert found
    assert all(person in force["participant"] for force in found)


def test_who_was_elsewhere_when_force_was_used_is_not(extract_text) -> None:
    text = "Tokayev was in Astana when soldiers opened fire on protesters in Almaty."
    [force] = events(extract_text(text), "UseOfForce")
    assert "Kassym-Jomart Tokayev" not in force["participant"]
    assert force["place"] == {"Almaty"}  # the when-clause says where: not Astana


# --- "they" after the one group that is a subject earlier in the sentence --------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstani law enforcement didn't just use lethal force against protesters in"
        " January 2022 – they also used torture widely during and after the unrest.",
        "Security forces detained the protesters and they tortured them in custody.",
    ],
)
def test_they_is_the_group_that_is_the_subject_before(extract_text, text) -> None:
    [torture] = events(extract_text(text), "Torture")
    assert torture["agent"] == {"security forces"}


def test_they_after_two_groups_is_left_to_the_sentences_before(extract_text) -> None:
    text = "Police and the army clashed with protesters, and they later tortured detainees."
    for torture in events(extract_text(text), "Torture"):
        assert torture.get("agent", set()) != {"police"}
