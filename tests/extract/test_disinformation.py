"""Fact-checks and media monitoring: what was claimed, who claimed it, who rebutted it.

Paragraphs written for these tests, in the style of fact-checks and disinformation
reports. A figure in a report that someone denies or debunks is neither the
denier's nor the publisher's; what a rumour or a report says is no fact, whoever
spread it.
"""

from __future__ import annotations

import pytest

from .test_rules import facts, values

PUBLISHER = "Example News"


def figures(result, value: str):
    return [f for f in facts(result, "Statistic") if values(f, "value") == {value}]


@pytest.mark.parametrize(
    "body",
    [
        "The Interior Ministry denied reports that 3,000 people had been killed in Almaty.",
        "The prosecutor general's office rejected claims that 3,000 people had died.",
        "Factcheck.kz found no evidence for the claim that 3,000 people had been killed.",
        "The prosecutor general's office dismissed as fake a report that 3,000 people "
        "had been killed in Almaty.",
        "Rumours that 3,000 people had died in Almaty spread on social media.",
        "Reports that 3,000 people had been killed circulated on Telegram on January 6.",
    ],
)
def test_a_disputed_figure_is_neither_the_deniers_nor_the_publishers(extract_text, body):
    result = extract_text(body, date="2022-01-12")
    (toll,) = figures(result, "3,000")
    assert values(toll, "claimant") == set()
    assert next(iter(values(toll, "measure"))).startswith("claimed ")


@pytest.mark.parametrize(
    "body, claimant",
    [
        ("The Interior Ministry said that 3,000 people had been detained.", "Ministry"),
        ("Khabar 24 reported that 3,000 people had been detained.", "Khabar"),
        ("Amnesty International's claim that 3,000 people had been detained", "Amnesty"),
    ],
)
def test_a_stated_figure_keeps_its_speaker(extract_text, body, claimant):
    (count,) = figures(extract_text(body, date="2022-01-12"), "3,000")
    (who,) = values(count, "claimant")
    assert claimant in who


def test_a_reported_figure_the_document_tells_is_still_its_own(extract_text):
    body = "At least 3,000 people were detained in Almaty, and the report was confirmed."
    (count,) = figures(extract_text(body, date="2022-01-12"), "At least 3,000")
    assert values(count, "claimant") == {PUBLISHER}


@pytest.mark.parametrize(
    "body",
    [
        "The video, viewed 2 million times, purported to show soldiers shooting 12 protesters.",
        "A video purporting to show soldiers shooting 12 protesters in Almaty was filmed in 2019.",
        "The footage appeared to show soldiers shooting 12 protesters.",
        "A photograph circulating online that purported to show troops shooting 12 "
        "protesters was taken in Syria in 2016.",
    ],
)
def test_what_a_video_purports_to_show_is_no_fact(extract_text, body):
    result = extract_text(body, date="2022-01-12")
    assert facts(result, "UseOfForce") == []
    (shot,) = figures(result, "12")
    assert values(shot, "claimant") == set()


def test_what_a_video_shows_of_a_confession_tells_no_riot(extract_text):
    body = (
        "A widely shared video appeared to show a Kyrgyz musician confessing that he had "
        "been paid to join the riots."
    )
    assert facts(extract_text(body, date="2022-01-12"), "Riot") == []


def test_soldiers_shooting_protesters_told_plainly_is_an_event(extract_text):
    body = "Soldiers shot 12 protesters in Almaty on January 6, a video filmed there showed."
    result = extract_text(body, date="2022-01-12")
    assert facts(result, "UseOfForce")


def claimants_of(result) -> set[str]:
    return {who for c in facts(result, "Claim") for who in values(c, "claimant")}


@pytest.mark.parametrize(
    "body",
    [
        "Pro-government Telegram channels claimed that 20 police officers had been beheaded.",
        "Telegram users alleged that Nazarbayev had fled to Dubai.",
        "Several Facebook pages said that the protests had been organised abroad.",
    ],
)
def test_a_platforms_channels_and_users_are_not_the_platform(extract_text, body):
    result = extract_text(body, date="2022-01-20")
    who = claimants_of(result)
    assert len(who) == 1
    assert not who & {"Telegram", "Facebook"}


