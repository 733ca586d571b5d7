"""Each extraction rule on sentences written for these tests (not from the seeds)."""

from __future__ import annotations

from kzkg.extract.model import DocResult, EntityKey, Fact


def facts(result: DocResult, cls: str) -> list[Fact]:
    return [f for f in result.facts.values() if f.cls == cls]


def values(fact: Fact, prop: str) -> set[str]:
    out = set()
    for p, v in fact.props:
        if p == prop:
            out.add(getattr(v, "label", None) or getattr(v, "value", None))
    return out


def one(result: DocResult, cls: str) -> Fact:
    found = facts(result, cls)
    assert len(found) == 1, [f.label for f in result.facts.values()]
    return found[0]


def test_evidence_is_the_exact_body_span(extract_text) -> None:
    body = "\n\nIntro line.\n\nOn January 5 police detained 300 people in Aktobe.\n"
    result = extract_text(body)
    spans = [s for f in result.facts.values() for s in f.evidence]
    spans += [s for _, s in result.mentions]
    assert spans and all(body[s.start : s.end].strip() == body[s.start : s.end] for s in spans)
    arrest = one(result, "Arrest")
    span = next(iter(arrest.evidence))
    assert body[span.start : span.end] == "On January 5 police detained 300 people in Aktobe."


# --- entities ---------------------------------------------------------------
def test_spelling_variants_resolve_to_one_entity(extract_text) -> None:
    result = extract_text(
        "Kassym-Jomart Tokaev met officials in Alma-Ata. Later Toqaev flew to Astana, "
        "where the ODKB mission was based."
    )
    labels = {k.label for k in result.entities}
    assert {
        "Kassym-Jomart Tokayev",
        "Almaty",
        "Nur-Sultan",
        "Collective Security Treaty Organization",
    } <= labels
    assert not {"Tokaev", "Toqaev", "Alma-Ata", "Astana", "ODKB"} & labels


def test_typo_in_a_known_surname_resolves(extract_text) -> None:
    result = extract_text("Mr Nursultan Nazarbaiev was not seen in public for days.")
    assert EntityKey("person", "Nursultan Nazarbayev") in result.entities


def test_unknown_names_become_entities_but_junk_does_not(extract_text) -> None:
    result = extract_text(
        "Activist Galym Ageleuov told reporters the Atajurt Volunteers group had documented "
        "arrests.\n\nRead more\n\nEmail: someone@example.org"
    )
    labels = {k.label for k in result.entities}
    assert "Galym Ageleuov" in labels
    assert not any("@" in label or label.lower().startswith("read") for label in labels)


def test_pronoun_takes_the_previous_person(extract_text) -> None:
    result = extract_text(
        "Kassym-Jomart Tokayev spoke on state television. He ordered troops to restore order."
    )
    order = one(result, "Order")
    assert values(order, "agent") == {"Kassym-Jomart Tokayev"}


# --- roles ------------------------------------------------------------------
def test_title_before_name_gives_a_tenure(extract_text) -> None:
    result = extract_text(
        "Kazakh President Kassym-Jomart Tokaev said on Friday that order was restored."
    )
    tenure = one(result, "Tenure")
    assert values(tenure, "post") == {"President of Kazakhstan"}


def test_removal_as_title_ends_a_tenure_on_the_stated_date(extract_text) -> None:
    result = extract_text(
        "Former president Nursultan Nazarbaev was removed as chairman of the Security Council "
        "on 5 January."
    )
    by_post = {next(iter(values(f, "post"))): f for f in facts(result, "Tenure")}
    tenure = by_post["head of the Security Council"]
    assert values(tenure, "holder") == {"Nursultan Nazarbayev"}
    assert values(tenure, "endDate") == {"2022-01-05"}
    # "Former president": an ended tenure, whose end is not the date of this removal
    assert values(by_post["President of Kazakhstan"], "endDate") == set()


def test_replacement_gives_predecessor_and_successor(extract_text) -> None:
    result = extract_text(
        "Tokayev replaced Nazarbayev as chairman of the Security Council on January 5."
    )
    by_holder = {next(iter(values(f, "holder"))): f for f in facts(result, "Tenure")}
    assert values(by_holder["Nursultan Nazarbayev"], "successor") == {"Kassym-Jomart Tokayev"}
    assert values(by_holder["Kassym-Jomart Tokayev"], "predecessor") == {"Nursultan Nazarbayev"}
    assert values(by_holder["Kassym-Jomart Tokayev"], "startDate") == {"2022-01-05"}


