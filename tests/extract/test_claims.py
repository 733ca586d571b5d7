"""Claim attribution on sentences written for these tests, several phrasings each.

Who said it (a quotation's speaker named before or after it, "according to",
a role noun, a title, a collective), what the document says itself (hedges,
assessments, rebuttals), and what must never happen: a quotation credited to
the publisher, a hedged or reported content read as a plain fact.
"""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult, EntityKey, Fact, FactKey

from .test_rules import facts, values

PUBLISHER = "Example News"
TOKAYEV = "Kassym-Jomart Tokayev"


def claims(result: DocResult) -> list[Fact]:
    return facts(result, "Claim")


def claimants(result: DocResult) -> list[set[str]]:
    return [values(c, "claimant") for c in claims(result)]


def plain_facts(result: DocResult) -> list[str]:
    """Events: what the text would assert as having happened."""
    return [f.label for f in result.facts.values() if f.cls not in ("Claim", "Statistic", "Tenure")]


# --- quotations over several sentences ------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        '"The airport is back under our control. Flights resume tomorrow," Tokayev said.',
        '"The airport is back under our control. Flights resume tomorrow," said Tokayev.',
        "Tokayev spoke on television on Friday.\n\n"
        '"The airport is back under our control. Flights resume tomorrow," he said.',
        "Tokayev said on Friday that the operation would go on.\n\n"
        "\u201cThe airport is back under our control. Flights resume tomorrow.\u201d",
    ],
)
def test_every_sentence_of_a_quotation_goes_to_its_speaker(extract_text, body: str) -> None:
    result = extract_text(body)
    quoted = [c for c in claims(result) if "Flights resume" in next(iter(values(c, "claimText")))]
    assert quoted, [c.label for c in claims(result)]
    assert all(claimant == {TOKAYEV} for claimant in claimants(result)), claimants(result)


def test_quoted_paragraphs_after_an_attribution_keep_its_speaker(extract_text) -> None:
    result = extract_text(
        "President Tokayev said that order had been restored.\n\n"
        "\u201cForeign countries call for talks. That is nonsense.\u201d\n\n"
        "\u201cThe bandits attacked Almaty. They will be destroyed.\u201d"
    )
    texts = {next(iter(values(c, "claimText"))): values(c, "claimant") for c in claims(result)}
    # One claim per quotation, with one piece of evidence per sentence.
    assert texts.get("Foreign countries call for talks. That is nonsense.") == {TOKAYEV}, texts
    assert texts.get("The bandits attacked Almaty. They will be destroyed.") == {TOKAYEV}, texts
    assert [len(c.evidence) for c in claims(result)] == [1, 2, 2]
    # "Foreign countries call for talks" is Tokayev's report, not a claim of the countries.
    assert all(c == {TOKAYEV} for c in texts.values()), texts
    assert not plain_facts(result)


def test_a_quotation_of_someone_unknown_does_not_go_to_the_speaker_before(extract_text) -> None:
    for body in (
        'Tokayev said order was restored.\n\n"We are scared. Nobody helps us," a resident said.',
        'Tokayev said order was restored. "We are scared. No one helps," one woman told reporters.',
    ):
        result = extract_text(body)
        assert claimants(result) == [{TOKAYEV}], body
        assert "scared" not in str(values(claims(result)[0], "claimText")), body


def test_a_split_quotation_belongs_to_the_speaker_in_the_middle(extract_text) -> None:
    for body in (
        '"The situation is stable," Putin said, "and our troops will leave soon."',
        '"The situation is stable," said Putin, "and our troops will leave soon."',
    ):
        result = extract_text(body)
        assert claimants(result) == [{"Vladimir Putin"}], body


@pytest.mark.parametrize(
    "body",
    [
        'Protests went on in Almaty.\n\n"Nobody listens to us. We want change."',
        '"Troops will leave the city soon. The curfew stays."',
        '"We are ready," the spokesman said.',
    ],
)
def test_a_quotation_without_a_named_speaker_is_credited_to_no_one(extract_text, body: str) -> None:
    result = extract_text(body)
    assert not claims(result), [c.label for c in claims(result)]


# --- according to -------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "According to Human Rights Watch, police beat detainees in Almaty.",
        "Police beat detainees in Almaty, according to Human Rights Watch.",
        "Police beat detainees in Almaty, Human Rights Watch said.",
        "Police beat detainees in Almaty, as Human Rights Watch reported.",
    ],
)
def test_according_to_and_reporting_tails_credit_the_source(extract_text, body: str) -> None:
    result = extract_text(body)
    assert claimants(result) == [{"Human Rights Watch"}], body
    assert not plain_facts(result), body


