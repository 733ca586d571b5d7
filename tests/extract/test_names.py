"""Names the lexicon does not know (kzkg/extract/names.py), on sentences written
for these tests: what decides a model-only name's kind, surnames joining their
full name, and groups and institutions named by a common noun."""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult

from .test_claims import claimants


def entities(result: DocResult) -> dict[tuple[str, str], set[str]]:
    return {(k.kind, k.label): info.aliases for k, info in result.entities.items()}


def kinds_of(result: DocResult, label: str) -> set[str]:
    return {kind for kind, name in entities(result) if name == label}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The news agency Qazpress reported that the roads were closed.", "Qazpress"),
        ("According to media outlet Orda, the square was empty.", "Orda"),
        ("The monitoring group DataWatch said the internet was cut on Wednesday.", "DataWatch"),
        ("Internet observatory NetScope reported that traffic fell by half.", "NetScope"),
        ("The messengers WhatsApp, Telegram and Zoomline were blocked.", "Zoomline"),
    ],
)
def test_a_single_name_beside_an_organization_word_is_an_organization(
    extract_text, text: str, name: str
) -> None:
    assert kinds_of(extract_text(text), name) == {"organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The trial was unfair, the local human rights group Kadyr-Kasiyet said.", "Kadyr-Kasiyet"),
        ("The trial was unfair, said Kadyr-Kasiyet, a local rights group.", "Kadyr-Kasiyet"),
        ("The news site Vlast-Info reported that the trial was closed.", "Vlast-Info"),
    ],
)
def test_a_hyphenated_name_the_text_calls_a_body_is_an_organization(extract_text, text, name):
    result = extract_text(text)
    assert kinds_of(result, name) == {"organization"}
    claimants = {v.label for f in result.facts.values() for p, v in f.props if p == "claimant"}
    assert claimants == {name}


def test_a_hyphenated_name_with_no_body_noun_is_no_organization(extract_text) -> None:
    result = extract_text("The trial was unfair, Kadyr-Kasiyet said on Tuesday.")
    assert ("organization", "Kadyr-Kasiyet") not in entities(result)


def test_words_run_together_by_a_flattened_page_are_no_organization(extract_text) -> None:
    result = extract_text("Jane Roe\nSenior AdviserEmail: jane@example.org")
    assert not any("Email" in name for _, name in entities(result))


@pytest.mark.parametrize(
    ("text", "full", "alone"),
    [
        (
            "Akmaral Dzhaksybekova, a lawyer, said the trial was closed. "
            "Dzhaksybekova added that her client was beaten.",
            "Akmaral Dzhaksybekova",
            "Dzhaksybekova",
        ),
        (
            "President Tokayev appointed Serik Zhumangarin as minister. Zhumangarin thanked him.",
            "Serik Zhumangarin",
            "Zhumangarin",
        ),
    ],
)
def test_a_surname_alone_is_the_person_of_the_document_it_ends(
    extract_text, text: str, full: str, alone: str
) -> None:
    found = entities(extract_text(text))
    assert ("person", full) in found
    assert not any(name == alone for _, name in found)


def test_a_regional_surname_the_model_took_for_an_organization_is_a_person(extract_text) -> None:
    found = entities(extract_text("Bolat Nurlanuly and Gulnara Seitkali were arrested."))
    assert ("person", "Bolat Nurlanuly") in found
    assert ("organization", "Bolat Nurlanuly") not in found


def test_a_square_is_a_place(extract_text) -> None:
    assert kinds_of(
        extract_text("Protesters gathered in Abai Square on Thursday."), "Abai Square"
    ) == {"place"}


