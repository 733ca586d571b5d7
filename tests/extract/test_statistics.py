"""Statistics as attributed facts, on sentences written for these tests.

Each figure has what, value, unit, date and a claimant: the speaker the text
reports, "official figures", or the publisher ("Example News") when the text
states the figure in its own voice. Negatives: years, dates, ages, article and
page numbers are not figures.
"""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult, Fact, FactKey

PUBLISHER = "Example News"


def stats(result: DocResult) -> list[Fact]:
    return [f for f in result.facts.values() if f.cls == "Statistic"]


def prop(fact: Fact, name: str) -> set[str]:
    return {
        getattr(v, "label", None) or getattr(v, "value", None)
        for p, v in fact.props
        if p == name and not isinstance(v, FactKey)
    }


def figure(result: DocResult, number: str) -> Fact:
    """The one statistic whose value states `number`."""
    found = [f for f in stats(result) if any(number in v for v in prop(f, "value"))]
    assert len(found) == 1, [f.label for f in stats(result)]
    return found[0]


# --- who states it --------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "The National Security Committee said 164 people died in the clashes.",
        "164 people died in the clashes, the National Security Committee said.",
        "164 people died in the clashes, according to the National Security Committee.",
        "According to the KNB, 164 people died in the clashes.",
    ],
)
def test_a_reported_figure_is_credited_to_the_speaker(extract_text, body) -> None:
    stat = figure(extract_text(body), "164")
    assert prop(stat, "claimant") == {"National Security Committee of Kazakhstan"}
    assert prop(stat, "measure") == {"claimed number of people dead"}
    assert prop(stat, "numericValue") == {"164"}
    # a report of a count alone is no claim beside its statistic (restated_claims.py)
    assert not {v for p, v in stat.props if p == "about" and isinstance(v, FactKey)}
    assert not [f for f in extract_text(body).facts.values() if f.cls == "Claim"]


def test_a_figure_stated_in_the_documents_own_voice_is_the_publishers(extract_text) -> None:
    stat = figure(extract_text("Security forces detained 412 protesters in Almaty."), "412")
    assert prop(stat, "claimant") == {PUBLISHER}
    assert prop(stat, "measure") == {"number of protesters detained"}


def test_contested_figures_stay_side_by_side(extract_text) -> None:
    result = extract_text(
        "Kassym-Jomart Tokayev said 225 people were killed. "
        "Human Rights Watch said more than 300 people were killed."
    )
    official, ngo = figure(result, "225"), figure(result, "300")
    assert official.fkey != ngo.fkey
    assert prop(official, "claimant") == {"Kassym-Jomart Tokayev"}
    assert prop(ngo, "claimant") == {"Human Rights Watch"}
    assert prop(ngo, "qualifier") == {"more than"}


def test_the_same_figure_from_two_speakers_is_two_statistics(extract_text) -> None:
    result = extract_text("Tokayev said 225 people were killed. Human Rights Watch said 225 died.")
    assert {frozenset(prop(f, "claimant")) for f in stats(result)} == {
        frozenset({"Kassym-Jomart Tokayev"}),
        frozenset({"Human Rights Watch"}),
    }


@pytest.mark.parametrize(
    "body",
    [
        "According to official figures, at least 230 people died.",
        "Official figures put the number of victims at 230.",
        "The official death toll of 230 was disputed by activists.",
        "Police detained 230 people, according to official data.",
    ],
)
def test_official_figures_are_the_governments(extract_text, body) -> None:
    stat = figure(extract_text(body), "230")
    assert prop(stat, "claimant") == {"Government of Kazakhstan"}


def test_another_countrys_official_figures_are_reported_by_no_one_we_know(extract_text) -> None:
    stat = figure(
        extract_text("According to official Russian figures, 3,000 troops came."), "3,000"
    )
    assert prop(stat, "claimant") == set()
    assert prop(stat, "measure") == {"claimed number of troops"}


def test_it_said_after_a_named_organization(extract_text) -> None:
    result = extract_text(
        "The Interior Ministry said it had detained 900 people. "
        "It said 12 police officers had been killed."
    )
    assert prop(figure(result, "12"), "claimant") == {"Ministry of Internal Affairs of Kazakhstan"}


def test_quoted_words_are_never_the_publishers(extract_text) -> None:
    body = '"We found 40 weapons. More than 70 buildings were burned," Tokayev said.'
    result = extract_text(body)
    for number in ("40", "70"):
        assert prop(figure(result, number), "claimant") == {"Kassym-Jomart Tokayev"}


