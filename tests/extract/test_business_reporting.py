"""Business, economic and energy reporting on the unrest and its aftermath: fuel prices
and caps, markets and ratings, the shutdown's cost, damage to businesses, asset
recoveries, budgets and forecasts.

Texts written for these tests. Their numbers are mostly prices, percentages, amounts
and volumes, not counts of people: what such a figure measures is the thing that rose
or fell, never a place, a company or a unit. Negatives: a count of damaged businesses
stays a count, a subject that is no name still measures its percentage.
"""

from __future__ import annotations

import pytest

from kzkg.dates import PartialDate
from kzkg.extract.dates import find_dates

from .test_rules import facts, values

DOC = "2023-01-05"


def measures(result) -> set[str]:
    return {m for f in facts(result, "Statistic") for m in values(f, "measure")}


# --- what a percentage or a price measures ---------------------------------------------
@pytest.mark.parametrize(
    "text, measure",
    [
        ("The National Bank raised its base rate to 10.25% on January 24.", "base rate"),
        ("The government raised the price cap on liquefied gas by 10% on January 1.", "price cap"),
        ("The regulator cut the markup on food to 15% in February.", "markup"),
        (
            "LONDON, Jan 6 (Example Wire) - Shares in Kazatomprom fell 12% in London "
            "on Wednesday as protests spread.",
            "shares",
        ),
        ("Retail petrol prices have risen by 15% since the cap was introduced.", "prices"),
        (
            "In January 2022, the price of LPG in Mangystau region doubled overnight to "
            "120 tenge a litre, prompting residents of Zhanaozen to take to the streets.",
            "price of lpg",
        ),
    ],
)
def test_a_percentage_or_price_measures_what_changed(extract_text, text, measure) -> None:
    found = measures(extract_text(text, date=DOC))
    assert found == {measure}


@pytest.mark.parametrize(
    "text",
    [
        "The 2045 bond lost 2 cents on the dollar on Wednesday.",
        "Eurobonds due 2045 fell 3 cents, JPMorgan data showed.",
    ],
)
def test_cents_are_a_price_never_a_count(extract_text, text) -> None:
    assert not any(m.startswith("number of") for m in measures(extract_text(text, date=DOC)))


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Rioters looted more than 100 shops in Almaty on January 5.", "number of shops looted"),
        (
            "Around 1,300 businesses were damaged during the riots, the Ministry of National "
            "Economy said.",
            "claimed number of businesses damaged",
        ),
    ],
)
def test_damaged_businesses_stay_a_count(extract_text, text, measure) -> None:
    assert measure in measures(extract_text(text, date=DOC))


# --- "January of that year" ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, dates",
    [
        ("set up in 2022, months after the unrest in January of that year", ["2022", "2022-01"]),
        ("In 2022, they stormed the akimat on January 5 the same year.", ["2022", "2022-01-05"]),
        ("a fund created in 2022, after riots in January that year", ["2022", "2022-01"]),
        # no year told before: no year rather than the document's
        ("riots in January of that year", []),
        # a month with its own year or none of "that year" keeps its year
        ("in January 2022, that year's worst month", ["2022-01"]),
        ("in January, that year's budget was cut", ["2024-01"]),
    ],
)
def test_a_month_of_that_year_takes_the_year_told_before(text, dates) -> None:
    found = find_dates(text, PartialDate(2024, 3, 3))
    assert [d.iso() for _, _, d in found] == dates


def test_an_event_in_january_of_that_year_is_not_dated_by_the_document(extract_text) -> None:
    result = extract_text(
        "The unrest was the worst since 2011. Protesters stormed the akimat in Almaty in "
        "January of that year.",
        date="2024-03-03",
    )
    assert all(not d.startswith("2024") for f in facts(result, "Riot") for d in values(f, "date"))


# --- a claim is dated by its own telling, not by what the speaker adds -----------------
@pytest.mark.parametrize(
    "text, date",
    [
        (
            "The government spent about 50 billion tenge on fuel subsidies in 2022, Finance "
            "Minister Yerulan Zhamaubayev told reporters, adding that the state expects the "
            "budget deficit to narrow to 2.8% of GDP next year.",
            "2022-12-14",
        ),
        (
            "The government spent about 50 billion tenge on fuel subsidies, Finance Minister "
            "Yerulan Zhamaubayev said on Monday, adding that the deficit would narrow in 2024.",
            "2022-12-12",
        ),
    ],
)
def test_what_the_speaker_adds_does_not_date_the_claim(extract_text, text, date) -> None:
    result = extract_text(text, date="2022-12-14")
    spent = [f for f in facts(result, "Claim") if "spent" in " ".join(values(f, "claimText"))]
    assert [values(f, "date") for f in spent] == [{date}]


