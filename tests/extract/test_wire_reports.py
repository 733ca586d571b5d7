"""Wire-report and state-media phrasings, written for these tests: officials named
by title and nationality, sources named after the news, datelines.

Each case is a wrong fact the extractor once made on such text (a claim credited
to the wrong person), with the phrasings that must stay right beside it.
"""

from __future__ import annotations

import pytest

from kzkg.dates import PartialDate
from kzkg.extract.dates import find_dates

from .test_claims import TOKAYEV, claimants, claims
from .test_rules import facts, values

PUTIN = "Vladimir Putin"
MASIMOV = "Karim Masimov"


def claimants_of(result, word: str) -> list[set[str]]:
    """The claimants of each claim whose label has this word."""
    return [c for c, k in zip(claimants(result), claims(result), strict=True) if word in k.label]


# --- a title with a nationality names that country's holder -------------------------
@pytest.mark.parametrize(
    "body",
    [
        "The Kazakh President thanked Vladimir Putin for the prompt assistance of the CSTO.",
        "Tokayev spoke with Russian President Vladimir Putin on Monday. "
        "The Kazakh president thanked Putin for the assistance.",
        "Russian President Vladimir Putin spoke with Kazakh President Kassym-Jomart Tokayev. "
        "The Kazakh president said the situation was stable.",
    ],
)
def test_the_kazakh_president_is_never_the_russian_one(extract_text, body: str) -> None:
    result = extract_text(body)
    assert claimants(result) == [{TOKAYEV}], [c.label for c in claims(result)]


@pytest.mark.parametrize(
    "body",
    [
        "Russian President Vladimir Putin spoke with Tokayev by phone. "
        "The Russian president said the CSTO mission was complete.",
        "Kazakh President Kassym-Jomart Tokayev met Russian President Vladimir Putin. "
        "The Russian president said the CSTO mission was complete.",
    ],
)
def test_the_russian_president_is_never_the_kazakh_one(extract_text, body: str) -> None:
    result = extract_text(body)
    assert claimants_of(result, "mission") == [{PUTIN}]


def test_a_foreign_title_with_no_one_so_named_credits_no_one(extract_text) -> None:
    result = extract_text(
        "Kazakh President Kassym-Jomart Tokayev spoke on Monday. "
        "The Russian president said the CSTO mission was complete."
    )
    assert {TOKAYEV} not in claimants_of(result, "mission")


# --- the source named after the news -------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kazakh President Kassym-Jomart Tokayev on Thursday dismissed the head of the National "
        "Security Committee, Karim Masimov, the presidential press service said.",
        "ALMATY, Jan 6 (Reuters) - Tokayev on Thursday dismissed the head of the National "
        "Security Committee, Karim Masimov, the presidential press service said.",
        "Tokayev has removed the chairman of the KNB, Karim Masimov, from his post, "
        "the news agency said.",
    ],
)
def test_the_name_ending_the_news_is_not_its_source(extract_text, body: str) -> None:
    result = extract_text(body)
    assert all(MASIMOV not in c for c in claimants(result)), claimants(result)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Tokayev on Thursday ignored the head of the National Security Committee, "
            "Karim Masimov, the Interior Ministry said.",
            "Ministry of Internal Affairs of Kazakhstan",
        ),
        ("The situation is under control, Karim Masimov, the head of the KNB, said.", MASIMOV),
        ("The situation is under control, Karim Masimov said.", MASIMOV),
        ("The situation is under control, said Karim Masimov, the head of the KNB.", MASIMOV),
    ],
)
def test_a_source_after_the_news_keeps_its_words(extract_text, body: str, speaker: str) -> None:
    assert claimants(extract_text(body)) == [{speaker}]


# --- a claim is dated when it was said, not by a relative clause about its speaker ------
@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Asylov, who was appointed Prosecutor General in 2022, said the inquiry was over.",
            "2024-01-05",
        ),
        (
            "Tokayev, who has been president since 2019, said on Tuesday that reforms would go on.",
            "2024-01-02",
        ),
        (
            "Karim Masimov, who headed the KNB until January 2022, told the court he was innocent.",
            "2024-01-05",
        ),
        (
            "In his address on Jan. 7, 2022, Tokayev said that bandits had attacked Almaty.",
            "2022-01-07",
        ),
        ("In 2022, Tokayev said that bandits had attacked Almaty.", "2022"),
        ("Tokayev, president since 2019, said the reforms would go on.", "2024-01-05"),
        ("Tokayev said on Tuesday, January 2, that the reforms would go on.", "2024-01-02"),
    ],
)
def test_a_claim_is_dated_by_its_saying(extract_text, body: str, date: str) -> None:
    said = claims(extract_text(body, date="2024-01-05"))
    assert [{str(d) for d in values(c, "date")} for c in said] == [{date}]


