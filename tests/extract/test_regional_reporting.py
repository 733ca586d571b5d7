"""Regional reporting in translation, on sentences written for these tests:
regional police chiefs and akims, per-region figures, press-service wording."""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult, EntityKey, Fact

from .test_roles_titles import tenures
from .test_rules import values


# --- a name in apposition is not the body its title heads --------------------
@pytest.mark.parametrize(
    "text",
    [
        "The head of the Almaty region's police department, Nurlan Abdirov, spoke to reporters.",
        "The head of the Aktobe region's police department, Major General Nurlan Abdirov, "
        "said that 45 people were detained.",
        "Nurlan Abdirov, the head of the Aktobe region's police department, spoke to reporters.",
    ],
)
def test_a_regional_police_chief_heads_the_department_not_himself(extract_text, text) -> None:
    posts = [post for holder, post in tenures(extract_text(text)) if holder == "Nurlan Abdirov"]
    assert posts, "the police chief's tenure is kept"
    for post in posts:
        assert "police department" in post.lower()
        assert "Head of Nurlan" not in post


def claimants(result: DocResult) -> dict[str, set[str]]:
    """Each statistic's value and who claims it."""
    return {
        next(v.value for p, v in f.props if p == "value"): values(f, "claimant")
        for f in result.facts.values()
        if f.cls == "Statistic"
    }


# --- a body's name cut short is no name --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "According to the Department of Police of the Almaty region, 18 police officers "
        "were injured in Taldykorgan.",
        "The Department of Police of the Almaty region reported that 18 police officers "
        "were injured.",
    ],
)
def test_a_department_cut_short_is_not_a_claimant_named_department(extract_text, text) -> None:
    result = extract_text(text)
    assert "Department" not in {k.label for k in result.entities}
    assert "Department" not in claimants(result)["18"]


def test_a_named_body_is_kept_whole(extract_text) -> None:
    text = "The Department of Internal Affairs said that 12 people were detained."
    assert claimants(extract_text(text))["12"] == {"Department of Internal Affairs"}


# --- "the X regional department" is not the department named before ----------
def test_another_regions_department_is_not_the_one_named_before(extract_text) -> None:
    result = extract_text(
        "The Department of Internal Affairs of the Mangystau region reported that 12 people "
        "were detained in Zhanaozen. The press service of the Kyzylorda regional police "
        "department said 30 people were detained."
    )
    found = claimants(result)
    assert found["12"] == {"Department of Internal Affairs"}
    assert "Department of Internal Affairs" not in found["30"]


def test_the_department_named_before_speaks_again(extract_text) -> None:
    result = extract_text(
        "The Department of Internal Affairs reported that 12 people were detained. "
        "Later the department said that 30 people had been detained."
    )
    assert claimants(result)["30"] == {"Department of Internal Affairs"}


def events_of(result: DocResult, cls: str) -> list[Fact]:
    return [f for f in result.facts.values() if f.cls == cls]


# --- "the regional prosecutor's office" is a body, not a title -----------------
@pytest.mark.parametrize(
    "text",
    [
        "In total, 1,678 people were detained in the Almaty region, the regional "
        "prosecutor's office said on January 15.",
        "Many were detained in Taraz, the city akim's press service said.",
    ],
)
def test_a_title_word_owning_an_office_gives_no_post(extract_text, text) -> None:
    assert not tenures(extract_text(text))


def test_a_title_in_apposition_still_gives_a_post(extract_text) -> None:
    found = tenures(extract_text("Berik Asylov, the prosecutor general, spoke to reporters."))
    assert [holder for holder, _ in found] == ["Berik Asylov"]


# --- squares and streets are places of their own ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The rally in Aktau continued on Alan Square for the fourth day.",
        "Residents gathered on Alan Square in Aktau.",
    ],
)
def test_a_square_is_a_place_not_a_person(extract_text, text) -> None:
    result = extract_text(text)
    assert EntityKey("place", "Alan Square") in result.entities
    assert EntityKey("person", "Alan Square") not in result.entities
    for fact in result.facts.values():
        assert "Alan Square" not in values(fact, "participant")


def test_a_square_named_after_the_capital_is_not_the_capital(extract_text) -> None:
    result = extract_text("Police cordoned off Astana Square in Uralsk on January 5.")
    assert EntityKey("place", "Astana Square") in result.entities
    assert EntityKey("place", "Nur-Sultan") not in result.entities