# --- a claim ends where its speaker is named --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan will extend a cap on retail prices of liquefied gas until the end of 2023, "
        "the Energy Ministry said on Wednesday, nearly a year after a doubling of LPG prices "
        "triggered deadly unrest.",
        "ALMATY, Dec 14 (Example Wire) - Kazakhstan will extend a cap on retail prices of "
        "liquefied gas until the end of 2023, the Energy Ministry said on Wednesday, nearly a "
        "year after a doubling of LPG prices triggered deadly unrest.",
    ],
)
def test_a_phrase_after_the_speaker_is_not_what_was_said(extract_text, text) -> None:
    (claim,) = facts(extract_text(text, date="2022-12-14"), "Claim")
    (said,) = values(claim, "claimText")
    assert said.endswith("until the end of 2023")


@pytest.mark.parametrize(
    "text",
    [
        "The Energy Ministry said on Wednesday that the cap would stay until 2024.",
        "The Energy Ministry said after a meeting in Astana that the cap would stay until 2024.",
    ],
)
def test_what_is_said_after_a_phrase_of_the_verb_is_still_said(extract_text, text) -> None:
    (claim,) = facts(extract_text(text, date="2022-12-14"), "Claim")
    assert values(claim, "claimText") == {"that the cap would stay until 2024"}


def test_a_headline_verb_taken_for_a_subject_measures_nothing(extract_text) -> None:
    result = extract_text(
        "Kazakhstan's economy shrugs off January unrest, grows 3.2% in 2022", date=DOC
    )
    assert "shrugs" not in measures(result)


# --- forecasts, targets and plans are no figures that are -------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The World Bank forecasts growth of 3.5% in 2023, while the IMF expects 4.4%.",
        "The government plans to raise public-sector wages by 20% next year.",
        "Fitch forecasts inflation to average 8.0% in 2023.",
        "Finance Minister Yerulan Zhamaubayev said the state expects the budget deficit to "
        "narrow to 2.8% of GDP next year.",
        "KazMunayGas chief executive Magzum Mirzagaliyev said the company would raise output "
        "by 5% in 2023.",
        "Analysts at Halyk Finance estimate that keeping the cap will cost the budget a "
        "further 120 billion tenge in 2023.",
        "Tokayev vows to return $1 billion of 'stolen' assets to the state",
        "The government pledged to pay 5 billion tenge in compensation to small businesses.",
    ],
)
def test_a_forecast_is_no_statistic(extract_text, text) -> None:
    assert not facts(extract_text(text, date=DOC), "Statistic")


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Retail petrol prices rose by 15% in 2022, the statistics bureau said.", "prices"),
        ("The economy grew 3.2% in 2022, more than economists had expected.", "economy"),
        # a count of people an act will cover is told ahead, still a count
        ("The amnesty will affect more than 1,500 people.", "number of people"),
    ],
)
def test_a_figure_that_is_stays_beside_a_forecast_word(extract_text, text, measure) -> None:
    found = {m.removeprefix("claimed ") for m in measures(extract_text(text, date=DOC))}
    assert measure in found


# --- a figure's date is its own clause's ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Investment in fixed capital rose 7.9%, while retail trade, hit hard in January when "
        "shops in Almaty were looted, grew 2.1% for the year.",
        "Food prices rose 20% after rioters looted shops in Almaty on January 5.",
    ],
)
def test_a_date_in_a_while_or_after_clause_is_not_the_figures(extract_text, text) -> None:
    result = extract_text(text, date="2023-01-16")
    percents = [f for f in facts(result, "Statistic") if "percent" in values(f, "unit")]
    assert percents and all(not values(f, "date") for f in percents)