# --- whoever puts a figure at a value states it --------------------------------------
@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("The Health Ministry put the number of dead at 164.", "Health Ministry"),
        ("Kazakh officials have put the death toll at 227.", "Kazakh officials"),
        ("Authorities later raised the death toll to 227.", "Government of Kazakhstan"),
        ("The government revised the official death toll to 227.", "Government of Kazakhstan"),
        ("The death toll was put at 227 by the Health Ministry.", "Health Ministry"),
    ],
)
def test_who_puts_the_toll_at_a_figure_states_it(extract_text, body: str, claimant: str) -> None:
    figures = facts(extract_text(body), "Statistic")
    assert [values(f, "claimant") for f in figures if "227" in f.label or "164" in f.label] == [
        {claimant}
    ]


def test_a_toll_that_rises_is_the_documents_own(extract_text) -> None:
    figures = facts(extract_text("The death toll rose to 227 on Sunday."), "Statistic")
    assert [values(f, "claimant") for f in figures] == [{"Example News"}]


# --- a hand-over dated in the sentence is the change of that date ---------------------
def tenures(result) -> dict[str, tuple[set[str], set[str]]]:
    """Post label of each tenure -> (start dates, end dates)."""
    return {
        f.label: ({str(d) for d in values(f, "startDate")}, {str(d) for d in values(f, "endDate")})
        for f in facts(result, "Tenure")
    }


@pytest.mark.parametrize(
    "body",
    [
        "Nazarbayev stepped down as chairman of the Security Council on January 5, 2022, "
        "handing the post to Tokayev.",
        "In January 2022 Nazarbayev handed over power to Tokayev.",
        "On January 5, 2022, Nazarbayev passed his remaining power to Tokayev.",
    ],
)
def test_a_hand_over_in_2022_is_not_the_presidency(extract_text, body: str) -> None:
    found = tenures(extract_text(body, date="2023-01-05"))
    assert not [label for label in found if "President of Kazakhstan" in label], found
    assert found["Kassym-Jomart Tokayev as head of the Security Council"][0] <= {
        "2022-01",
        "2022-01-05",
    }


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("In 2019 Nazarbayev stepped down and handed over power to Tokayev.", "2019"),
        ("Nazarbayev handed over the presidency to Tokayev in March 2019.", "2019-03"),
    ],
)
def test_the_hand_over_of_2019_is_the_presidency(extract_text, body: str, date: str) -> None:
    found = tenures(extract_text(body, date="2023-01-05"))
    assert found["Kassym-Jomart Tokayev as President of Kazakhstan"][0] == {date}
    assert found["Nursultan Nazarbayev as President of Kazakhstan"][1] == {date}


# --- "X quoted Y as saying": Y speaks ------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Reuters quoted Tokayev as saying that the mission was over.",
        "Tokayev was quoted by Reuters as saying that the mission was over.",
        "Interfax quoted Kazakh President Kassym-Jomart Tokayev as saying the mission was over.",
        "Tokayev spoke in the Mazhilis. He was quoted as saying that the mission was over.",
    ],
)
def test_the_one_quoted_as_saying_speaks(extract_text, body: str) -> None:
    assert claimants_of(extract_text(body), "mission") == [{TOKAYEV}]


def test_an_unnamed_source_quoted_by_an_agency_is_no_claimant(extract_text) -> None:
    result = extract_text("Reuters quoted a source as saying that the mission was over.")
    assert claimants_of(result, "mission") in ([], [set()])


