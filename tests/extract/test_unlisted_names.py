"""Names no lexicon lists, on sentences written for these tests: a reporting verb's
subject the model did not tag still speaks (kzkg/extract/speaker_names.py), a body
named after a country is not that country's state, a patronymic is no given name,
and the shorter forms of a name the document gave in full are that person."""

from __future__ import annotations

import pytest

from .test_rules import facts, values


def claimants(result) -> set[str]:
    return {label for claim in facts(result, "Claim") for label in values(claim, "claimant")}


def figure_claimants(result) -> set[str]:
    return {label for s in facts(result, "Statistic") for label in values(s, "claimant")}


def kinds(result, label: str) -> set[str]:
    return {key.kind for key in result.entities if key.label == label}


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "ANK, an independent monitoring group, said police had fired on peaceful "
            "demonstrators in Taldykorgan.",
            "ANK",
            "organization",
        ),
        (
            "Kazatomprom, the state uranium miner, said production had not been affected "
            "by the protests.",
            "Kazatomprom",
            "organization",
        ),
        ("Ulysmedia reported that the court had extended the detention.", "Ulysmedia", None),
        (
            "In a statement on Friday, Zhanmedia alleged that the detainees had been beaten.",
            "Zhanmedia",
            "organization",
        ),
    ],
)
def test_an_untagged_name_that_reports_is_the_claimant(extract_text, text, speaker, kind) -> None:
    result = extract_text(text)
    assert claimants(result) == {speaker}
    if kind is not None:
        assert kinds(result, speaker) == {kind}


def test_an_untagged_outlet_states_the_figure_it_reports(extract_text) -> None:
    result = extract_text("Kloop reported that at least 12 people had been detained in Bishkek.")
    assert figure_claimants(result) == {"Kloop"}
    assert kinds(result, "Kloop") == {"organization"}


def test_a_surname_alone_that_reports_is_the_person_named_before(extract_text) -> None:
    result = extract_text(
        "Serik Zhumangarin was appointed minister. Zhumangarin said that prices would fall."
    )
    assert claimants(result) == {"Serik Zhumangarin"}
    assert not kinds(result, "Zhumangarin")


@pytest.mark.parametrize(
    "text",
    [
        # A headline in title case: its words tell no names.
        "Kazakhstan: Rights Groups Say Detainees Were Tortured",
        # A common noun capitalised at the start of a name cut short.
        "The Department of Police of the Almaty region reported that 18 officers were injured.",
        # A place is no speaker of its own.
        "Protesters gathered in Bishkek. Bishkek said that the border would stay closed.",
        # A date or a month.
        "January said nothing to anyone.",
        # Common words, capitalised.
        "Human Rights said the detainees were tortured.",
        # A people, in the plural.
        "Kazakhs said they had never seen such violence.",
        "Almatians said the city had never been so quiet.",
    ],
)
def test_no_actor_is_made_of_words_that_name_no_one(extract_text, text) -> None:
    result = extract_text(text)
    made = {key.label for key in result.entities}
    no_one = {"Rights Groups", "Department", "January", "Kazakhs", "Almatians", "Human Rights"}
    assert not made & no_one
    assert "organization" not in kinds(result, "Bishkek")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dignity Kazakhstan, a coalition of lawyers and psychologists, said it had "
            "documented 57 cases of ill-treatment.",
            "Dignity Kazakhstan",
        ),
        ("Erkindik Kazakhstan said that the trials were politically motivated.", None),
    ],
)
def test_a_body_named_after_a_country_is_not_its_state(extract_text, text, speaker) -> None:
    result = extract_text(text)
    assert "Government of Kazakhstan" not in claimants(result)
    assert "Kazakhstan" not in claimants(result)
    if speaker is not None:
        assert claimants(result) == {speaker}
        assert figure_claimants(result) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        "The Oyan, Qazaqstan movement said in a statement that the authorities were using "
        "the unrest as a pretext.",
        "The Oyan Qazaqstan movement called for an independent international investigation.",
        "A Kazakhstan opposition party said the amnesty was too narrow.",
    ],
)
def test_a_movement_or_party_named_after_the_country_is_not_the_government(
    extract_text, text
) -> None:
    assert "Government of Kazakhstan" not in claimants(extract_text(text))


def test_the_state_still_speaks_through_its_government(extract_text) -> None:
    result = extract_text("The Kazakhstan government said the state of emergency would end.")
    assert "Government of Kazakhstan" in claimants(result) or "Kazakhstan" in claimants(result)