def test_according_to_a_collective_or_a_pronoun(extract_text) -> None:
    result = extract_text("According to local residents, soldiers fired on the crowd.")
    assert claimants(result) == [{"local residents"}]
    result = extract_text("According to eyewitnesses, soldiers fired on the crowd.")
    assert claimants(result) == [{"witnesses"}]  # the lexicon's group
    result = extract_text(
        "Tokayev spoke to parliament. According to him, the plot was prepared for a year."
    )
    assert claimants(result) == [{TOKAYEV}]


def test_according_to_figures_names_no_claimant(extract_text) -> None:
    result = extract_text("According to official figures, 238 people died in the unrest.")
    assert not claims(result)


# --- hedges: a claim, never a plain fact ---------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Masimov is said to have planned the seizure of power.",
        "Masimov is believed to have fled to Dubai.",
        "Masimov was widely seen as the most powerful official in the country.",
        "Several officers are accused of torturing detainees in Almaty.",
        "Police reportedly detained 300 people in Aktobe.",
        "Masimov allegedly ordered the guards to leave the airport.",
    ],
)
def test_a_hedge_makes_the_content_the_documents_claim(extract_text, body: str) -> None:
    result = extract_text(body)
    assert claimants(result) == [{PUBLISHER}], body
    assert not plain_facts(result), body


def test_a_hedge_with_a_named_agent_is_that_agents_claim(extract_text) -> None:
    result = extract_text("Masimov was accused by the KNB of treason.")
    assert claimants(result) == [{"National Security Committee of Kazakhstan"}]


def test_no_hedge_no_claim(extract_text) -> None:
    result = extract_text("Police detained 300 people in Aktobe on 5 January.")
    assert not claims(result)
    assert plain_facts(result)


# --- naming and nominal claims ----------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Tokayev described the protesters as terrorists.",
        'Troops arrived amid what Tokayev called a "terrorist threat".',
        "Referring to the protesters as bandits, Tokayev asked the CSTO for help.",
        "Tokayev's claim that foreign fighters stormed the airport went unchallenged.",
        "Tokayev called it an attempted coup.",
    ],
)
def test_naming_and_nominal_claims_belong_to_the_namer(extract_text, body: str) -> None:
    result = extract_text(body)
    assert {TOKAYEV} in claimants(result), (body, [c.label for c in claims(result)])
    assert {PUBLISHER} not in claimants(result), body


def test_calling_someone_on_the_phone_is_no_claim(extract_text) -> None:
    assert not claims(extract_text("Tokayev called Putin on Thursday evening."))


def test_a_narrative_of_the_government_is_its_claim(extract_text) -> None:
    result = extract_text(
        "The arrests did not fit the government narrative that the unrest was organised abroad."
    )
    assert {"Government of Kazakhstan"} in claimants(result)


# --- denials and rebuttals are linked to what they dispute ------------------------------
def test_a_rebuttal_is_a_denial_about_the_claim_it_disputes(extract_text) -> None:
    for body in (
        "There is no evidence for Tokayev's claim that foreign fighters stormed the airport.",
        "Despite the lack of any evidence supporting Tokayev's claim that foreign fighters "
        "stormed the airport, the story spread.",
    ):
        result = extract_text(body)
        by_type = {next(iter(values(c, "claimType"))): c for c in claims(result)}
        assert values(by_type["allegation"], "claimant") == {TOKAYEV}, body
        denial = by_type["denial"]
        assert values(denial, "claimant") == {PUBLISHER}, body
        disputed = {v for p, v in denial.props if p == "about"}
        assert by_type["allegation"].fkey in disputed, body
        assert EntityKey("person", TOKAYEV) in disputed, body


def test_dismissing_calls_is_a_denial_but_dismissing_an_official_is_not(extract_text) -> None:
    result = extract_text("Tokayev dismissed calls to negotiate with the protesters.")
    assert [values(c, "claimType") for c in claims(result)] == [{"denial"}]
    assert claimants(result) == [{TOKAYEV}]
    assert not claims(extract_text("Tokayev dismissed Masimov as head of the KNB."))


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev acknowledged that the government had made mistakes, but he has rejected "
        "calls for an international investigation.",
        "Tokayev admitted that mistakes were made, but he dismissed calls for an inquiry.",
        "Tokayev called for calm. He rejected such calls, however.",
    ],
)
def test_no_one_rebuts_his_own_claim(extract_text, body: str) -> None:
    found = claims(extract_text(body))
    [denial] = [c for c in found if values(c, "claimType") == {"denial"}]
    others = {c.fkey for c in found if c is not denial}
    assert others and not others & {v for p, v in denial.props if p == "about"}


def test_a_rebuttal_still_disputes_anothers_claim(extract_text) -> None:
    found = claims(
        extract_text(
            "Activists said the protesters were unarmed, but Tokayev rejected such claims."
        )
    )
    [denial] = [c for c in found if values(c, "claimType") == {"denial"}]
    [claim] = [c for c in found if c is not denial]
    assert claim.fkey in {v for p, v in denial.props if p == "about"}