# --- troops landing at home come back; they are not deployed there -------------------
@pytest.mark.parametrize(
    "body",
    [
        "The last planes carrying Russian paratroopers landed near Moscow on Wednesday.",
        "The last Russian troops flew back to Russia on Wednesday.",
        "Belarusian troops arrived in Belarus on Wednesday.",
        "The Russian peacekeepers arrived home on Wednesday.",
    ],
)
def test_troops_arriving_at_home_are_no_deployment(extract_text, body: str) -> None:
    assert not facts(extract_text(body, date="2022-01-19"), "MilitaryDeployment")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Russian paratroopers landed in Almaty on January 6.", "Almaty"),
        ("Russian troops arrived in Kazakhstan on January 7.", "Kazakhstan"),
        ("Russian paratroopers flew to Kazakhstan from Moscow on January 6.", "Kazakhstan"),
    ],
)
def test_troops_arriving_abroad_are_deployed_there(extract_text, body: str, place: str) -> None:
    found = facts(extract_text(body, date="2022-01-19"), "MilitaryDeployment")
    assert [values(f, "place") for f in found] == [{place}]


# --- "in January last year" is January of last year ------------------------------------
@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("was arrested in January last year during the unrest", "2022-01"),
        ("was arrested in January of last year", "2022-01"),
        ("was detained on January 6 last year", "2022-01-06"),
        ("in December last year", "2022-12"),
        ("in March this year", "2023-03"),
        ("last January", "2023-01"),
        ("in January 2022", "2022-01"),
    ],
)
def test_a_month_with_a_relative_year(text: str, date: str) -> None:
    assert [str(d) for _, _, d in find_dates(text, PartialDate(2023, 4, 24))] == [date]


def test_an_arrest_in_january_last_year_is_dated_then(extract_text) -> None:
    result = extract_text("Masimov, 57, was arrested in January last year.", date="2023-04-24")
    assert [{str(d) for d in values(f, "date")} for f in facts(result, "Arrest")] == [{"2022-01"}]


def test_an_age_is_not_dated_by_the_event_beside_it(extract_text) -> None:
    result = extract_text("Masimov, 57, was arrested in January last year.", date="2023-04-24")
    ages = [f for f in facts(result, "Statistic") if f.label.startswith("age of")]
    assert [values(f, "date") for f in ages] == [set()]


# --- state media: "the Head of State", "the Law 'On ...'" ------------------------------
@pytest.mark.parametrize(
    "body",
    [
        'Kassym-Jomart Tokayev signed the Law "On Amnesty" on March 21, 2022.',
        'On March 21, 2022, the Head of State signed the Law "On Amnesty".',
        "On March 21, 2022, the Head of State signed a law on amnesty.",
        'Tokayev signed the Decree "On Amnesty" on March 21, 2022.',
    ],
)
def test_a_law_signed_by_the_head_of_state(extract_text, body: str) -> None:
    acts = facts(extract_text(body, date="2022-03-22"), "LegalAct")
    dated = [(values(f, "agent"), {str(d) for d in values(f, "date")}) for f in acts]
    assert dated == [({TOKAYEV}, {"2022-03-21"})]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Head of State said that order had been restored.", TOKAYEV),
        ("The head of state said that order had been restored.", TOKAYEV),
        ("The President said that order had been restored.", TOKAYEV),
    ],
)
def test_the_head_of_state_is_the_president(extract_text, body: str, speaker: str) -> None:
    assert claimants(extract_text(body)) == [{speaker}]


def test_the_head_of_a_state_agency_is_not_the_head_of_state(extract_text) -> None:
    result = extract_text("The head of the state agency said that order had been restored.")
    assert {TOKAYEV} not in claimants(result)


# --- "X was informed that ...": a report, never the publisher's own figure ---------------
@pytest.mark.parametrize(
    "body",
    [
        "The President was informed that 1,199 criminal cases had been sent to court.",
        "Tokayev was briefed that 1,199 criminal cases had been sent to court.",
        "The Head of State was notified that 1,199 criminal cases had been sent to court.",
    ],
)
def test_what_an_official_is_informed_of_is_no_figure_of_the_publisher(
    extract_text, body: str
) -> None:
    figures = facts(extract_text(body), "Statistic")
    assert figures
    assert all("Example News" not in values(f, "claimant") for f in figures)


def test_who_informs_claims_it(extract_text) -> None:
    result = extract_text(
        "Berik Asylov informed the President that 1,199 criminal cases had been sent to court."
    )
    assert claimants(result) == [{"Berik Asylov"}]
    assert [values(f, "claimant") for f in facts(result, "Statistic")] == [{"Berik Asylov"}]