def test_a_citation_marker_is_cut_from_a_name(extract_text) -> None:
    found = entities(extract_text("The bill went to the Constitutional Council for approval.[3]"))
    assert ("organization", "Constitutional Council") in found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Local residents said the shooting lasted an hour.", "local residents"),
        (
            "Relatives of those detained demanded answers from the authorities.",
            "relatives of those detained",
        ),
        ("Nazarbayev's supporters rallied in Astana.", "Nazarbayev's supporters"),
        (
            "An independent coalition of lawyers published a report.",
            "independent coalition of lawyers",
        ),
        ("Two witnesses saw the police open fire.", "witnesses"),
        ("Political activists were detained in Aktobe.", "political activists"),
    ],
)
def test_a_group_noun_with_describing_words_is_a_group(extract_text, text: str, group: str) -> None:
    assert ("group", group) in entities(extract_text(text))


@pytest.mark.parametrize(
    "text",
    ["Many residents stayed at home.", "Some supporters left early.", "The residents were calm."],
)
def test_a_group_noun_without_describing_words_is_no_group(extract_text, text: str) -> None:
    assert not [name for kind, name in entities(extract_text(text)) if kind == "group"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The anti-corruption agency opened a criminal case.", "anti-corruption agency"),
        ("The Semey court sentenced him to five years.", "Semey court"),
        ("He was head of presidential administration in 2012.", "presidential administration"),
    ],
)
def test_an_institution_noun_with_describing_words_is_an_organization(
    extract_text, text: str, name: str
) -> None:
    assert ("organization", name) in entities(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan has an intelligence agency that reports to the president.",
        "The news agency Qazpress reported that the roads were closed.",
        "The restoration of Internet service took two days.",
        "Its press service declined to comment.",
        "Almaty police detained 40 people.",
    ],
)
def test_a_description_is_no_institution(extract_text, text: str) -> None:
    organizations = {name for kind, name in entities(extract_text(text)) if kind == "organization"}
    assert not {name for name in organizations if name[0].islower() or name.endswith("police")}


def test_a_name_the_model_calls_a_person_in_a_list_of_places_is_a_place(extract_text) -> None:
    result = extract_text(
        "The state of emergency was lifted in Almaty, Semey, Kokshetau and Aktobe regions."
    )
    assert "organization" not in kinds_of(result, "Kokshetau")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ned Price, a spokesman for the United States Department of State, noted it.",
            "United States Department of State",
        ),
        ("Almaty City Court sentenced him on Monday.", "Almaty City Court"),
    ],
)
def test_a_place_opening_an_organization_name_is_part_of_it(
    extract_text, text: str, name: str
) -> None:
    assert ("organization", name) in entities(extract_text(text))


@pytest.mark.parametrize(
    ("text", "other", "known"),
    [
        ("Ruslan Tokayev, a driver, told reporters he was beaten.", "Ruslan Tokayev", None),
        ("Yerzhan Masimov, a lawyer, said the trial was closed.", "Yerzhan Masimov", None),
        ("Kassym Tokayev said order had been restored.", None, "Kassym-Jomart Tokayev"),
        ("On Monday Tokayev said order had been restored.", None, "Kassym-Jomart Tokayev"),
        ("Kazakh President Tokayev said order had been restored.", None, "Kassym-Jomart Tokayev"),
    ],
)
def test_a_similar_surname_is_the_known_person_only_with_the_same_given_name(
    extract_text, text: str, other: str | None, known: str | None
) -> None:
    result = extract_text(text)
    persons = {name for kind, name in entities(result) if kind == "person"}
    if other is not None:
        assert other in persons
        claimants = {v.label for f in result.facts.values() for p, v in f.props if p == "claimant"}
        assert claimants == {other}  # the words are not the known namesake's
    if known is not None:
        assert known in persons


@pytest.mark.parametrize(
    "name",
    [
        "Kazakhstan International Bureau for Human Rights",
        "Almaty Centre for Human Rights",
        "Kazakhstan Institute on Elections",
    ],
)
def test_a_name_with_a_place_keeps_its_for_or_on_phrase(extract_text, name: str) -> None:
    result = extract_text(f"In a report, the {name} said that at least 40 people died.")
    assert kinds_of(result, name) == {"organization"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Daulet Ergozhin, a former deputy chairman of the KNB, was jailed.", "Daulet Ergozhin"),
        ("Aset Nurlanov, a journalist from Almaty, was detained on Monday.", "Aset Nurlanov"),
        ("Police questioned Marat Zhylanbayev, an opposition activist.", "Marat Zhylanbayev"),
        (
            "His spokesman, Aidos Ukibay, said on Twitter that Nazarbayev was in the capital.",
            "Aidos Ukibay",
        ),
        (
            "The ministry's spokeswoman, Aigul Sadyk, said on Monday the curfew stays.",
            "Aigul Sadyk",
        ),
    ],
)
def test_a_name_the_model_missed_is_a_person_when_described_as_one(extract_text, text, name):
    assert kinds_of(extract_text(text), name) == {"person"}