@pytest.mark.parametrize(
    "body",
    [
        "Kazakh authorities have denied reports that Nazarbayev had left the country.",
        "The Interior Ministry rejected claims that protesters had been tortured.",
    ],
)
def test_denying_reports_is_one_denial(extract_text, body: str) -> None:
    assert [values(c, "claimType") for c in claims(extract_text(body))] == [{"denial"}]


@pytest.mark.parametrize(
    "body",
    [
        "The ministry denied claims that protesters had been tortured.",
        "Officials in the region rejected reports that soldiers had fired on the crowd.",
        "He denied reports that the troops had left.",
    ],
)
def test_a_rebuttal_by_someone_unnamed_is_never_the_publishers(extract_text, body) -> None:
    assert all(PUBLISHER not in c for c in claimants(extract_text(body)))


@pytest.mark.parametrize(
    "body",
    [
        "The arrests belied the narrative that foreign terrorists were behind the unrest.",
        "Masimov's arrest belied the government narrative that foreign terrorists were "
        "behind the unrest.",
    ],
)
def test_events_that_belie_a_narrative_are_the_writers_rebuttal(extract_text, body) -> None:
    found = claims(extract_text(body))
    denials = [c for c in found if values(c, "claimType") == {"denial"}]
    assert [values(c, "claimant") for c in denials] == [{PUBLISHER}]


@pytest.mark.parametrize(
    "second",
    [
        "The group also called on the government to release peaceful protesters.",
        "The organization also urged the authorities to release peaceful protesters.",
    ],
)
def test_the_group_is_the_body_that_spoke_just_before(extract_text, second: str) -> None:
    body = "Human Rights Watch said authorities had failed to investigate torture. " + second
    assert claimants(extract_text(body)) == [{"Human Rights Watch"}] * 2


def test_the_group_after_another_sentence_is_no_one_who_spoke_before(extract_text) -> None:
    result = extract_text(
        "Human Rights Watch said authorities had failed to investigate torture. "
        "A group of protesters gathered in Almaty. The group demanded the release of detainees."
    )
    assert claimants(result) == [{"Human Rights Watch"}]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Zhanbolat Mamay posted on Facebook that he had been summoned.", "Zhanbolat Mamay"),
        ("Tokayev tweeted that order had been restored.", TOKAYEV),
    ],
)
def test_a_post_online_is_a_statement(extract_text, body: str, speaker: str) -> None:
    assert claimants(extract_text(body)) == [{speaker}]


@pytest.mark.parametrize(
    "body",
    ["The ministry posted a video of the arrests.", "Police were posted at every checkpoint."],
)
def test_posting_something_or_someone_is_no_claim(extract_text, body: str) -> None:
    assert claims(extract_text(body)) == []


# --- who is speaking ------------------------------------------------------------------
def test_a_role_noun_is_the_actor_named_before(extract_text) -> None:
    result = extract_text(
        "Tokayev said the operation was over.\n\n"
        '"Order is restored everywhere," the president added on Monday.'
    )
    assert all(c == {TOKAYEV} for c in claimants(result)) and len(claims(result)) == 2
    result = extract_text(
        "The National Security Committee said the operation was over. "
        "The committee added that the curfew would stay."
    )
    assert claimants(result) == [{"National Security Committee of Kazakhstan"}] * 2


def test_a_title_before_the_name_and_a_surname_alone(extract_text) -> None:
    result = extract_text(
        "Head of State Kassym-Jomart Tokayev in a televised address stressed that order "
        "was restored."
    )
    assert claimants(result) == [{TOKAYEV}]
    result = extract_text(
        "Serik Omarov spoke in parliament. The plot was prepared for a year, Omarov stated."
    )
    assert claimants(result) == [{"Serik Omarov"}]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Masimov's supporters say the case against him was political.",
            {"supporters", "masimov"},
        ),
        ("A coalition of human rights groups said that torture was widespread.", {"coalition"}),
    ],
)
def test_collectives_speak_as_groups(extract_text, body: str, words: set[str]) -> None:
    result = extract_text(body)
    speakers = [k for c in claims(result) for p, k in c.props if p == "claimant"]
    assert len(speakers) == 1 and speakers[0].kind == "group", speakers
    assert words <= set(speakers[0].label.lower().replace("'s", "").split()), speakers


# --- what the document says itself ------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("The authorities should establish an independent investigation.", "demand"),
        ("The authorities need to hold those responsible accountable.", "demand"),
        ("It is noteworthy that mobile internet prevails in the country.", "forecast"),
        ("The official explanation might be too simple.", "forecast"),
        ("The official story appears to be far more convoluted.", "forecast"),
    ],
)
def test_the_documents_own_assessment_is_its_claim(extract_text, body: str, ctype: str) -> None:
    result = extract_text(body)
    assert claimants(result) == [{PUBLISHER}], body
    assert values(claims(result)[0], "claimType") == {ctype}, body