# --- the name ending a clause before the subject is not the subject ---------------------
@pytest.mark.parametrize(
    "body",
    [
        "Three years after deadly riots shook Kazakhstan, a court in Almaty on Monday "
        "handed down the final verdict, sentencing 45 people.",
        "ALMATY, Kazakhstan (AP) - Three years after riots shook Kazakhstan, a court in "
        "Almaty handed down the final verdict, sentencing 45 people.",
    ],
)
def test_a_country_before_the_subject_does_not_sentence(extract_text, body: str) -> None:
    found = facts(extract_text(body, date="2025-01-27"), "Sentencing")
    assert found
    assert all("Kazakhstan" not in values(f, "agent") for f in found)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Kazakhstan, a Central Asian country, said the CSTO mission was over.",
            "Government of Kazakhstan",
        ),
        ("After Tokayev met Putin, the Kremlin said the CSTO mission was over.", "Kremlin"),
    ],
)
def test_a_subject_with_its_apposition_stays(extract_text, body: str, speaker: str) -> None:
    assert claimants(extract_text(body)) == [{speaker}]


@pytest.mark.parametrize(
    ("body", "post", "date"),
    [
        (
            "Tokayev, who succeeded Nazarbayev in 2019, has since introduced a single term.",
            "President of Kazakhstan",
            "2019",
        ),
        (
            "In January 2022 Tokayev replaced Nazarbayev as head of the Security Council.",
            "head of the Security Council",
            "2022-01",
        ),
    ],
)
def test_a_dated_succession_takes_the_post_that_changed_then(
    extract_text, body: str, post: str, date: str
) -> None:
    found = tenures(extract_text(body, date="2025-01-27"))
    assert found == {
        f"Nursultan Nazarbayev as {post}": (set(), {date}),
        f"Kassym-Jomart Tokayev as {post}": ({date}, set()),
    }


# --- the CSTO's Collective Security Council is not Kazakhstan's Security Council --------
@pytest.mark.parametrize(
    "body",
    [
        "Nikol Pashinyan, who currently chairs the CSTO's Collective Security Council, "
        "said the alliance would help.",
        "Nikol Pashinyan, who chairs the Collective Security Council, said the bloc would help.",
        "Nikol Pashinyan, the chairman of the CSTO Collective Security Council, said so.",
    ],
)
def test_the_cstos_council_is_not_kazakhstans(extract_text, body: str) -> None:
    assert list(tenures(extract_text(body))) == [
        "Nikol Pashinyan as chair of the CSTO Collective Security Council"
    ]


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Tokayev said on Friday he had ordered troops to shoot.", "2022-01-07"),
        ("Tokayev said on Friday that he had ordered troops to shoot.", "2022-01-07"),
        ("Tokayev said yesterday he had ordered troops to shoot.", "2022-01-09"),
        ("Tokayev said that on Friday he had ordered troops to shoot.", "2022-01-10"),
    ],
)
def test_said_on_a_day(extract_text, body: str, date: str) -> None:
    said = claims(extract_text(body, date="2022-01-10"))
    assert [{str(d) for d in values(c, "date")} for c in said] == [{date}]


# --- a body's press service speaks for the body -----------------------------------------
MINISTRY = "Ministry of Internal Affairs of Kazakhstan"


@pytest.mark.parametrize(
    "body",
    [
        "The press service of the Interior Ministry said 5,800 people had been detained.",
        "The Interior Ministry's press service said 5,800 people had been detained.",
        "According to the press service of the Interior Ministry, 5,800 people were detained.",
    ],
)
def test_a_press_service_speaks_for_its_body(extract_text, body: str) -> None:
    result = extract_text(body)
    assert [values(f, "claimant") for f in facts(result, "Statistic")] == [{MINISTRY}]


# --- "in A on D1 and in B on D2": each place its own date --------------------------------
def dated_places(result, cls: str) -> set[tuple[frozenset, frozenset]]:
    return {
        (frozenset(values(f, "place")), frozenset(str(d) for d in values(f, "date")))
        for f in facts(result, cls)
    }


@pytest.mark.parametrize(
    ("body", "cls", "first", "second"),
    [
        (
            "The state of emergency was lifted in Almaty on January 19 and in Mangystau "
            "region on January 14.",
            "EmergencyLifted",
            ("Almaty", "2022-01-19"),
            ("Mangystau Region", "2022-01-14"),
        ),
        (
            "Protests broke out in Zhanaozen on January 2 and in Almaty on January 4.",
            "Protest",
            ("Zhanaozen", "2022-01-02"),
            ("Almaty", "2022-01-04"),
        ),
    ],
)
def test_each_place_of_a_gapped_clause_has_its_date(
    extract_text, body: str, cls: str, first: tuple, second: tuple
) -> None:
    found = dated_places(extract_text(body, date="2022-01-25"), cls)
    assert found == {
        (frozenset({first[0]}), frozenset({first[1]})),
        (frozenset({second[0]}), frozenset({second[1]})),
    }