def test_a_quotation_over_paragraphs_is_the_speaker_introduced_before_it(extract_text) -> None:
    body = (
        "Interior Minister Marat Akhmetzhanov said the police had acted lawfully.\n\n"
        "\u201cThe rioters used stones. 33 police officers were injured in clashes.\n\n"
        "\u201cWe also found 90 weapons.\u201d"
    )
    result = extract_text(body)
    for number in ("33", "90"):
        assert prop(figure(result, number), "claimant") == {"Marat Akhmetzhanov"}


def test_a_quotation_after_the_authors_own_paragraph_has_no_known_speaker(extract_text) -> None:
    body = (
        "Tokayev said the operation continues.\n\nThe city was calm on Monday.\n\n"
        "\u201cAlmaty alone was attacked by 20,000 bandits.\u201d"
    )
    stat = figure(extract_text(body), "20,000")
    assert prop(stat, "claimant") == set()  # never the publisher's
    assert prop(stat, "measure") == {"claimed number of bandits"}


def test_an_account_between_two_statements_of_one_speaker_is_his(extract_text) -> None:
    result = extract_text(
        "The unrest was planned abroad, Prosecutor General Berik Assylov said. "
        "As a result, 80 buildings were burned in nine cities. "
        "All the dead have been identified, Berik Assylov stated."
    )
    assert prop(figure(result, "80"), "claimant") == {"Berik Asylov"}


def test_a_paragraph_that_goes_on_with_one_speakers_words_is_his_briefing(extract_text) -> None:
    body = (
        "Up to 101 international staff fall under UN security arrangements. "
        "Everyone is safe and accounted for, said Stephane Dujarric.\n\n"
        "Police detained 300 people. The ministry said order was restored.\n\n"
        "Police detained 400 people. Order was restored, Stephane Dujarric said. Shops reopened."
    )
    result = extract_text(body)
    assert prop(figure(result, "101"), "claimant") == {"Stephane Dujarric"}
    # the speaker named first, or the author's own words after: the publisher's figure
    assert prop(figure(result, "300"), "claimant") == {PUBLISHER}
    assert prop(figure(result, "400"), "claimant") == {PUBLISHER}


def test_protests_that_claimed_lives_are_not_a_claim(extract_text) -> None:
    stat = figure(extract_text("The protests claimed at least 150 lives."), "150")
    assert prop(stat, "claimant") == {PUBLISHER}
    assert prop(stat, "measure") == {"number of people killed"}
    assert prop(stat, "qualifier") == {"at least"}


# --- what, value, unit, date -------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "measure", "value"),
    [
        ("Police arrested 2,100 people on Friday.", "number of people arrested", "2,100"),
        ("2,100 people were arrested on Friday.", "number of people arrested", "2,100"),
        ("Some 2,100 demonstrators were held.", "number of demonstrators", "Some 2,100"),
        ("The arrests of 2,100 people shocked the city.", "number of people", "2,100"),
        ("Nearly 700 people were injured.", "number of people injured", "Nearly 700"),
        ("The vote passed with 401 deputies in favour.", "number of deputies", "401"),
    ],
)
def test_counts_before_and_after_the_noun(extract_text, body, measure, value) -> None:
    stat = figure(extract_text(body), value)
    assert prop(stat, "measure") == {measure}
    assert prop(stat, "value") == {value}


def test_number_words_and_conjoined_counts(extract_text) -> None:
    result = extract_text(
        "The ministry said nine soldiers have been killed and 210 people wounded in the riots."
    )
    assert prop(figure(result, "nine"), "numericValue") == {"9"}
    assert prop(figure(result, "nine"), "measure") == {"claimed number of soldiers killed"}
    assert prop(figure(result, "210"), "measure") == {"claimed number of people wounded"}


def test_vague_amounts_have_no_number(extract_text) -> None:
    stat = figure(extract_text("Dozens of protesters were detained in Aktau."), "Dozens")
    assert prop(stat, "qualifier") == {"vague"}
    assert prop(stat, "numericValue") == set()


def test_percentages_and_votes(extract_text) -> None:
    result = extract_text(
        "Turnout reached 68% in the referendum. The amendments were backed by 77% of voters."
    )
    assert prop(figure(result, "68%"), "measure") == {"turnout"}
    assert prop(figure(result, "68%"), "unit") == {"percent"}
    assert prop(figure(result, "77%"), "measure") == {"share of voters"}