# --- when a claim was made ----------------------------------------------------------------
def test_a_claim_is_dated_when_made_not_by_what_it_talks_about(extract_text) -> None:
    body = "On 10 January Tokayev said that terrorists had attacked on 6 January."
    result = extract_text(body, date="2022-01-12")  # a day after the document: another year
    assert values(claims(result)[0], "date") == {"2022-01-10"}
    result = extract_text(
        "Tokayev said that terrorists had attacked on 6 January.", date="2022-01-20"
    )
    assert values(claims(result)[0], "date") == {"2022-01-20"}


def test_claim_keys_are_claims(extract_text) -> None:
    result = extract_text("Tokayev said that order was restored.")
    assert all(isinstance(c.fkey, FactKey) and c.fkey.kind == "claim" for c in claims(result))


def test_an_impersonal_report_is_neither_a_fact_nor_anyones_claim(extract_text) -> None:
    for body in (
        "It was reported that police detained 300 people in Aktobe.",
        "It is said that police detained 300 people in Aktobe.",
    ):
        result = extract_text(body)
        assert not claims(result), body
        assert not plain_facts(result), body


def test_the_report_speaks_for_the_speaker_before_it(extract_text) -> None:
    result = extract_text(
        "In a report, Human Rights Watch said police used torture. "
        "The report also found that detainees were beaten."
    )
    assert claimants(result) == [{"Human Rights Watch"}] * 2
    assert not claims(extract_text("The report found that detainees were beaten in Almaty."))


def test_a_schedule_is_not_the_authors_forecast(extract_text) -> None:
    for body in (
        "The peacekeepers will withdraw from the country within ten days.",
        "The withdrawal will be approved by the defence ministers on Thursday.",
    ):
        result = extract_text(body)
        assert not claims(result), body
        assert not plain_facts(result), body  # a plan is not yet a fact either
    result = extract_text("The crackdown will lead to more criticism from the West.")
    assert claimants(result) == [{PUBLISHER}]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Tokayev said the operation was over. "Nothing is over," Nazarbayev retorted.',
            "Nursultan Nazarbayev",
        ),
        (
            'Tokayev said the operation was over. Nazarbayev disagreed: "Nothing is over. '
            'People are still missing."',
            "Nursultan Nazarbayev",
        ),
        ('Tokayev said the operation was over. "Nothing is over," one resident retorted.', None),
    ],
)
def test_a_quotation_introduced_by_any_verb_is_its_subjects(
    extract_text, body: str, speaker: str | None
) -> None:
    result = extract_text(body)
    quoted = [c for c in claims(result) if "Nothing" in next(iter(values(c, "claimText")))]
    if speaker is None:
        assert not quoted, [c.label for c in claims(result)]
    else:
        assert [values(c, "claimant") for c in quoted] == [{speaker}]
        assert "missing" in next(iter(values(quoted[0], "claimText"))) or "missing" not in body


def test_a_country_is_never_a_claimant(extract_text) -> None:
    for body in (
        "The U.S. Department of State notes that the United States follows the situation.",
        "Russia said that its troops would leave.",
    ):
        assert all(c.isdisjoint({"Russia", "United States"}) for c in claimants(extract_text(body)))


def test_a_claim_rejected_by_someone_is_their_denial(extract_text) -> None:
    result = extract_text(
        "Officials insisted the protests were organised from abroad, a claim rejected by "
        "rights groups."
    )
    by_type = {next(iter(values(c, "claimType"))): c for c in claims(result)}
    assert values(by_type["statement"], "claimant") == {"officials"}
    assert values(by_type["denial"], "claimant") == {"rights groups"}
    assert by_type["statement"].fkey in {v for p, v in by_type["denial"].props if p == "about"}


def test_he_is_the_nearest_person_named_before_in_the_sentence(extract_text) -> None:
    result = extract_text(
        "Jen Psaki said that Blinken had a call with Tokayev's foreign minister, where he "
        "reaffirmed the support of the United States."
    )
    # Psaki's words are the call, an official act the graph states as a fact (restated)
    assert claimants(result) == [{"Antony Blinken"}] and facts(result, "Meeting")
    # his own order told by himself is the order (an official act), not also a claim
    result = extract_text("Nazarbayev spoke first. Tokayev said he had given the order to fire.")
    assert [values(f, "agent") for f in facts(result, "Order")] == [{TOKAYEV}]
    assert claimants(result) == []


def test_the_one_quoted_as_saying_speaks_not_the_agency(extract_text) -> None:
    result = extract_text(
        '"Appeals to refrain from violence were repeated," Reuters quoted Guterres as saying.'
    )
    assert claimants(result) == [{"António Guterres"}]


def test_the_governments_assertion_is_its_claim(extract_text) -> None:
    result = extract_text("The government's assertion that the protesters were armed was false.")
    assert {"Government of Kazakhstan"} in claimants(result)