@pytest.mark.parametrize(
    "body, claimant",
    [
        ("Facebook said it had removed a network of fake accounts.", "Facebook"),
        ("A Telegram spokesman said that the channel had been blocked.", "Telegram"),
    ],
)
def test_a_platform_speaking_for_itself_is_the_claimant(extract_text, body, claimant):
    assert claimants_of(extract_text(body, date="2022-01-20")) == {claimant}


@pytest.mark.parametrize(
    "body",
    [
        "Posts on Facebook falsely claimed that Kyrgyz troops had shot civilians.",
        "A video shared on Telegram claimed that Kyrgyz troops had shot civilians.",
        "Messages on WhatsApp alleged that Kyrgyz troops had shot civilians.",
    ],
)
def test_a_post_or_video_is_no_claimant_and_tells_no_fact(extract_text, body):
    result = extract_text(body, date="2022-01-20")
    assert claimants_of(result) <= {PUBLISHER}
    assert facts(result, "UseOfForce") == []


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev told a meeting of the CSTO that 20,000 terrorists had attacked Almaty.",
        "Tokayev said in a speech to the CSTO that 20,000 terrorists had attacked Almaty.",
        "On January 10, Tokayev said in a speech to the CSTO leaders that 20,000 "
        "terrorists had attacked Almaty.",
        "Tokayev told the CSTO summit that 20,000 terrorists had attacked Almaty.",
    ],
)
def test_content_hung_on_the_audience_is_the_speakers(extract_text, body):
    result = extract_text(body, date="2022-01-12")
    assert claimants_of(result) == {"Kassym-Jomart Tokayev"}
    (figure,) = figures(result, "20,000")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}


def test_a_relative_clause_on_the_audience_is_not_what_was_said(extract_text):
    body = "Tokayev met the CSTO leaders who had sent 2,000 troops to Almaty."
    assert facts(extract_text(body, date="2022-01-12"), "Claim") == []


@pytest.mark.parametrize(
    "body",
    [
        "The clip was viewed more than 500,000 times within 24 hours.",
        "The post was seen by thousands of users on Telegram.",
        "The case was considered by a court in Almaty on March 3.",
    ],
)
def test_seen_or_viewed_without_as_is_no_hedge(extract_text, body):
    assert facts(extract_text(body, date="2022-01-12"), "Claim") == []


@pytest.mark.parametrize(
    "body",
    [
        "The protests were widely seen as a challenge to Nazarbayev.",
        "The post was viewed as an attempt to spread panic.",
        "Masimov is considered to have organised the unrest.",
    ],
)
def test_seen_as_is_still_the_documents_hedge(extract_text, body):
    assert claimants_of(extract_text(body, date="2022-01-12")) == {PUBLISHER}


@pytest.mark.parametrize(
    "body",
    [
        "A fake decree attributed to Tokayev, which claimed that a curfew had been imposed "
        "in Nur-Sultan, was circulated on WhatsApp on January 7.",
        "A forged letter signed with Tokayev's name, which said that a curfew had been "
        "imposed in Nur-Sultan, circulated on January 7.",
        "A statement falsely attributed to Tokayev, which claimed that a curfew had been "
        "imposed in Nur-Sultan, spread on Telegram.",
    ],
)
def test_a_text_attributed_to_someone_is_not_their_claim(extract_text, body):
    result = extract_text(body, date="2022-01-12")
    assert "Kassym-Jomart Tokayev" not in claimants_of(result)
    assert facts(result, "Curfew") == []


@pytest.mark.parametrize(
    "body, claimant",
    [
        (
            "The decree was circulated by Aidos Sadykov, who claimed that a curfew had been "
            "imposed.",
            "Aidos Sadykov",
        ),
        (
            "A decree attributed to Tokayev, who denied writing it, was circulated.",
            "Kassym-Jomart Tokayev",
        ),
    ],
)
def test_who_after_a_name_is_still_that_person(extract_text, body, claimant):
    assert claimants_of(extract_text(body, date="2022-01-12")) == {claimant}


@pytest.mark.parametrize(
    "body",
    [
        "Adil Soz said that at least five sites remained blocked in February.",
        "At least five sites remained blocked in February, Adil Soz said.",
        "In February, at least five sites were still blocked.",
    ],
)
def test_a_month_after_the_documents_is_no_date_of_the_past(extract_text, body):
    result = extract_text(body, date="2023-01-04")
    (sites,) = figures(result, "at least five") or figures(result, "At least five")
    assert values(sites, "date") == set()