def test_a_second_place_of_an_arrest_is_not_merged_into_it(extract_text) -> None:
    body = "Police detained Zhanbolat Mamay in Almaty on January 6 and in Shymkent on January 7."
    found = dated_places(extract_text(body, date="2022-01-25"), "Arrest")
    assert found == {(frozenset({"Almaty"}), frozenset({"2022-01-06"}))}


# --- "new" starts a tenure; it is no word of the post ------------------------------------
@pytest.mark.parametrize(
    ("body", "tenure"),
    [
        (
            "Kazakhstan's new ambassador to Russia, Dariga Nazarbayeva, presented credentials.",
            "Dariga Nazarbayeva as Ambassador to Russia (Kazakhstan)",
        ),
        (
            "Kazakhstan's ambassador to Russia, Dariga Nazarbayeva, presented credentials.",
            "Dariga Nazarbayeva as Ambassador to Russia (Kazakhstan)",
        ),
        (
            "The new Interior Minister Marat Akhmetzhanov said order had been restored.",
            "Marat Akhmetzhanov as Minister of Internal Affairs of Kazakhstan",
        ),
    ],
)
def test_new_is_no_part_of_a_post(extract_text, body: str, tenure: str) -> None:
    assert list(tenures(extract_text(body))) == [tenure]


# --- "said in a statement that ..." --------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Interior Ministry said in a statement that 26 armed criminals had been killed.",
            MINISTRY,
        ),
        ("Tokayev said in a televised address that 26 armed criminals had been killed.", TOKAYEV),
        ("Tokayev said that 26 armed criminals had been killed.", TOKAYEV),
    ],
)
def test_said_in_a_statement_that(extract_text, body: str, speaker: str) -> None:
    result = extract_text(body)
    assert [values(f, "claimant") for f in facts(result, "Statistic")] == [{speaker}]
    result = extract_text(body.replace("26 armed criminals had been killed", "order was restored"))
    assert claimants(result) == [{speaker}]


@pytest.mark.parametrize(
    "body",
    [
        "The Kazakh presidency announced that a curfew was imposed in Almaty.",
        "The Kazakh presidency announced in a statement that a curfew was imposed in Almaty.",
    ],
)
def test_an_announced_curfew_is_the_act_with_no_claim_restating_it(extract_text, body) -> None:
    result = extract_text(body)
    assert [values(f, "place") for f in facts(result, "Curfew")] == [{"Almaty"}]
    assert claimants(result) == []  # the act's evidence quotes who announced it
    result = extract_text(body.replace("a curfew was imposed", "foreign terrorists attacked"))
    assert claimants(result) == [{"Akorda"}]


# --- "A was replaced by B": B's tenure starts as A's ends --------------------------------
@pytest.mark.parametrize(
    ("body", "post", "date"),
    [
        (
            "Karim Masimov was replaced by Yermek Sagimbayev as head of the KNB on January 6.",
            "chairman of the National Security Committee",
            "2022-01-06",
        ),
        (
            "Yermek Sagimbayev replaced Karim Masimov as head of the KNB on January 6.",
            "chairman of the National Security Committee",
            "2022-01-06",
        ),
    ],
)
def test_replaced_by(extract_text, body: str, post: str, date: str) -> None:
    found = tenures(extract_text(body, date="2022-01-20"))
    assert found == {
        f"Karim Masimov as {post}": (set(), {date}),
        f"Ermek Sagimbayev as {post}": ({date}, set()),  # the lexicon's label
    }


def test_dismissed_and_replaced_by(extract_text) -> None:
    body = (
        "Almaty mayor Bakytzhan Sagintayev was dismissed on January 13 "
        "and replaced by Yerbolat Dossayev."
    )
    found = tenures(extract_text(body, date="2022-01-20"))
    assert found == {
        "Bakytzhan Sagintayev as Mayor (Almaty)": (set(), {"2022-01-13"}),
        "Yerbolat Dossayev as Mayor (Almaty)": ({"2022-01-13"}, set()),
    }


def test_replaced_with_no_one_named_starts_no_tenure(extract_text) -> None:
    found = tenures(extract_text("Masimov was replaced on January 6.", date="2022-01-20"))
    assert found == {}