def test_no_evidence_that_is_the_documents_denial_and_no_fact(extract_text) -> None:
    for body in (
        "There is no evidence that foreign fighters stormed the airport in Almaty.",
        "The authorities have produced no evidence that foreign fighters stormed the airport.",
    ):
        result = extract_text(body)
        denials = [c for c in claims(result) if values(c, "claimType") == {"denial"}]
        assert [values(c, "claimant") for c in denials] == [{PUBLISHER}], body
        assert not plain_facts(result), body


def test_a_hedged_description_is_the_documents_not_the_described(extract_text) -> None:
    for body in (
        "Armed groups believed to be close to regional elites joined the protests.",
        "Masimov, seen as a close ally of Nazarbayev, was arrested on 8 January.",
        "Officers accused of torture were not suspended.",
    ):
        assert claimants(extract_text(body)) == [{PUBLISHER}], body
    assert not claims(extract_text("Protesters seen in Almaty on Wednesday were detained."))


def test_he_is_not_someone_merely_met(extract_text) -> None:
    result = extract_text(
        'Tokayev met with Putin and thanked the allies amid what he called a "terror attack".'
    )
    assert claimants(result) and all(c == {TOKAYEV} for c in claimants(result))


def test_someone_introduced_in_between_takes_the_quotation(extract_text) -> None:
    before = "Tokayev said on Friday that the operation was almost complete.\n\n"
    quote = ' "There was shooting all night. We hid in the basement."'
    result = extract_text(before + "Residents of Almaty described scenes of chaos." + quote)
    texts = {next(iter(values(c, "claimText"))): values(c, "claimant") for c in claims(result)}
    assert {TOKAYEV} not in [v for k, v in texts.items() if "shooting" in k], texts
    result = extract_text(before + "A nurse described scenes of chaos." + quote)
    assert claimants(result) == [{TOKAYEV}]


def test_a_negated_report_is_no_claim_and_no_fact(extract_text) -> None:
    for body in (
        "Nor did Pashinyan say whether Armenian soldiers would join the contingent.",
        "Tokayev never said that the protesters were terrorists.",
        "Tokayev did not say when troops would leave Almaty.",
    ):
        result = extract_text(body)
        assert not claims(result), body
        assert not plain_facts(result), body


def test_a_role_noun_needs_someone_named_with_that_title(extract_text) -> None:
    claim = "Tokayev said the operation was over. The minister said that the curfew would stay."
    result = extract_text(claim)
    assert claimants(result) == [{TOKAYEV}]  # Tokayev was never called a minister
    result = extract_text("Interior Minister Yerlan Turgumbayev spoke on Monday. " + claim)
    assert sorted(map(sorted, claimants(result))) == [[TOKAYEV], ["Yerlan Turgumbayev"]]
    result = extract_text(
        '"We are concerned," said Stephane Dujarric, the UN spokesman.\n\n'
        '"All sides must show restraint," the spokesman added.'
    )
    assert all(c == {"Stephane Dujarric"} for c in claimants(result)) and len(claims(result)) == 2


def test_the_report_is_not_a_persons_and_must_have_been_named(extract_text) -> None:
    result = extract_text("Tokayev said order was restored. The report found that 300 were held.")
    assert claimants(result) == [{TOKAYEV}]
    result = extract_text(
        "Human Rights Watch said police used torture. The report found that 300 were held."
    )
    assert claimants(result) == [{"Human Rights Watch"}]


def test_according_to_an_unnamed_body_is_no_ones_claim(extract_text) -> None:
    result = extract_text("According to the regional health department, 4,353 people sought help.")
    assert not claims(result)
    result = extract_text("According to the KNB's press service, Masimov was detained.")
    assert claimants(result) == [{"National Security Committee of Kazakhstan"}]


def test_news_sourced_after_it_is_the_sources_claim_and_still_news(extract_text) -> None:
    for body in (
        "Police detained 300 people in Aktobe on 5 January, reported Reuters.",
        "Police detained 300 people in Aktobe on 5 January, Reuters reported.",
    ):
        result = extract_text(body)
        # the wire's news stays news; its figure is the wire's, and no claim restates it
        assert facts(result, "Arrest"), body
        assert [values(f, "claimant") for f in facts(result, "Statistic")] == [{"Reuters"}]
        assert not claims(result), body
    result = extract_text("Police detained 300 people in Aktobe on 5 January, Tokayev said.")
    assert [values(f, "claimant") for f in facts(result, "Statistic")] == [{TOKAYEV}]
    result = extract_text("Police beat protesters in Aktobe on 5 January, Tokayev said.")
    assert claimants(result) == [{TOKAYEV}]
    assert not plain_facts(result)  # what someone says is never a fact


def test_according_to_without_a_verb_does_not_hang(extract_text) -> None:
    assert claimants(extract_text("A disaster, according to Human Rights Watch.")) == [
        {"Human Rights Watch"}
    ]