def test_a_date_in_the_figures_own_clause_stays(extract_text) -> None:
    result = extract_text(
        "Inflation reached 20.3% in December, while the tenge weakened.", date="2023-01-16"
    )
    (stat,) = [f for f in facts(result, "Statistic") if "20.3%" in values(f, "value")]
    assert values(stat, "date") == {"2022-12"}


# --- what befell the counted ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, measure",
    [
        (
            "The fund has paid compensation to 1,056 entrepreneurs whose property was damaged "
            "during the January events.",
            "number of entrepreneurs",
        ),
        (
            "Insurers paid 300 shop owners whose premises were looted in January.",
            "number of owners",
        ),
        # the counted themselves: what befell them names them
        ("Police questioned 40 people detained on January 6.", "number of people detained"),
        ("The fund paid 300 shops that were looted in January.", "number of shops looted"),
    ],
)
def test_what_befell_their_property_does_not_name_the_counted(extract_text, text, measure) -> None:
    assert measures(extract_text(text, date="2022-03-15")) == {measure}


# --- a dateline's place -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, place",
    [
        (
            "ZHEZKAZGAN, Jan 12 (Example Wire) - Production at the copper mine has returned "
            "to normal after workers ended a strike, the company said on Wednesday.",
            "ZHEZKAZGAN",
        ),
        ("KULSARY, Jan 6 - Oil workers at the Tengiz field joined protests.", "KULSARY"),
        # a city the gazetteer knows, in capitals
        (
            "ATYRAU, Jan 12 (Example Wire) - Production at Tengizchevroil has returned to normal.",
            "Atyrau",
        ),
    ],
)
def test_a_datelines_capitals_are_a_place(extract_text, text, place) -> None:
    result = extract_text(text, date="2022-01-12")
    kinds = {k.label: info.cls for k, info in result.entities.items()}
    assert kinds.get(place) in ("Place", "City")
    assert "Organization" not in {kinds.get(place.upper()), kinds.get(place)}


def test_capitals_that_open_no_dateline_keep_their_kind(extract_text) -> None:
    result = extract_text("NATO, the alliance, said on Friday it was watching Kazakhstan.")
    kinds = {k.label: info.cls for k, info in result.entities.items()}
    assert kinds.get("NATO") != "Place"


# --- "according to X, A, and Y said B" -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "But according to the National Bank, net inflows fell by a third, and analysts at "
        "Renaissance Capital said much of the increase reflected reinvested earnings.",
        "According to the National Bank, net inflows fell by a third, and Renaissance Capital "
        "said much of the increase reflected reinvested earnings.",
    ],
)
def test_another_speakers_clause_is_not_the_according_to_sources(extract_text, text) -> None:
    result = extract_text(text, date="2023-03-01")
    bank = [f for f in facts(result, "Claim") if "National Bank" in values(f, "claimant")]
    assert [values(f, "claimText") for f in bank] == [{"net inflows fell by a third"}]


def test_a_clause_of_no_other_voice_stays_the_sources(extract_text) -> None:
    result = extract_text(
        "According to the National Bank, net inflows fell by a third and reserves shrank.",
        date="2023-03-01",
    )
    (claim,) = facts(result, "Claim")
    assert "reserves shrank" in next(iter(values(claim, "claimText")))


# --- "added to pressure" says nothing ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The tenge fell to a record low on March 7, 2022, as Western sanctions against Russia "
        "added to pressure on a currency still reeling from January's unrest.",
        "Kazatomprom shares fell 5%, and the unrest added to concerns about supply, the "
        "newspaper wrote.",
    ],
)
def test_adding_to_pressure_is_no_report(extract_text, text) -> None:
    result = extract_text(text, date="2022-03-10")
    claimants = {c for f in facts(result, "Claim") for c in values(f, "claimant")}
    assert not {c for c in claimants if "sanctions" in c.lower() or "unrest" in c.lower()}


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Prices will stay frozen until June, Tokayev added on Tuesday.",
            "Kassym-Jomart Tokayev",
        ),
        (
            '"Prices will stay frozen until June," Tokayev added to reporters.',
            "Kassym-Jomart Tokayev",
        ),
    ],
)
def test_adding_words_is_still_a_report(extract_text, text, speaker) -> None:
    result = extract_text(text, date="2022-03-10")
    assert speaker in {c for f in facts(result, "Claim") for c in values(f, "claimant")}