@pytest.mark.parametrize(
    "text",
    [
        "Kassym-Jomart Kemelevich Tokayev signed the decree on January 19.",
        "On January 19, Kassym-Jomart Kemelevich Tokayev signed the decree.",
    ],
)
def test_a_patronymic_before_a_known_surname_is_no_other_persons_given_name(
    extract_text, text
) -> None:
    result = extract_text(text)
    people = {key.label for key in result.entities if key.kind == "person"}
    assert people == {"Kassym-Jomart Tokayev"}


def test_another_given_name_before_a_patronymic_is_another_person(extract_text) -> None:
    result = extract_text("Ruslan Kemelevich Tokayev, a driver, was detained on January 6.")
    people = {key.label for key in result.entities if key.kind == "person"}
    assert "Ruslan Kemelevich Tokayev" in people
    assert "Kassym-Jomart Tokayev" not in people


def test_a_given_name_the_model_left_before_a_patronymic_is_kept(extract_text) -> None:
    result = extract_text(
        "Lawyer Aiman Umarova said her client, Kairat Kenzhebekovich Abilov, had been "
        "tortured in the detention centre."
    )
    people = {key.label for key in result.entities if key.kind == "person"}
    assert "Kairat Kenzhebekovich Abilov" in people
    assert "Kenzhebekovich Abilov" not in people


SHORTER = (
    "Bakhyt Sultanbekovich Zhumagulov, the former akim of the district, was detained on "
    "January 20. {} said he would appeal."
)


@pytest.mark.parametrize("short", ["Bakhyt Zhumagulov", "B. Zhumagulov", "Zhumagulov"])
def test_a_shorter_form_of_a_full_name_is_that_person(extract_text, short) -> None:
    result = extract_text(SHORTER.format(short))
    people = {key.label for key in result.entities if key.kind == "person"}
    assert people == {"Bakhyt Sultanbekovich Zhumagulov"}
    assert claimants(result) == {"Bakhyt Sultanbekovich Zhumagulov"}


@pytest.mark.parametrize(
    ("other", "label"),
    [
        ("Bolat Zhumagulov", "Bolat Zhumagulov"),  # another given name
        ("K. Zhumagulov", "K. Zhumagulov"),  # another initial
    ],
)
def test_a_name_with_another_given_name_is_another_person(extract_text, other, label) -> None:
    result = extract_text(SHORTER.format(other))
    people = {key.label for key in result.entities if key.kind == "person"}
    assert "Bakhyt Sultanbekovich Zhumagulov" in people
    assert label in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The blackout was ordered by the government, according to Jusan Mobile.", "Jusan Mobile"),
        ("Meanwhile, Zakon.kz wrote that 17 police officers were killed.", "Zakon.kz"),
        ("Kursiv Media reported that the banks had reopened.", "Kursiv Media"),
    ],
)
def test_a_company_or_outlet_ending_makes_an_organization(extract_text, text, name) -> None:
    result = extract_text(text)
    assert kinds(result, name) == {"organization"}
    assert name in claimants(result) | figure_claimants(result)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tomiris Bekbolatova said police had beaten her brother.", "Tomiris Bekbolatova"),
        ("Mikheil Lomtadze said customers could not pay for bread.", "Mikheil Lomtadze"),
    ],
)
def test_a_persons_name_stays_a_persons(extract_text, text, name) -> None:
    assert kinds(extract_text(text), name) == {"person"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Kazakh authorities should release the activists, Civil Rights Defenders and the "
            "Netherlands Helsinki Committee said today.",
            {"Civil Rights Defenders", "Netherlands Helsinki Committee"},
        ),
        (
            "The Netherlands Helsinki Committee said that detainees had been tortured.",
            {"Netherlands Helsinki Committee"},
        ),
        ("Civil Rights Defenders urged the authorities to free them.", {"Civil Rights Defenders"}),
    ],
)
def test_a_lexicon_alias_inside_a_longer_name_is_another_body(extract_text, text, speakers):
    result = extract_text(text)
    assert claimants(result) == speakers
    for name in speakers:
        assert kinds(result, name) == {"organization"}


NHC = "Norwegian Helsinki Committee"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Helsinki Committee said that detainees had been tortured.", NHC),
        (
            "The Norwegian Helsinki Committee said that detainees had been tortured.",
            NHC,
        ),
        ("Human rights defenders said that detainees had been tortured.", "human rights defenders"),
        (
            "The Atlantic Council Digital Forensic Research Lab said the accounts were fake.",
            "Digital Forensic Research Lab",
        ),
    ],
)
def test_the_lexicon_alias_alone_or_after_its_owner_is_the_lexicon_entity(
    extract_text, text, speaker
) -> None:
    assert claimants(extract_text(text)) == {speaker}