def test_a_month_the_document_has_reached_keeps_its_year(extract_text):
    body = "At least five sites remained blocked in February, Adil Soz said."
    (sites,) = figures(extract_text(body, date="2023-03-04"), "At least five")
    assert values(sites, "date") == {"2023-02"}


INTERIOR = "Ministry of Internal Affairs of Kazakhstan"


@pytest.mark.parametrize(
    "second, claimant",
    [
        ("The ministry of information said that no media outlet had been closed.", None),
        ("The ministry of defence said that no media outlet had been closed.", None),
        ("The information ministry said that no media outlet had been closed.", None),
        ("The ministry said that no media outlet had been closed.", INTERIOR),
        ("The interior ministry said that no media outlet had been closed.", INTERIOR),
        ("The ministry of internal affairs said that no media outlet had been closed.", INTERIOR),
    ],
)
def test_the_ministry_is_the_one_named_before_only_if_its_words_fit(extract_text, second, claimant):
    body = "Police detained 300 people, the Interior Ministry said on January 6. " + second
    result = extract_text(body, date="2022-01-12")
    outlet = [c for c in facts(result, "Claim") if "outlet" in next(iter(values(c, "claimText")))]
    who = {w for c in outlet for w in values(c, "claimant")}
    assert who == {claimant} if claimant else INTERIOR not in who


@pytest.mark.parametrize(
    "body, claimant",
    [
        (
            "Connectivity fell to 5% of ordinary levels, according to data from NetBlocks.",
            "NetBlocks",
        ),
        ("According to NetBlocks, connectivity fell to 5% of ordinary levels.", "NetBlocks"),
        ("Connectivity fell to 5% of ordinary levels, Access Now said.", "Access Now"),
        (
            "Connectivity fell to 5% of ordinary levels, according to a Factcheck.kz analysis.",
            "Factcheck.kz",
        ),
    ],
)
def test_a_shutdown_figure_is_the_monitors(extract_text, body, claimant):
    (share,) = figures(extract_text(body, date="2022-01-12"), "5%")
    assert values(share, "claimant") == {claimant}


@pytest.mark.parametrize(
    "body",
    [
        "Claims circulating on Telegram that 3,000 people had died in Almaty were false, "
        "Factcheck.kz found.",
        "Factcheck.kz said reports that 3,000 people had died were untrue.",
        "Factcheck.kz concluded that the rumours that 3,000 people had died were baseless.",
    ],
)
def test_calling_a_claim_false_is_a_denial_whose_figure_is_not_the_debunkers(extract_text, body):
    result = extract_text(body, date="2022-01-14")
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimType") == {"denial"}
    assert values(claim, "claimant") == {"Factcheck.kz"}
    (toll,) = figures(result, "3,000")
    assert values(toll, "claimant") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Factcheck.kz said that 3,000 people had died, and that the figure was not false.",
        "Factcheck.kz said that 3,000 people had died, a false figure according to police.",
    ],
)
def test_not_called_false_the_figure_stays_the_speakers(extract_text, body):
    result = extract_text(body, date="2022-01-14")
    (toll,) = figures(result, "3,000")
    assert values(toll, "claimant") == {"Factcheck.kz"}


@pytest.mark.parametrize(
    "body",
    [
        "Amnesty International's claim that 3,000 people had died was false.",
        "A claim by Amnesty International that 3,000 people had died was false.",
        "Amnesty International's claim that 3,000 people had died is baseless.",
    ],
)
def test_a_claim_the_document_calls_false_is_the_owners_and_denied(extract_text, body):
    result = extract_text(body, date="2022-01-14")
    kinds = {
        next(iter(values(c, "claimType"))): values(c, "claimant") for c in facts(result, "Claim")
    }
    assert kinds == {"allegation": {"Amnesty International"}, "denial": {PUBLISHER}}
    (toll,) = figures(result, "3,000")
    assert values(toll, "claimant") == {"Amnesty International"}