def test_apposition_name_then_title_of_organization(extract_text) -> None:
    result = extract_text("Karim Masimov, the former chief of the KNB, was detained on Saturday.")
    tenure = one(result, "Tenure")
    assert values(tenure, "post") == {"chairman of the National Security Committee"}


def test_apposition_of_an_unknown_post_makes_a_new_post(extract_text) -> None:
    result = extract_text(
        "The director of Human Rights Watch, Jane Roe, called the arrests unlawful."
    )
    tenure = one(result, "Tenure")
    assert values(tenure, "holder") == {"Jane Roe"}
    assert values(tenure, "post") == {"Director (Human Rights Watch)"}


def test_appointment(extract_text) -> None:
    result = extract_text(
        "Tokayev appointed Alikhan Smailov as prime minister on 11 January.", date="2022-01-21"
    )
    tenure = one(result, "Tenure")
    assert values(tenure, "holder") == {"Alikhan Smailov"}
    assert values(tenure, "startDate") == {"2022-01-11"}


def test_contact_page_block(extract_text) -> None:
    result = extract_text("Contact\n\nJohn Smith\n\nPress OfficerEmail: x@example.org\n")
    tenure = one(result, "Tenure")
    assert values(tenure, "holder") == {"John Smith"}
    assert values(tenure, "post") == {"Press Officer (Example News)"}


# --- events -------------------------------------------------------------------
def test_riot_with_agent_place_and_weekday(extract_text) -> None:
    riot = one(extract_text("Protesters set fire to the akimat in Almaty on Wednesday."), "Riot")
    assert values(riot, "agent") == {"protesters"}
    assert values(riot, "place") == {"Almaty"}
    assert values(riot, "date") == {"2022-01-05"}


def test_deployment_by_foreign_troops(extract_text) -> None:
    result = extract_text("Russian paratroopers arrived as part of a CSTO peacekeeping mission.")
    deployment = one(result, "MilitaryDeployment")
    assert values(deployment, "agent") == {"Russian forces"}


def test_state_of_emergency_with_duration_and_most_specific_places(extract_text) -> None:
    result = extract_text(
        "The government declared a state of emergency in Mangistau and Almaty for two weeks."
    )
    emergency = one(result, "StateOfEmergency")
    assert values(emergency, "place") == {"Mangystau Region", "Almaty"}
    assert values(emergency, "duration") == {"P14D"}
    assert values(emergency, "agent") == {"Government of Kazakhstan"}


def test_noun_event_agent_only_through_a_support_verb(extract_text) -> None:
    result = extract_text("Tokayev accepted the resignation of the government.")
    resignation = one(result, "Resignation")
    assert values(resignation, "agent") == {"Government of Kazakhstan"}


def test_negated_or_hypothetical_events_are_not_facts(extract_text) -> None:
    result = extract_text(
        "Police did not arrest the journalists. The army could storm the building."
    )
    assert not facts(result, "Arrest") and not facts(result, "Riot")


def test_second_clause_of_a_spreading_event(extract_text) -> None:
    result = extract_text("Protests broke out in Zhanaozen and quickly spread to Aktau and Almaty.")
    places = [values(f, "place") for f in facts(result, "Protest")]
    assert {"Zhanaozen"} in places and {"Aktau", "Almaty"} in places


def test_causal_link(extract_text) -> None:
    result = extract_text("The fuel price hike sparked protests in Zhanaozen.")
    price = one(result, "PriceIncrease")
    protest = one(result, "Protest")
    assert (("causes", protest.fkey)) in price.props
    assert (("causedBy", price.fkey)) in protest.props


def test_one_event_node_from_two_documents(extract_text) -> None:
    a = extract_text("Protesters stormed the mayor's office in Almaty on 5 January.")
    b = extract_text("On January 5, 2022 the city hall in Almaty was stormed by protesters.")
    assert one(a, "Riot").fkey == one(b, "Riot").fkey


# --- claims -------------------------------------------------------------------
def test_reported_speech_is_a_claim_not_a_fact(extract_text) -> None:
    result = extract_text("Tokayev claimed that foreign fighters had stormed the airport.")
    claim = one(result, "Claim")
    assert values(claim, "claimant") == {"Kassym-Jomart Tokayev"}
    assert values(claim, "claimType") == {"allegation"}
    assert not facts(result, "Riot")