def posts(result) -> set[str]:
    return {label for t in facts(result, "Tenure") for label in values(t, "post")}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Sabyrzhan Oralbek, a researcher at the Almaty-based Kazakhstan Institute for "
            "Strategic Studies, argued that the official account was false.",
            "Researcher (Kazakhstan Institute for Strategic Studies)",
        ),
        (
            "Marta Kowalska, a director at the Warsaw-based Open Dialogue Foundation, said "
            "that detainees had been tortured.",
            "Director (Open Dialogue Foundation)",
        ),
    ],
)
def test_a_post_at_a_body_based_in_a_city_is_the_bodys(extract_text, text, post) -> None:
    assert posts(extract_text(text)) == {post}


def test_a_post_at_an_unnamed_body_based_in_a_city_is_not_the_citys(extract_text) -> None:
    result = extract_text(
        "Sabyrzhan Oralbek, a researcher at an Almaty-based think tank, argued that the "
        "official account was false."
    )
    assert not any("Almaty" in post for post in posts(result))


def test_a_bodys_name_ending_in_a_known_place_keeps_the_place(extract_text) -> None:
    result = extract_text(
        "Serik Medetbekov, chairman of the Confederation of Labour of Kazakhstan, was "
        "arrested on January 10, the Kazakhstan Human Rights Commission said."
    )
    organizations = {key.label for key in result.entities if key.kind == "organization"}
    assert "Confederation of Labour of Kazakhstan" in organizations
    assert not any(label.endswith(" of") for label in organizations)
    assert posts(result) == {"Chairman (Confederation of Labour of Kazakhstan)"}


def test_a_name_the_model_types_two_ways_is_one_organization(extract_text) -> None:
    result = extract_text(
        '"The authorities must investigate every death," said Freedom Now, a Washington-based '
        "group.\n\nAccording to Freedom Now, at least 40 people remain in detention."
    )
    assert kinds(result, "Freedom Now") == {"organization"}
    assert figure_claimants(result) == {"Freedom Now"}


@pytest.mark.parametrize(
    "headline",
    [
        "Protest Leaders Detained In Zhanaozen, Says Local Group",
        "Detainees Were Tortured, Rights Group Says",
    ],
)
def test_a_headlines_capitalised_common_words_are_no_body(extract_text, headline) -> None:
    result = extract_text(headline + "\n\nPolice detained 12 people in Zhanaozen.")
    made = {key.label for key in result.entities if key.kind == "organization"}
    assert not made & {"Local Group", "Rights Group"}
    assert not claimants(result) & {"Local Group", "Rights Group"}


def test_a_body_with_a_common_word_in_its_name_is_still_named(extract_text) -> None:
    result = extract_text("The Kazakhstan Democratic Party said the amnesty was unjust.")
    assert "Kazakhstan Democratic Party" in {key.label for key in result.entities}


@pytest.mark.parametrize(
    "text",
    [
        "Eldos Kadyrov, a resident of Kaskelen, was detained by the KNB on January 7.",
        "Eldos Kadyrov, a student from Taraz, was detained by the KNB on January 7.",
    ],
)
def test_a_name_described_as_a_resident_or_student_is_a_person(extract_text, text) -> None:
    result = extract_text(text)
    assert kinds(result, "Eldos Kadyrov") == {"person"}
    arrests = facts(result, "Arrest")
    assert arrests and all(values(a, "participant") == {"Eldos Kadyrov"} for a in arrests)
    assert not posts(result)  # who he is is no post


def test_a_person_described_as_an_activist_of_a_movement_stays_a_person(extract_text) -> None:
    result = extract_text(
        "Aigerim Tleuzhan, an activist with the Wake Up, Kazakhstan movement, said she had "
        "been fined twice."
    )
    assert kinds(result, "Aigerim Tleuzhan") == {"person"}
    assert claimants(result) == {"Aigerim Tleuzhan"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to Adilet, a legal clinic in Almaty, 34 detainees were denied lawyers.",
            "Adilet",
        ),
        ("According to Kloop, 12 people were detained in Bishkek.", "Kloop"),
        ("At least 40 people remain in detention, according to ANK.", "ANK"),
    ],
)
def test_an_untagged_name_according_to_which_is_the_source(extract_text, text, source) -> None:
    result = extract_text(text)
    assert figure_claimants(result) == {source}
    assert kinds(result, source) == {"organization"}