def test_a_claim_not_called_false_is_not_denied(extract_text):
    body = "Amnesty International's claim that 3,000 people had died was not false."
    result = extract_text(body, date="2022-01-14")
    assert all(values(c, "claimType") != {"denial"} for c in facts(result, "Claim"))


@pytest.mark.parametrize(
    "line",
    [
        "FAKE: Video shows Russian paratroopers shooting protesters in Almaty",
        "Claim: Russian paratroopers shot dozens of protesters in Almaty on January 7.",
        "**Misleading:** Russian paratroopers shot protesters in Almaty on January 7.",
        "Verdict: False",
        "Rating: Partly false",
    ],
)
def test_a_fact_checks_labelled_line_is_no_fact(extract_text, line):
    body = line + "\n\nThe video was filmed in Syria in 2016, Factcheck.kz found."
    result = extract_text(body, date="2022-01-15")
    assert facts(result, "UseOfForce") == []
    assert facts(result, "Verdict") == []
    assert all(values(f, "claimant") <= {"Factcheck.kz"} for f in facts(result, "Statistic"))


def test_an_ordinary_line_with_a_colon_still_tells_events(extract_text):
    body = "Almaty: Police shot dozens of protesters on January 7."
    assert facts(extract_text(body, date="2022-01-15"), "UseOfForce")


@pytest.mark.parametrize(
    "body",
    [
        "Tengrinews, citing the Interior Ministry, reported that 2,000 people had been detained.",
        "Citing the Interior Ministry, Khabar 24 reported that 2,000 people had been detained.",
        "According to Tengrinews, which cited the Interior Ministry, 2,000 people had been "
        "detained.",
        "Tengrinews, which cited the Interior Ministry, reported that 2,000 people had been "
        "detained.",
    ],
)
def test_an_outlet_citing_an_official_passes_on_the_officials_figure(extract_text, body):
    (count,) = figures(extract_text(body, date="2022-01-12"), "2,000")
    assert values(count, "claimant") == {INTERIOR}


def test_an_outlet_citing_unnamed_sources_keeps_its_report(extract_text):
    body = "Khabar 24, citing unnamed sources, reported that 2,000 people had been detained."
    (count,) = figures(extract_text(body, date="2022-01-12"), "2,000")
    assert values(count, "claimant") == {"Khabar"}


@pytest.mark.parametrize(
    "body",
    [
        "Kazinform reported Tokayev's statement that 20,000 bandits had attacked Almaty.",
        "Tokayev's claim, repeated by Khabar 24, that 20,000 bandits had attacked Almaty "
        "was never substantiated.",
    ],
)
def test_an_outlet_repeating_someones_claim_is_not_its_owner(extract_text, body):
    result = extract_text(body, date="2022-01-12")
    (figure,) = figures(result, "20,000")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}
    assert not claimants_of(result) & {"Kazinform", "Khabar"}


@pytest.mark.parametrize(
    "body",
    [
        "Ribeiro expressed concern about reports of journalists being detained in Almaty.",
        "Reports of journalists being detained in Almaty could not be confirmed.",
    ],
)
def test_reports_of_an_arrest_tell_no_arrest(extract_text, body):
    assert facts(extract_text(body, date="2022-01-07"), "Arrest") == []


def test_an_arrest_told_plainly_is_still_an_arrest(extract_text):
    body = "Police detained two journalists in Almaty on January 5."
    assert facts(extract_text(body, date="2022-01-07"), "Arrest")


@pytest.mark.parametrize(
    "body",
    [
        "By January 7, 2022, when Tokayev told the nation that 20,000 bandits had attacked "
        "Almaty, the narrative had been repeated in more than 3,000 posts.",
        "On January 7, 2022, when Tokayev said that 20,000 bandits had attacked Almaty, the "
        "narrative was everywhere.",
    ],
)
def test_a_claim_in_a_when_clause_takes_the_date_it_hangs_on(extract_text, body):
    (claim,) = facts(extract_text(body, date="2024-01-10"), "Claim")
    assert values(claim, "date") == {"2022-01-07"}


def test_a_when_clause_without_a_date_keeps_the_documents(extract_text):
    body = "The narrative spread when Tokayev said that 20,000 bandits had attacked Almaty."
    (claim,) = facts(extract_text(body, date="2022-01-12"), "Claim")
    assert values(claim, "date") == {"2022-01-12"}


