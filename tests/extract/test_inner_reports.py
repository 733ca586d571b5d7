"""Reports inside reports, and rebuttals in an aside, on sentences written for
these tests: the inner speaker's words are the inner speaker's claim, the outer
claim keeps only the rest, and a claim is never credited to the one who only
passes it on."""

from __future__ import annotations

import pytest

from .test_claims import claimants, claims
from .test_rules import facts, values

TOKAYEV = "Kassym-Jomart Tokayev"
PUTIN = "Vladimir Putin"


def by_claimant(result) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for claim in claims(result):
        for who in values(claim, "claimant"):
            found.setdefault(who, []).append(next(iter(values(claim, "claimText"))))
    return found


def quotes(result, body: str, who: str) -> list[str]:
    """The evidence quotes of the claims of one claimant."""
    return [
        body[e.start : e.end]
        for c in claims(result)
        if who in values(c, "claimant")
        for e in c.evidence
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev said on Monday that Putin had called him, when he reaffirmed "
        "Russia's support for the peacekeeping mission.",
        "Tokayev said that Putin phoned him on Monday, when he reiterated Russia's "
        "support for the peacekeeping mission.",
    ],
)
def test_an_inner_report_in_a_relative_clause_is_the_inner_speakers(extract_text, body) -> None:
    result = extract_text(body)
    said = by_claimant(result)
    assert any("support for the peacekeeping mission" in t for t in said.get(PUTIN, [])), said
    # The outer claim keeps the call, not the support, in its words and its evidence.
    assert said.get(TOKAYEV), said
    assert not any("support" in t for t in said[TOKAYEV]), said
    assert not any("support" in q for q in quotes(result, body, TOKAYEV)), said


@pytest.mark.parametrize(
    "body",
    [
        '"Calls for restraint were reiterated by Vladimir Putin during the talks," '
        "the agency quoted Tokayev as saying.",
        '"During the meeting, calls for restraint were reiterated by Vladimir Putin," '
        "Tokayev said.",
        "Tokayev said that calls for restraint were reiterated by Vladimir Putin.",
    ],
)
def test_a_report_only_passed_on_is_the_inner_speakers_alone(extract_text, body) -> None:
    result = extract_text(body)
    said = by_claimant(result)
    assert any("calls for restraint" in t.lower() for t in said.get(PUTIN, [])), said
    assert TOKAYEV not in said, said


def test_the_speaker_who_passed_a_report_on_is_still_he_of_the_next_sentence(
    extract_text,
) -> None:
    result = extract_text(
        '"Calls for restraint were reiterated by Vladimir Putin," the agency quoted '
        "Tokayev as saying. He said the operation would end soon."
    )
    said = by_claimant(result)
    assert any("operation would end soon" in t for t in said.get(TOKAYEV, [])), said


@pytest.mark.parametrize(
    "body",
    [
        # who the inner speaker is must be known: "the countries" is no one
        '"Foreign countries call for talks. That is nonsense," Tokayev said.',
        # a country named for its state makes no claim, so the words stay the speaker's
        "Tokayev said that the United States called for talks.",
        # the same speaker reporting himself
        "Tokayev said that he had reaffirmed his support for the troops.",
        # a negated inner report is no report
        "Tokayev said that Putin did not call for talks.",
    ],
)
def test_words_without_another_known_speaker_stay_the_outer_speakers(extract_text, body) -> None:
    result = extract_text(body)
    assert {TOKAYEV} in claimants(result), by_claimant(result)
    assert all(c <= {TOKAYEV} for c in claimants(result)), by_claimant(result)


def test_a_tail_after_a_content_clause_is_no_report(extract_text) -> None:
    # "said that ..., survivors tell a different story": "tell" is inside the content,
    # not a tail reporting "HRW said"
    result = extract_text(
        "Human Rights Watch said that despite many announcements by officials, "
        "survivors tell a different story."
    )
    said = by_claimant(result)
    assert list(said) == ["Human Rights Watch"], said
    assert "survivors" in said["Human Rights Watch"][0], said


@pytest.mark.parametrize(
    ("body", "who", "verdict"),
    [
        (
            "Yet the official explanation that \u201cforeign terrorists\u201d attacked the "
            "city\u2014something the government continues to claim without any "
            "evidence\u2014seems implausible.",
            "Government of Kazakhstan",
            "seems implausible",
        ),
        (
            "The version that foreign fighters stormed the airport\u2014something Tokayev "
            "keeps claiming without evidence\u2014looks doubtful.",
            TOKAYEV,
            "looks doubtful",
        ),
    ],
)
def test_a_claim_in_an_aside_and_its_rebuttal_are_two_claims(
    extract_text, body, who, verdict
) -> None:
    result = extract_text(body)
    said = by_claimant(result)
    assert len(said.get(who, [])) == 1, said
    assert said[who][0].startswith("that "), said
    # the publisher's verdict is the main clause's predicate, about the disputed claim
    assert said.get("Example News") == [verdict], said
    denial = next(c for c in claims(result) if "Example News" in values(c, "claimant"))
    assert who in values(denial, "about")
    assert quotes(result, body, "Example News") == [verdict]
    assert all(verdict not in q for q in quotes(result, body, who))