def test_a_people_according_to_which_is_no_body(extract_text) -> None:
    result = extract_text("According to Kazakhs, 30 people died in the city.")
    assert "organization" not in kinds(result, "Kazakhs")


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        (
            "On the same day Bilain announced that the restrictions had been out of the "
            "company's control.",
            "Bilain",
            "organization",
        ),
        ("Activ said on Tuesday that its network had been restored.", "Activ", "organization"),
        ("Pannier said he expected more arrests.", "Pannier", "person"),
        ("Aigerim said her son had been beaten.", "Aigerim", "person"),
    ],
)
def test_a_one_word_speakers_own_words_tell_what_it_is(extract_text, text, speaker, kind):
    result = extract_text(text)
    assert claimants(result) == {speaker}
    assert kinds(result, speaker) == {kind}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kazakhstan has failed to investigate the deaths of over 200 people in protests and "
            "riots in January 2022, Freedom Rights Watch said today.",
            "Freedom Rights Watch",
        ),
        (
            "The Legal Policy Research Centre said that detainees had been tortured.",
            "Legal Policy Research Centre",
        ),
    ],
)
def test_an_untagged_name_of_several_words_that_reports_is_an_organization(
    extract_text, text, speaker
) -> None:
    result = extract_text(text)
    assert claimants(result) == {speaker}
    assert kinds(result, speaker) == {"organization"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Samruk-Kazyna, the sovereign wealth fund, said its companies had resumed operations.",
            "Samruk-Kazyna",
        ),
        (
            "The Anti-Corruption Agency, known as Antikor, said it had detained two officials.",
            "Anti-Corruption Agency",
        ),
    ],
)
def test_a_hyphenated_name_that_reports_is_whole(extract_text, text, speaker) -> None:
    result = extract_text(text)
    assert speaker in claimants(result) | figure_claimants(result)
    assert kinds(result, speaker) == {"organization"}
    assert not {"Kazyna", "Corruption Agency"} & {key.label for key in result.entities}


def test_a_bodys_name_the_model_cut_after_for_is_whole(extract_text) -> None:
    result = extract_text(
        "Kazakhstan's Agency for Financial Monitoring said on Monday it had frozen the accounts "
        "of 12 people suspected of financing the riots."
    )
    labels = {key.label for key in result.entities}
    assert "Agency for Financial Monitoring" in labels
    assert "Financial Monitoring" not in labels
    assert figure_claimants(result) == {"Agency for Financial Monitoring"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Qazaqstan Temir Zholy, the national railway, said 14 trains had been delayed.",
            "Qazaqstan Temir Zholy",
        ),
        ("Kazakhstan Temir Zholy said 14 trains had been delayed.", "Kazakhstan Temir Zholy"),
    ],
)
def test_a_name_opening_with_the_countrys_is_a_body_of_its_own(extract_text, text, speaker):
    result = extract_text(text)
    assert figure_claimants(result) == {speaker}
    assert kinds(result, speaker) == {"organization"}
    assert "Temir Zholy" not in {key.label for key in result.entities}


def test_a_title_after_the_country_still_names_the_countrys_official(extract_text) -> None:
    result = extract_text("Kazakhstan President Kassym-Jomart Tokayev said the riots were over.")
    assert claimants(result) == {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kazakhstan Sanctions Tracker, a project of the Oxus Society, said 11 officials had "
            "been charged.",
            "Kazakhstan Sanctions Tracker",
        ),
        ("Kazakhstan Airways said 20 flights had been cancelled.", "Kazakhstan Airways"),
    ],
)
def test_a_name_the_country_opens_is_not_the_government(extract_text, text, speaker) -> None:
    result = extract_text(text)
    assert figure_claimants(result) == {speaker}
    assert KZ_GOVERNMENT not in claimants(result) | figure_claimants(result)


KZ_GOVERNMENT = "Government of Kazakhstan"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Kazakhstan Government said the state of emergency would end.", KZ_GOVERNMENT),
        (
            "The Kazakhstan Foreign Ministry said that the troops would leave.",
            "Kazakhstan Foreign Ministry",
        ),
    ],
)
def test_the_countrys_state_bodies_still_speak_for_it(extract_text, text, speaker) -> None:
    assert claimants(extract_text(text)) == {speaker}