@pytest.mark.parametrize(
    "body",
    [
        "Drivers faced an increase in the price of diesel from 150 tenge to 250 tenge.",
        "The price of diesel rose from 150 tenge to 250 tenge.",
        "The government raised the price of diesel to 250 tenge.",
    ],
)
def test_money_measures_what_it_prices(extract_text, body) -> None:
    stat = figure(extract_text(body), "250")
    assert prop(stat, "measure") == {"price of diesel"}
    assert prop(stat, "unit") == {"tenge"}


def test_prison_terms_of_several_people_in_one_sentence(extract_text) -> None:
    result = extract_text(
        "Among those sentenced were Erlan Karin, known as the Wolf, given 20 years in prison, "
        "and former deputy Murat Abenov, sentenced to eight years."
    )
    assert prop(figure(result, "20 years"), "measure") == {"prison sentence of Erlan Karin"}
    assert prop(figure(result, "eight years"), "measure") == {"prison sentence of Murat Abenov"}


KARIN = "prison sentence of Erlan Karin"


@pytest.mark.parametrize(
    ("body", "measure", "value"),
    [
        ("Erlan Karin was sentenced to 12 years in prison.", KARIN, "12 years"),
        ("A court sentenced Erlan Karin to 12 years.", KARIN, "12 years"),
        ("Erlan Karin received a nine-year sentence.", KARIN, "nine-year"),
        ("Erlan Karin, sentenced to six years, appealed.", KARIN, "six years"),
        ("Erlan Karin faces a sentence of 8 to 12 years.", KARIN, "8 to 12 years"),
        ("A court in Almaty jailed Erlan Karin for 12 years.", KARIN, "12 years"),
        (
            "Four guards were handed sentences between two and five years.",
            "prison sentences of guards",
            "between two and five years",
        ),
    ],
)
def test_prison_terms(extract_text, body, measure, value) -> None:
    stat = figure(extract_text(body), value)
    assert prop(stat, "measure") == {measure}
    assert prop(stat, "unit") == {"years"}


@pytest.mark.parametrize(
    ("body", "measure", "value"),
    [
        (
            "Their prison terms will be cut by half or three-quarters.",
            "cut in prison terms",
            "half or three-quarters",
        ),
        ("The government cut the price of gas by half.", "cut in price of gas", "half"),
        ("Fuel prices rose by a third in a week.", "rise in fuel prices", "a third"),
    ],
)  # fmt: skip
def test_changes_by_a_fraction(extract_text, body, measure, value) -> None:
    stat = figure(extract_text(body), value)
    assert prop(stat, "measure") & {measure, "claimed " + measure}
    assert prop(stat, "numericValue") == set()


def test_a_figure_is_dated_by_its_clause(extract_text) -> None:
    result = extract_text(
        "On January 9 police detained 300 people who had marched on January 5 in Aktobe.",
        date="2022-01-21",
    )
    assert prop(figure(result, "300"), "date") == {"2022-01-09"}
    result = extract_text(
        "The court ruled on January 6 in the case of the December 2021 riots, sentencing "
        "45 defendants."
    )
    assert prop(figure(result, "45"), "date") == {"2022-01-06"}
    result = extract_text("It was the third referendum since independence in 1991.")
    assert prop(figure(result, "third"), "date") == set()


@pytest.mark.parametrize(
    "body",
    [
        "The violence, which began in Zhanaozen on Jan. 2, 2022, left at least 238 people "
        "dead, according to official figures.",
        "Officials, who met on January 10, said at least 238 people had died.",
    ],
)
def test_a_date_in_a_relative_clause_is_no_date_of_a_figure(extract_text, body) -> None:
    assert prop(figure(extract_text(body, date="2022-08-01"), "238"), "date") == set()


def test_the_sentences_only_date_still_dates_a_figure_of_its_main_clause(extract_text) -> None:
    result = extract_text(
        "Police, on January 10, detained at least 164 people in Almaty.", date="2022-01-20"
    )
    assert prop(figure(result, "164"), "date") == {"2022-01-10"}


def test_durations(extract_text) -> None:
    result = extract_text("The troops will leave within 10 days.")
    assert prop(figure(result, "10 days"), "measure") >= {"claimed duration"}