# --- what an amount of money prices ------------------------------------------------------
@pytest.mark.parametrize(
    "text, measure",
    [
        (
            "Magnum said 12 of its stores were looted, causing losses it estimated at "
            "10 billion tenge.",
            "losses",
        ),
        (
            "On January 6, the government restored the cap of 50 tenge per litre in "
            "Mangystau region.",
            "cap",
        ),
        ("The price of LPG rose to 85 tenge in 2024.", "price of lpg"),
    ],
)
def test_an_amount_measures_what_it_prices(extract_text, text, measure) -> None:
    found = {m.removeprefix("claimed ") for m in measures(extract_text(text, date=DOC))}
    assert measure in found
    assert not found & {"it", "cap of tenge"}


def test_a_seller_is_not_what_is_priced(extract_text) -> None:
    result = extract_text(
        "Gas stations in Zhanaozen now sell LPG for 95 tenge, according to a survey.", date=DOC
    )
    assert not {m for m in measures(result) if "station" in m}


def test_money_is_an_amount_in_dollars_never_a_count(extract_text) -> None:
    result = extract_text(
        "The National Bank spent $1.6 billion of its reserves in January to support the "
        "tenge, its deputy chairman Aliya Moldabekova said.",
        date="2022-03-10",
    )
    (stat,) = facts(result, "Statistic")
    assert values(stat, "measure") == {"claimed amount of reserves"}
    assert values(stat, "unit") == {"dollar"}
    assert values(stat, "numericValue") == {"1600000000"}


@pytest.mark.parametrize(
    "text, dates",
    [
        (
            "Kazakhstan's inflation accelerated to 12% in March from 8.7% in January, official "
            "data showed.",
            {"12%": "2022-03", "8.7%": "2022-01"},
        ),
        (
            "Oil output in Kazakhstan fell to 1.6 million barrels per day in January 2022 from "
            "1.7 million barrels in December 2021, the energy ministry said.",
            {"1.6 million barrels": "2022-01", "1.7 million barrels": "2021-12"},
        ),
    ],
)
def test_a_figure_with_a_date_in_its_own_phrase_takes_it(extract_text, text, dates) -> None:
    result = extract_text(text, date="2022-04-01")
    found = {v: values(f, "date") for f in facts(result, "Statistic") for v in values(f, "value")}
    assert found == {value: {date} for value, date in dates.items()}


# --- companies are organizations --------------------------------------------------------
@pytest.mark.parametrize(
    "text, company",
    [
        (
            "Kazakhstan's largest LPG producer, KazMunayGas, reported a 30% rise in LPG sales.",
            "KazMunayGas",
        ),
        ("Shares in uranium producer Kazatomprom fell 12% in London.", "Kazatomprom"),
        ("Technodom, an electronics retailer, said looters stole goods.", "Technodom"),
        (
            "Some 30,000 employees of Kazakhmys and other mining companies went on strike.",
            "Kazakhmys",
        ),
    ],
)
def test_a_company_called_so_is_an_organization(extract_text, text, company) -> None:
    result = extract_text(text, date=DOC)
    kinds = {k.label: info.cls for k, info in result.entities.items()}
    assert kinds.get(company) == "Organization"


def test_a_person_before_and_other_officials_stays_a_person(extract_text) -> None:
    result = extract_text("Massimov and other officials were detained in January.")
    kinds = {k.label: info.cls for k, info in result.entities.items()}
    assert kinds.get("Karim Masimov") == "Person"


# --- "did X in December 2021, saying ..." ------------------------------------------------
@pytest.mark.parametrize(
    "text, date",
    [
        (
            "Energy minister Magzum Mirzagaliyev had defended the price liberalisation in "
            "December 2021, saying it would attract investment.",
            "2021-12",
        ),
        (
            "Tokayev capped LPG prices on January 4, 2022, saying the increase was unjustified.",
            "2022-01-04",
        ),
        # a date of what the act is about is not when it was said
        (
            "Magzum Mirzagaliyev spoke about the December 2021 decision, saying it would attract "
            "investment.",
            "2022-02-01",
        ),
    ],
)
def test_a_participle_report_is_dated_by_the_act_it_hangs_on(extract_text, text, date) -> None:
    (claim,) = facts(extract_text(text, date="2022-02-01"), "Claim")
    assert values(claim, "date") == {date}