def people(result) -> set[str]:
    return {key.label for key in result.entities if key.kind == "person"}


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Prosecutor General Zh. Asanov said 1,678 criminal cases had been opened.",
        "Zh. Asanov, a deputy prosecutor, said 1,678 criminal cases had been opened.",
    ],
)
def test_an_initial_ends_no_sentence_and_names_a_person(extract_text, text) -> None:
    result = extract_text(text)
    assert figure_claimants(result) == {"Zh. Asanov"}
    assert kinds(result, "Zh. Asanov") == {"person"}
    assert "Asanov" not in {key.label for key in result.entities}


def test_initials_before_a_known_surname_are_that_person(extract_text) -> None:
    result = extract_text(
        "The Head of State was briefed by Minister Ye. Turgumbayev on the situation."
    )
    assert people(result) == {"Yerlan Turgumbayev"}


def test_a_name_before_initials_is_cut_off_when_it_ends_a_body(extract_text) -> None:
    result = extract_text(
        "Chairman of the Agency for Strategic Planning and Reforms K. Abdrakhmanov said the "
        "reforms would continue."
    )
    assert claimants(result) == {"K. Abdrakhmanov"}


@pytest.mark.parametrize("name", ["Dag A. Fedøy", "John F. Kennedy"])
def test_a_middle_initial_keeps_the_given_name(extract_text, name) -> None:
    result = extract_text(f"{name} said that the protests had been peaceful.")
    _, initial, surname = name.split()
    assert f"{initial} {surname}" not in people(result)


ACRONYMS = (
    "The Legal Policy Research Centre (LPRC) said on Monday that 200 complaints had been "
    "filed.\n\nLPRC director Aigul Suleimenova said most complaints concerned torture.\n\n"
    "The Almaty-based Public Foundation Erkindik Qanaty (EQ) called for the release of all "
    "detainees.\n\nEQ said 14 of its volunteers had been questioned."
)


def test_an_acronym_given_in_brackets_names_the_body_after(extract_text) -> None:
    result = extract_text(ACRONYMS)
    labels = {key.label for key in result.entities}
    assert not {"LPRC", "EQ"} & labels
    assert figure_claimants(result) == {
        "Legal Policy Research Centre",
        "Public Foundation Erkindik Qanaty",
    }
    assert posts(result) == {"Director (Legal Policy Research Centre)"}


def test_an_acronym_of_other_letters_is_not_the_bodys(extract_text) -> None:
    result = extract_text(
        "The Legal Policy Research Centre (KNB) said that 200 complaints had been filed."
    )
    assert "Legal Policy Research Centre" not in {
        key.label for key, info in result.entities.items() if "KNB" in info.aliases
    }


def test_a_surname_two_people_share_names_neither(extract_text) -> None:
    result = extract_text(
        "Nurlan Abdirov and his brother Yerlan Abdirov were detained on January 6.\n\n"
        "Abdirov said the police had beaten them both."
    )
    assert not claimants(result) & {"Nurlan Abdirov", "Yerlan Abdirov"}
    assert people(result) == {"Nurlan Abdirov", "Yerlan Abdirov"}


@pytest.mark.parametrize(
    "text",
    [
        "Zhanbolat Mamay, leader of the unregistered Democratic Party, was detained.",
        "In 2024 Zhanbolat Mamay, leader of the unregistered Democratic Party, said his trial "
        "had been political.",
    ],
)
def test_a_name_with_a_title_in_apposition_is_a_persons(extract_text, text) -> None:
    assert kinds(extract_text(text), "Zhanbolat Mamay") == {"person"}


def test_a_place_described_in_apposition_stays_a_place(extract_text) -> None:
    result = extract_text("New York, the financial capital, reacted calmly.")
    assert "person" not in kinds(result, "New York")


def test_an_untagged_name_a_reporting_relative_clause_hangs_on_speaks(extract_text) -> None:
    result = extract_text(
        "The figure of 238 dead was disputed by Adilet, which said at least 260 people had died."
    )
    assert figure_claimants(result) == {"Adilet"}
    assert kinds(result, "Adilet") == {"organization"}


def test_an_initial_opening_a_sentence_is_no_speaker_of_its_own(extract_text) -> None:
    result = extract_text(
        "Zh. Abdildin, a lawyer representing detained protesters, said on Wednesday that his "
        "clients had been beaten in custody."
    )
    assert claimants(result) == {"Zh. Abdildin"}
    assert not {"Zh", "Zh."} & {key.label for key in result.entities}
