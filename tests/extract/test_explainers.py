"""Explainers and fact boxes: lists under a head that names their source, lines that
stand alone, dates on a line of their own over a timeline's entry.

Texts written for these tests. Negatives: a list with no source over it stays the
publisher's, a head without a source gives nothing to its items, and a date line
heads only the lines below it in its paragraph.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

DOC = "2023-01-05"


def figures(result) -> dict[str, tuple[str, set[str]]]:
    """value -> (measure, claimants) of every statistic."""
    return {
        next(iter(values(f, "value"))): (next(iter(values(f, "measure"))), values(f, "claimant"))
        for f in facts(result, "Statistic")
    }


# --- each list item keeps its own attribution ----------------------------------------
@pytest.mark.parametrize("marker", ["-", "\u2022", "*", "1."])
def test_an_items_source_stays_on_its_item(extract_text, marker: str) -> None:
    second = "2." if marker == "1." else marker
    result = extract_text(
        "Key figures\n"
        f"{marker} 225 people died, according to the prosecutor general's office\n"
        f"{second} More than 4,500 people were injured",
        date=DOC,
    )
    found = figures(result)
    assert found["225"][1] == {"General Prosecutor's Office of Kazakhstan"}
    assert found["More than 4,500"] == ("number of people injured", {"Example News"})


# --- a head naming the source covers the items below it --------------------------------
@pytest.mark.parametrize(
    "head",
    [
        "According to the Interior Ministry:",
        "The Interior Ministry said:",
        "Figures from the Interior Ministry:",
        "The Interior Ministry said on Monday that:",
    ],
)
def test_a_heads_source_is_every_items_source(extract_text, head: str) -> None:
    result = extract_text(
        f"Casualties\n\n{head}\n"
        "- 19 police officers and soldiers were killed\n"
        "- 1,300 officers were injured\n\n"
        "- Over 100 shops and banks were looted",
        date=DOC,
    )
    found = figures(result)
    for value in ("19", "1,300", "Over 100"):
        measure, claimants = found[value]
        assert measure.startswith("claimed ")
        assert claimants == {"Ministry of Internal Affairs of Kazakhstan"}


def test_what_a_rights_group_lists_is_no_fact(extract_text) -> None:
    result = extract_text(
        "According to Human Rights Watch:\n"
        "- Police shot dead at least 10 peaceful protesters in Almaty\n"
        "- Detainees were tortured in custody\n"
        "- 5 journalists were arrested",
        date=DOC,
    )
    assert not facts(result, "Torture") and not facts(result, "Arrest")
    assert figures(result)["5"][1] == {"Human Rights Watch"}


def test_an_official_act_an_official_head_lists_is_a_fact(extract_text) -> None:
    result = extract_text(
        "The presidential press service said:\n"
        "- the state of emergency in Almaty ends on January 19\n"
        "- Tokayev dismissed Karim Massimov as head of the KNB",
        date="2022-01-20",
    )
    assert facts(result, "Dismissal")


def test_a_list_without_a_source_stays_the_publishers(extract_text) -> None:
    result = extract_text(
        "What happened next:\n- 10,000 people were detained\n- 5 journalists were arrested",
        date=DOC,
    )
    assert facts(result, "Arrest")
    assert figures(result)["10,000"][1] == {"Example News"}


def test_a_source_in_a_plain_line_is_no_head(extract_text) -> None:
    result = extract_text(
        "The Interior Ministry published new figures on Monday.\n- 10,000 people were detained",
        date=DOC,
    )
    assert figures(result)["10,000"][1] == {"Example News"}


# --- a date on its own line heads the entry below it ---------------------------------
@pytest.mark.parametrize(
    "heading",
    ["5 January", "January 5", "January 5, 2022", "Jan. 5", "**5 January 2022**", "### 5 January"],
)
def test_a_date_line_dates_the_lines_below_it(extract_text, heading: str) -> None:
    result = extract_text(
        f"{heading}\nThe government resigns.\nTokayev declares a state of emergency.",
        date="2022-01-20",
    )
    assert [values(f, "date") for f in facts(result, "Resignation")] == [{"2022-01-05"}]
    assert [values(f, "date") for f in facts(result, "StateOfEmergency")] == [{"2022-01-05"}]


def test_a_date_lines_entry_ends_with_its_paragraph(extract_text) -> None:
    result = extract_text(
        "5 January\nThe government resigns.\n\nLater, Tokayev declared a state of emergency.",
        date="2022-01-20",
    )
    assert all("2022-01-05" not in values(f, "date") for f in facts(result, "StateOfEmergency"))


def test_a_claim_in_a_dated_entry_was_made_that_day(extract_text) -> None:
    result = extract_text(
        "7 January\nTokayev says he has authorised security forces to shoot to kill.",
        date="2022-01-20",
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "date") == {"2022-01-07"}


# --- tables and fact boxes -----------------------------------------------------------
@pytest.mark.parametrize(
    "row",
    [
        "Deaths: 238 | Detained: 10,000 | Convicted: 1,200",
        "| Dead | 238 |\n| Injured | 4,500 |",
    ],
)
def test_a_tables_bar_measures_nothing(extract_text, row: str) -> None:
    result = extract_text(f"Fact box\n\n{row}", date=DOC)
    assert not [m for m, _ in figures(result).values() if "|" in m]


def test_a_fact_box_closed_by_its_source_is_the_sources(extract_text) -> None:
    result = extract_text(
        "Fact box\nKilled: 238, including 19 security officers\nDetained: about 10,000\n"
        "Source: Prosecutor General's Office\n\nAbout 10,000 people were detained.",
        date=DOC,
    )
    found = figures(result)
    assert found["about 10,000"][1] == {"General Prosecutor's Office of Kazakhstan"}
    assert found["About 10,000"][1] == {"Example News"}  # the article's own, below the box
    assert not facts(result, "Arrest") or all(
        min(f.evidence).start > 100 for f in facts(result, "Arrest")
    )


# --- an encyclopedia's run of acts: each keeps its own date ----------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Massimov was detained on 6 January 2022 and later sentenced to 18 years.",
        "Massimov was arrested on 6 January 2022 and was eventually sentenced to 18 years.",
    ],
)
def test_a_term_takes_no_date_of_the_act_before_it(extract_text, body: str) -> None:
    result = extract_text(body, date="2024-01-04")
    (term,) = [f for f in facts(result, "Statistic") if "sentence" in f.label]
    assert not values(term, "date")


def test_a_term_keeps_the_date_of_its_own_clause(extract_text) -> None:
    result = extract_text(
        "Massimov was detained on 6 January 2022 and sentenced to 18 years in April 2023.",
        date="2024-01-04",
    )
    (term,) = [f for f in facts(result, "Statistic") if "sentence" in f.label]
    assert values(term, "date") == {"2023-04"}


# --- ranges: a day that is one end of a range dates nothing by itself -------------------
@pytest.mark.parametrize(
    "span",
    ["from 5 to 10 January", "between 5 and 10 January", "5\u201310 January", "January 5 to 10"],
)
def test_a_range_dates_its_month_or_first_day(extract_text, span: str) -> None:
    result = extract_text(f"Mobile internet was blocked {span}.", date="2022-01-20")
    (shutdown,) = facts(result, "CommunicationsShutdown")
    assert values(shutdown, "date") <= {"2022-01", "2022-01-05"}  # never the end's day


def test_a_range_past_the_documents_date_is_of_an_earlier_year(extract_text) -> None:
    result = extract_text("Mobile internet was blocked on 4\u20135 January.", date="2024-01-04")
    assert [values(f, "date") for f in facts(result, "CommunicationsShutdown")] == [set()]


def test_a_figure_over_a_range_is_of_its_month(extract_text) -> None:
    result = extract_text(
        "At least 238 people were killed between 4 and 7 January 2022.", date="2024-01-04"
    )
    (toll,) = facts(result, "Statistic")
    assert values(toll, "date") == {"2022-01"}


# --- a timeline's present tense: what is ordered is not done ----------------------------
@pytest.mark.parametrize(
    "line",
    [
        "January 7, 2022 \u2013 Tokayev orders troops to shoot without warning.",
        "Jan. 7: Tokayev orders troops to shoot without warning.",
        "7 January\nTokayev authorises troops to shoot to kill without warning.",
    ],
)
def test_an_order_to_shoot_is_no_shooting(extract_text, line: str) -> None:
    result = extract_text(f"January 5, 2022 \u2013 The government resigns.\n{line}", date=DOC)
    assert not facts(result, "UseOfForce")


def test_troops_that_shoot_use_force(extract_text) -> None:
    result = extract_text("Jan. 6: Troops open fire on protesters in Almaty.", date=DOC)
    assert facts(result, "UseOfForce")


@pytest.mark.parametrize(
    "entry",
    [
        "Jan. 2: Residents of Zhanaozen rally against the doubling of gas prices.",
        "2 January\nResidents of Zhanaozen protest over the rise in gas prices.",
    ],
)
def test_what_an_entrys_event_is_against_takes_no_entry_date(extract_text, entry) -> None:
    result = extract_text(entry, date="2022-01-20")
    assert [values(f, "date") for f in facts(result, "Protest")] == [{"2022-01-02"}]
    assert all("2022-01-02" not in values(f, "date") for f in facts(result, "PriceIncrease"))


# --- a tenure's end told without its year ----------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Karim Massimov, KNB chairman until 6 January, was arrested on 8 January.",
        "Karim Massimov, who headed the KNB until 6 January, was arrested.",
    ],
)
def test_an_end_past_the_documents_date_is_of_an_earlier_year(extract_text, body) -> None:
    result = extract_text(body, date="2024-01-05")
    assert all(not values(f, "endDate") for f in facts(result, "Tenure"))


def test_an_end_takes_the_year_the_document_fixed_for_its_month(extract_text) -> None:
    result = extract_text(
        "In January 2022 the unrest reached Almaty.\n\n"
        "Karim Massimov, who headed the KNB until 6 January, was arrested.",
        date="2024-01-05",
    )
    assert [values(f, "endDate") for f in facts(result, "Tenure")] == [{"2022-01-06"}]


# --- a dateline with its agency ---------------------------------------------------------
@pytest.mark.parametrize(
    "dateline", ["Almaty, 6 January 2022 (Kazinform) \u2014", "Almaty, January 6 (AP) -"]
)
def test_a_datelines_city_is_no_place_of_the_news(extract_text, dateline: str) -> None:
    result = extract_text(
        f"{dateline} President Tokayev held a meeting of the Security Council.",
        date="2022-01-06",
    )
    (meeting,) = facts(result, "Meeting")
    assert "Almaty" not in values(meeting, "place")


# --- a quotation that goes on after an unnamed speaker -----------------------------------
@pytest.mark.parametrize("said", ["a protester said", "one protester told RFE/RL"])
def test_an_unnamed_speakers_next_quotation_is_no_one_elses(extract_text, said) -> None:
    result = extract_text(
        "\u201cThe state must protect its citizens,\u201d Tokayev wrote on Twitter.\n\n"
        f"\u201cThey were shooting at us,\u201d {said}. \u201cI saw two people fall.\u201d",
        date=DOC,
    )
    assert figures(result)["two"][1] == set()


def test_a_named_speakers_next_quotation_is_his(extract_text) -> None:
    result = extract_text(
        "\u201cWe were attacked,\u201d Tokayev said. "
        "\u201cAbout 20,000 bandits stormed Almaty.\u201d",
        date=DOC,
    )
    assert figures(result)["About 20,000"][1] == {"Kassym-Jomart Tokayev"}


# --- an encyclopedia's first sentence ---------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kassym-Jomart Tokayev (born 17 May 1953) is a Kazakh politician who has served as "
        "President of Kazakhstan since 2019.",
        "Kassym-Jomart Tokayev is a Kazakh politician who has been president since 2019.",
    ],
)
def test_a_clause_on_the_title_tells_its_own_tenure(extract_text, body: str) -> None:
    result = extract_text(body, date=DOC)
    tenures = {
        next(iter(values(f, "post"))): values(f, "startDate") for f in facts(result, "Tenure")
    }
    assert tenures["President of Kazakhstan"] == {"2019"}
    assert all(" who " not in post for post in tenures)
    assert not tenures.get("Kazakh politician")  # the clause's year is not the occupation's


def test_a_participle_on_a_title_is_no_part_of_it(extract_text) -> None:
    result = extract_text("Joanna Lillis is a journalist based in Almaty.", date=DOC)
    assert all("based" not in f.label for f in facts(result, "Tenure"))


# --- a timeline's dates as paragraphs of their own ---------------------------------------
TIMELINE = (
    "January 2, 2022\n\nResidents of Zhanaozen protest against higher fuel prices.\n\n"
    "January 5, 2022\n\nThe government resigns.\n\nTokayev declares a state of emergency.\n\n"
    "January 6, 2022\n\nCSTO troops arrive in Kazakhstan.\n\n"
    "Aftermath\n\nKarim Massimov was arrested."
)


def test_a_date_paragraph_heads_the_paragraphs_below_it(extract_text) -> None:
    result = extract_text(TIMELINE, date="2022-01-20")
    assert [values(f, "date") for f in facts(result, "StateOfEmergency")] == [{"2022-01-05"}]
    assert [values(f, "date") for f in facts(result, "MilitaryDeployment")] == [{"2022-01-06"}]


def test_a_heading_ends_the_last_entry(extract_text) -> None:
    result = extract_text(TIMELINE, date="2022-01-20")
    assert [values(f, "date") for f in facts(result, "Arrest")] == [set()]


def test_a_lone_date_paragraph_is_a_byline_not_a_heading(extract_text) -> None:
    result = extract_text(
        "Q&A: Three years after Bloody January\n\nJanuary 5, 2025\n\n"
        "Q: Who was arrested?\nA: Police arrested Karim Massimov.",
        date="2025-01-05",
    )
    assert all("2025-01-05" not in values(f, "date") for f in facts(result, "Arrest"))


def test_an_items_source_in_brackets_is_its_source(extract_text) -> None:
    result = extract_text(
        "Facts and figures\n- Dead: 238, including 19 security officers "
        "(Prosecutor General's Office)\n- Injured: 4,353",
        date=DOC,
    )
    assert figures(result)["19"][1] == {"General Prosecutor's Office of Kazakhstan"}


def test_a_bracket_that_spells_out_a_name_is_no_source(extract_text) -> None:
    result = extract_text(
        "Facts and figures\n- Arrested: 19 officials of the National Security Committee (KNB)",
        date=DOC,
    )
    assert figures(result)["19"][1] == {"Example News"}


# --- what an accusation is of is its content, its dates too -------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Prosecutors accuse him of high treason and of attempting to seize power during "
        "the January 2022 unrest.",
        "Prosecutors accuse Massimov of attempting to seize power in January 2022.",
    ],
)
def test_a_date_in_what_is_alleged_is_not_when_it_was_alleged(extract_text, body) -> None:
    result = extract_text("Karim Massimov was arrested.\n\n" + body, date="2024-01-05")
    (claim,) = [f for f in facts(result, "Claim") if "prosecutors" in f.label]
    assert values(claim, "date") == {"2024-01-05"}


def test_a_date_of_the_accusing_clause_dates_it(extract_text) -> None:
    result = extract_text(
        "In March 2022 prosecutors accused Massimov of high treason.", date="2024-01-05"
    )
    (claim,) = [f for f in facts(result, "Claim") if "prosecutors" in f.label]
    assert values(claim, "date") == {"2022-03"}


# --- a figure given with the participle that reports it ----------------------------------
@pytest.mark.parametrize(
    "body, value, source",
    [
        (
            "Editor's note: Reuters could not verify the death toll of 164 reported by the "
            "health ministry.",
            "164",
            "health ministry",
        ),
        (
            "The 10,000 arrests reported by the interior ministry included many bystanders.",
            "10,000",
            "Ministry of Internal Affairs of Kazakhstan",
        ),
        (
            "A toll of 225, announced by the prosecutor general's office in January, was "
            "later raised.",
            "225",
            "General Prosecutor's Office of Kazakhstan",
        ),
    ],
)
def test_a_reporting_participles_agent_states_the_figure(extract_text, body, value, source):
    measure, claimants = figures(extract_text(body, date=DOC))[value]
    assert measure.startswith("claimed ") and claimants == {source}


def test_a_figure_reported_by_media_is_no_ones_we_know(extract_text) -> None:
    result = extract_text("The toll of 164 reported by local media was not verified.", date=DOC)
    assert "Example News" not in figures(result)["164"][1]


@pytest.mark.parametrize("line", ["3 min read", "5 min read"])
def test_a_reading_time_is_no_figure(extract_text, line: str) -> None:
    result = extract_text(f"By Olzhas Auyezov\n{line}\nTokayev spoke on Friday.", date=DOC)
    assert not facts(result, "Statistic")


@pytest.mark.parametrize(
    "item", ["- January 7: Tokayev addresses the nation.", "- 2 January \u2013 Protests begin."]
)
def test_a_list_items_date_is_no_count(extract_text, item: str) -> None:
    result = extract_text(f"Timeline\n{item}\n- January 8: Massimov is detained.", date=DOC)
    assert not [m for m, _ in figures(result).values() if "january" in m]


# --- what an explainer says is not known -------------------------------------------------
@pytest.mark.parametrize(
    "item",
    [
        "How many detainees were tortured.",
        "Who ordered the police to fire on protesters.",
        "Whether foreign fighters stormed the airport.",
        "Why the CSTO troops were deployed",
    ],
)
def test_a_question_without_its_mark_tells_nothing(extract_text, item: str) -> None:
    result = extract_text(f"What we don't know\n\n- {item}", date=DOC)
    assert not [f for f in result.facts.values() if f.fkey.kind == "event"]


@pytest.mark.parametrize(
    "body",
    [
        "When police opened fire on protesters in Almaty, dozens were wounded.",
        "How the protests began is clear: residents of Zhanaozen rallied on 2 January.",
        "Whether by design or not, police fired on protesters in Almaty on 5 January.",
        "How the violence began remains unclear, but police fired on protesters in Almaty.",
    ],
)
def test_a_clause_opened_by_a_wh_word_below_the_main_one_still_tells(extract_text, body):
    result = extract_text(body, date="2022-01-20")
    assert [f for f in result.facts.values() if f.fkey.kind == "event"]


def test_a_sentence_opened_by_what_may_tell(extract_text) -> None:
    result = extract_text(
        "What began as a peaceful protest ended with troops firing on protesters in Almaty.",
        date="2022-01-20",
    )
    assert facts(result, "UseOfForce") or facts(result, "Protest")


@pytest.mark.parametrize(
    "row", ["Death toll: 238 (official)", "Deaths: 238 (official figures)", "Dead: 238 (est.)"]
)
def test_a_note_in_brackets_is_not_what_a_figure_counts(extract_text, row: str) -> None:
    result = extract_text(f"At a glance\n\n{row}", date=DOC)
    assert not [m for m, _ in figures(result).values() if "official" in m or "figures" in m]
    assert not [m for m, _ in figures(result).values() if "est" in m]


# --- a page's furniture --------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Tags: Kazakhstan, protests, torture, arrests",
        "Related: Tokayev dismisses Nazarbayev from Security Council",
        "Read more: Kazakhstan's president blames foreign terrorists for unrest",
        "Related Content: Police detain protesters in Almaty",
    ],
)
def test_tags_and_links_tell_nothing(extract_text, line: str) -> None:
    result = extract_text(f"Kazakhstan remembers its dead.\n\n{line}", date=DOC)
    assert not [f for f in result.facts.values() if f.fkey.kind in ("event", "claim")]


# --- a table's rows and a headline's passive ----------------------------------------------
@pytest.mark.parametrize(
    "row",
    [
        "| 8 January | Karim Massimov detained |",
        "8 January: Karim Massimov detained on suspicion of treason",
        "Jan. 8 \u2013 Former KNB chief Massimov arrested",
    ],
)
def test_who_a_headline_says_was_detained_is_detained(extract_text, row: str) -> None:
    result = extract_text(f"| Date | Event |\n{row}", date="2022-01-20")
    (arrest,) = facts(result, "Arrest")
    assert values(arrest, "participant") == {"Karim Masimov"}
    assert not values(arrest, "agent")
    assert values(arrest, "date") == {"2022-01-08"}


def test_who_detains_someone_is_the_agent(extract_text) -> None:
    result = extract_text("Police detained Karim Massimov on 8 January.", date="2022-01-20")
    (arrest,) = facts(result, "Arrest")
    assert values(arrest, "agent") == {"police"}


# --- a list of what is wanted -------------------------------------------------------------
@pytest.mark.parametrize(
    "head", ["The protesters demanded:", "Protesters called for:", "Tokayev promised:"]
)
def test_what_a_list_demands_did_not_happen(extract_text, head: str) -> None:
    result = extract_text(
        f"{head}\n- lower gas prices\n- the resignation of the government\n"
        "- the release of political prisoners",
        date="2022-01-20",
    )
    assert not facts(result, "Resignation") and not facts(result, "PriceChange")


def test_a_list_of_what_happened_tells_it(extract_text) -> None:
    result = extract_text(
        "What happened on 5 January:\n- the government resigned\n- protesters stormed the "
        "mayor's office in Almaty",
        date="2022-01-20",
    )
    assert facts(result, "Resignation")


@pytest.mark.parametrize(
    "body",
    [
        "Their demands: lower fuel prices, the resignation of the government and the "
        "departure of Nazarbayev.",
        "The protesters' key demands included the resignation of the government.",
        "Their main demand was the resignation of the government.",
        "Demands of the protesters\n1. Lower gas prices\n2. Resignation of the government",
    ],
)
def test_what_protesters_demand_did_not_happen(extract_text, body: str) -> None:
    result = extract_text(body, date="2022-01-20")
    assert not facts(result, "Resignation") and not facts(result, "PriceChange")


def test_an_event_that_included_a_resignation_tells_it(extract_text) -> None:
    result = extract_text(
        "The concessions included the resignation of the government on 5 January.",
        date="2022-01-20",
    )
    assert facts(result, "Resignation")


# --- a who's-who line: each part keeps its own period ------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Nursultan Nazarbayev \u2014 President from 1991 to 2019; chaired the Security "
        "Council until January 2022.",
        "Nazarbayev was president from 1991 to 2019; he chaired the Security Council until "
        "January 2022.",
    ],
)
def test_a_period_stays_in_its_part_of_the_sentence(extract_text, line: str) -> None:
    result = extract_text(f"Who's who\n\n{line}", date="2024-01-05")
    council = [f for f in facts(result, "Tenure") if "Security Council" in f.label]
    assert council and all(not values(f, "startDate") for f in council)
    assert all(values(f, "endDate") <= {"2022-01"} for f in council)


def test_an_entrys_date_is_when_a_report_was_made_not_the_act(extract_text) -> None:
    result = extract_text(
        "Timeline of the investigation\n\n"
        "January 2024: The prosecutor general's office says 1,300 people were convicted.\n"
        "April 2023: A court sentences Massimov to 18 years in prison.",
        date="2024-03-01",
    )
    assert all("2024-01" not in values(f, "date") for f in facts(result, "Verdict"))
    assert [values(f, "date") for f in facts(result, "Sentencing")] == [{"2023-04"}]


def test_a_fact_box_line_names_its_source_in_brackets(extract_text) -> None:
    result = extract_text(
        "Bloody January in numbers\n\n238 people killed, including 19 law enforcement "
        "officers (Prosecutor General's Office, 2022)\n4,353 people injured",
        date=DOC,
    )
    found = figures(result)
    assert found["238"][1] == {"General Prosecutor's Office of Kazakhstan"}
    assert found["4,353"][1] == {"Example News"}


def test_a_sentence_ending_in_an_agencys_name_keeps_its_own_reading(extract_text) -> None:
    result = extract_text("Police detained 300 people in Almaty on Thursday (AFP).", date=DOC)
    assert facts(result, "Arrest")


# --- corrections ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: An earlier version of this story said that 300 people had been "
        "killed in Almaty.",
        "Correction: This article incorrectly stated that 300 people were killed in Almaty.",
    ],
)
def test_a_figure_a_correction_takes_back_is_none(extract_text, note: str) -> None:
    assert "300" not in figures(extract_text(note, date=DOC))


def test_another_outlets_story_keeps_its_figure(extract_text) -> None:
    result = extract_text("A Reuters story said 164 people were killed.", date=DOC)
    assert "164" in figures(result)


def test_a_false_claims_figure_is_still_the_claimants(extract_text) -> None:
    result = extract_text("Tokayev falsely claimed that 20,000 bandits attacked Almaty.", date=DOC)
    assert figures(result)["20,000"][1] == {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(
    "heading",
    ["Five things to know", "7 key takeaways", "Three questions answered", "10 facts"],
)
def test_an_explainers_count_of_its_own_parts_is_no_figure(extract_text, heading) -> None:
    result = extract_text(f"{heading}\n1) The protests began over fuel prices.", date=DOC)
    assert not facts(result, "Statistic")


def test_as_of_bounds_the_events_it_counts(extract_text) -> None:
    result = extract_text(
        "As of March 2023, 1,200 people had been convicted in connection with the unrest, "
        "according to the Prosecutor General's Office.",
        date="2024-02-01",
    )
    assert all(not values(f, "date") for f in facts(result, "Verdict"))
    assert figures(result)["1,200"][0].startswith("claimed ")


def test_as_of_a_day_an_act_takes_effect(extract_text) -> None:
    result = extract_text(
        "As of Wednesday, the state of emergency was lifted in the Pavlodar region.",
        date="2022-01-13",
    )
    assert [values(f, "date") for f in facts(result, "EmergencyLifted")] == [{"2022-01-12"}]


def test_what_an_according_to_phrase_includes_is_no_source(extract_text) -> None:
    result = extract_text(
        "At least 238 people died, according to official data, including 19 members of the "
        "security forces.",
        date=DOC,
    )
    assert all("security forces" not in values(f, "claimant") for f in result.facts.values())
    assert figures(result)["At least 238"][1] == {"Government of Kazakhstan"}


def test_an_according_to_phrase_names_its_source(extract_text) -> None:
    result = extract_text(
        "At least 238 people died, according to the Prosecutor General's Office.", date=DOC
    )
    assert figures(result)["At least 238"][1] == {"General Prosecutor's Office of Kazakhstan"}
