"""Speeches, transcripts and first-person writing: addresses to the nation, press
conferences in Q/A form, op-eds and open letters. Paragraphs written for these tests.
Negatives: a question is no one's claim, a promise is no event, and a number spelled
out in words keeps its full value.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.corpus import Document
from kzkg.dates import PartialDate

from .test_rules import facts, values

DOC = "2022-01-11"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Twenty thousand", "20000"),
        ("twenty thousand", "20000"),
        ("Two hundred and twenty-five", "225"),
        ("twenty-five", "25"),
        ("20 thousand", "20000"),
    ],
)
def test_a_number_in_words_keeps_its_scale(extract_text, words, value) -> None:
    result = extract_text(f"Tokayev said {words} bandits had attacked Almaty.", date=DOC)
    (figure,) = facts(result, "Statistic")
    assert values(figure, "numericValue") == {value}


def test_a_vague_number_in_words_has_no_value(extract_text) -> None:
    result = extract_text("Tokayev said thousands of bandits had attacked Almaty.", date=DOC)
    assert all(not values(f, "numericValue") for f in facts(result, "Statistic"))


@pytest.mark.parametrize(
    "order",
    [
        "I have given the order to the law enforcement agencies and the army to shoot to "
        "kill without warning.",
        "Tokayev gave the order to the police and the army to shoot to kill without warning.",
        "He has given instructions to the troops to open fire and to kill without warning.",
    ],
)
def test_what_an_order_is_given_to_do_is_no_event(extract_text, order) -> None:
    result = extract_text(order, date=DOC)
    assert not facts(result, "Killing")


def test_a_killing_told_beside_an_order_is_an_event(extract_text) -> None:
    result = extract_text(
        "Tokayev gave the order to shoot without warning, and soldiers killed a "
        "protester in Almaty on 6 January.",
        date=DOC,
    )
    assert facts(result, "Killing")


def claimants(result) -> dict[str, set[str]]:
    return {c.label.split(": ", 2)[-1]: values(c, "claimant") for c in facts(result, "Claim")}


SPEECH = (
    "Our country has faced an armed attack by terrorist gangs trained abroad. Almaty "
    "was attacked by 20,000 bandits.\n\n"
    "The terrorists seized the Almaty airport on 5 January. We will punish the guilty."
)


@pytest.mark.parametrize(
    "introduction",
    [
        "Here is the full text of President Tokayev's address to the nation:",
        "Tokayev addressed the nation on Friday. Below is the full text of his speech.",
        "The full text of the address by Kassym-Jomart Tokayev follows.",
        "We publish the address of Kassym-Jomart Tokayev in full:",
    ],
)
def test_a_speech_printed_in_full_is_its_speakers_words(extract_text, introduction) -> None:
    result = extract_text(f"{introduction}\n\nDear compatriots!\n\n{SPEECH}", date=DOC)
    said = claimants(result)
    assert said and all(who == {"Kassym-Jomart Tokayev"} for who in said.values())
    assert not any("compatriots" in text for text in said)  # a greeting tells nothing
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}
    assert not facts(result, "Riot")  # his account, not the publisher's


def test_a_letter_to_someone_is_not_the_addressees_words(extract_text) -> None:
    result = extract_text(
        "Here is the full text of the open letter to President Tokayev:\n\n"
        "We demand an independent investigation. Our sons were shot in Almaty.",
        date=DOC,
    )
    said = claimants(result)
    assert all("Kassym-Jomart Tokayev" not in who for who in said.values())
    assert not facts(result, "UseOfForce")


@pytest.mark.parametrize(
    "mention",
    [
        "The full text of the address is available on the president's website.",
        "Read the full text of the statement here.",
        "Tokayev's speech was broadcast in full on state television.",
    ],
)
def test_a_mention_of_a_full_text_introduces_nothing(extract_text, mention) -> None:
    result = extract_text(
        f"Tokayev addressed the nation on 7 January. {mention}\n\n"
        "Human Rights Watch said that the security forces had used excessive force.",
        date=DOC,
    )
    assert claimants(result) == {
        "that the security forces had used excessive force": {"Human Rights Watch"}
    }


ANSWERS = (
    "Q: Is it true that the army fired on peaceful protesters?\n\n"
    "A: No. The terrorists attacked the airport and seized weapons.\n\n"
    "Q: How many people died?\n\n"
    "A: According to the latest data, 225 people were killed."
)


@pytest.mark.parametrize(
    "introduction",
    [
        "In an interview with Euronews, President Kassym-Jomart Tokayev spoke about the "
        "January events.",
        "Euronews interviewed President Kassym-Jomart Tokayev on 20 January.",
        "At a press conference on 11 January, Kassym-Jomart Tokayev answered questions.",
        "Here is the transcript of the interview with Kassym-Jomart Tokayev.",
    ],
)
def test_an_interviews_answers_are_the_interviewees(extract_text, introduction) -> None:
    result = extract_text(f"{introduction}\n\n{ANSWERS}", date=DOC)
    said = claimants(result)
    assert said and all(who == {"Kassym-Jomart Tokayev"} for who in said.values())
    assert not any("army fired" in text for text in said)  # the question is no one's
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}
    assert not facts(result, "Riot")


@pytest.mark.parametrize(
    "introduction",
    [
        "Journalist Anna Smith spoke to Kassym-Jomart Tokayev and Karim Masimov.",
        "Tokayev declared a state of emergency on 5 January.",  # no interview
        "",
    ],
)
def test_answers_with_no_one_interviewee_are_no_ones(extract_text, introduction) -> None:
    result = extract_text(f"{introduction}\n\n{ANSWERS}", date=DOC)
    assert not [c for c in facts(result, "Claim") if "terrorists" in c.label]


@pytest.mark.parametrize("label", ["SMADIYAROV", "Smadiyarov", "MR. SMADIYAROV"])
def test_a_transcript_turn_labelled_by_surname_is_that_persons(extract_text, label) -> None:
    result = extract_text(
        "Transcript of the briefing by Foreign Ministry spokesman Aibek Smadiyarov.\n\n"
        f"{label}: The CSTO peacekeepers will begin to withdraw on 13 January.\n\n"
        "QUESTION: Is it true that Russian troops will stay in Kazakhstan?\n\n"
        f"{label}: These claims are false. No foreign troops will remain.",
        date=DOC,
    )
    said = claimants(result)
    assert said and all(who == {"Aibek Smadiyarov"} for who in said.values())
    assert not facts(result, "Withdrawal")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokayev said so, yet the Prosecutor General's Office never named a single foreign "
        "fighter.",
        "Tokayev said so, but the prosecutors never named a foreign fighter.",
    ],
)
def test_a_clause_after_but_is_not_what_was_said(extract_text, sentence) -> None:
    result = extract_text(sentence, date="2025-01-05")
    assert not [c for c in facts(result, "Claim") if "never named" in c.label]


def test_a_that_clause_after_but_is_still_what_was_said(extract_text) -> None:
    result = extract_text(
        "Tokayev said that the CSTO troops would leave, but the opposition doubted it.",
        date="2025-01-05",
    )
    assert claimants(result) == {"that the CSTO troops would leave": {"Kassym-Jomart Tokayev"}}


@pytest.mark.parametrize(
    "relative",
    [
        "My friend Askar was arrested on 6 January.",
        "My brother was detained on 6 January.",
        "Her son was arrested on 6 January.",
    ],
)
def test_he_after_an_unnamed_relative_is_not_the_last_named_person(extract_text, relative):
    result = extract_text(
        "Tokayev promised a New Kazakhstan in March 2022.\n\n"
        f"{relative} He was later acquitted by a court in Almaty.",
        date="2025-01-05",
    )
    assert all(
        "Kassym-Jomart Tokayev" not in values(f, "participant") for f in result.facts.values()
    )


def test_he_after_a_named_person_is_still_that_person(extract_text) -> None:
    result = extract_text(
        "Tokayev promised a New Kazakhstan in March 2022.\n\n"
        "Karim Masimov was arrested on 6 January. He was later sentenced to 18 years.",
        date="2025-01-05",
    )
    (sentencing,) = facts(result, "Sentencing")
    assert values(sentencing, "participant") == {"Karim Masimov"}


@pytest.mark.parametrize(
    "sentence",
    [
        "On 6 January, my son was shot dead by soldiers near the Almaty akimat.",
        "On 6 January, my son was shot dead by soldiers outside the Almaty akimat.",
        "On 6 January, a protester was killed by soldiers at the Almaty akimat.",
    ],
)
def test_where_a_by_phrase_stands_names_no_agent(extract_text, sentence) -> None:
    result = extract_text(sentence, date="2023-03-01")
    (killing,) = facts(result, "Killing")
    assert values(killing, "agent") == {"army"}


def test_who_a_by_phrase_names_with_of_is_the_agent(extract_text) -> None:
    result = extract_text(
        "On 6 January 2022, a protester was killed by members of the National Guard in Almaty.",
        date="2023-03-01",
    )
    (killing,) = facts(result, "Killing")
    assert values(killing, "agent") == {"National Guard"}


@pytest.mark.parametrize(
    "speaker",
    [
        "His wife, Inga Imanbai, told reporters",
        "His wife Inga Imanbai told reporters",
        "Inga Imanbai, his wife, told reporters",
    ],
)
def test_she_after_a_relative_named_in_apposition_is_her(extract_text, speaker) -> None:
    result = extract_text(
        f"{speaker} that she had not been allowed to see him.\n\n"
        '"My husband is not a terrorist. He is a journalist," she said.',
        date="2022-03-01",
    )
    said = claimants(result)
    assert any("journalist" in text for text in said)
    assert all(who == {"Inga Imanbai"} for who in said.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "Zhovtis said there were never 20,000 terrorists.",
        '"There were never 20,000 terrorists," Zhovtis said.',
        '"There were no 20,000 terrorists in Almaty," Zhovtis said.',
        '"Nobody has seen 20,000 terrorists," Zhovtis said.',
        "Zhovtis said that not 20,000 but a few hundred armed men took part.",
    ],
)
def test_a_figure_denied_is_no_ones_count(extract_text, sentence) -> None:
    result = extract_text(sentence, date="2025-01-10")
    assert not [f for f in facts(result, "Statistic") if values(f, "numericValue") == {"20000"}]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokayev said there were 20,000 terrorists in Almaty.",
        '"Almaty was attacked by 20,000 terrorists," Tokayev said.',
        "Tokayev said that 20,000 terrorists had attacked the city, not a few hundred.",
    ],
)
def test_a_figure_stated_is_the_speakers_count(extract_text, sentence) -> None:
    result = extract_text(sentence, date="2025-01-10")
    (figure,) = [f for f in facts(result, "Statistic") if values(f, "numericValue") == {"20000"}]
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(
    "introduction",
    [
        "Vlast.kz spoke with human rights defender Yevgeniy Zhovtis.",
        "Vlast.kz spoke with lawyer Yevgeniy Zhovtis.",
    ],
)
def test_a_name_after_an_occupation_is_a_person(extract_text, introduction) -> None:
    result = extract_text(
        f"{introduction}\n\n— Was it a coup?\n\n— No. It was a power struggle inside the elite.",
        date="2025-01-10",
    )
    assert any(k.kind == "person" and k.label == "Yevgeniy Zhovtis" for k in result.entities)
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"Yevgeniy Zhovtis"}


def test_the_speech_a_paragraph_told_of_is_its_givers(extract_text) -> None:
    result = extract_text(
        "Tokayev delivered a speech to parliament on 11 January 2022. Below is the full "
        f"text of the speech, as published by Akorda.\n\n{SPEECH}",
        date="2022-01-12",
    )
    said = claimants(result)
    assert said and all(who == {"Kassym-Jomart Tokayev"} for who in said.values())


def test_a_letter_after_a_speech_is_not_the_speakers(extract_text) -> None:
    result = extract_text(
        "Tokayev delivered a speech to parliament on 11 January 2022. Relatives of the "
        "victims replied in a letter. Below is the full text of the letter.\n\n"
        "We demand an independent investigation. Our sons were not terrorists.",
        date="2022-01-20",
    )
    assert all("Kassym-Jomart Tokayev" not in who for who in claimants(result).values())


@pytest.mark.parametrize(
    ("question", "answer"),
    [("**Q:**", "**A:**"), ("Q.", "A."), ("**Question:**", "**Answer:**"), ("Q:", "A:")],
)
def test_an_answer_however_marked_is_the_interviewees(extract_text, question, answer):
    result = extract_text(
        "In an interview with Kursiv, lawyer Zhanara Balgabayeva spoke about the trials.\n\n"
        f"{question} Has anyone been punished?\n\n"
        f"{answer} Only a handful of officers. Most cases were closed in 2023.",
        date="2024-01-05",
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"Zhanara Balgabayeva"}


def test_an_initial_opens_no_answer(extract_text) -> None:
    result = extract_text(
        "A. Smith, a lawyer, said that the courts had ignored torture.", date="2024-01-05"
    )
    (claim,) = facts(result, "Claim")
    assert "ignored torture" in claim.label


def test_a_bold_speaker_label_opens_a_turn(extract_text) -> None:
    result = extract_text(
        "Transcript of the briefing by Foreign Ministry spokesman Aibek Smadiyarov.\n\n"
        "**QUESTION:** Will Russian troops stay in Kazakhstan?\n\n"
        "**SMADIYAROV:** No foreign troops will remain after 19 January.",
        date=DOC,
    )
    said = claimants(result)
    assert said and all(who == {"Aibek Smadiyarov"} for who in said.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "I filed a complaint, but the investigation was closed in June 2022.",
        "The investigation into his death was suspended in 2023.",
        "Prosecutors dropped the investigation in March 2023.",
    ],
)
def test_an_investigation_ended_is_no_investigation_begun_then(extract_text, sentence):
    result = extract_text(sentence, date="2025-02-01")
    assert not facts(result, "Investigation")


@pytest.mark.parametrize(
    ("sentence", "cls"),
    [
        ("The trial was closed to the public in January 2025.", "ClosedTrial"),
        ("The Anti-Corruption Agency opened an investigation in May 2022.", "Investigation"),
        ("Police shut down the protest in Almaty on 6 January 2022.", "Protest"),
    ],
)
def test_an_event_begun_or_broken_up_is_an_event(extract_text, sentence, cls) -> None:
    assert facts(extract_text(sentence, date="2025-02-01"), cls)


@pytest.mark.parametrize(
    "sentence",
    [
        "I know of at least 40 other men who were tortured in the same building.",
        "I have interviewed 40 people who were detained in January 2022.",
    ],
)
def test_a_figure_in_the_first_person_is_the_authors(extract_text, sentence) -> None:
    by_one = extract_text(sentence, date="2023-01-05", authors=("Serik Ospanov",))
    (figure,) = facts(by_one, "Statistic")
    assert values(figure, "claimant") == {"Serik Ospanov"}
    unsigned = extract_text(sentence, date="2023-01-05")  # no byline: the publisher's
    (figure,) = facts(unsigned, "Statistic")
    assert values(figure, "claimant") == {"Example News"}


def test_a_figure_in_the_first_person_plural_is_the_publishers(extract_text) -> None:
    result = extract_text(
        "We documented 40 cases of torture in Almaty.",
        date="2023-01-05",
        publisher="Human Rights Watch",
        authors=("Mihra Rittmann",),
    )
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Human Rights Watch"}


def test_a_greeting_after_a_label_is_no_part_of_the_claim(extract_text) -> None:
    result = extract_text(
        "Deputy Aidos Sarym: Mr President, will those responsible be punished?\n\n"
        "Tokayev: Dear deputies! The country has survived an attempted coup.",
        date=DOC,
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimText") == {"The country has survived an attempted coup."}


@pytest.mark.parametrize(
    "introduction",
    [
        "The Ministry of Foreign Affairs of Kazakhstan released the following comment:",
        "The Ministry of Foreign Affairs of Kazakhstan issued the following statement on "
        "21 January 2022:",
    ],
)
def test_the_following_statement_is_its_issuers(extract_text, introduction) -> None:
    result = extract_text(
        f"{introduction}\n\nThe resolution is based on biased information. The law "
        "enforcement agencies detained 9,900 people.",
        date="2022-01-22",
    )
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Ministry of Foreign Affairs of Kazakhstan"}
    assert not facts(result, "Arrest")


def test_the_reporter_speaks_again_after_a_statement(extract_text) -> None:
    result = extract_text(
        "The Ministry of Foreign Affairs of Kazakhstan issued the following statement:\n\n"
        "We call on our partners to refrain from one-sided assessments.\n\n"
        "Meanwhile, police detained 50 people in Almaty, the Interior Ministry said.",
        date="2022-01-22",
    )
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Ministry of Internal Affairs of Kazakhstan"}


def test_a_letter_that_reads_is_its_signatories(extract_text) -> None:
    result = extract_text(
        "Relatives of victims wrote to the General Prosecutor's Office. The letter, signed "
        "by the Qantar 2022 committee, reads:\n\n"
        "We demand the names of those who gave the order to shoot. Our children were "
        "killed on Republic Square on 5 January 2022.\n\n"
        "The Prosecutor General's Office said it had received the letter.",
        date="2023-01-10",
    )
    said = claimants(result)
    assert {"Qantar 2022 committee"} in said.values()
    assert {"General Prosecutor's Office of Kazakhstan"} in said.values()
    assert not facts(result, "Killing")


def _titled(extractor, title: str, body: str, publisher: str = "Akorda"):
    doc = Document(
        id="t",
        path=Path("t.md"),
        body=body,
        title=title,
        publisher=publisher,
        date=PartialDate.parse("2022-01-07"),
    )
    return extractor.extract(doc)


ADDRESS = (
    "Dear compatriots!\n\n"
    "Our country has faced an armed attack by terrorist gangs trained abroad. Almaty was "
    "attacked by 20,000 bandits.\n\n"
    "We will punish the guilty.\n\nLong live Kazakhstan!"
)


@pytest.mark.parametrize(
    "title",
    [
        "Address of the Head of State Kassym-Jomart Tokayev to the people of Kazakhstan",
        "President Kassym-Jomart Tokayev's address to the nation",
        "Full text: Tokayev's speech at the Mazhilis",
    ],
)
def test_a_document_titled_as_someones_speech_is_their_words(extractor, title) -> None:
    result = _titled(extractor, title, ADDRESS)
    said = claimants(result)
    assert said and all(who == {"Kassym-Jomart Tokayev"} for who in said.values())
    assert not any("Long live" in text for text in said)
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}


def test_a_reports_title_makes_no_speech(extractor) -> None:
    result = _titled(extractor, "President Tokayev addresses people of Kazakhstan", ADDRESS)
    assert all(who != {"Kassym-Jomart Tokayev"} for who in claimants(result).values())


def test_a_speech_told_in_the_third_person_is_a_report(extractor) -> None:
    result = _titled(
        extractor,
        "Tokayev's address to the nation",
        "Tokayev said that 20,000 bandits had attacked Almaty. Human Rights Watch said "
        "that the security forces had used excessive force.",
    )
    said = claimants(result)
    assert said["that the security forces had used excessive force"] == {"Human Rights Watch"}


@pytest.mark.parametrize(
    "speaker", ["Tokayev's government", "The Tokayev government", "Toqaev's government"]
)
def test_tokayevs_government_is_the_government(extract_text, speaker) -> None:
    result = extract_text(
        f"{speaker} claimed that foreign terrorists had attacked the country.",
        date="2025-01-05",
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"Government of Kazakhstan"}


@pytest.mark.parametrize(
    ("title", "claimant"),
    [
        ("Interview of the Head of State Kassym-Jomart Tokayev to Egemen Qazaqstan", True),
        ("Interview with President Kassym-Jomart Tokayev", True),
        ("Interview with a witness: Tokayev ordered the shooting", False),
        ("Tokayev's critics speak out", False),
    ],
)
def test_an_interview_titled_with_someone_gives_them_its_answers(extractor, title, claimant):
    result = _titled(
        extractor,
        title,
        "Q: Why did you ask the CSTO for help?\n\n"
        "A: Because our country faced a terrorist attack. 20,000 bandits attacked Almaty.",
        publisher="Egemen Qazaqstan",
    )
    (figure,) = facts(result, "Statistic")
    expected = {"Kassym-Jomart Tokayev"} if claimant else set()
    assert values(figure, "claimant") == expected


@pytest.mark.parametrize("byline", ["By Arman Seitkali", "Written by Arman Seitkali, Almaty"])
def test_a_bylines_writer_is_no_later_he(extract_text, byline) -> None:
    result = extract_text(
        f"{byline}\n\nALMATY, 12 January 2022 — Police said he was detained on Tuesday "
        "for his posts.",
        date="2022-01-12",
    )
    (claim,) = facts(result, "Claim")
    assert "Arman Seitkali" not in values(claim, "about")


@pytest.mark.parametrize(
    "sentence",
    ["The president repeated his claims on Tuesday.", "Tokayev repeated the allegations."],
)
def test_a_claim_noun_with_no_content_is_no_claim(extract_text, sentence) -> None:
    assert not facts(extract_text(sentence, date="2022-01-12"), "Claim")


def test_a_claim_noun_with_its_content_is_a_claim(extract_text) -> None:
    result = extract_text(
        "Tokayev repeated his claim that 20,000 bandits had attacked Almaty.",
        date="2022-01-12",
    )
    assert facts(result, "Claim")


def test_we_the_undersigned_are_those_named(extract_text) -> None:
    result = extract_text(
        "We, the undersigned organisations — Amnesty International and Human Rights "
        "Watch — call on the Kazakh authorities to release all peaceful protesters.",
        date="2023-01-05",
        publisher="Freedom Now",
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {
        "Amnesty International",
        "Human Rights Watch",
        "Freedom Now",
    }


@pytest.mark.parametrize("noun", ["Our organisations have", "Our organisation has"])
def test_our_organisation_is_the_writers(extract_text, noun) -> None:
    result = extract_text(
        f"{noun} documented torture in Almaty.", date="2023-01-05", publisher="Freedom Now"
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"Freedom Now"}


def test_my_brother_is_not_the_writer(extract_text) -> None:
    result = extract_text(
        "My brother said that he had been beaten in custody.",
        date="2023-01-05",
        authors=("Serik Ospanov",),
    )
    assert all("Serik Ospanov" not in values(c, "claimant") for c in facts(result, "Claim"))


@pytest.mark.parametrize(
    "text",
    [
        '"Human Rights Watch says that 300 people died. That is a lie. Only 225 people '
        'died," Tokayev said.',
        "QUESTION: Do you accept the figures of human rights groups?\n\n"
        "TOKAYEV: Human Rights Watch says that 300 people died. That is a lie. Only 225 "
        "people died.",
        '"Human Rights Watch claims 300 people died, but only 225 died," Tokayev said.',
    ],
)
def test_a_figure_a_speaker_passes_on_is_its_sources(extract_text, text) -> None:
    result = extract_text(text, date=DOC)
    by_value = {next(iter(values(f, "numericValue"))): f for f in facts(result, "Statistic")}
    assert values(by_value["300"], "claimant") == {"Human Rights Watch"}
    assert values(by_value["225"], "claimant") == {"Kassym-Jomart Tokayev"}


def test_a_figure_a_speaker_says_himself_is_his(extract_text) -> None:
    result = extract_text('"I can say that 225 people died," Tokayev said.', date=DOC)
    (figure,) = facts(result, "Statistic")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}


def test_a_list_as_follows_is_no_ones_text(extract_text) -> None:
    result = extract_text(
        "According to the Prosecutor General's Office, the death toll by region is as "
        "follows:\n\nAlmaty: 139 dead.\n\n"
        "Police detained 50 people in Almaty on 6 January 2022.",
        date="2022-02-01",
    )
    assert facts(result, "Arrest")


def test_an_interviewee_is_named_just_before_the_interview(extract_text) -> None:
    result = extract_text(
        "Lawyer Zhanara Balgabayeva spoke to reporters outside the court on Monday.\n\n"
        "The trial of the January defendants continues in Almaty.\n\n"
        "Prosecutors have charged 20 people with organising riots.\n\n"
        "We asked a resident of Almaty about the trial.\n\n"
        "Q: Do you trust the court?\n\n"
        "A: No. Everyone knows that the defendants were tortured.",
        date="2024-01-05",
    )
    assert all("Zhanara Balgabayeva" not in values(c, "claimant") for c in facts(result, "Claim"))


def test_a_speech_the_title_names_runs_to_the_end(extractor) -> None:
    result = _titled(
        extractor,
        "President Kassym-Jomart Tokayev's address to the nation",
        "Dear compatriots!\n\nThe Prosecutor General reported that 225 people died.\n\n"
        "Our country has faced an attack by terrorists trained abroad. We will punish "
        "the guilty.",
    )
    said = claimants(result)
    assert said and all(who == {"Kassym-Jomart Tokayev"} for who in said.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputy Aidos Sarym asked Prosecutor General Berik Asylov whether 3,000 people had "
        "been tortured.",
        "Journalists asked if 3,000 people had been tortured in custody.",
        "It is unclear whether 3,000 people were tortured.",
    ],
)
def test_a_figure_asked_about_is_no_count(extract_text, sentence) -> None:
    assert not facts(extract_text(sentence, date="2022-02-01"), "Statistic")


def test_the_answer_to_a_figure_asked_about_is_a_count(extract_text) -> None:
    result = extract_text(
        "Sarym asked whether 3,000 people had been tortured. Prosecutor General Berik "
        "Asylov replied that 234 complaints had been registered.",
        date="2022-02-01",
    )
    (figure,) = facts(result, "Statistic")
    assert values(figure, "numericValue") == {"234"}
    assert values(figure, "claimant") == {"Berik Asylov"}


def test_we_in_an_op_ed_by_a_public_figure_is_his(extract_text) -> None:
    text = "We have drawn the lessons of those days. We will build a Just Kazakhstan."
    by_him = extract_text(text, date="2023-01-05", authors=("Kassym-Jomart Tokayev",))
    (claim,) = facts(by_him, "Claim")
    assert values(claim, "claimant") == {"Kassym-Jomart Tokayev"}
    by_reporter = extract_text(text, date="2023-01-05", authors=("Aigerim Seitkali",))
    (claim,) = facts(by_reporter, "Claim")
    assert values(claim, "claimant") == {"Example News"}


def test_a_figure_in_an_op_ed_by_a_public_figure_is_his(extract_text) -> None:
    text = "A year ago, 238 people died in the tragic events."
    (figure,) = facts(extract_text(text, authors=("Kassym-Jomart Tokayev",)), "Statistic")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}
    (figure,) = facts(extract_text(text, authors=("Aigerim Seitkali",)), "Statistic")
    assert values(figure, "claimant") == {"Example News"}