def test_a_report_that_is_not_news_told_first(extract_text) -> None:
    result = extract_text("Reuters reported that police beat 300 people in Aktobe.")
    assert claimants(result) == [{"Reuters"}]
    assert not plain_facts(result)


def test_as_while_is_no_reporting_tail(extract_text) -> None:
    result = extract_text(
        "Tokayev announced the amnesty in September as human rights groups demanded a full "
        "investigation."
    )
    texts = {next(iter(values(c, "claimText"))) for c in claims(result)}
    assert "a full investigation" in texts and not any("amnesty" in t for t in texts), texts


def test_what_a_rights_group_documents_is_its_claim(extract_text) -> None:
    for body in (
        "Human Rights Watch documented at least 10 cases of torture in Almaty.",
        "In a report, Human Rights Watch said that detainees were beaten. "
        "The report documents at least 10 cases of torture.",
    ):
        result = extract_text(body)
        assert {"Human Rights Watch"} in claimants(result), body
        assert not plain_facts(result), body


def test_bare_authorities_are_the_lexicons_but_foreign_ones_are_not(extract_text) -> None:
    result = extract_text("Authorities said that the protesters had been paid from abroad.")
    assert claimants(result) == [{"Government of Kazakhstan"}]
    result = extract_text("Russian authorities said that their troops would leave.")
    assert {"Government of Kazakhstan"} not in claimants(result)


@pytest.mark.parametrize(
    "text",
    [
        '"Order has been restored," a spokesman for the Interior Ministry told reporters.',
        "A spokeswoman for the Interior Ministry said order had been restored.",
        "An official at the Interior Ministry said order had been restored.",
        "Officials of the Interior Ministry said order had been restored.",
    ],
)
def test_an_unnamed_spokesman_speaks_for_the_body(extract_text, text) -> None:
    assert claimants(extract_text(text)) == [{"Ministry of Internal Affairs of Kazakhstan"}]


def test_a_spokesman_for_an_unknown_body_is_nobody_s_word(extract_text) -> None:
    result = extract_text("A spokesman for the family said he was innocent.")
    assert all("family" not in c for found in claimants(result) for c in found)


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready to help," Kremlin spokesman Dmitry Peskov said.',
        "\u201cWe are ready to help,\u201d Kremlin spokesman Dmitry Peskov said.",
        '"We are ready to help," said Dmitry Peskov.',
    ],
)
def test_a_claim_s_words_carry_no_quotation_mark_left_open(extract_text, text) -> None:
    [claim] = claims(extract_text(text))
    assert values(claim, "claimText") == {"We are ready to help"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Nazarbayev, who was widely seen as the top decision-maker, has not spoken.",
            "Nazarbayev, who was widely seen as the top decision-maker",
        ),
        (
            "Tokayev took over posts that had been viewed as checks on his power.",
            "posts that had been viewed as checks on his power",
        ),
    ],
)
def test_a_hedge_in_a_relative_clause_is_said_of_its_noun(extract_text, text, words) -> None:
    [claim] = claims(extract_text(text))
    assert values(claim, "claimText") == {words}


def _about_claims(result: DocResult, claim: Fact) -> set[str]:
    keys = {v for p, v in claim.props if p == "about" and isinstance(v, FactKey)}
    return {next(iter(values(result.facts[k], "claimant"))) for k in keys}


@pytest.mark.parametrize(
    "text",
    [
        "The authorities claim the protests were hijacked by terrorists. Rights groups "
        "reject this version of events.",
        "Tokayev said 20,000 terrorists attacked Almaty. Rights groups dismissed these claims.",
        "Tokayev said 20,000 terrorists attacked Almaty. Rights groups rejected such claims.",
    ],
)
def test_a_denial_of_this_claim_disputes_the_last_sentence_s(extract_text, text) -> None:
    result = extract_text(text)
    [denial] = [c for c in claims(result) if values(c, "claimType") == {"denial"}]
    assert _about_claims(result, denial) - {"rights groups"}
    assert denial.fkey not in {v for p, v in denial.props if p == "about"}


def test_a_denial_without_this_does_not_reach_back(extract_text) -> None:
    result = extract_text(
        "Tokayev said 20,000 terrorists attacked Almaty. Rights groups rejected the claims "
        "of the opposition."
    )
    [denial] = [c for c in claims(result) if values(c, "claimType") == {"denial"}]
    assert not _about_claims(result, denial)


def test_a_country_that_speaks_is_its_government(extract_text) -> None:
    result = extract_text("Kazakhstan said on Monday that foreign terrorists had attacked.")
    assert claimants(result) == [{"Government of Kazakhstan"}]
    result = extract_text("Kazakhstan said on Monday that 164 people had been killed.")
    figures = [f for f in result.facts.values() if f.cls == "Statistic"]
    assert [values(f, "claimant") for f in figures] == [{"Government of Kazakhstan"}]