# --- a headline's "X to do Y" is a future ----------------------------------------------
@pytest.mark.parametrize(
    "text, cls",
    [
        ("Kazakhstan to cap fuel prices for 180 days after deadly protests", "PriceFreeze"),
        ("Kazakhstan to hold referendum on constitutional changes in June", "Referendum"),
    ],
)
def test_a_headlines_infinitive_is_no_event(extract_text, text, cls) -> None:
    assert not facts(extract_text(text, date="2022-01-06"), cls)


def test_a_headlines_past_participle_stays_an_event(extract_text) -> None:
    result = extract_text("Kazakhstan capped fuel prices for 180 days after deadly protests.")
    assert facts(result, "PriceFreeze")


# --- a fronted phrase before a tail report ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "As a result of the mass riots, 1,376 business entities, 100 bank branches and 372 "
        "vehicles were damaged, Minister of National Economy Alibek Kuantyrov said at a "
        "Government meeting.",
        "1,376 business entities, 100 bank branches and 372 vehicles were damaged, Alibek "
        "Kuantyrov said.",
    ],
)
def test_figures_told_before_their_speaker_are_the_speakers(extract_text, text) -> None:
    result = extract_text(text, date="2022-03-22")
    stats = facts(result, "Statistic")
    assert {c for f in stats for c in values(f, "claimant")} == {"Alibek Kuantyrov"}
    assert measures(result) == {
        "claimed number of entities damaged",
        "claimed number of branches damaged",
        "claimed number of vehicles damaged",
    }


def test_a_participle_opening_the_sentence_is_not_what_was_said(extract_text) -> None:
    result = extract_text(
        "Speaking at a Government meeting, Alibek Kuantyrov said the damage was serious.",
        date="2022-03-22",
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimText") == {"the damage was serious"}


# --- analysts speak for the body they work at --------------------------------------------
@pytest.mark.parametrize(
    "text, claimant",
    [
        ("Analysts at Halyk Finance said the cap would cost the budget dearly.", "Halyk Finance"),
        (
            "Economists at the Eurasian Development Bank said the unrest had dented growth.",
            "Eurasian Development Bank",
        ),
        ("Experts from the World Bank said the shutdown had hurt small firms.", "World Bank"),
    ],
)
def test_staff_speak_for_their_employer(extract_text, text, claimant) -> None:
    (claim,) = facts(extract_text(text, date=DOC), "Claim")
    assert values(claim, "claimant") == {claimant}


def test_analysts_of_no_named_body_stay_analysts(extract_text) -> None:
    result = extract_text("Analysts in Almaty said the cap would cost the budget dearly.")
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"analysts"}


# --- whose data show it -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, claimant",
    [
        (
            "Data from the Bureau of National Statistics showed that inflation reached 8.7% "
            "in January.",
            "Bureau of National Statistics",
        ),
        (
            "Figures from Human Rights Watch show that 10,000 people were detained.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_bodys_data_showing_something_is_its_claim(extract_text, text, claimant) -> None:
    result = extract_text(text, date="2022-03-07")
    # a report of a count alone is its statistic, no claim beside it (restated_claims.py)
    for claim in facts(result, "Claim"):
        assert values(claim, "claimant") == {claimant}
        assert next(iter(values(claim, "claimText"))).startswith("that ")
    assert {c for f in facts(result, "Statistic") for c in values(f, "claimant")} == {claimant}


def test_records_of_no_one_named_show_the_documents_inference(extract_text) -> None:
    result = extract_text("Court records show that 45 people were convicted.", date="2022-03-07")
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimant") == {"Example News"}


# --- a change over a span up to now is no event -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Fuel prices in Kazakhstan have risen by a third since the 2022 unrest.",
        "Prices for LPG have tripled since 2019, when the government began phasing out subsidies.",
    ],
)
def test_prices_risen_since_are_no_price_hike(extract_text, text) -> None:
    assert not facts(extract_text(text, date="2024-01-10"), "PriceIncrease")


def test_a_price_hike_told_as_done_stays(extract_text) -> None:
    result = extract_text("LPG prices doubled in Zhanaozen on January 1, 2022.", date="2024-01-10")
    assert facts(result, "PriceIncrease")