def test_denial_and_demand(extract_text) -> None:
    result = extract_text(
        "The Kremlin denied that Russian troops would stay. Amnesty International demanded "
        "the release of detained journalists."
    )
    types = {
        next(iter(values(c, "claimant"))): values(c, "claimType") for c in facts(result, "Claim")
    }
    assert types == {"Kremlin": {"denial"}, "Amnesty International": {"demand"}}
    assert not facts(result, "Arrest")  # "detained" is inside the demand


def test_quoted_speech_with_speaker_after(extract_text) -> None:
    result = extract_text('"We will not negotiate with criminals," Tokayev said in an address.')
    claim = one(result, "Claim")
    assert values(claim, "claimant") == {"Kassym-Jomart Tokayev"}
    assert "negotiate" in next(iter(values(claim, "claimText")))


def test_the_president_resolves_against_the_document_date(extract_text) -> None:
    result = extract_text("The president warned that rioters would be punished.", date="2022-01-06")
    assert values(one(result, "Claim"), "claimant") == {"Kassym-Jomart Tokayev"}
    old = extract_text("The president warned that rioters would be punished.", date="2011-12-16")
    assert values(one(old, "Claim"), "claimant") == {"Nursultan Nazarbayev"}


def test_authors_forecast_goes_to_the_publisher(extract_text) -> None:
    result = extract_text("The crackdown is likely to strengthen Moscow's influence in the region.")
    claim = one(result, "Claim")
    assert values(claim, "claimant") == {"Example News"}
    assert values(claim, "claimType") == {"forecast"}


def test_no_speaker_no_claim(extract_text) -> None:
    result = extract_text("It was reported that shops were looted.")
    assert not facts(result, "Claim")


# --- statistics -----------------------------------------------------------------
def test_percentage_with_measure(extract_text) -> None:
    result = extract_text("Fuel prices in Kazakhstan rose by 20% in the first week of the year.")
    stats = facts(result, "Statistic")
    assert any(values(s, "value") == {"20%"} and values(s, "unit") == {"percent"} for s in stats)


def test_count_of_people(extract_text) -> None:
    result = extract_text("Police detained almost 10,000 people across the country.")
    stat = one(result, "Statistic")
    assert values(stat, "measure") == {"number of people detained"}
    assert values(stat, "numericValue") == {"10000"}


def test_dateline_in_capitals_is_the_place_not_an_agent(extract_text) -> None:
    result = extract_text("ALMATY, Jan 6 - Russian-led troops arrived in Kazakhstan on Thursday.")
    deployment = one(result, "MilitaryDeployment")
    assert EntityKey("place", "Almaty") in result.entities
    assert "Almaty" not in values(deployment, "agent")


def test_content_reported_by_an_unnamed_speaker_is_not_a_fact(extract_text) -> None:
    result = extract_text("The interior ministry said more than 2,000 people had been detained.")
    assert not facts(result, "Arrest")
    assert all(
        m.startswith("claimed ") for s in facts(result, "Statistic") for m in values(s, "measure")
    )


def test_request_for_help(extract_text) -> None:
    result = extract_text("Tokayev asked the CSTO for help to restore order.")
    request = one(result, "RequestForAssistance")
    assert values(request, "agent") == {"Kassym-Jomart Tokayev"}
    assert not facts(result, "Claim")


def test_a_deputy_is_not_the_chairman(extract_text) -> None:
    result = extract_text("Samat Abish was dismissed as first deputy chairman of the KNB.")
    tenure = one(result, "Tenure")
    assert values(tenure, "post") == {
        "First deputy chairman (National Security Committee of Kazakhstan)"
    }


def test_take_over_from_and_appointed_predicate(extract_text) -> None:
    result = extract_text(
        "Tokayev took over from Nazarbayev as chairman of the Security Council. "
        "Alikhan Smailov was appointed Prime Minister on 11 January.",
        date="2022-01-21",
    )
    holders = {next(iter(values(t, "holder"))): t for t in facts(result, "Tenure")}
    assert values(holders["Kassym-Jomart Tokayev"], "predecessor") == {"Nursultan Nazarbayev"}
    assert values(holders["Alikhan Smailov"], "startDate") == {"2022-01-11"}


def test_a_year_is_not_a_count(extract_text) -> None:
    assert not facts(extract_text("The 2022 unrest shocked the region."), "Statistic")


def test_a_word_shared_by_two_triggers_goes_to_the_one_that_fits(extract_text) -> None:
    result = extract_text("Internet access was cut nationwide. The government cut fuel prices.")
    assert one(result, "CommunicationsShutdown") and one(result, "PriceChange")