def test_a_claim_called_exaggerated_is_denied_and_keeps_its_owner(extract_text):
    body = "Tokayev's claim that 20,000 bandits attacked Almaty was exaggerated, the DFRLab found."
    result = extract_text(body, date="2022-01-20")
    kinds = {
        next(iter(values(c, "claimType"))): values(c, "claimant") for c in facts(result, "Claim")
    }
    assert kinds["denial"] == {"Digital Forensic Research Lab"}
    (figure,) = figures(result, "20,000")
    assert values(figure, "claimant") <= {"Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(
    "body",
    [
        'Berik Uali described claims that Tokayev had fled the country as "fake news".',
        'Berik Uali called reports that Tokayev had fled the country "fake news".',
        "Berik Uali described reports that 3,000 people had died as a provocation.",
    ],
)
def test_naming_a_claim_does_not_make_its_words_the_speakers(extract_text, body):
    result = extract_text(body, date="2022-01-20")
    said = {t for c in facts(result, "Claim") for t in values(c, "claimText")}
    assert not any(text.startswith("that") for text in said)
    assert all(values(f, "claimant") == set() for f in facts(result, "Statistic"))


@pytest.mark.parametrize(
    "body, denied",
    [
        ("The Interior Ministry dismissed the video as fake.", True),
        ("The Interior Ministry dismissed the governor.", False),
        ("The Interior Ministry dismissed the video.", False),
    ],
)
def test_dismissing_a_video_as_fake_is_a_denial(extract_text, body, denied):
    result = extract_text(body, date="2022-01-20")
    kinds = {t for c in facts(result, "Claim") for t in values(c, "claimType")}
    assert kinds == ({"denial"} if denied else set())


def test_an_outlets_country_edition_is_the_outlet(extract_text):
    body = (
        "Sputnik Kazakhstan reported, without citing sources, that thousands of militants "
        "had crossed the border from Afghanistan."
    )
    result = extract_text(body, date="2022-01-20")
    assert "Government of Kazakhstan" not in claimants_of(result)
    assert "Sputnik" in claimants_of(result)


def test_a_hyphenated_title_cut_at_its_hyphen_is_no_post(extract_text):
    body = "RT's editor-in-chief Margarita Simonyan wrote on Telegram that Russia should act."
    result = extract_text(body, date="2022-01-20")
    assert not any(f.label.endswith("as -chief") for f in facts(result, "Tenure"))


@pytest.mark.parametrize("word", ["crazy", "absurd", "fake"])
def test_calling_claims_absurd_is_a_denial(extract_text, word):
    body = f'The State Department called the claims "{word}".'
    result = extract_text(body, date="2022-01-20")
    assert {t for c in facts(result, "Claim") for t in values(c, "claimType")} == {"denial"}


@pytest.mark.parametrize(
    "body",
    [
        'The authorities denied ordering the shutdown, blaming "technical problems".',
        "The Interior Ministry said the sites were down, blaming a cyberattack by hackers.",
    ],
)
def test_what_a_participle_blames_is_no_speaker(extract_text, body):
    result = extract_text(body, date="2022-01-20")
    assert all(
        k.kind != "group"
        for k in (v for c in facts(result, "Claim") for p, v in c.props if p == "claimant")
    )
    assert claimants_of(result)


@pytest.mark.parametrize(
    "body, denier",
    [
        ("The claim that 3,000 people had died was debunked by Factcheck.kz.", "Factcheck.kz"),
        (
            "Tokayev's claim that 3,000 people had died was disputed by Human Rights Watch.",
            "Human Rights Watch",
        ),
    ],
)
def test_a_claim_debunked_by_someone_is_their_denial(extract_text, body, denier):
    result = extract_text(body, date="2022-01-20")
    denials = [c for c in facts(result, "Claim") if values(c, "claimType") == {"denial"}]
    assert [values(c, "claimant") for c in denials] == [{denier}]
    (toll,) = figures(result, "3,000")
    assert denier not in values(toll, "claimant")


def test_a_claim_debunked_by_no_one_named_is_no_ones_denial(extract_text):
    body = "The claim that 3,000 people had died was debunked."
    result = extract_text(body, date="2022-01-20")
    assert claimants_of(result) <= {PUBLISHER}