# --- "X, where ..." is where ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text, cls",
    [
        (
            "In Zhanaozen, where protests began on January 2, 2022 after LPG prices doubled, "
            "residents still complain about unemployment.",
            "Protest",
        ),
        (
            "Zhanaozen, where the price of gas doubled at the start of 2022, remains tense.",
            "PriceIncrease",
        ),
    ],
)
def test_a_where_clause_happens_at_its_antecedent(extract_text, text, cls) -> None:
    result = extract_text(text, date="2024-01-10")
    assert {p for f in facts(result, cls) for p in values(f, "place")} == {"Zhanaozen"}


def test_a_where_clause_on_no_place_gives_no_place(extract_text) -> None:
    result = extract_text(
        "Tokayev chaired a meeting, where he ordered the government to cap fuel prices.",
        date="2022-01-07",
    )
    assert not {p for f in result.facts.values() for p in values(f, "place")}


@pytest.mark.parametrize(
    "text",
    [
        "Retail prices rose 15% in 2022, official data showed.",
        "Official data showed that retail prices rose 15% in 2022.",
        "Inflation reached 15% in December, official figures show.",
    ],
)
def test_what_official_data_show_is_the_governments(extract_text, text) -> None:
    result = extract_text(text, date="2023-01-10")
    claimants = {c for f in facts(result, "Statistic") for c in values(f, "claimant")}
    claimants |= {c for f in facts(result, "Claim") for c in values(f, "claimant")}
    assert claimants == {"Government of Kazakhstan"}


def test_what_official_russian_data_show_is_no_ones_we_know(extract_text) -> None:
    result = extract_text("Inflation reached 15% in December, official Russian figures show.")
    claimants = {c for f in facts(result, "Statistic") for c in values(f, "claimant")}
    assert "Government of Kazakhstan" not in claimants


def test_according_to_analysts_at_a_body_is_the_bodys(extract_text) -> None:
    result = extract_text("Retail prices rose 15%, according to analysts at Halyk Finance.")
    claimants = {c for f in result.facts.values() for c in values(f, "claimant")}
    assert claimants == {"Halyk Finance"}


# --- seizing assets, storming markets, clashing with regulators are no riots -----------
@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors seized assets worth $500 million from Nazarbayev's relatives in 2023.",
        "The state seized control of the company's local unit in March 2024.",
        "Halyk Bank's new app took the market by storm in 2024.",
        "Investors clashed with the regulator over the new rules in 2023.",
    ],
)
def test_business_seizures_and_clashes_are_no_riots(extract_text, text) -> None:
    assert not facts(extract_text(text, date="2024-06-01"), "Riot")


@pytest.mark.parametrize(
    "text",
    [
        "Protesters stormed the akimat in Almaty on January 5.",
        "Rioters seized the airport and government buildings on January 5.",
        "Protesters clashed with police in Almaty on January 5.",
        "The mayor's office was stormed and set on fire.",
        "They attempted to seize the mayor's office and municipal vehicles.",
    ],
)
def test_storming_seizing_and_clashing_in_the_unrest_stay_riots(extract_text, text) -> None:
    assert facts(extract_text(text, date="2022-01-07"), "Riot")


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Market turmoil spread to the bond market on January 6, 2022.", "Riot"),
        ("Financial turmoil spread across Central Asia in 2022.", "Riot"),
        (
            "The bank cut access to credit for small businesses in January 2022.",
            "CommunicationsShutdown",
        ),
    ],
)
def test_market_turmoil_and_credit_are_no_unrest(extract_text, text, cls) -> None:
    assert not facts(extract_text(text, date="2024-06-01"), cls)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("The unrest spread to Almaty on January 4, 2022.", "Riot"),
        ("Economic protests spread to Almaty on January 4, 2022.", "Protest"),
        ("Authorities cut access to the internet on January 5, 2022.", "CommunicationsShutdown"),
    ],
)
def test_unrest_and_shutdowns_stay_beside_market_words(extract_text, text, cls) -> None:
    assert facts(extract_text(text, date="2024-06-01"), cls)


def test_a_participle_before_the_counted_noun_says_what_befell_them(extract_text) -> None:
    result = extract_text(
        "Relatives of those killed received 1.2 billion tenge, while 3,500 injured people "
        "were paid up to 1 million tenge each.",
        date="2023-06-01",
    )
    assert "number of people injured" in measures(result)
    assert "number of people" not in measures(result)