def test_regions_in_a_title_are_not_speakers(extract_text) -> None:
    result = extract_text(
        "The government must ensure accountability, said Hugh Williamson, Europe and Central "
        "Asia director at Human Rights Watch."
    )
    assert values(one(result, "Claim"), "claimant") == {"Hugh Williamson"}


def test_capitalised_month_after_in_is_a_month(extract_text) -> None:
    result = extract_text("Kairat Satybaldy was arrested in March 2022.")
    assert values(one(result, "Arrest"), "date") == {"2022-03"}


def test_a_foreign_title_does_not_give_a_kazakh_post(extract_text) -> None:
    result = extract_text("Chinese President Xi Jinping praised the decisive measures.")
    (tenure,) = facts(result, "Tenure")  # China's presidency, never Kazakhstan's
    assert values(tenure, "post") == {"President (China)"}


def test_possessive_definite_description(extract_text) -> None:
    result = extract_text("Kazakhstan's president said the troops would leave within ten days.")
    assert values(one(result, "Claim"), "claimant") == {"Kassym-Jomart Tokayev"}
    other = extract_text("Russia's president said the troops would leave within ten days.")
    assert values(one(other, "Claim"), "claimant") == {"Vladimir Putin"}


def test_leaving_needs_troops(extract_text) -> None:
    assert not facts(extract_text("Clashes left hundreds injured."), "Withdrawal")
    assert one(extract_text("Russian troops left Almaty on 13 January."), "Withdrawal")


def test_offers_are_not_deeds_and_relative_clause_dates_stay_put(extract_text) -> None:
    assert not facts(extract_text("Lukashenko offered to send troops."), "MilitaryDeployment")
    result = extract_text("He dismissed Masimov, who had headed the KNB since 2016.")
    assert "2016" not in values(one(result, "Dismissal"), "date")


def test_speaker_of_a_speech_named_in_a_prepositional_phrase(extract_text) -> None:
    result = extract_text("In a televised address on 7 January, Tokayev thanked the CSTO.")
    speech = one(result, "Speech")
    assert values(speech, "agent") == {"Kassym-Jomart Tokayev"}
    assert values(speech, "date") == {"2022-01-07"}


def test_prices_and_shares(extract_text) -> None:
    result = extract_text(
        "The price of LPG rose from 60 to 120 tenge per litre. "
        "Kazakhstan holds about 3% of the world's proven oil reserves."
    )
    measures = {next(iter(values(s, "measure"))): s for s in facts(result, "Statistic")}
    assert values(measures["price of lpg"], "unit") == {"tenge"}
    assert values(measures["share of proven oil reserves"], "value") == {"about 3%"}


def test_a_compound_modifier_is_not_a_target(extract_text) -> None:
    riot = one(extract_text("Protesters seized the airport and torched police cars."), "Riot")
    assert values(riot, "agent") == {"protesters"}
    assert "police" not in values(riot, "target")


def test_apposition_hung_on_the_organization(extract_text) -> None:
    result = extract_text(
        "A spokesperson for the Kremlin, Dmitry Peskov, said the troops would stay."
    )
    assert values(one(result, "Tenure"), "post") == {"Spokesperson (Kremlin)"}


# --- requests: the one asked is a participant, named however it is introduced ---
def test_the_one_asked_for_help_is_a_participant_not_a_target(extract_text) -> None:
    result = extract_text("Tokayev asked the Russia-led CSTO for help.")
    request = one(result, "RequestForAssistance")
    assert values(request, "participant") == {"Collective Security Treaty Organization"}
    assert not values(request, "target")
    assert not values(request, "place")  # "Russia-led" describes the bloc


def test_help_requested_from_an_organization_described_in_apposition(extract_text) -> None:
    result = extract_text(
        "The president requested assistance from the Collective Security Treaty "
        "Organisation (CSTO), a Moscow-dominated military bloc, on Wednesday."
    )
    request = one(result, "RequestForAssistance")
    assert values(request, "participant") == {"Collective Security Treaty Organization"}
    assert not values(request, "place")


def test_organization_named_after_its_description(extract_text) -> None:
    for body in (
        "Tokayev turned to a Russia-led alliance, the CSTO, for assistance.",
        "Tokayev appealed to the Moscow-led bloc, the Collective Security Treaty "
        "Organization, for help against the rioters.",
    ):
        request = one(extract_text(body), "RequestForAssistance")
        assert values(request, "participant") == {"Collective Security Treaty Organization"}
        assert values(request, "agent") == {"Kassym-Jomart Tokayev"}