# --- not figures ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "The 2022 unrest shocked the region.",
        "Protests began on 2 January 2022 in Zhanaozen.",
        "A 23-year-old student was detained.",
        "He was detained under article 174 of the Criminal Code.",
        "The report is on page 12 of the annual review.",
        "The amendments followed the unrest.[3] Critics disagreed.",
        "Investigations passed from one state body to another.",
        "Nazarbayev served two times as chairman.",
        "He won the race by half a length.",
        "The 1995 constitution was amended again.",
    ],
)
def test_not_statistics(extract_text, body) -> None:
    assert not stats(extract_text(body)), [f.label for f in stats(extract_text(body))]


@pytest.mark.parametrize(
    ("text", "person", "years"),
    [
        (
            "Among the dead was 23-year-old Daniyar Temirkhanov, a student.",
            "Daniyar Temirkhanov",
            "23",
        ),
        ("Marat Zhunusov, a 56-year-old engineer, was detained.", "Marat Zhunusov", "56"),
        ("Nazarbayev, 81, has not been seen in public since.", "Nursultan Nazarbayev", "81"),
        ("Karim Masimov, aged 56, denied the charges.", "Karim Masimov", "56"),
    ],
)
def test_an_age_that_names_whose_it_is(extract_text, text: str, person: str, years: str) -> None:
    fact = figure(extract_text(text), years)
    assert prop(fact, "measure") == {f"age of {person}"}
    assert prop(fact, "unit") == {"years"} and prop(fact, "about") == {person}


@pytest.mark.parametrize(
    "text",
    [
        "The 19-year-old was detained on January 5.",  # whose, the words do not say
        "Parliament repealed a 30-year-old law.",
        "Police detained Tokayev, 2 other officials and 5 guards.",
        "The court heard Masimov, 2022, in a closed session.",
    ],
)
def test_no_age_without_a_person_or_beyond_a_lifetime(extract_text, text: str) -> None:
    measures = {m for f in stats(extract_text(text)) for m in prop(f, "measure")}
    assert not any(m.startswith("age of") for m in measures), measures


def test_terms_told_respectively_go_to_each_person_in_turn(extract_text) -> None:
    result = extract_text(
        "Prosecutor General Berik Asylov and Interior Minister Yerlan Turgumbayev were "
        "sentenced to 12 and 10 years respectively."
    )
    measures = {m: prop(f, "value") for f in stats(result) for m in prop(f, "measure")}
    assert measures.get("prison sentence of Berik Asylov") == {"12 years"}
    assert measures.get("prison sentence of Yerlan Turgumbayev") == {"10 years"}


def test_whose_sentence_is_not_whose_deputies(extract_text) -> None:
    result = extract_text(
        "Karim Masimov was jailed in April. His former deputies were sentenced to 16 years."
    )
    assert prop(figure(result, "16 years"), "measure") == {"prison sentences of deputies"}


def test_a_day_after_the_article_is_no_date_of_a_figure(extract_text) -> None:
    result = extract_text("On January 6, 40 people were killed in Almaty.", date="2024-01-05")
    assert prop(figure(result, "40"), "date") == set()
    result = extract_text("On January 4, 40 people were killed in Almaty.", date="2024-01-05")
    assert prop(figure(result, "40"), "date") == {"2024-01-04"}


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("100 billion tenge", "100000000000"),
        ("$1.1 billion", "1100000000"),
        ("2.5 million", "2500000"),
        ("$1.5m", "1500000"),
        ("3 mln", "3000000"),
        ("15.6 years", "15.6"),
        ("5 m", "5"),  # five metres, not five million
    ],
)
def test_a_scale_word_multiplies_the_number(value: str, number: str) -> None:
    from kzkg.extract.figures import numeric

    found = numeric(value)
    assert found is not None and found.value == number


@pytest.mark.parametrize(
    "body",
    [
        "More than 10,000 people were detained, the Interior Ministry said, while rights "
        "groups put the figure at nearly 12,000.",
        "The Interior Ministry said more than 10,000 people were detained. Rights groups put "
        "the figure at nearly 12,000.",
    ],
)
def test_the_figure_another_speaker_puts_is_theirs_and_measures_the_same(extract_text, body):
    result = extract_text(body)
    ministry, groups = figure(result, "10,000"), figure(result, "12,000")
    assert prop(ministry, "claimant") == {"Ministry of Internal Affairs of Kazakhstan"}
    assert prop(groups, "claimant") == {"rights groups"}
    strip = {m.removeprefix("claimed ") for m in prop(groups, "measure")}
    assert strip == {m.removeprefix("claimed ") for m in prop(ministry, "measure")}


def test_the_figure_with_no_figure_before_measures_nothing(extract_text) -> None:
    assert stats(extract_text("Rights groups put the figure at nearly 12,000.")) == []