# --- killing a deal, arresting a slide ---------------------------------------------------
@pytest.mark.parametrize(
    "text, cls",
    [
        ("The unrest killed plans for a second Kazakhtelecom share sale in 2022.", "Killing"),
        ("Western sanctions on Russia all but killed the deal in March 2022.", "Killing"),
        ("The government arrested the slide in the tenge by selling reserves.", "Arrest"),
    ],
)
def test_a_figurative_object_makes_no_killing_or_arrest(extract_text, text, cls) -> None:
    assert not facts(extract_text(text, date="2023-05-01"), cls)


@pytest.mark.parametrize(
    "text, cls",
    [
        ("Unknown gunmen killed a police officer in Almaty on January 6.", "Killing"),
        ("Police arrested 300 people in Almaty on January 6.", "Arrest"),
        ("Tokayev announced the amnesty plan in early September.", "Speech"),
    ],
)
def test_a_bodily_object_still_makes_the_event(extract_text, text, cls) -> None:
    assert facts(extract_text(text, date="2022-10-01"), cls)


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA, Feb 20, 2024 (Example Wire) - Foreign investment in Kazakhstan rose to "
        "$25 billion last year, President Kassym-Jomart Tokayev said on Tuesday.",
        "NUR-SULTAN, Feb 10, 2022 (Example Wire) -- Foreign investment in Kazakhstan rose to "
        "$25 billion last year, President Kassym-Jomart Tokayev said on Tuesday.",
    ],
)
def test_a_long_dateline_is_no_part_of_what_is_said(extract_text, text) -> None:
    (claim,) = facts(extract_text(text, date="2024-02-20"), "Claim")
    (said,) = values(claim, "claimText")
    assert said.startswith("Foreign investment")
    assert not values(claim, "about") & {"Nur-Sultan"}


def test_a_scale_word_outside_the_amount_scales_it(extract_text) -> None:
    result = extract_text("Kazakhstan says reforms lured $25 bln investment", date="2024-02-20")
    (stat,) = facts(result, "Statistic")
    assert values(stat, "numericValue") == {"25000000000"}
    assert values(stat, "unit") == {"dollar"}
    assert values(stat, "value") == {"$25 bln"}


# --- a post before its holder, run together by the model -----------------------------------
@pytest.mark.parametrize(
    "text, person",
    [
        (
            "Head of State Kassym-Jomart Tokayev held a meeting with Chairman of the Board of "
            "Samruk-Kazyna Almasadam Satkaliyev.",
            "Almasadam Satkaliyev",
        ),
        (
            "Tokayev received Chairman of the Board of Kazatomprom Meirzhan Yussupov.",
            "Meirzhan Yussupov",
        ),
    ],
)
def test_a_holder_run_into_a_bodys_name_is_a_person(extract_text, text, person) -> None:
    result = extract_text(text, date="2023-04-12")
    kinds = {k.label: info.cls for k, info in result.entities.items()}
    assert kinds.get(person) == "Person"
    assert not [label for label, cls in kinds.items() if cls == "Organization" and person in label]


def test_a_bodys_name_of_a_place_stays_a_body(extract_text) -> None:
    result = extract_text("The National Bank of Kazakhstan raised its base rate.")
    kinds = {k.label: info.cls for k, info in result.entities.items()}
    assert "Person" not in kinds.values()


@pytest.mark.parametrize(
    "text, people",
    [
        ("The World Bank estimates that 14% of Kazakhs live below the poverty line.", "Kazakhs"),
        ("Many Russians moved their savings to Almaty banks in 2022.", "Russians"),
    ],
)
def test_a_people_is_no_place(extract_text, text, people) -> None:
    result = extract_text(text, date="2024-01-05")
    assert people not in {k.label for k in result.entities}


@pytest.mark.parametrize(
    "text, measure",
    [
        (
            "A doubling of gas prices set off protests that left at least 238 people dead.",
            "number of people dead",
        ),
        ("The riots left 1,300 people injured in Almaty.", "number of people injured"),
        ("The riots left 1,300 businesses in ruins.", "number of businesses"),
    ],
)
def test_what_left_the_counted_names_them(extract_text, text, measure) -> None:
    assert measure in measures(extract_text(text, date="2024-01-05"))