# --- "officials said to be close to X were arrested": a hedge, not the officials' words --
@pytest.mark.parametrize(
    "body",
    [
        "Officials said to be close to Nazarbayev were arrested on January 8.",
        "Two officials said to be close to Nazarbayev were arrested on January 8.",
        "Officials believed to be close to Nazarbayev were arrested on January 8.",
    ],
)
def test_said_to_be_is_a_hedge_of_the_publisher(extract_text, body: str) -> None:
    result = extract_text(body)
    assert claimants(result) == [{"Example News"}]
    assert not facts(result, "Arrest")


def test_officials_who_said_something_still_speak(extract_text) -> None:
    result = extract_text("Officials said that people close to Nazarbayev were arrested.")
    assert claimants(result) == [{"officials"}]


# --- a state-media dateline is no argument of the news --------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "NUR-SULTAN. KAZINFORM – The state of emergency has been lifted across Kazakhstan, "
        "Kazinform reports.",
        "KAZINFORM – The state of emergency has been lifted across Kazakhstan.",
    ],
)
def test_the_agency_in_a_dateline_takes_no_part(extract_text, body: str) -> None:
    [lifted] = facts(extract_text(body, date="2022-01-19"), "EmergencyLifted")
    assert values(lifted, "place") == {"Kazakhstan"}
    assert not values(lifted, "target") and not values(lifted, "participant")


def test_whom_police_detained_is_no_place(extract_text) -> None:
    # the model calls the name a place after this dateline
    body = "ALMATY, Kazakhstan (AP) - Police detained Zhanbolat Mamay in Almaty on Monday."
    [arrest] = facts(extract_text(body, date="2022-01-19"), "Arrest")
    assert values(arrest, "place") == {"Almaty"}


# --- "served as X until D": an end alone ------------------------------------------------
MVD = "Yerlan Turgumbayev as Minister of Internal Affairs of Kazakhstan"


@pytest.mark.parametrize(
    ("body", "end"),
    [
        ("Yerlan Turgumbayev served as interior minister until February 2022.", {"2022-02"}),
        (
            "Yerlan Turgumbayev, who served as interior minister until February 2022, "
            "said police had acted lawfully.",
            {"2022-02"},
        ),
        ("Yerlan Turgumbayev served as interior minister until his dismissal.", set()),
    ],
)
def test_served_until(extract_text, body: str, end: set) -> None:
    assert tenures(extract_text(body, date="2023-01-05")) == {MVD: (set(), end)}


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        ("Kazinform reported that the curfew was lifted in Almaty.", "Kazinform"),
        ("According to Interfax, the first planes landed in Almaty on Thursday.", "Interfax"),
        ("The death toll rose to 225, TASS reported.", "TASS"),
    ],
)
def test_a_news_agency_named_as_the_source_is_the_claimant(extract_text, body, agency) -> None:
    assert claimants(extract_text(body, date="2022-01-10")) == [{agency}]


@pytest.mark.parametrize(
    "body",
    [
        "GENEVA (12 January 2022) – UN human rights experts today called on Kazakhstan to "
        "conduct a prompt and independent investigation into the killing of protesters.",
        "ALMATY, Jan 12 (Reuters) - Rights experts called on Kazakhstan to conduct a prompt "
        "and independent investigation into the killing of protesters.",
    ],
)
def test_a_dateline_place_gives_way_to_a_role_noun_speaker(extract_text, body: str) -> None:
    (claim,) = claims(extract_text(body))
    assert values(claim, "claimType") == {"demand"}
    assert values(claim, "claimant") == {"rights experts"}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Lukashenko went further. The Belarusian leader claimed that the protests had "
            "been planned from abroad.",
            "Alexander Lukashenko",
        ),
        ("The Russian leader said the mission was a success.", "Vladimir Putin"),
        ("The Kazakh leader said order had been restored.", TOKAYEV),
    ],
)
def test_a_countrys_leader_is_the_holder_of_its_one_post_so_titled(
    extract_text, body: str, speaker: str
) -> None:
    assert claimants(extract_text(body, date="2022-01-12")) == [{speaker}]


def test_a_leader_of_a_country_with_no_such_post_is_no_one(extract_text) -> None:
    body = "The Armenian leader said the mission would end soon."
    assert claimants(extract_text(body, date="2022-01-12")) == []