def test_a_comma_before_an_unrelated_clause_is_not_an_apposition(extract_text) -> None:
    result = extract_text("Tokayev turned to the alliance, Putin quickly agreeing to send troops.")
    request = one(result, "RequestForAssistance")
    assert "Vladimir Putin" not in values(request, "participant")


# --- co-claimants: everyone who speaks is linked to the claim ---------------------
def test_every_co_claimant_is_linked(extract_text) -> None:
    for body in (
        "Human Rights Watch, together with members of Amnesty International, demanded "
        "that the authorities release the detainees.",
        "Human Rights Watch and Amnesty International called for the release of the detainees.",
        "Human Rights Watch, joined by Amnesty International, said the detainees were tortured.",
        "Human Rights Watch, along with Amnesty International, urged the authorities to "
        "release the detainees.",
    ):
        claim = one(extract_text(body), "Claim")
        assert values(claim, "claimant") == {"Human Rights Watch", "Amnesty International"}, body


def test_members_of_an_organization_speak_for_it(extract_text) -> None:
    result = extract_text(
        "Members of the Civic Solidarity Platform said that the arrests were unlawful."
    )
    assert values(one(result, "Claim"), "claimant") == {"Civic Solidarity Platform"}


def test_someone_met_or_addressed_is_not_a_co_claimant(extract_text) -> None:
    for body in (
        "Tokayev met with Putin and said the mission had succeeded.",
        "Tokayev, speaking with Putin by phone, said the mission had succeeded.",
    ):
        claim = one(extract_text(body), "Claim")
        assert values(claim, "claimant") == {"Kassym-Jomart Tokayev"}, body


# --- undated events: no date borrowed from the document --------------------------
def test_an_event_told_without_a_date_gets_none(extract_text) -> None:
    result = extract_text(
        "Nazarbayev resigned and handed over power to Tokayev, who promised continuity."
    )
    events = [f for f in result.facts.values() if f.fkey.kind == "event"]
    assert {f.cls for f in events} >= {"Resignation", "Succession"}
    for fact in events:
        assert not values(fact, "date"), fact.label
        assert "2022" not in fact.label and fact.fkey.key[2] == "", fact.label


def test_an_undated_event_does_not_merge_with_a_dated_one(extract_text) -> None:
    dated = extract_text("Protesters stormed the mayor's office in Almaty on 5 January.")
    undated = extract_text("Years earlier, protesters had stormed the mayor's office in Almaty.")
    assert one(dated, "Riot").fkey != one(undated, "Riot").fkey
    assert one(undated, "Riot").label == "riot: Almaty"


def test_an_undated_mention_joins_the_one_dated_event_of_its_document(extract_text) -> None:
    result = extract_text(
        "On January 4 protesters stormed the mayor's office in Almaty. "
        "Troops later retook the building. Looters who stormed it in Almaty were detained."
    )
    riot = one(result, "Riot")
    assert values(riot, "date") == {"2022-01-04"}
    assert len(riot.evidence) == 2


def test_an_undated_mention_stays_apart_when_two_dated_events_fit(extract_text) -> None:
    result = extract_text(
        "On January 4 protesters stormed the akimat in Almaty. "
        "In December 2021 protesters had stormed a police station in Almaty. "
        "Protesters also stormed shops in Almaty."
    )
    labels = sorted(f.label for f in facts(result, "Riot"))
    assert labels == ["riot: Almaty", "riot: Almaty, 2021-12", "riot: Almaty, 2022-01"]


# --- wire-style patterns -------------------------------------------------------
def test_violence_or_unrest_that_began_is_a_dated_placed_event(extract_text) -> None:
    for body in (
        "The violence began on January 2 in Zhanaozen.",
        "Unrest erupted in Zhanaozen on 2 January.",
        "Unrest broke out in Zhanaozen on January 2.",
    ):
        riot = one(extract_text(body), "Riot")
        assert values(riot, "place") == {"Zhanaozen"}, body
        assert values(riot, "date") == {"2022-01-02"}, body


def test_violence_by_the_police_is_use_of_force_and_violence_alone_is_nothing(
    extract_text,
) -> None:
    force = one(extract_text("Police violence against protesters continued."), "UseOfForce")
    assert values(force, "agent") == {"police"}
    assert not facts(extract_text("The violence shocked the country."), "Riot")