@pytest.mark.parametrize(
    "body",
    [
        "Moreover, as some media reported, Masimov is also accused of abuse of office.",
        "As local media reported, Masimov is also suspected of treason.",
    ],
)
def test_as_media_reported_in_front_is_their_report_not_the_publishers(extract_text, body) -> None:
    said = by_claimant(extract_text(body))
    assert "Example News" not in said, said
    assert any("media" in who for who in said), said


@pytest.mark.parametrize(
    "body",
    [
        "The strangest notion put forward by the Tokayev administration is that 20,000 "
        "terrorists attacked Almaty.",
        "The theory that has been promoted by Tokayev is that 20,000 terrorists attacked Almaty.",
    ],
)
def test_a_claim_noun_belongs_to_the_agent_that_put_it_forward(extract_text, body) -> None:
    result = extract_text(body)
    said = by_claimant(result)
    assert any("20,000 terrorists attacked Almaty" in t for t in said.get(TOKAYEV, [])), said
    figures = [f for f in result.facts.values() if f.cls == "Statistic"]
    assert [values(f, "claimant") for f in figures] == [{TOKAYEV}]


def test_a_notion_with_no_one_behind_it_is_no_ones_claim(extract_text) -> None:
    said = by_claimant(extract_text("A notion that circulated online was that the army fled."))
    assert not said, said


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        # what is denied, alleged or demanded keeps all its words
        ("Tokayev denied that Putin called for talks.", TOKAYEV, "Putin called for talks"),
        ('"Putin called for talks," Tokayev claimed.', TOKAYEV, "Putin called for talks"),
        # an account of someone's words, with nothing else said, stays the account's too
        ("Witnesses said police urged people to leave.", "witnesses", "police urged people"),
    ],
)
def test_an_outer_claim_that_is_more_than_passing_on_keeps_its_words(
    extract_text, body, speaker, words
) -> None:
    said = by_claimant(extract_text(body))
    assert any(words in t for t in said.get(speaker, [])), said


def test_a_quoted_speaker_disputing_others_keeps_the_quotation(extract_text) -> None:
    said = by_claimant(extract_text('"Putin called for talks," Tokayev claimed.'))
    assert list(said) == [TOKAYEV], said


@pytest.mark.parametrize(
    "body",
    [
        "The allegation that police fired on protesters spread quickly.",
        "The claim that soldiers shot at the crowd could not be verified.",
    ],
)
def test_what_a_claim_noun_says_is_never_a_fact(extract_text, body) -> None:
    result = extract_text(body)
    events = [f.label for f in result.facts.values() if f.cls not in ("Claim", "Statistic")]
    assert not events, events


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Tokayev's claim that police fired on protesters was rejected.", "police fired"),
        ("Tokayev repeated that the troops would leave.", "the troops would leave"),
    ],
)
def test_claim_nouns_and_repeated_words_are_claims(extract_text, body, words) -> None:
    said = by_claimant(extract_text(body))
    assert any(words in t for t in said.get(TOKAYEV, [])), said


def test_a_claim_noun_with_a_relative_clause_is_no_content(extract_text) -> None:
    said = by_claimant(extract_text("Tokayev's allegation that the ministry made was false."))
    assert not any("ministry made" in t for texts in said.values() for t in texts), said


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev claimed without evidence that foreign fighters stormed the airport.",
        "Tokayev alleged without any proof that foreign fighters stormed the airport.",
    ],
)
def test_a_claim_made_without_evidence_and_its_rebuttal(extract_text, body) -> None:
    result = extract_text(body)
    said = by_claimant(result)
    assert any("foreign fighters stormed the airport" in t for t in said.get(TOKAYEV, [])), said
    assert len(said.get("Example News", [])) == 1, said
    assert "stormed" not in said["Example News"][0], said
    assert all("Tokayev" in q for q in quotes(result, body, TOKAYEV))
    assert not [f for f in result.facts.values() if f.cls not in ("Claim", "Statistic")]


def test_a_report_joined_to_the_content_with_its_own_subject_is_not_the_speakers(
    extract_text,
) -> None:
    result = extract_text(
        "Rights groups said most of those killed were peaceful protesters, and Moscow "
        "insisted the mission was temporary."
    )
    (claim,) = facts(result, "Claim")
    assert values(claim, "claimText") == {"most of those killed were peaceful protesters"}


def test_a_joined_report_by_the_same_speakers_stays_theirs(extract_text) -> None:
    result = extract_text(
        "Rights groups said most of those killed were peaceful protesters, and they insisted "
        "the authorities had used excessive force."
    )
    texts = {t for c in facts(result, "Claim") for t in values(c, "claimText")}
    assert any("excessive force" in t for t in texts)