@pytest.mark.parametrize(
    "text", ["Tokayev invited Russian troops.", "Tokayev did not explain why he invited the CSTO."]
)
def test_inviting_an_actor_is_no_demand(extract_text, text) -> None:
    assert not claims(extract_text(text))


def test_a_demand_of_something_stays_a_demand(extract_text) -> None:
    result = extract_text("The UN urged restraint, and rights groups called for an inquiry.")
    assert sorted(c for found in claimants(result) for c in found) == [
        "United Nations",
        "rights groups",
    ]


# --- the author in the first person ---------------------------------------------------
AUTHOR = "Dana Serikova"


@pytest.mark.parametrize(
    "body",
    [
        "I believe the unrest was rooted in decades of inequality.",
        "In my view, the authorities have drawn the wrong conclusions from the tragedy.",
        "In my opinion, the reforms are largely cosmetic.",
    ],
)
def test_the_authors_first_person_is_the_authors_claim(extract_text, body: str) -> None:
    result = extract_text(body, authors=(AUTHOR,))
    assert claimants(result) == [{AUTHOR}], [c.label for c in claims(result)]
    text = next(iter(values(claims(result)[0], "claimText")))
    assert not text.lower().startswith(("in my", "i believe")), text


def test_we_in_a_statement_is_the_publisher(extract_text) -> None:
    result = extract_text("We believe that the trials were unfair.", publisher="Human Rights Watch")
    assert claimants(result) == [{"Human Rights Watch"}]


@pytest.mark.parametrize(
    "body",
    [
        '"I believe the trials were unfair," said Yevgeniy Zhovtis.',
        'Zhovtis said: "In my view, the trials were unfair."',
    ],
)
def test_a_quoted_first_person_is_the_one_quoted(extract_text, body: str) -> None:
    result = extract_text(body, authors=(AUTHOR,))
    assert {AUTHOR} not in claimants(result), [c.label for c in claims(result)]


def test_i_with_several_authors_names_no_one(extract_text) -> None:
    result = extract_text("I believe the reforms are cosmetic.", authors=(AUTHOR, "Aset Nurlanov"))
    assert not any(AUTHOR in c or "Aset Nurlanov" in c for c in claimants(result))


def test_a_quotation_going_on_after_its_speaker_is_dated_when_he_spoke(extract_text) -> None:
    result = extract_text(
        '"We had no choice," Tokayev told parliament on January 11. "The terrorists were '
        'trained abroad, and they wanted to seize power."',
        date="2022-01-25",
    )
    dates = [values(c, "date") for c in claims(result)]
    assert dates == [{"2022-01-11"}, {"2022-01-11"}], [c.label for c in claims(result)]
    result = extract_text(
        '"We had no choice," Tokayev told parliament. "The terrorists were trained abroad."',
        date="2022-01-25",
    )
    assert [values(c, "date") for c in claims(result)] == [{"2022-01-25"}] * 2


@pytest.mark.parametrize(
    "body",
    [
        "Prosecutor General Berik Asylov told a briefing that the investigation was complete.",
        "Prosecutor General Berik Asylov told a news conference that the investigation was "
        "complete.",
        "Prosecutor General Berik Asylov told reporters that the investigation was complete.",
    ],
)
def test_whom_one_told_is_not_what_one_said(extract_text, body: str) -> None:
    (claim,) = claims(extract_text(body))
    assert next(iter(values(claim, "claimText"))) == "that the investigation was complete"


# --- "the report" speaks for whoever published it ---------------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "The report documents the use of lethal force against peaceful protesters.",
        "Security forces opened fire on protesters who posed no threat, the report concludes.",
        "According to the report, security forces opened fire without warning.",
    ],
)
def test_a_report_speaks_for_the_body_that_published_it(extract_text, second: str) -> None:
    result = extract_text(
        "Amnesty International published a report on the January events on Thursday. " + second
    )
    assert claimants(result) == [{"Amnesty International"}], [c.label for c in claims(result)]


@pytest.mark.parametrize(
    "first",
    [
        "Amnesty International criticised the government on Thursday.",  # no report named
        "A report on the January events was published on Thursday.",  # by no one named
    ],
)
def test_a_report_no_one_is_named_publishing_speaks_for_no_one(extract_text, first) -> None:
    result = extract_text(first + " The report concludes that the force used was excessive.")
    said = [c for c in claims(result) if "excessive" in next(iter(values(c, "claimText")))]
    assert not said, [c.label for c in said]


@pytest.mark.parametrize(
    "body",
    [
        "According to the monitoring group NetBlocks, traffic fell by half.",
        "Traffic fell by half, according to the monitoring group NetBlocks.",
    ],
)
def test_according_to_a_body_named_in_apposition(extract_text, body: str) -> None:
    assert claimants(extract_text(body)) == [{"NetBlocks"}]