def test_the_capital_is_still_the_capital(extract_text) -> None:
    result = extract_text("Protesters gathered in Astana, Aktobe and Uralsk.")
    assert EntityKey("place", "Nur-Sultan") in result.entities


def statistic_dates(result: DocResult) -> dict[str, set[str]]:
    return {
        next(v.value for p, v in f.props if p == "value"): {str(d) for d in values(f, "date")}
        for f in result.facts.values()
        if f.cls == "Statistic"
    }


# --- the date of the offence is not the date of the penalty --------------------
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Bolat Nurlanov was sentenced to 5 years in prison for taking part in the riots "
            "in Uralsk on January 5.",
            "5 years",
        ),
        (
            "Twelve residents of Taraz were convicted of participating in the riots of "
            "January 5-6.",
            "Twelve",
        ),
        (
            "Twelve residents of Taraz were found guilty of organizing the riots of January 5.",
            "Twelve",
        ),
    ],
)
def test_an_offences_date_does_not_date_the_penalty(extract_text, text, value) -> None:
    assert statistic_dates(extract_text(text, date="2022-06-20"))[value] == set()


def test_a_penalty_keeps_its_own_date(extract_text) -> None:
    text = "In April 2022, 12 residents of Taraz were convicted of participating in the riots."
    assert statistic_dates(extract_text(text, date="2022-06-20"))["12"] == {"2022-04"}


def event_dates(result: DocResult, cls: str) -> set[str]:
    return {str(d) for f in events_of(result, cls) for d in values(f, "date")}


# --- what a gathering is against came before it --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In Zhanaozen, residents gathered on Yntymak Square on January 2 to protest against "
        "the rise in gas prices.",
        "Residents of Zhanaozen took to the streets on January 2 to protest against the "
        "doubling of gas prices.",
    ],
)
def test_the_rise_a_gathering_protests_against_takes_not_its_date(extract_text, text) -> None:
    result = extract_text(text, date="2022-01-20")
    assert events_of(result, "PriceIncrease")
    assert event_dates(result, "PriceIncrease") == set()


def test_a_price_rise_keeps_its_own_date(extract_text) -> None:
    result = extract_text("Gas prices in Zhanaozen doubled on January 1.", date="2022-01-20")
    assert event_dates(result, "PriceIncrease") == {"2022-01-01"}


def claims_by(result: DocResult) -> set[str]:
    return {c for f in events_of(result, "Claim") for c in values(f, "claimant")}


# --- "The akim of Taraz, NAME, said": the name speaks ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Taraz, Bakhytzhan Orynbekov, said that the shops were looted.",
        "The akim of Taraz, Bakhytzhan Orynbekov, stated that the shops in the city were "
        "looted by marauders.",
    ],
)
def test_the_name_after_a_regional_title_is_the_speaker(extract_text, text) -> None:
    assert claims_by(extract_text(text)) == {"Bakhytzhan Orynbekov"}


# --- a full name hung on a department is still a person --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The head of the Aktobe region's police department, Nurlan Abdirov, said that 45 "
        "people were detained.",
        "The head of the Aktobe region's police department, Major General Nurlan Abdirov, "
        "said that 45 people were detained.",
    ],
)
def test_a_police_chief_named_after_his_department_is_a_person(extract_text, text) -> None:
    result = extract_text(text)
    assert EntityKey("person", "Nurlan Abdirov") in result.entities
    assert EntityKey("organization", "Nurlan Abdirov") not in result.entities
    assert claimants(result)["45"] == {"Nurlan Abdirov"}


def test_a_body_named_after_its_noun_is_still_a_body(extract_text) -> None:
    result = extract_text("Kadyr-Kasiyet, a local rights group, said that 45 people were detained.")
    assert claimants(result)["45"] == {"Kadyr-Kasiyet"}


def statistic_about(result: DocResult) -> dict[str, set[str]]:
    return {
        next(v.value for p, v in f.props if p == "value"): values(f, "about")
        for f in result.facts.values()
        if f.cls == "Statistic"
    }


