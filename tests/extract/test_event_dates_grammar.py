"""Event dates the parse does not hang on the event's verb but grammar gives it: a
fronted date phrase, a relative clause that says when, a year on the event's noun, a
date a clause of the event hangs on, an act a report tells in the present perfect,
"two years ago", a speech reported in the present; and the year of a bare month in
an undated document."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.corpus import Document
from kzkg.dates import PartialDate
from kzkg.extract.dates import find_dates
from kzkg.extract.model import DocResult
from kzkg.extract.pipeline import Extractor

from .test_rules import facts, values


def dates_of(result: DocResult, cls: str) -> list[set[str]]:
    found = [
        {v.value for p, v in f.props if p == "date"}
        for f in result.facts.values()
        if f.fkey.kind == "event" and f.cls == cls
    ]
    return sorted(found, key=sorted)


def undated(extractor: Extractor, body: str, title: str = "") -> DocResult:
    doc = Document(id="u", path=Path("u.md"), body=body, title=title, publisher="Example News")
    return extractor.extract(doc)


# --- a fronted date phrase opens the clause after its comma -------------------------


@pytest.mark.parametrize(
    ("text", "cls", "date"),
    [
        (
            "Tokayev formed a working group with parliament and in April 2022, the proposed "
            "amendments were submitted to the Constitutional Council.",
            "Submission",
            "2022-04",
        ),
        (
            "The crowds had thinned, but on 6 January, police arrested Karim Masimov.",
            "Arrest",
            "2022-01-06",
        ),
        ("On Jan. 2, protests broke out in Zhanaozen.", "Protest", "2022-01-02"),
    ],
)
def test_a_fronted_date_phrase_dates_the_clause_it_opens(extract_text, text, cls, date) -> None:
    assert dates_of(extract_text(text), cls) == [{date}]


def test_a_fronted_date_phrase_is_not_the_date_of_the_clause_before_it(extract_text) -> None:
    text = (
        "Tokayev formed a working group with parliament and in April 2022, the proposed "
        "amendments were submitted to the Constitutional Council."
    )
    assert dates_of(extract_text(text), "Formation") == [set()]


def test_a_date_opening_a_coordinated_clause_is_not_the_first_clauses(extract_text) -> None:
    text = "Karim Masimov was arrested, and on 8 January, his deputies resigned."
    assert dates_of(extract_text(text), "Arrest") == [set()]


# --- a relative clause on the event's noun that says when ---------------------------


@pytest.mark.parametrize(
    ("text", "cls", "date"),
    [
        (
            "Analysts still argue about the unrest that erupted in Kazakhstan in early January.",
            "Riot",
            "2022-01",
        ),
        (
            "The protests, which began in Zhanaozen on 2 January, were dispersed by police.",
            "Protest",
            "2022-01-02",
        ),
        (
            "A constitutional referendum held on 5 June 2022 approved the amendments.",
            "Referendum",
            "2022-06-05",
        ),
    ],
)
def test_a_relative_clause_saying_when_dates_the_event(extract_text, text, cls, date) -> None:
    assert dates_of(extract_text(text), cls) == [{date}]


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause tells what someone else did to it, not when it happened
        "The protests, which police dispersed on 6 January, had started peacefully in Zhanaozen.",
        # the relative clause is on another noun
        "Protests over the fuel price that took effect on 1 January spread to Almaty.",
    ],
)
def test_a_relative_clause_of_another_kind_or_noun_does_not(extract_text, text) -> None:
    assert {"2022-01-06", "2022-01-01"}.isdisjoint(*dates_of(extract_text(text), "Protest"))


# --- a year on the event's noun -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("It was the first vote since the 1995 referendum in Kazakhstan.", "Referendum"),
        ("Observers compared the vote with the 1995 referendum.", "Referendum"),
    ],
)
def test_a_year_before_the_events_noun_dates_it(extract_text, text, cls) -> None:
    assert {"1995"} in dates_of(extract_text(text), cls)


@pytest.mark.parametrize(
    ("text", "cls", "year"),
    [
        ("The 2022 protests changed the country.", "Protest", "2022"),
        ("Kazakhstan's 2019 election was criticised by observers.", "Election", "2019"),
    ],
)
def test_a_year_on_the_events_noun_in_other_phrasings(extract_text, text, cls, year) -> None:
    assert dates_of(extract_text(text), cls) == [{year}]


def test_a_count_before_the_events_noun_is_no_year(extract_text) -> None:
    assert dates_of(extract_text("Police made 2000 arrests in Almaty."), "Arrest") == [set()]


def test_a_mention_without_key_does_not_join_an_event_dated_only_by_a_year(extract_text) -> None:
    text = (
        "Officials recalled the 1995 referendum. "
        "The referendum changed 33 articles of the constitution."
    )
    assert dates_of(extract_text(text), "Referendum") == [set(), {"1995"}]


# --- a clause of the event hung on a date -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Karim Masimov headed the KNB until January 5, 2022, when he was dismissed.",
        "Karim Masimov led the KNB from 2016 until January 5, 2022 when he was dismissed.",
    ],
)
def test_a_when_clause_on_a_bound_takes_the_bounds_date(extract_text, text) -> None:
    assert dates_of(extract_text(text), "Dismissal") == [{"2022-01-05"}]


def test_a_bound_without_a_clause_of_the_event_stays_a_bound(extract_text) -> None:
    text = "Tokayev declared a state of emergency in Almaty until January 19."
    assert dates_of(extract_text(text), "StateOfEmergency") == [set()]


# --- an act a report tells in the present perfect -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The withdrawal of CSTO troops from Kazakhstan has started, local media reported "
        "on Thursday.",
        "The CSTO has begun the withdrawal of its troops, state media reported on Thursday.",
    ],
)
def test_an_act_reported_in_the_present_perfect_takes_the_reports_date(extract_text, text) -> None:
    assert dates_of(extract_text(text, "2022-01-13"), "Withdrawal") == [{"2022-01-13"}]


@pytest.mark.parametrize(
    "text",
    [
        "The withdrawal of CSTO troops from Kazakhstan had started, local media reported "
        "on Thursday.",
        "The presidency said on Thursday that CSTO troops have withdrawn from Almaty.",
    ],
)
def test_a_pluperfect_or_a_plain_saying_does_not(extract_text, text) -> None:
    assert dates_of(extract_text(text, "2022-01-13"), "Withdrawal") == [set()]


# --- "two years ago" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two years ago", "2022"),
        ("a year ago", "2023"),
        ("three months ago", "2023-11"),
        ("5 days ago", "2024-02-03"),
    ],
)
def test_ago_counts_back_from_the_document_date(text, expected) -> None:
    [(_, _, date)] = find_dates(text, PartialDate(2024, 2, 8))
    assert date.iso() == expected


@pytest.mark.parametrize("text", ["more than two years ago", "nearly a year ago", "some days ago"])
def test_ago_with_an_approximation_or_no_number_is_no_date(text) -> None:
    assert find_dates(text, PartialDate(2024, 2, 8)) == []


def test_ago_needs_a_document_date() -> None:
    assert find_dates("two years ago", None) == []
    assert find_dates("5 days ago", PartialDate(2024, 2)) == []


def test_two_years_ago_dates_an_event_by_its_year(extract_text) -> None:
    text = "Two years ago, protests broke out in Zhanaozen."
    assert dates_of(extract_text(text, "2024-02-08"), "Protest") == [{"2022"}]


# --- a speech reported in the present -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Tokayev in a televised address stressed that the operation continues.",
        "In a televised address, Tokayev said that order has been restored in Almaty.",
    ],
)
def test_a_speech_reported_in_the_present_is_of_the_documents_day(extract_text, text) -> None:
    assert dates_of(extract_text(text), "Speech") == [{"2022-01-07"}]


@pytest.mark.parametrize(
    "text",
    [
        "President Tokayev in a televised address said that the operation had ended.",
        "President Tokayev in a televised address said that militants attacked Almaty.",
    ],
)
def test_a_speech_reported_in_the_past_is_not(extract_text, text) -> None:
    assert dates_of(extract_text(text), "Speech") == [set()]


def test_a_speech_in_a_document_dated_only_by_month_is_not(extract_text) -> None:
    text = "President Tokayev in a televised address stressed that the operation continues."
    assert dates_of(extract_text(text, "2022-01"), "Speech") == [set()]


# --- the year of a bare month in an undated document ----------------------------------


def test_an_undated_documents_title_year_gives_a_bare_month_its_year(extractor) -> None:
    body = "Access to Telegram and WhatsApp was restricted from January 4 throughout Kazakhstan."
    result = undated(extractor, body, title="Internet Shutdown 2022")
    assert dates_of(result, "CommunicationsShutdown") == [{"2022-01-04"}]


def test_an_undated_documents_earlier_month_and_year_give_a_bare_month_its_year(
    extractor,
) -> None:
    body = (
        "In January 2022, Kazakhstan saw its worst unrest since independence. "
        "On Jan. 2, protests broke out in Zhanaozen."
    )
    assert dates_of(undated(extractor, body), "Protest") == [{"2022-01-02"}]


@pytest.mark.parametrize("title", ["Internet Shutdown", "From 2019 to 2022: Internet Shutdowns"])
def test_without_one_year_in_an_undated_document_a_bare_month_has_none(extractor, title) -> None:
    body = "Access to Telegram and WhatsApp was restricted from January 4 throughout Kazakhstan."
    assert dates_of(undated(extractor, body, title), "CommunicationsShutdown") == [set()]


def test_a_title_year_does_not_resolve_relative_dates(extractor) -> None:
    body = "Police arrested Karim Masimov last month."
    assert dates_of(undated(extractor, body, "Arrests 2022"), "Arrest") == [set()]


# --- "discharged X from office" -------------------------------------------------------


def test_discharged_from_office_is_a_dismissal_dated_by_its_announcement(extract_text) -> None:
    text = (
        "On January 6, the presidency announced that Tokayev discharged Karim Masimov from office."
    )
    assert dates_of(extract_text(text), "Dismissal") == [{"2022-01-06"}]


def test_discharged_from_hospital_is_no_dismissal(extract_text) -> None:
    text = "The hospital discharged Karim Masimov on Monday."
    assert dates_of(extract_text(text), "Dismissal") == []


# --- gapped clauses: "X's body was found on January 10, Y's on January 12" -----------


def dated_by(result: DocResult, cls: str) -> dict[str, set[str]]:
    """The people (participants or targets) of each event of the class -> its dates."""
    out = {}
    for f in result.facts.values():
        if f.fkey.kind == "event" and f.cls == cls:
            who = sorted(v.label for p, v in f.props if p in ("participant", "target"))
            out[" + ".join(who)] = {v.value for p, v in f.props if p == "date"}
    return out


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Police arrested Karim Masimov on 8 January and Samat Abish on 10 January.", "Arrest"),
        (
            "Police detained Karim Masimov on 8 January, and his deputy Samat Abish on 10 January.",
            "Arrest",
        ),
        (
            "The body of Karim Masimov was found on 8 January, Samat Abish's on 10 January.",
            "Discovery",
        ),
    ],
)
def test_a_gapped_clause_is_the_same_event_for_its_own_person_and_date(
    extract_text, text, cls
) -> None:
    assert dated_by(extract_text(text, date="2022-01-21"), cls) == {
        "Karim Masimov": {"2022-01-08"},
        "Samat Abish": {"2022-01-10"},
    }


def test_a_gapped_meeting_keeps_its_agent(extract_text) -> None:
    result = extract_text("Tokayev met Putin on Monday, and Lukashenko on Tuesday.")
    assert sorted(dates_of(result, "Meeting")) == [{"2022-01-03"}, {"2022-01-04"}]


@pytest.mark.parametrize(
    "text",
    [
        # a clause with a verb of its own is no gap
        "Karim Masimov was arrested on 8 January, days after the protests began on 10 January.",
        # nor is a phrase with no one in it
        "Police arrested Karim Masimov on 8 January and in Almaty on 10 January.",
    ],
)
def test_no_gap_without_a_verbless_clause_naming_someone(extract_text, text) -> None:
    result = extract_text(text, date="2022-01-21")  # written after the days it tells
    assert dated_by(result, "Arrest") == {"Karim Masimov": {"2022-01-08"}}


# --- ranges, weekdays with a calendar date, "the next day", "yesterday" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the January 4-7 protests", ["2022-01"]),
        ("on 4\u20137 January", ["2022-01"]),
        ("On Wednesday, January 5, protesters stormed the akimat", ["2022-01-05"]),
        ("on Monday 10 January", ["2022-01-10"]),
        ("began on January 2 and spread the next day", ["2022-01-02", "2022-01-03"]),
        ("on January 6, two days later", ["2022-01-06", "2022-01-08"]),
        ("on January 6, a day earlier", ["2022-01-06", "2022-01-05"]),
        ("Tokayev today signed the law", ["2022-01-13"]),
        ("Yesterday police said", ["2022-01-12"]),
    ],
)
def test_relative_and_range_dates(text, expected) -> None:
    assert [d.iso() for _, _, d in find_dates(text, PartialDate(2022, 1, 13))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "the building was set ablaze the previous day",  # no day stated before it
        "Kazakhstan Today reported",  # a news agency, not a date
    ],
)
def test_no_date_without_its_reference(text) -> None:
    assert find_dates(text, PartialDate(2022, 1, 13)) == []


def test_today_needs_a_document_day() -> None:
    assert find_dates("Tokayev today signed the law", PartialDate(2022, 1)) == []


def test_the_next_day_counts_from_the_year_the_document_fixed(extract_text) -> None:
    text = (
        "In January 2022 unrest erupted across Kazakhstan. Protests broke out in Zhanaozen "
        "on January 2 and the next day protesters stormed the akimat in Aktau."
    )
    assert {"2022-01-03"} in dates_of(extract_text(text, "2025-01-16"), "Riot")


# --- a participle clause after the main verb shares its date --------------------------


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        (
            "The court delivered its final verdict on Jan. 5, sentencing 45 defendants.",
            "Sentencing",
        ),
        ("Police dispersed the rally on January 5, detaining dozens of protesters.", "Arrest"),
    ],
)
def test_a_participle_after_the_main_verb_takes_its_date(extract_text, text, cls) -> None:
    assert dates_of(extract_text(text), cls) == [{"2022-01-05"}]


def test_a_participle_in_a_later_coordinated_clause_does_not(extract_text) -> None:
    text = "Police dispersed the rally on January 5, and days later began detaining protesters."
    assert dates_of(extract_text(text), "Arrest") == [set()]


# --- statistics' dates: the year the document fixes, never a bound --------------------


def statistic_dates(result: DocResult) -> dict[str, set[str]]:
    return {
        f.label.split(":")[0]: {v.value for p, v in f.props if p == "date"}
        for f in result.facts.values()
        if f.fkey.kind == "statistic"
    }


def test_a_figures_month_takes_the_year_the_document_stated(extract_text) -> None:
    text = (
        "In January 2022 protests swept Kazakhstan. "
        "At least 238 people died during the January events."
    )
    dates = statistic_dates(extract_text(text, "2024-02-08"))
    assert dates == {"number of people dead": {"2022-01"}}


def test_a_bound_of_something_else_is_no_date_of_the_figure(extract_text) -> None:
    text = (
        "Nazarbayev, 81, was the top decision-maker prior to January violence that left "
        "more than 200 people dead."
    )
    dates = statistic_dates(extract_text(text, "2022-02-07"))
    assert dates["age of Nursultan Nazarbayev"] == set()
    assert dates["number of people dead"] == {"2022-01"}  # the figure is inside the bounded phrase


# --- a date phrase between a subject and its verb -------------------------------------


@pytest.mark.parametrize(
    ("text", "cls", "date"),
    [
        ("Tokayev on Jan. 5 accepted the government's resignation.", "Resignation", "2022-01-05"),
        ("The KNB on 6 January arrested Karim Masimov.", "Arrest", "2022-01-06"),
        ("Police on Thursday detained Karim Masimov in Almaty.", "Arrest", "2022-01-06"),
    ],
)
def test_a_date_between_subject_and_verb_dates_the_verbs_act(extract_text, text, cls, date) -> None:
    assert dates_of(extract_text(text), cls) == [{date}]


def test_a_date_after_a_participle_on_the_subject_stays_the_participles(extract_text) -> None:
    text = "Karim Masimov, arrested on 6 January, was charged with treason."
    assert dates_of(extract_text(text), "Accusation") == [set()]


@pytest.mark.parametrize(
    ("text", "doc", "expected"),
    [
        ("last week", PartialDate(2022, 1, 20), ["2022-01"]),
        ("last week", PartialDate(2022, 1, 3), ["2021-12"]),
        ("this week", PartialDate(2022, 1, 10), ["2022-01"]),
        ("last week", PartialDate(2022, 1, 10), []),  # the week straddles two months
        ("last week", PartialDate(2022, 1), []),  # no day to count from
    ],
)
def test_a_week_is_its_month_when_it_lies_in_one(text, doc, expected) -> None:
    assert [d.iso() for _, _, d in find_dates(text, doc)] == expected


# --- an event named as another clause's bound takes none of that clause's dates ---------
@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Masimov, who headed the committee from 2015 until his arrest, was sentenced.", None),
        ("Masimov led the committee from 2015 until his arrest in January 2022.", "2022-01"),
        ("Abish served as first deputy from 2016 until his dismissal.", None),
    ],
)
def test_an_event_bounding_another_clause_keeps_only_its_own_date(extract_text, body, date):
    result = extract_text(body, date="2024-01-05")
    events = [f for f in result.facts.values() if f.cls in ("Arrest", "Dismissal")]
    assert events, [f.label for f in result.facts.values()]
    dates = [{str(v.value) for p, v in f.props if p == "date"} for f in events]
    assert dates == [{date} if date else set()]


# --- anniversary pieces: the year they narrate, never a day after the article -----------
def test_a_day_after_the_article_is_no_date_of_a_past_event(extract_text) -> None:
    result = extract_text(
        "On January 6, soldiers opened fire on protesters in Almaty.", date="2024-01-05"
    )
    (event,) = [f for f in result.facts.values() if f.cls == "UseOfForce"]
    assert not [v for p, v in event.props if p == "date"]


def test_a_day_before_the_article_keeps_its_year(extract_text) -> None:
    result = extract_text("On January 2, protests broke out in Zhanaozen.", date="2024-01-05")
    (event,) = [f for f in result.facts.values() if f.cls == "Protest"]
    assert {str(v.value) for p, v in event.props if p == "date"} == {"2024-01-02"}


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("Two years ago, Kazakhstan was shaken by unrest.", "2022"),
        ("A year ago, Kazakhstan was shaken by unrest.", "2023"),
        ("Two years on from Bloody January, families still wait for answers.", "2022"),
        ("Two years after the unrest, families still wait for answers.", "2022"),
    ],
)
def test_n_years_ago_gives_the_year_of_the_days_told_after_it(extract_text, opening, year):
    result = extract_text(
        f"{opening} On January 6, soldiers opened fire on protesters in Almaty. "
        "On January 2, protests broke out in Zhanaozen.",
        date="2024-01-05",
    )
    dates = {
        f.cls: {str(v.value) for p, v in f.props if p == "date"}
        for f in result.facts.values()
        if f.cls in ("UseOfForce", "Protest")
    }
    assert dates == {"UseOfForce": {f"{year}-01-06"}, "Protest": {f"{year}-01-02"}}, dates


def test_a_day_after_the_article_is_no_date_of_a_change_of_post(extract_text) -> None:
    result = extract_text(
        "On January 6, Karim Masimov was dismissed as head of the KNB.", date="2024-01-05"
    )
    tenures = [f for f in result.facts.values() if f.cls == "Tenure"]
    assert tenures and not [v for f in tenures for p, v in f.props if p == "endDate"]


@pytest.mark.parametrize(
    "body",
    [
        "Kassym-Jomart Tokayev said on Friday he had authorised security forces to shoot "
        "to kill without warning.",
        "On January 7, Tokayev said he had given the order to shoot without warning.",
    ],
)
def test_an_order_told_by_the_one_who_gave_it_is_not_dated_by_the_telling(
    extract_text, body: str
) -> None:
    orders = facts(extract_text(body, date="2022-01-10"), "Order")
    assert [values(f, "agent") for f in orders] == [{"Kassym-Jomart Tokayev"}]
    assert [values(f, "date") for f in orders] == [set()]


def test_a_date_inside_the_told_clause_still_dates_it(extract_text) -> None:
    body = "Tokayev said he had ordered the troops on January 5 to shoot without warning."
    orders = facts(extract_text(body, date="2022-01-10"), "Order")
    assert [values(f, "date") for f in orders] == [{"2022-01-05"}]


@pytest.mark.parametrize(
    "body",
    [
        "Between January 4 and 7, security forces detained more than 9,900 people.",
        "From January 4 to 7, security forces detained more than 9,900 people.",
    ],
)
def test_a_range_ending_after_the_article_has_no_year_of_the_article(extract_text, body):
    found = facts(extract_text(body, date="2023-01-04"), "Arrest")
    assert found and all(not values(f, "date") for f in found)


def test_a_range_before_the_article_keeps_its_year(extract_text) -> None:
    body = "Between January 4 and 7, security forces detained more than 9,900 people."
    assert [values(f, "date") for f in facts(extract_text(body, date="2022-01-20"), "Arrest")] == [
        {"2022-01-04"}
    ]


@pytest.mark.parametrize(
    ("body", "cls", "date"),
    [
        (
            "The Mazhilis approved the amnesty bill in its first reading on October 26.",
            "LegalAct",
            "2022-10-26",
        ),
        ("Karim Masimov was detained at his home on January 8.", "Arrest", "2022-01-08"),
    ],
)
def test_a_date_on_a_circumstance_of_the_verb_dates_the_event(extract_text, body, cls, date):
    assert [values(f, "date") for f in facts(extract_text(body, date="2022-11-10"), cls)] == [
        {date}
    ]


def test_a_date_on_another_event_in_a_phrase_is_not_this_ones(extract_text) -> None:
    body = "Karim Masimov was sentenced in April 2023 for his role in the riots on January 5, 2022."
    found = facts(extract_text(body, date="2023-06-10"), "Sentencing")
    assert [values(f, "date") for f in found] == [{"2023-04"}]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Three days later,", "2022-01-05"),
        ("The next day,", "2022-01-03"),
        ("Two days earlier,", "2021-12-31"),
    ],
)
def test_a_shift_of_days_opening_a_sentence_counts_from_the_day_before(
    extract_text, opening, day
) -> None:
    result = extract_text(
        "Protests broke out in Zhanaozen on January 2, 2022. "
        f"{opening} protesters stormed the akimat in Almaty.",
        date="2024-01-05",
    )
    assert dates_of(result, "Riot") == [{day}]


@pytest.mark.parametrize(
    "before",
    [
        "Protests broke out in Zhanaozen on January 2.",  # no year stated: a guess
        "Protests broke out on January 2, 2022, and spread on January 4, 2022.",  # two days
        "Protests broke out in Zhanaozen.",
    ],
)
def test_a_shift_of_days_needs_one_full_day_before(extract_text, before) -> None:
    result = extract_text(
        f"{before} Three days later, protesters stormed the akimat in Almaty.",
        date="2024-01-05",
    )
    assert dates_of(result, "Riot") == [set()]


def test_the_same_day_after_a_counted_day_is_that_day(extract_text) -> None:
    result = extract_text(
        "Protests broke out in Zhanaozen on January 2, 2022. The following day, protesters "
        "stormed the akimat in Almaty. On the same day, Tokayev declared a state of emergency.",
        date="2024-01-05",
    )
    assert dates_of(result, "Riot") == [{"2022-01-03"}]
    assert dates_of(result, "StateOfEmergency") == [{"2022-01-03"}]


@pytest.mark.parametrize(
    "body",
    [
        "Mass protests swept Kazakhstan on 4-7 January 2022.",
        "Between 2 and 11 January 2022, security forces detained thousands of protesters.",
    ],
)
def test_a_range_of_days_dates_its_month(extract_text, body) -> None:
    result = extract_text(body, date="2025-01-05")
    dated = [d for cls in ("Protest", "Arrest") for d in dates_of(result, cls)]
    assert dated == [{"2022-01"}]


def test_a_day_whose_year_was_stated_with_its_month_counts_for_the_same_day(extract_text):
    result = extract_text(
        "Protests broke out in Zhanaozen on 2 January 2022. On 5 January, protesters stormed "
        "the akimat in Almaty. The same day, Tokayev declared a state of emergency.",
        date="2023-06-01",
    )
    assert dates_of(result, "StateOfEmergency") == [{"2022-01-05"}]