@pytest.mark.parametrize(
    "body",
    [
        "Factcheck.kz noted that Tokayev had not provided evidence that 20,000 bandits "
        "attacked Almaty.",
        "Factcheck.kz said that reports that 20,000 bandits attacked Almaty could not be verified.",
    ],
)
def test_a_figure_in_hearsay_the_speaker_names_is_not_the_speakers(extract_text, body):
    (figure,) = figures(extract_text(body, date="2022-01-20"), "20,000")
    assert values(figure, "claimant") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev said in a statement that 20,000 bandits attacked Almaty.",
        "Tokayev repeated his claim that 20,000 bandits attacked Almaty.",
        "Tokayev's claim that 20,000 bandits attacked Almaty was repeated by state media.",
    ],
)
def test_a_figure_in_the_speakers_own_claim_stays_theirs(extract_text, body):
    (figure,) = figures(extract_text(body, date="2022-01-20"), "20,000")
    assert values(figure, "claimant") == {"Kassym-Jomart Tokayev"}


def test_a_figure_in_reports_a_speaker_calls_a_lie_is_no_ones(extract_text):
    body = (
        '"This is a lie," Interior Ministry spokesman Shyngys Alekeshev said of reports that '
        '3,000 people had died. "The real figure is much lower."'
    )
    (toll,) = figures(extract_text(body, date="2022-01-20"), "3,000")
    assert values(toll, "claimant") == set()


def test_what_a_body_said_were_arrests_is_not_the_publishers(extract_text):
    body = (
        "Reporters Without Borders has called for an investigation into what it said were "
        "at least 10 cases of journalists being detained or attacked."
    )
    result = extract_text(body, date="2022-01-28")
    assert facts(result, "Arrest") == []
    (cases,) = figures(result, "at least 10")
    assert PUBLISHER not in values(cases, "claimant")


def test_falsely_claimed_is_the_speakers_claim_and_the_documents_denial(extract_text):
    body = "Kazakh officials falsely claimed that the protesters were led by Islamist militants."
    result = extract_text(body, date="2022-01-20")
    kinds = {
        next(iter(values(c, "claimType"))): values(c, "claimant") for c in facts(result, "Claim")
    }
    assert kinds == {"allegation": {"Kazakh officials"}, "denial": {PUBLISHER}}


@pytest.mark.parametrize(
    "body",
    [
        "Factcheck.kz: Video of Russian troops shooting protesters is fake",
        "A photo of soldiers shooting protesters in Almaty was taken in Syria.",
        "Footage of police beating protesters in Aktobe dates from 2019.",
    ],
)
def test_what_a_video_of_something_shows_is_no_event(extract_text, body):
    assert facts(extract_text(body, date="2022-01-20"), "UseOfForce") == []


@pytest.mark.parametrize(
    "body",
    [
        "No, 3,000 people were not killed in Almaty",
        "3,000 people were not killed in Almaty, contrary to posts on Telegram.",
    ],
)
def test_a_count_its_verb_denies_is_no_statistic(extract_text, body):
    assert figures(extract_text(body, date="2022-01-20"), "3,000") == []


def test_a_count_told_plainly_is_a_statistic(extract_text):
    body = "At least 225 people were killed in the unrest."
    assert figures(extract_text(body, date="2022-01-20"), "At least 225")


def test_a_claim_called_false_after_a_dateline_is_still_a_denial(extract_text):
    body = (
        "ALMATY, January 12 (Factcheck.kz) - Claims circulating on Telegram that foreign "
        "mercenaries had landed at Almaty airport on January 5 were false, Factcheck.kz found."
    )
    (claim,) = facts(extract_text(body, date="2022-01-12"), "Claim")
    assert values(claim, "claimType") == {"denial"}


@pytest.mark.parametrize(
    "body",
    [
        "A fake account impersonating Tokayev posted that Nazarbayev had been arrested.",
        "A Telegram channel mimicking Tokayev's official page claimed that Nazarbayev had "
        "been arrested.",
    ],
)
def test_an_account_impersonating_someone_is_not_them(extract_text, body):
    result = extract_text(body, date="2022-01-20")
    assert "Kassym-Jomart Tokayev" not in claimants_of(result)
    assert facts(result, "Arrest") == []
