"""Academic and policy-report prose: author-year citations, footnote markers, survey
figures, tables and figures told in prose, comparisons with other countries and years.

Texts written for these tests. Negatives: an event's own date beside a citation stays, a
name that acts outside a citation still takes part, and a plain number stays a count.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

DOC = "2024-05-01"


def claims_of(result, claimant: str):
    return [f for f in facts(result, "Claim") if claimant in values(f, "claimant")]


# --- a citation names a source, not an actor -----------------------------------------
@pytest.mark.parametrize(
    "text, cls, source",
    [
        ("Protesters stormed the akimat in Almaty (Human Rights Watch 2022, 14).", "Riot", None),
        (
            "Security forces opened fire on demonstrators in Taldykorgan "
            "(Amnesty International, 2023).",
            "UseOfForce",
            None,
        ),
        (
            "Protesters stormed the akimat in Almaty (see Human Rights Watch 2022; Lillis 2023).",
            "Riot",
            None,
        ),
    ],
)
def test_a_cited_body_takes_no_part_in_the_event(extract_text, text, cls, source) -> None:
    result = extract_text(text, date=DOC)
    (event,) = facts(result, cls)
    named = values(event, "participant") | values(event, "agent")
    assert not named & {"Human Rights Watch", "Amnesty International"}
    assert not values(event, "date")  # the source's year is no date of the storming


def test_a_body_that_acts_beside_a_citation_still_takes_part(extract_text) -> None:
    result = extract_text(
        "Human Rights Watch documented the torture of detainees in Almaty (Lillis 2023).",
        date=DOC,
    )
    assert any("Human Rights Watch" in values(f, "claimant") for f in facts(result, "Claim")) or (
        any("Human Rights Watch" in values(f, "agent") for f in result.facts.values())
    )


def test_the_events_own_date_stays_beside_a_citation(extract_text) -> None:
    result = extract_text("Karim Massimov was arrested on 6 January 2022 (Lillis 2023).", date=DOC)
    (arrest,) = facts(result, "Arrest")
    assert values(arrest, "date") == {"2022-01-06"}
    assert values(arrest, "participant") == {"Karim Masimov"}


# --- a page or year cited is no figure --------------------------------------------------
@pytest.mark.parametrize(
    "citation", ["(Umarov 2024: 17)", "(Umarov 2024, 17)", "(Umarov 2024, p. 17)"]
)
def test_a_cited_page_is_no_count(extract_text, citation: str) -> None:
    result = extract_text(
        f"In the Tokayev era, reforms have been announced but rarely implemented {citation}.",
        date=DOC,
    )
    assert not [f for f in facts(result, "Statistic") if "17" in values(f, "value")]


def test_a_count_beside_a_citation_stays(extract_text) -> None:
    result = extract_text(
        "At least 238 people died, including 19 law enforcement officers (Putz 2022; Umarov 2023).",
        date=DOC,
    )
    found = {v for f in facts(result, "Statistic") for v in values(f, "value")}
    assert {"At least 238", "19"} <= found
    assert not found & {"2022", "2023"}


# --- when a retold claim was made ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Tokayev claimed that foreign terrorists had attacked the country (Akorda 2022).",
        "Tokayev described the events as an attempted coup d'etat (Lillis 2023).",
        "In 2022, as Lillis (2023) notes, Tokayev said that the protesters were terrorists.",
        'Putz (2022) quotes Tokayev as saying that "there will be no talks with terrorists".',
        "Satpayev (2022) cites Tokayev's claim that 20,000 terrorists attacked Almaty.",
    ],
)
def test_a_claim_a_paper_retells_takes_not_the_papers_date(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    (claim,) = claims_of(result, "Kassym-Jomart Tokayev")
    assert "2024-05-01" not in values(claim, "date")
    assert not values(claim, "about") & {"Akorda"}


def test_a_paper_citing_sources_retells_past_claims_undated(extract_text) -> None:
    result = extract_text(
        "The unrest has been widely studied (Lillis 2023).\n\n"
        "Tokayev said that 20,000 bandits had attacked Almaty.",
        date=DOC,
    )
    (claim,) = claims_of(result, "Kassym-Jomart Tokayev")
    assert not values(claim, "date")


def test_a_claim_dated_in_its_sentence_keeps_its_date(extract_text) -> None:
    result = extract_text(
        "In a speech to parliament on 11 January 2022, Tokayev said that the "
        "regime had created a layer of wealthy people (Umarov 2022).",
        date=DOC,
    )
    (claim,) = claims_of(result, "Kassym-Jomart Tokayev")
    assert values(claim, "date") == {"2022-01-11"}


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev said that 20,000 bandits had attacked Almaty.",
        "Xinhua quoted Tokayev as saying that 20,000 bandits had attacked Almaty.",
    ],
)
def test_news_without_citations_dates_a_claim_by_the_document(extract_text, text) -> None:
    result = extract_text(text, date="2022-01-10")
    (claim,) = claims_of(result, "Kassym-Jomart Tokayev")
    assert values(claim, "date") == {"2022-01-10"}


@pytest.mark.parametrize(
    "text",
    [
        "As Kudaibergenova (2022) observes, no evidence of a coup has been made public.",
        "Kudaibergenova (2022) argues that no evidence of a coup has been made public.",
        "No evidence of a coup has been made public, according to Kudaibergenova (2022).",
        "The arrest of Massimov was reported by Kudaibergenova (2022).",
    ],
)
def test_a_scholars_claim_takes_the_year_cited(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    (claim,) = claims_of(result, "Kudaibergenova")
    assert values(claim, "date") == {"2022"}


def test_a_scholars_year_is_not_the_politicians(extract_text) -> None:
    result = extract_text(
        "Tokayev described the events as an attempted coup, but as Kudaibergenova "
        "(2022) observes, no evidence of a coup has been made public.",
        date=DOC,
    )
    (claim,) = claims_of(result, "Kassym-Jomart Tokayev")
    assert not values(claim, "date") & {"2022"}


# --- a report's furniture and survey shares ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Figure 2 shows that support was highest among the young.",
        "Table 3 summarises the main reforms adopted after the unrest.",
        "As shown in Fig. 4, the protests spread to the west.",
        "Footnote 5 lists the cities where protests took place.",
        "The full list is given in Appendix 2.",
        "The estimates are given in column 3 of the table.",
        "Respondents rated trust in the police at 2.1 on a five-point scale.",
    ],
)
def test_a_figure_or_table_number_is_no_count(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    assert not facts(result, "Statistic"), [f.label for f in facts(result, "Statistic")]


def test_a_count_beside_a_table_reference_stays(extract_text) -> None:
    result = extract_text("Table 1 lists the 45 defendants convicted in the case.", date=DOC)
    assert {v for f in facts(result, "Statistic") for v in values(f, "value")} == {"45"}


@pytest.mark.parametrize("share", ["42 per cent", "42 percent", "42%"])
def test_a_share_of_respondents_is_a_percentage(extract_text, share: str) -> None:
    result = extract_text(
        f"In our survey, {share} of respondents said they supported the protesters.",
        date=DOC,
    )
    (stat,) = facts(result, "Statistic")
    assert values(stat, "measure") == {"share of respondents"}
    assert values(stat, "unit") == {"percent"}


def test_a_rate_in_per_cent_is_a_percentage(extract_text) -> None:
    result = extract_text("Inflation reached 8.4 per cent in 2021.", date=DOC)
    (stat,) = facts(result, "Statistic")
    assert values(stat, "measure") == {"inflation"}
    assert values(stat, "value") == {"8.4 per cent"}


# --- a comparison joined by a semicolon -------------------------------------------------
def stats(result) -> dict[str, tuple[set[str], set[str]]]:
    """value -> (claimants, dates) of every statistic."""
    return {
        next(iter(values(f, "value"))): (values(f, "claimant"), values(f, "date"))
        for f in facts(result, "Statistic")
    }


@pytest.mark.parametrize(
    "source_after",
    [", according to the Interior Ministry.", ", the Interior Ministry said."],
)
def test_a_source_after_a_semicolon_vouches_for_its_own_statement(
    extract_text, source_after: str
) -> None:
    result = extract_text(
        "In Belarus, 35,000 people were arrested in 2020; in Kazakhstan, about 10,000 "
        "were detained" + source_after,
        date=DOC,
    )
    found = stats(result)
    assert found["35,000"] == ({"Example News"}, {"2020"})
    claimants, dates = found["about 10,000"]
    assert claimants == {"Ministry of Internal Affairs of Kazakhstan"}
    assert "2020" not in dates
    assert not [c for c in facts(result, "Claim") if "Belarus" in values(c, "about")]


def test_a_date_past_a_semicolon_dates_only_its_own_statement(extract_text) -> None:
    result = extract_text(
        "In Zhanaozen in 2011, police killed at least 16 oil workers; in January 2022, "
        "238 people were killed, according to the Prosecutor General's Office.",
        date=DOC,
    )
    found = stats(result)
    assert found["at least 16"][1] == {"2011"}
    assert found["238"][1] == {"2022-01"}
    for claim in facts(result, "Claim"):
        assert "2011" not in values(claim, "date")


def test_a_speaker_before_a_semicolon_keeps_what_follows(extract_text) -> None:
    result = extract_text(
        "Tokayev said that the protesters had been trained abroad; no evidence was offered.",
        date="2022-01-11",
    )
    (claim,) = [
        f for f in facts(result, "Claim") if "Kassym-Jomart Tokayev" in values(f, "claimant")
    ]
    assert "trained abroad" in next(iter(values(claim, "claimText")))


# --- lists of reforms, and whose era it was ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The constitutional referendum of 5 June 2022, the renaming of the capital from "
        "Nur-Sultan back to Astana in September 2022, and the introduction of a single "
        "presidential term were presented as reforms.",
        "Reforms included a referendum in June 2022, early presidential elections in "
        "Almaty in November 2022, and the return of the name Astana.",
    ],
)
def test_a_listed_reform_takes_no_place_of_the_next_item(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    (referendum,) = facts(result, "Referendum")
    assert not values(referendum, "place") & {"Nur-Sultan", "Astana", "Almaty"}


def test_a_place_of_the_event_noun_itself_stays(extract_text) -> None:
    result = extract_text(
        "Reforms included a referendum in June 2022 and a new parliament.", date=DOC
    )
    (referendum,) = facts(result, "Referendum")
    assert values(referendum, "date") == {"2022-06"}
    result = extract_text("Early presidential elections in Almaty were held in 2022.", date=DOC)
    (election,) = facts(result, "Election")
    assert values(election, "place") == {"Almaty"}


@pytest.mark.parametrize(
    "text",
    [
        "Under Nazarbayev, elections were neither free nor fair.",
        "During the Nazarbayev presidency, protesters were detained in Almaty.",
        "Under President Tokayev, police detained protesters in Almaty.",
    ],
)
def test_whose_era_it_was_takes_no_part(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    for event in facts(result, "Election") + facts(result, "Arrest"):
        named = values(event, "participant") | values(event, "agent")
        assert not named & {"Nursultan Nazarbayev", "Kassym-Jomart Tokayev"}


def test_who_meets_during_a_summit_still_takes_part(extract_text) -> None:
    result = extract_text("Tokayev held talks with Putin during the CSTO summit.", date=DOC)
    (meeting,) = facts(result, "Meeting")
    assert values(meeting, "participant") == {"Vladimir Putin"}


# --- report prose: interlocutors, short names, sourced sentences ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The mission met with representatives of the Central Election Commission (CEC) "
        "and civil society.",
        "Representatives of the National Security Committee (KNB) declined to comment.",
        "The mission met with officials of the Ministry of Foreign Affairs (MFA).",
    ],
)
def test_a_bodys_short_name_in_brackets_holds_no_post(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    assert not facts(result, "Tenure"), [f.label for f in facts(result, "Tenure")]


def test_a_person_named_in_brackets_after_a_title_holds_it(extract_text) -> None:
    result = extract_text(
        "The EU's high representative (Josep Borrell) called for restraint.", date=DOC
    )
    assert any("Josep Borrell" in values(f, "holder") for f in facts(result, "Tenure"))


def test_a_figure_before_a_sourced_sentence_stays_the_documents(extract_text) -> None:
    result = extract_text(
        "The report's 12 recommendations include the release of those detained. "
        "1,200 complaints were filed with the commission, according to civil society "
        "organizations.",
        date=DOC,
    )
    found = stats(result)
    assert found["12"][0] == {"Example News"}
    assert found["1,200"][0] != {"Example News"}
    # a briefing told before its speaker ("..., said Dujarric") still takes the figure:
    # test_statistics.py::test_a_paragraph_that_goes_on_with_one_speakers_words_is_his_briefing


# --- figures of the events a text compares with -----------------------------------------
@pytest.mark.parametrize(
    "text, value, year",
    [
        (
            "It resembled the 2005 Andijan massacre in Uzbekistan, in which hundreds were killed.",
            "hundreds",
            "2005",
        ),
        (
            "The 2010 violence in Osh, in which more than 400 people died, is a closer parallel.",
            "more than 400",
            "2010",
        ),
        (
            "The violence was far greater than in Zhanaozen in 2011, when police killed 16 "
            "striking oil workers.",
            "16",
            "2011",
        ),
    ],
)
def test_a_figure_of_an_earlier_massacre_takes_its_year(extract_text, value, year, text) -> None:
    result = extract_text(text, date="2022-03-14")
    assert stats(result)[value][1] == {year}


def test_a_figure_of_the_unrest_takes_no_year_of_a_name(extract_text) -> None:
    result = extract_text(
        "The unrest, in which 238 people died, ended the Nazarbayev era.", date="2022-03-14"
    )
    assert stats(result)["238"][1] == set()


@pytest.mark.parametrize(
    "opening",
    [
        "Unlike in Kyrgyzstan in 2010, when the CSTO declined a request for intervention,",
        "Unlike in 2010,",
        "As in Belarus in 2020,",
        "Compared with Kyrgyzstan in 2010,",
    ],
)
def test_the_year_of_a_place_compared_dates_nothing(extract_text, opening: str) -> None:
    result = extract_text(f"{opening} the organisation deployed troops to Kazakhstan.", date=DOC)
    (deployment,) = facts(result, "MilitaryDeployment")
    assert not values(deployment, "date")


def test_a_year_after_a_place_not_compared_dates_the_event(extract_text) -> None:
    result = extract_text(
        "In Kazakhstan in January 2022, the organisation deployed troops.", date=DOC
    )
    (deployment,) = facts(result, "MilitaryDeployment")
    assert values(deployment, "date") == {"2022-01"}


# --- whose figure ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value, owner",
    [
        (
            'Tokayev\'s account of 20,000 "terrorists" was repeated uncritically by state media.',
            "20,000",
            "Kassym-Jomart Tokayev",
        ),
        (
            "The Interior Ministry's figure of 9,900 detainees was later revised.",
            "9,900",
            "Ministry of Internal Affairs of Kazakhstan",
        ),
        (
            "Tokayev's version of 20,000 attackers is not supported by the evidence.",
            "20,000",
            "Kassym-Jomart Tokayev",
        ),
    ],
)
def test_a_figure_in_someones_account_is_theirs(extract_text, text, value, owner) -> None:
    result = extract_text(text, date=DOC)
    assert stats(result)[value][0] == {owner}


def test_a_count_in_someones_body_stays_the_documents(extract_text) -> None:
    result = extract_text("Tokayev's government of 20 ministers resigned.", date=DOC)
    assert stats(result)["20"][0] == {"Example News"}


# --- the text's own inferences ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, cls",
    [
        ("This suggests that the KNB leadership deliberately withdrew its officers.", "Withdrawal"),
        ("These findings imply that police tortured detainees in Almaty.", "Torture"),
        ("The evidence indicates that police tortured detainees in Almaty.", "Torture"),
    ],
)
def test_what_the_text_infers_is_its_claim_not_a_fact(extract_text, text: str, cls: str) -> None:
    result = extract_text(text, date=DOC)
    assert not facts(result, cls)
    (claim,) = claims_of(result, "Example News")
    assert next(iter(values(claim, "claimText"))).startswith(text.split()[0])


def test_what_a_named_body_documents_stays_its_claim(extract_text) -> None:
    result = extract_text(
        "Human Rights Watch documented that police tortured detainees in Almaty.", date=DOC
    )
    assert claims_of(result, "Human Rights Watch")
    assert not facts(result, "Torture")


def test_what_is_told_plainly_stays_a_fact(extract_text) -> None:
    result = extract_text("Police tortured detainees in Almaty.", date=DOC)
    assert facts(result, "Torture")
    assert not facts(result, "Claim")


# --- a list of references ----------------------------------------------------------------
@pytest.mark.parametrize(
    "entry",
    [
        "Lillis, J. (2022) 'Kazakhstan: Tokayev orders troops to shoot to kill', "
        "Eurasianet, 7 January.",
        "Human Rights Watch (2022) Kazakhstan: Killings, Excessive Use of Force in Almaty. "
        "New York: HRW, 26 January.",
        "Umarov, T. (2022) 'Why Tokayev Invited Russian Troops', Carnegie Politika, "
        "10 January, pp. 12-15.",
        "Lillis, Joanna. 2022. \u201cTokayev Orders Troops to Shoot to Kill.\u201d Eurasianet.",
        "[4] Kudaibergenova, D. T. and Laruelle, M. (2022) 'Making sense of the January "
        "2022 protests in Kazakhstan', Post-Soviet Affairs, 38(6), pp. 441-459.",
    ],
)
def test_a_reference_entry_tells_nothing(extract_text, entry: str) -> None:
    result = extract_text("References\n\n" + entry, date=DOC)
    assert not [f.label for f in result.facts.values()]


@pytest.mark.parametrize(
    "text",
    [
        "Lillis (2023) argues that police detained 300 protesters in Almaty.",
        "Human Rights Watch (2022) documented that police detained 300 protesters.",
    ],
)
def test_prose_opened_by_a_cited_name_still_tells(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    assert stats(result)["300"][0] != {"Example News"}  # the cited source's figure


# --- footnote numbers glued to a full stop -----------------------------------------------
def test_a_glued_footnote_number_is_no_count_and_ends_its_sentence(extract_text) -> None:
    result = extract_text(
        "The unrest left 238 people dead.12 Most were killed in Almaty.13 More than 10,000 "
        "people were detained.14",
        date=DOC,
    )
    assert set(stats(result)) == {"238", "More than 10,000"}
    (killing,) = facts(result, "Killing")
    assert values(killing, "place") == {"Almaty"}


@pytest.mark.parametrize("text", ["See p.12 of the report.", "The rate was 3.5 per cent."])
def test_numbers_after_short_words_and_decimals_stay_whole(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    assert "12" not in stats(result)


# --- a coup charged is no riot ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Massimov was sentenced to 18 years in April 2023 on charges of high treason and "
        "attempting to seize power.",
        "The court found that the seizure of power had been planned by Massimov.",
    ],
)
def test_seizing_power_is_no_riot(extract_text, text: str) -> None:
    assert not facts(extract_text(text, date=DOC), "Riot")


@pytest.mark.parametrize(
    "text",
    ["Protesters seized the akimat in Almaty.", "Rioters seized the airport on 5 January."],
)
def test_seizing_a_building_is_a_riot(extract_text, text: str) -> None:
    assert facts(extract_text(text, date=DOC), "Riot")


# --- what an event is compared with -------------------------------------------------------
@pytest.mark.parametrize(
    "opening",
    ["As in Zhanaozen in 2011,", "Compared with Zhanaozen,", "In contrast to Zhanaozen,"],
)
def test_a_place_compared_is_no_place_of_the_event(extract_text, opening: str) -> None:
    result = extract_text(
        f"{opening} police opened fire on protesters in Almaty in January 2022.", date=DOC
    )
    (force,) = facts(result, "UseOfForce")
    assert values(force, "place") == {"Almaty"}
    assert values(force, "date") == {"2022-01"}


def test_a_place_after_a_comparison_without_one_stays(extract_text) -> None:
    result = extract_text(
        "As in previous years, police opened fire on protesters in Zhanaozen.", date=DOC
    )
    (force,) = facts(result, "UseOfForce")
    assert values(force, "place") == {"Zhanaozen"}


def test_a_duration_is_not_of_an_event_told_aside(extract_text) -> None:
    result = extract_text(
        "In contrast to Belarus, where protests lasted for months, the Kazakh unrest was "
        "suppressed within a week.",
        date=DOC,
    )
    measures = {m for f in facts(result, "Statistic") for m in values(f, "measure")}
    assert "duration of protest" not in measures
    result = extract_text("The protests lasted for a week.", date=DOC)
    measures = {m for f in facts(result, "Statistic") for m in values(f, "measure")}
    assert measures == {"duration of protest"}


def test_a_year_in_brackets_after_a_common_noun_is_no_citation(extract_text) -> None:
    result = extract_text(
        "The referendum (2022) changed the constitution. Tokayev said that the reforms "
        "were irreversible.",
        date="2022-06-10",
    )
    (claim,) = claims_of(result, "Kassym-Jomart Tokayev")
    assert values(claim, "date") == {"2022-06-10"}


# --- terms of office ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Under the new constitution, the president may serve only one seven-year term.",
        "The amendments limit the president to one seven-year term.",
        "The president will serve a seven-year term.",
    ],
)
def test_a_term_of_office_is_no_prison_term_nor_a_count(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    assert not facts(result, "Statistic"), [f.label for f in facts(result, "Statistic")]


def test_a_prison_term_served_stays_one(extract_text) -> None:
    result = extract_text("Massimov is serving an 18-year prison term.", date=DOC)
    assert any(
        m.startswith("prison sentence")
        for f in facts(result, "Statistic")
        for m in values(f, "measure")
    )


# --- hedged scholarly voice -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, cls",
    [
        ("It is plausible that some protesters were paid to riot.", "Riot"),
        ("It is possible that protesters were shot during the looting of shops.", "Riot"),
        ("It remains unclear whether troops took part in the storming of the akimat.", "Riot"),
    ],
)
def test_an_event_noun_in_a_supposed_clause_is_no_fact(extract_text, text: str, cls: str) -> None:
    assert not facts(extract_text(text, date=DOC), cls)


def test_an_event_noun_in_a_plain_clause_stays(extract_text) -> None:
    result = extract_text("Protesters were shot during the looting of shops in Almaty.", date=DOC)
    assert facts(result, "Riot")


# --- what a body received --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Human Rights Watch received information that police tortured detainees in Almaty.",
        "Human Rights Watch obtained information that police tortured detainees in Almaty.",
        "Human Rights Watch received allegations that police tortured detainees in Almaty.",
        "Human Rights Watch expressed concern that police tortured detainees in Almaty.",
        "Human Rights Watch voiced concern that police tortured detainees in Almaty.",
    ],
)
def test_what_a_body_received_is_its_claim_not_a_fact(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    assert not facts(result, "Torture")
    assert claims_of(result, "Human Rights Watch")


def test_information_given_plainly_is_no_claim_noun_trap(extract_text) -> None:
    result = extract_text(
        "Police detained 300 people in Almaty, and no information was released.", date=DOC
    )
    assert stats(result)["300"][0] == {"Example News"}


def test_a_qualifier_the_parser_splits_stays_with_its_number(extract_text) -> None:
    result = extract_text(
        "Key findings\n- At least 238 people were killed in January 2022.", date=DOC
    )
    (stat,) = facts(result, "Statistic")
    assert values(stat, "value") == {"At least 238"}
    assert values(stat, "qualifier") == {"at least"}


# --- what a study shows -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, claimant",
    [
        (
            "Human Rights Watch demonstrated that police tortured detainees in Almaty.",
            "Human Rights Watch",
        ),
        (
            "Human Rights Watch showed that police tortured detainees in Almaty.",
            "Human Rights Watch",
        ),
        ("Figure 3 shows that police tortured detainees in Almaty.", "Example News"),
        ("The data reveal that police tortured detainees in Almaty.", "Example News"),
    ],
)
def test_what_a_study_shows_is_a_claim_not_a_fact(extract_text, text: str, claimant: str) -> None:
    result = extract_text(text, date=DOC)
    assert not facts(result, "Torture")
    assert not facts(result, "Protest")  # "demonstrated that" is no demonstration
    assert claims_of(result, claimant)


def test_people_who_demonstrate_still_protest(extract_text) -> None:
    result = extract_text("Thousands demonstrated in Almaty on 4 January 2022.", date=DOC)
    assert facts(result, "Protest")
    result = extract_text("Videos show police firing on protesters in Almaty.", date=DOC)
    assert facts(result, "UseOfForce")


# --- spans of time are no dates ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Since 2022, at least 30 opposition activists have been jailed.",
        "In 2022-2023, more than 1,200 people were convicted in connection with the unrest.",
        "During 2022\u201323, 45 officers were convicted.",
    ],
)
def test_a_bound_or_span_of_years_dates_no_event(extract_text, text: str) -> None:
    result = extract_text(text, date="2025-01-06")
    for fact in result.facts.values():
        assert not values(fact, "date"), fact.label


@pytest.mark.parametrize("days", ["January 4-7, 2022", "January 4\u20137, 2022"])
def test_a_range_of_days_takes_the_year_after_it(extract_text, days: str) -> None:
    result = extract_text(f"Protests took place in Almaty on {days}.", date="2025-01-06")
    (protest,) = facts(result, "Protest")
    assert values(protest, "date") == {"2022-01"}


def test_a_year_alone_still_dates(extract_text) -> None:
    result = extract_text("In 2023, 45 officers were convicted.", date="2025-01-06")
    assert stats(result)["45"][1] == {"2023"}


def test_a_toll_before_a_reference_marker_stays(extract_text) -> None:
    result = extract_text(
        "The official death toll in Kazakhstan was 238 [6]; in Belarus, at least four "
        "protesters died [7].",
        date=DOC,
    )
    found = stats(result)
    assert found["238"][0] == {"Government of Kazakhstan"}
    assert not {"6", "7"} & set(found)


def test_a_concern_without_content_tells_the_event(extract_text) -> None:
    result = extract_text("Police tortured detainees in Almaty, a matter of concern.", date=DOC)
    assert facts(result, "Torture")


# --- stances told by an adjective -----------------------------------------------------------
@pytest.mark.parametrize(
    "text, cls, claimant",
    [
        (
            "Amnesty International is concerned that police tortured detainees in Almaty.",
            "Torture",
            "Amnesty International",
        ),
        (
            "The EU is deeply concerned that journalists were detained in Almaty.",
            "Arrest",
            "European Union",
        ),
        (
            "Human Rights Watch is alarmed that police shot protesters in Almaty.",
            "UseOfForce",
            "Human Rights Watch",
        ),
    ],
)
def test_what_a_body_is_concerned_about_is_its_claim(extract_text, text, cls, claimant) -> None:
    result = extract_text(text, date=DOC)
    assert not facts(result, cls)
    assert claims_of(result, claimant)


def test_a_stance_negated_is_no_fact_and_no_claim(extract_text) -> None:
    result = extract_text(
        "The government is not convinced that police tortured detainees.", date=DOC
    )
    assert not facts(result, "Torture")
    assert not facts(result, "Claim")


def test_a_concern_about_a_thing_tells_it(extract_text) -> None:
    result = extract_text("Residents were concerned about the arrests in Almaty.", date=DOC)
    assert facts(result, "Arrest")


# --- a box of key events --------------------------------------------------------------------
def test_a_timeline_line_of_items_keeps_who_was_arrested(extract_text) -> None:
    result = extract_text(
        "Box 1. Key events\n\nJanuary 2022: Protests; CSTO deployment; Massimov arrested.",
        date=DOC,
    )
    (arrest,) = facts(result, "Arrest")
    assert values(arrest, "participant") == {"Karim Masimov"}
    assert not values(arrest, "agent")


@pytest.mark.parametrize(
    "text",
    [
        "March 2024: Former economy minister Kuandyk Bishimbayev tried for murder.",
        "Former economy minister Kuandyk Bishimbayev was tried for murder in March 2024.",
    ],
)
def test_tried_for_an_offence_is_a_trial_not_the_offence(extract_text, text: str) -> None:
    result = extract_text(text, date=DOC)
    (trial,) = facts(result, "Trial")
    assert values(trial, "participant") == {"Kuandyk Bishimbayev"}
    assert values(trial, "offence") == {"murder"}
    assert not facts(result, "Killing")


def test_tried_to_is_no_trial(extract_text) -> None:
    result = extract_text("Bishimbayev tried to hide the murder.", date=DOC)
    assert not facts(result, "Trial")


def test_a_citation_is_no_claims_content(extract_text) -> None:
    result = extract_text(
        "As several commentators noted at the time (e.g. Pannier 2022; Putz 2022), the order "
        "to shoot without warning had no precedent.",
        date=DOC,
    )
    for claim in facts(result, "Claim"):
        assert "Putz 2022" not in next(iter(values(claim, "claimText")))
    result = extract_text(
        'According to Tokayev, "20,000 bandits" attacked Almaty (Tokayev 2022a).', date=DOC
    )
    (claim,) = claims_of(result, "Kassym-Jomart Tokayev")
    assert values(claim, "claimText") == {'"20,000 bandits" attacked Almaty'}