def test_he_after_a_speaker_named_by_title_alone_is_that_speaker(extract_text) -> None:
    result = extract_text(
        "Elvira Azimova was appointed chair of the Constitutional Court.\n\n"
        'The Head of State noted that the reforms aim to build a "Just Kazakhstan". Speaking '
        "at the first session of the new Mazhilis, he called on deputies to focus on the economy.",
        date="2023-03-30",
    )
    assert claimants(result) == [{TOKAYEV}, {TOKAYEV}], [c.label for c in claims(result)]


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev's claim that 20,000 bandits attacked Almaty has never been substantiated.",
        "Tokayev's claim that foreign terrorists attacked Almaty was not proven.",
    ],
)
def test_a_claim_never_proven_is_rebutted_by_the_document(extract_text, body: str) -> None:
    result = extract_text(body)
    by_type = {next(iter(values(c, "claimType"))): c for c in claims(result)}
    assert values(by_type["denial"], "claimant") == {PUBLISHER}
    assert by_type["allegation"].fkey in {v for p, v in by_type["denial"].props if p == "about"}


def test_figures_not_verified_are_no_rebuttal_of_a_claim(extract_text) -> None:
    assert not claims(extract_text("The figures have not been independently verified."))


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev did not say when he had given the order, meaning that bystanders could have "
        "been shot without warning.",
        "Fuel prices doubled overnight, suggesting that the reform had been poorly planned.",
    ],
)
def test_what_the_document_infers_is_its_claim(extract_text, body: str) -> None:
    result = extract_text(body)
    assert claimants(result) == [{PUBLISHER}], [c.label for c in claims(result)]


def test_an_inference_after_a_speakers_words_is_not_the_documents(extract_text) -> None:
    result = extract_text("Tokayev said the prices had doubled, suggesting that the reform failed.")
    assert claimants(result) == [{TOKAYEV}]


def test_what_an_inference_starts_from_stays_a_fact(extract_text) -> None:
    result = extract_text(
        "Police fired on the crowd on Wednesday, meaning that protesters were killed."
    )
    assert claimants(result) == [{PUBLISHER}]
    assert facts(result, "UseOfForce") and not facts(result, "Killing")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Many people, including human rights defenders, demanded a full investigation.",
            "human rights defenders",
        ),
        (
            "Many people in Kazakhstan, including relatives of individuals who died during the "
            "unrest, have demanded an explanation from Tokayev.",
            "relatives of individuals who died during the unrest",
        ),
    ],
)
def test_people_including_a_group_speak_as_that_group(extract_text, body, speaker) -> None:
    assert claimants(extract_text(body)) == [{speaker}]


def test_many_people_alone_name_no_speaker(extract_text) -> None:
    assert not claims(extract_text("Many people demanded a full investigation."))


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("The Kremlin, for its part, praised the mission.", "the mission"),
        ("The EU, for its part, condemned the violence.", "the violence"),
        ("The Kremlin blamed the unrest on foreign-trained militants.", None),
    ],
)
def test_an_object_verbs_words_are_after_it(extract_text, body: str, words) -> None:
    (claim,) = claims(extract_text(body))
    text = values(claim, "claimText").pop()
    assert "for its part" not in text
    assert words is None or text == words


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            '"The situation is stable," Tokayev said, "but the threat remains."',
            "The situation is stable but the threat remains",
        ),
        ('"The situation," Tokayev said, "is stable."', "The situation is stable."),
    ],
)
def test_a_quotation_split_by_its_speaker_is_told_without_him(extract_text, body, words) -> None:
    (claim,) = claims(extract_text(body))
    assert values(claim, "claimText") == {words}
    assert values(claim, "claimant") == {TOKAYEV}


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        (
            "The authorities should immediately conduct an independent investigation, Human "
            "Rights Watch said.",
            "demand",
        ),
        ("Tokayev said that those guilty of torture must be punished.", "demand"),
        ("Tokayev said that it should be noted that the riots were organised.", "statement"),
        ("Tokayev said that the riots had been organised.", "statement"),
    ],
)
def test_what_someone_says_should_be_done_is_a_demand(extract_text, body, ctype) -> None:
    types = {t for c in claims(extract_text(body)) for t in values(c, "claimType")}
    assert types == {ctype}


def test_a_quotation_after_the_verbs_colon_is_what_was_said(extract_text) -> None:
    body = 'Asked whether protesters had been tortured, Tokayev said: "Some of them, yes."'
    (claim,) = claims(extract_text(body))
    assert values(claim, "claimText") == {"Some of them, yes"}
    assert values(claim, "claimant") == {TOKAYEV}


def test_words_with_a_gap_but_no_quotation_marks_stay_whole(extract_text) -> None:
    body = (
        "Tokayev said that the riots, which Human Rights Watch says were peaceful, had been "
        "organised from abroad."
    )
    texts = {values(c, "claimText").pop() for c in claims(extract_text(body))}
    whole = [t for t in texts if t.startswith("that the riots")]
    assert whole and whole[0].endswith("organised from abroad")