# --- a region's part of a national figure is the region's -----------------------
def test_a_regions_part_of_the_national_figure_is_not_the_countrys(extract_text) -> None:
    result = extract_text(
        "Of the 10,000 people detained across Kazakhstan, 1,200 were detained in the "
        "Zhambyl region."
    )
    about = statistic_about(result)
    assert about["1,200"] == {"Zhambyl Region"}
    assert about["10,000"] == {"Kazakhstan"}


def places_of(result: DocResult, cls: str) -> set[str]:
    return {p for f in events_of(result, cls) for p in values(f, "place")}


# --- "the Almaty regional akimat" is the region's, not the city's ----------------
@pytest.mark.parametrize(
    "text",
    [
        "On January 5, 2022, a crowd stormed the building of the Almaty regional akimat.",
        "Protesters set fire to the Almaty regional akimat in Taldykorgan.",
    ],
)
def test_a_regional_building_is_in_the_region_not_the_city(extract_text, text) -> None:
    result = extract_text(text, date="2025-01-05")
    assert "Almaty" not in places_of(result, "Riot")
    assert EntityKey("place", "Almaty") not in result.entities


def test_the_city_akimat_stays_in_the_city(extract_text) -> None:
    result = extract_text("Protesters stormed the Almaty city akimat.", date="2025-01-05")
    assert "Almaty" in places_of(result, "Riot")


# --- "Police: 300 rioters detained in Aktobe": the headline names its source -------
@pytest.mark.parametrize(
    ("headline", "claimant"),
    [
        ("Police: 300 rioters detained in Aktobe", "police"),
        ("Tokayev: 300 rioters detained in Aktobe", "Kassym-Jomart Tokayev"),
    ],
)
def test_a_headline_names_its_source_before_the_colon(extract_text, headline, claimant) -> None:
    result = extract_text(headline + "\n\nThe city was calm on Friday.")
    assert claimants(result)["300"] == {claimant}


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan: 300 rioters detained in Aktobe\n\nThe city was calm on Friday.",
        "In Aktobe, 300 rioters were detained.",
    ],
)
def test_a_place_before_the_colon_is_no_source(extract_text, text) -> None:
    assert claimants(extract_text(text))["300"] == {"Example News"}


# --- "Article 272 (mass riots)" names an offence; no riot happened there ----------
@pytest.mark.parametrize(
    "text",
    [
        "In the Aktobe region, three criminal cases were opened under articles 272 (mass "
        "riots) and 293 (hooliganism) of the Criminal Code.",
        "A pre-trial investigation was launched under Article 272 (mass riots) of the "
        "Criminal Code.",
        "He was charged under Part 2 of Article 272 (participation in mass riots).",
    ],
)
def test_an_articles_name_in_brackets_is_no_riot(extract_text, text) -> None:
    assert not events_of(extract_text(text), "Riot")


def test_riots_in_brackets_elsewhere_still_happened(extract_text) -> None:
    result = extract_text("Mass riots (in Shymkent) broke out on January 5.")
    assert places_of(result, "Riot") == {"Shymkent"}


# --- "Police chief of the X region": the police chief, not the region's chief -------
@pytest.mark.parametrize(
    "text",
    [
        "Police chief of West Kazakhstan region Major General A. Iskakov said that the "
        "situation was under control.",
        "The police chief of the West Kazakhstan region, A. Iskakov, said that the situation "
        "was under control.",
    ],
)
def test_a_regional_police_chief_is_no_chief_of_the_region(extract_text, text) -> None:
    posts = {post for holder, post in tenures(extract_text(text)) if holder == "A. Iskakov"}
    assert posts == {"Police chief (West Kazakhstan Region)"}


# --- "unveiled a memorial" is a ceremony, not a speech ----------------------------
def test_unveiling_a_memorial_is_a_ceremony_not_a_speech(extract_text) -> None:
    result = extract_text(
        "In January 2023, the Shymkent city akimat unveiled a memorial on Ordabasy Square.",
        date="2024-01-10",
    )
    assert not events_of(result, "Speech")
    assert places_of(result, "Ceremony") >= {"Ordabasy Square"}


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev unveiled a package of political reforms on March 16.",
        "Tokayev unveiled the proposed amendments in his address.",
    ],
)
def test_unveiling_reforms_is_still_told(extract_text, text) -> None:
    assert events_of(extract_text(text), "Speech")