@pytest.mark.parametrize(
    "text",
    [
        "Hotel Kazakhstan, a landmark of the city, was set on fire.",  # no surname
        "The outlet, Vlast Kz, reported the arrests.",  # no person's role before it
    ],
)
def test_a_name_with_no_person_described_is_no_person(extract_text, text) -> None:
    assert not [k for k in extract_text(text).entities if k.kind == "person"]


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("Protests broke out over a rise in LPG prices in Zhanaozen on January 2.", "LPG"),
        ("Tokayev unveiled the amendments in his State of the Nation Address.", "Nation Address"),
    ],
)
def test_words_the_model_took_for_names_are_none(extract_text, text: str, junk: str) -> None:
    result = extract_text(text)
    assert not any(junk in label for _, label in entities(result)), entities(result)


@pytest.mark.parametrize(
    "text",
    [
        "Among those sentenced was Arman Zhumageldiev, known as Dikyi (Wild) Arman.",
        "The blogger, nicknamed Almaty Robin, was detained on Monday.",
    ],
)
def test_a_nickname_is_no_place_or_body(extract_text, text: str) -> None:
    kinds = {
        kind
        for kind, label in entities(extract_text(text))
        if label.startswith(("Dikyi", "Almaty Robin"))
    }
    assert not kinds, kinds


@pytest.mark.parametrize(
    "body",
    [
        # the parser takes the name's first word for a preposition and the second for
        # its object
        "Rights activist Bakhytzhan Toregozhina said the crackdown had targeted peaceful "
        "protesters.",
    ],
)
def test_a_name_split_by_the_parser_after_a_title_still_speaks(extract_text, body) -> None:
    assert claimants(extract_text(body)) == [{"Bakhytzhan Toregozhina"}]


def test_a_relative_of_someone_is_still_not_them(extract_text) -> None:
    body = "A relative of Karim Masimov said the crackdown had targeted peaceful protesters."
    assert {"Karim Masimov"} not in claimants(extract_text(body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A 19-year-old man, Askar, told Human Rights Watch that he was detained.", "Askar"),
        ("A protester, Yerlan, said the police beat him.", "Yerlan"),
    ],
)
def test_a_one_word_name_beside_a_person_noun_is_a_person(extract_text, body, speaker) -> None:
    assert claimants(extract_text(body)) == [{speaker}]


def test_a_one_word_name_alone_is_never_another_kind_of_speaker(extract_text) -> None:
    # with no noun beside it the model's word decides, but never an organization
    result = extract_text("Askar told Human Rights Watch that he was detained.")
    assert ("organization", "Askar") not in entities(result)


@pytest.mark.parametrize(
    "body",
    [
        "Bekova, whose son was killed on January 6, spoke to reporters outside the court.",
        "Bekova, who lost her son in the unrest, spoke to reporters outside the court.",
        "Bekova told reporters that nobody had apologised.",
    ],
)
def test_a_surname_that_tells_a_sex_and_acts_as_a_person_is_one(extract_text, body) -> None:
    assert ("person", "Bekova") in entities(extract_text(body))


@pytest.mark.parametrize(
    "body",
    [
        "Berlin said the shootings must be investigated.",  # no surname ending tells a sex
        "Protesters gathered in Saratov, whose mayor banned the rally.",
    ],
)
def test_a_place_that_acts_stays_a_place(extract_text, body: str) -> None:
    found = entities(extract_text(body))
    assert not [name for kind, name in found if kind == "person"]