@pytest.mark.parametrize("noun", ["the number", "the figure", "the total"])
def test_a_bare_count_noun_measures_the_figure_before(extract_text, noun: str) -> None:
    result = extract_text(
        "The Interior Ministry said on January 8 that 4,404 people had been detained. "
        f"By January 11, {noun} had risen to almost 10,000.",
        date="2022-01-20",
    )
    later = figure(result, "10,000")
    assert {m.removeprefix("claimed ") for m in prop(later, "measure")} == {
        "number of people detained"
    }


def test_a_count_noun_with_its_own_measure_keeps_it(extract_text) -> None:
    result = extract_text(
        "The Interior Ministry said 4,404 people had been detained. "
        "The number of protesters in Almaty had risen to 10,000.",
        date="2022-01-20",
    )
    assert prop(figure(result, "10,000"), "measure") == {"number of protesters"}


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("10,000 detained", "number of people detained: 10,000"),
        ("More than 4,500 injured", "number of people injured: More than 4,500"),
    ],
)
def test_a_bare_number_with_a_past_verb_is_a_count_of_people(extract_text, body, label) -> None:
    # a list's or headline's passive: a number detains no one
    result = extract_text(body)
    assert [s.label for s in stats(result)] == [label]


def test_a_bare_number_that_acts_on_something_is_no_passive(extract_text) -> None:
    result = extract_text("2,000 attacked the akimat.")
    assert not [s for s in stats(result) if "attacked" in s.label]


def test_list_items_the_model_leaves_untagged_still_count(extract_text) -> None:
    # the model tags no entity in the first item: a number the subject of a count verb
    result = extract_text(
        "According to the Interior Ministry, the toll of the unrest was as follows:\n\n"
        "- 10,000 detained\n- 225 killed\n- more than 4,500 injured"
    )
    labels = {s.label for s in stats(result)}
    assert "claimed number of people detained: 10,000" in labels
    assert len(labels) == 3
    assert all(prop(s, "claimant") for s in stats(result))


@pytest.mark.parametrize(
    "body", ["Article 272 applies.", "- 2022 detained", "- Section 3 detained no one"]
)
def test_untagged_numbers_that_count_nothing_stay_out(extract_text, body) -> None:
    assert not [s for s in stats(extract_text(body)) if "detained" in s.label]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "The ministry said 225 people were killed, including 19 members of the security "
            "forces.",
            "claimed number of members of security forces killed: 19",
        ),
        (
            "The ministry said 225 people were killed, including 19 police officers.",
            "claimed number of police officers killed: 19",
        ),
        (
            "Officials said 4,500 people were injured, among them 1,300 members of the "
            "security forces.",
            "claimed number of members of security forces injured: 1,300",
        ),
    ],
)
def test_a_part_of_a_count_says_what_befell_it_and_of_whom(extract_text, body, label) -> None:
    assert label in {s.label for s in stats(extract_text(body))}


def test_according_to_official_figures_goes_with_a_clause_joined_by_and(extract_text) -> None:
    result = extract_text(
        "According to official figures, 227 people were killed, including 19 security "
        "officers, and more than 9,900 were arrested."
    )
    arrested = figure(result, "more than 9,900")
    assert prop(arrested, "claimant") == {"Government of Kazakhstan"}


def test_according_to_official_figures_stops_at_a_contrast(extract_text) -> None:
    result = extract_text(
        "According to official figures, 227 people were killed, but activists said 300 were "
        "detained."
    )
    assert prop(figure(result, "300"), "claimant") == {"human rights defenders"}


def test_a_compound_of_a_compound_stays_in_the_measure(extract_text) -> None:
    result = extract_text("The ministry said 19 law enforcement officers were killed.")
    assert {s.label for s in stats(result)} == {
        "claimed number of law enforcement officers killed: 19"
    }


@pytest.mark.parametrize(
    ("body", "value", "claimant"),
    [
        (
            "The National Security Committee reported the detention of 16 members of an "
            "organised criminal group.",
            "16",
            "National Security Committee of Kazakhstan",
        ),
        (
            "The Interior Ministry confirmed the deaths of 18 police officers.",
            "18",
            "Ministry of Internal Affairs of Kazakhstan",
        ),
    ],
)
def test_a_count_inside_what_a_body_reports_is_the_bodys(
    extract_text, body, value, claimant
) -> None:
    assert prop(figure(extract_text(body), value), "claimant") == {claimant}