def test_casualty_counts(extract_text) -> None:
    cases = {
        "164 killed in Kazakhstan unrest.": ("number of people killed", "164"),
        "At least 225 people were killed in the unrest.": (
            "number of people killed",
            "At least 225",
        ),
        "More than 4,500 people were injured.": ("number of people injured", "More than 4,500"),
        "The death toll rose to 225.": ("death toll", "225"),
    }
    for body, (measure, value) in cases.items():
        stats = facts(extract_text(body), "Statistic")
        assert [(values(s, "measure"), values(s, "value")) for s in stats] == [
            ({measure}, {value})
        ], body


def test_a_casualty_count_someone_reports_is_a_claimed_count(extract_text) -> None:
    result = extract_text("Kazakhstan says 225 killed during unrest.")
    assert values(one(result, "Statistic"), "measure") == {"claimed number of people killed"}
    assert not facts(result, "UseOfForce")


def test_seizure_with_place(extract_text) -> None:
    for body in (
        "Protesters seized the airport in Almaty on Wednesday.",
        "Rioters seized Almaty airport on Wednesday.",
    ):
        riot = one(extract_text(body), "Riot")
        assert values(riot, "agent") == {"protesters"}, body
        assert values(riot, "place") == {"Almaty"}, body
        assert values(riot, "date") == {"2022-01-05"}, body


def test_government_resigns_then_a_successor_is_appointed(extract_text) -> None:
    result = extract_text(
        "Prime Minister Askar Mamin's government resigned on Wednesday. "
        "Later, Alikhan Smailov was appointed acting prime minister."
    )
    by_holder = {next(iter(values(t, "holder"))): t for t in facts(result, "Tenure")}
    mamin, smailov = by_holder["Askar Mamin"], by_holder["Alikhan Smailov"]
    assert values(mamin, "endDate") == {"2022-01-05"}
    assert values(mamin, "successor") == {"Alikhan Smailov"}
    assert values(smailov, "predecessor") == {"Askar Mamin"}


def test_an_undated_change_takes_the_month_only_of_a_document_reporting_its_own_time(
    extract_text,
) -> None:
    body = "Tokayev dismissed Prime Minister Askar Mamin."
    assert values(one(extract_text(body, date="2022-01-07"), "Tenure"), "endDate") == {"2022-01"}
    # A later article that has gone back to January narrates the past: no date is guessed.
    later = "Protests began in Zhanaozen in January. " + body
    mamin = one(extract_text(later, date="2022-03-15"), "Tenure")
    assert values(mamin, "holder") == {"Askar Mamin"}
    assert not values(mamin, "endDate")
    # A report of its own month keeps it despite a line of background; a year
    # ("since 2019") is no month at all.
    background = (
        "Protests began on 2 January. Inflation reached 9% at the end of last year. "
        "Tokayev has been president since 2019. On 5 January, clashes spread. " + body
    )
    tenures = {
        next(iter(values(t, "holder"))): t for t in facts(extract_text(background), "Tenure")
    }
    assert values(tenures["Askar Mamin"], "endDate") == {"2022-01"}


def test_the_head_of_state_stays_when_his_government_resigns(extract_text) -> None:
    for body in (
        "President Tokayev's government resigned on Wednesday.",
        "President Tokayev accepted the government's resignation on Wednesday.",
    ):
        for tenure_fact in facts(extract_text(body), "Tenure"):
            assert not values(tenure_fact, "endDate"), body


def test_removal_of_a_titled_person_ends_the_tenure(extract_text) -> None:
    for body in (
        "Tokayev dismissed Prime Minister Askar Mamin on January 5.",
        "Prime Minister Askar Mamin resigned on January 5.",
    ):
        mamin = one(extract_text(body), "Tenure")
        assert values(mamin, "endDate") == {"2022-01-05"}, body


def test_no_successor_when_the_change_is_unclear(extract_text) -> None:
    result = extract_text(
        "Prime Minister Askar Mamin resigned on January 5. "
        "In 2019 Alikhan Smailov was appointed prime minister."
    )
    for tenure_fact in facts(result, "Tenure"):
        assert not values(tenure_fact, "successor") and not values(tenure_fact, "predecessor")


def test_an_undated_appointment_told_before_the_end_is_no_succession(extract_text) -> None:
    result = extract_text(
        "In January 2022, protests swept the country. Alikhan Smailov was appointed prime "
        "minister. Askar Mamin resigned as prime minister on January 5, 2022.",
        date="2023-04-02",
    )
    by_holder = {next(iter(values(t, "holder"))): t for t in facts(result, "Tenure")}
    assert not values(by_holder["Askar Mamin"], "successor")
    assert not values(by_holder["Alikhan Smailov"], "predecessor")
