"""Precision rules: what must not become a name, and whose a claim is (own sentences)."""

from __future__ import annotations

from kzkg.extract.model import DocResult


def labels(result: DocResult) -> set[str]:
    return {k.label for k in result.entities}


def claimants(result: DocResult) -> set[str]:
    found = set()
    for fact in result.facts.values():
        if fact.cls == "Claim":
            found |= {v.label for p, v in fact.props if p == "claimant"}
    return found


# --- a nationality adjective is never a name ----------------------------------
def test_nationality_adjective_is_not_an_organization(extract_text) -> None:
    for text in (
        "According to the Kazakh health ministry, 164 people died in the unrest.",
        "The Kazakh health ministry said 164 people had died.",
        "Officials at the Kyrgyz education ministry said schools would reopen.",
        "The Russian foreign ministry said the troops would stay until the mission ended.",
    ):
        result = extract_text(text)
        assert not {"Kazakh", "Kyrgyz", "Russian"} & labels(result), text


def test_a_ministry_described_by_nationality_is_the_claimant(extract_text) -> None:
    result = extract_text("The Kazakh health ministry said hospitals were overwhelmed.")
    assert claimants(result) == {"Kazakh health ministry"}
    result = extract_text("The Russian foreign ministry said the troops would stay.")
    assert claimants(result) == {"Russian foreign ministry"}


def test_nationality_before_a_group_stays_in_the_group(extract_text) -> None:
    result = extract_text("Kazakh officials said the situation was stable.")
    assert claimants(result) == {"Kazakh officials"}


# --- tokens compare by index ---------------------------------------------------
def _sentence(extractor, text: str):
    from pathlib import Path

    from kzkg.corpus import Document
    from kzkg.dates import PartialDate
    from kzkg.extract.context import DocState, Sentence

    doc = Document(id="t", path=Path("t.md"), body=text, date=PartialDate.parse("2022-01-07"))
    state = DocState(doc, extractor.lexicon, extractor.resolver, DocResult("t"))
    span = next(iter(extractor.nlp(text).sents))
    return Sentence(span, 0, state)


def test_a_clause_keeps_its_own_date_when_it_is_a_relative_clause(extractor) -> None:
    for text, verb, day in (
        ("Masimov, who was detained on January 6, denied the charges.", "detained", 6),
        ("The people who were arrested on January 8 in Almaty remain in custody.", "arrested", 8),
        ("Officials named the minister who resigned on January 5 in the capital.", "resigned", 5),
    ):
        sent = _sentence(extractor, text)
        token = next(t for t in sent.tokens if t.text == verb)
        assert token.dep_ in ("relcl", "acl"), (text, token.dep_)
        date = sent.date_near(token)
        assert date is not None and date.day == day, text


def test_a_relative_clause_below_the_token_is_still_skipped(extractor) -> None:
    sent = _sentence(extractor, "Masimov, who had headed the KNB since 2016, was detained.")
    verb = next(t for t in sent.tokens if t.text == "detained")
    assert sent.date_near(verb, own_clause=True) is None


# --- datelines are not part of names ------------------------------------------
def test_a_dateline_glued_by_a_dash_is_not_part_of_a_name(extract_text) -> None:
    for text in (
        "Almaty. March 3. Example Press - Kazakh lawyers are calling for an inquiry.",
        "ASTANA -- Alikhan Smailov said the roads were open.",
        "NUR-SULTAN \u2013 Human Rights Watch said the detainees had been tortured.",
    ):
        result = extract_text(text)
        assert not any(" -" in k.label or "\u2013" in k.label for k in result.entities), text


def test_a_name_with_a_hyphen_keeps_it(extract_text) -> None:
    result = extract_text("Kassym-Jomart Tokayev met the head of the Alma-Ata city council.")
    assert "Kassym-Jomart Tokayev" in labels(result)


# --- general names of institutions and places ---------------------------------
def test_members_of_the_european_parliament_speak_for_it(extract_text) -> None:
    for text in (
        "MEPs are calling for an international investigation into the killings.",
        "Members of the European Parliament said the arrests were arbitrary.",
        "Brussels. May 4. Example Press - MEPs demanded the release of the journalists.",
    ):
        result = extract_text(text)
        assert claimants(result) == {"European Parliament"}, text


def test_eu_bodies_and_operators_resolve(extract_text) -> None:
    result = extract_text(
        "The EU Council imposed sanctions, and the mobile operators Kcell and Beeline "
        "restored access in North Kazakhstan and West Kazakhstan regions."
    )
    assert {
        "Council of the European Union",
        "Kcell",
        "Beeline",
        "North Kazakhstan Region",
        "West Kazakhstan Region",
    } <= labels(result)
    result = extract_text("A former financial police officer was detained; police said he fled.")
    assert {"Financial police of Kazakhstan", "police"} <= labels(result)


def test_a_region_name_does_not_swallow_the_country(extract_text) -> None:
    result = extract_text("Protesters in Kazakhstan blocked roads in the East Kazakhstan region.")
    assert {"Kazakhstan", "East Kazakhstan Region"} <= labels(result)


# --- one clause per claim -------------------------------------------------------
def _claim_quotes(result: DocResult, body: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for fact in result.facts.values():
        if fact.cls == "Claim":
            who = next(v.label for p, v in fact.props if p == "claimant")
            found.setdefault(who, set()).update(body[s.start : s.end] for s in fact.evidence)
    return found


def test_two_claims_in_one_sentence_each_keep_their_clause(extract_text) -> None:
    for body, first, second in (
        (
            "The Interior Ministry said the officers were attacked first, and Human Rights "
            "Watch said the civilians were unarmed.",
            (
                "Ministry of Internal Affairs of Kazakhstan",
                "The Interior Ministry said the officers were attacked first",
            ),
            ("Human Rights Watch", "Human Rights Watch said the civilians were unarmed"),
        ),
        (
            "Tokayev claimed that foreign terrorists attacked Almaty, but Amnesty "
            "International said there was no evidence of that.",
            ("Kassym-Jomart Tokayev", "Tokayev claimed that foreign terrorists attacked Almaty"),
            ("Amnesty International", "Amnesty International said there was no evidence of that"),
        ),
    ):
        quotes = _claim_quotes(extract_text(body), body)
        assert quotes[first[0]] == {first[1]}, body
        assert quotes[second[0]] == {second[1]}, body


def test_a_single_claim_keeps_the_whole_sentence(extract_text) -> None:
    for body in (
        "Tokayev said the operation would end soon.",
        "The ministry of defence said on Monday that the troops had left, citing its commander.",
    ):
        quotes = _claim_quotes(extract_text(body), body)
        assert all(q == {body} for q in quotes.values()), (body, quotes)


def test_a_quotation_over_several_sentences_is_one_claim_per_sentence_text(extract_text) -> None:
    body = (
        '"The situation is under control. The curfew will be lifted soon," '
        "Tokayev said.\n\nTokayev said the curfew would be lifted soon. "
        "Tokayev said the curfew would be lifted soon."
    )
    result = extract_text(body)
    claims = [f for f in result.facts.values() if f.cls == "Claim"]
    texts = [next(v.value for p, v in f.props if p == "claimText") for f in claims]
    assert len(texts) == len(set(texts)), texts  # a repeated claim is one node
    repeated = [f for f in claims if "would be lifted" in f.label]
    assert len(repeated) == 1 and len(repeated[0].evidence) == 2


# --- what kind of name ----------------------------------------------------------
def test_names_listed_after_a_sector_noun_are_organizations(extract_text) -> None:
    for text, names in (
        ("Mobile operators Altel and Izi restored access on Friday.", {"Altel", "Izi"}),
        ("Telecom companies Altel, Izi and Activ shut down the internet.", {"Izi", "Activ"}),
    ):
        result = extract_text(text)
        found = {k.label for k in result.entities if k.kind == "organization"}
        assert names <= found, text


def test_a_name_with_a_title_in_apposition_is_a_person(extract_text) -> None:
    result = extract_text(
        "Charges were brought against Anuar Sadykulov, head of the Secret Service "
        "and Daulet Ergozhin, deputy head of the agency."
    )
    kinds = {k.label: k.kind for k in result.entities}
    assert kinds.get("Daulet Ergozhin") == "person"
    assert kinds.get("Anuar Sadykulov") == "person"


def test_titles_headlines_and_glosses_are_not_organizations(extract_text) -> None:
    for text in (
        "The country's Prosecutor General Berik Assylov stated that the coup had failed.",
        "Former Intelligence Chief Sentenced to 18 Years on Treason, Coup Charges",
        "The Republican Guard (Kazakh: Respublikalyk Ulan) was deployed.",
    ):
        result = extract_text(text)
        bad = {
            k.label
            for k in result.entities
            if k.kind == "organization" and (":" in k.label or "," in k.label)
        }
        orgs = {k.label for k in result.entities if k.kind == "organization"}
        assert not bad and "Prosecutor General" not in orgs, text
    result = extract_text("The General Prosecutor's Office said 232 people died.")
    assert "General Prosecutor's Office of Kazakhstan" in labels(result)


def test_he_said_after_a_quoted_sentence_is_its_speaker(extract_text) -> None:
    body = (
        '"The appeal was repeated by Aigul Nurlanova," the agency quoted Marat Bekov as '
        "saying. On the casualties, he said it was hard to confirm them."
    )
    result = extract_text(body)
    hard = [f for f in result.facts.values() if f.cls == "Claim" and "hard" in f.label]
    assert hard and all(
        {v.label for p, v in f.props if p == "claimant"} == {"Marat Bekov"} for f in hard
    )


def test_names_of_events_and_spelling_variants(extract_text) -> None:
    for text in (
        "Survivors of Bloody January said the trials were unfair.",
        "A year on from Kazakstan's Bloody January, questions remain.",
    ):
        result = extract_text(text)
        assert not any("January" in k.label for k in result.entities), text
    result = extract_text("Kazak authorities acknowledged that detainees were beaten in custody.")
    assert claimants(result) == {"Government of Kazakhstan"}
    assert "Kazakhstan" in labels(extract_text("Protests spread across Kazakstan."))


def test_a_rebuttal_after_a_comma_is_not_part_of_the_claim(extract_text) -> None:
    for body, speaker, content, rebutter in (
        (
            "Tokayev claimed that foreign terrorists attacked Almaty, a claim rejected by "
            "rights groups.",
            "Kassym-Jomart Tokayev",
            "that foreign terrorists attacked Almaty",
            "rights groups",
        ),
        (
            "The government said 225 people died, a figure disputed by human rights defenders.",
            "Government of Kazakhstan",
            "225 people died",
            "human rights defenders",
        ),
    ):
        result = extract_text(body)
        claims = {
            next(v.label for p, v in f.props if p == "claimant"): f
            for f in result.facts.values()
            if f.cls == "Claim"
        }
        text = {v.value for p, v in claims[speaker].props if p == "claimText"}
        assert text == {content}, body
        assert rebutter in claims, body  # the rebuttal is a claim of its own
        quotes = {body[s.start : s.end] for s in claims[speaker].evidence}
        assert all("disputed" not in q and "rejected" not in q for q in quotes), quotes


def test_a_claim_about_a_figure_keeps_its_words(extract_text) -> None:
    result = extract_text("Officials said the figure of 225 dead was final.")
    texts = {v.value for f in result.facts.values() for p, v in f.props if p == "claimText"}
    assert texts == {"the figure of 225 dead was final"}


def test_headline_titles_and_event_names_are_not_people(extract_text) -> None:
    for text in (
        "Ivan Petrov, Former Kazakh Intelligence Chief, Sentenced to 10 Years",
        "One year since Qandy Qantar, questions remain unanswered.",
    ):
        people = {k.label for k in extract_text(text).entities if k.kind == "person"}
        assert not any("Chief" in p or "Qantar" in p for p in people), text
    result = extract_text("Defence Minister Murat Bektanov was dismissed.")
    assert "Murat Bektanov" in labels(result)
    result = extract_text("Former British prime minister Theresa May said the vote was fair.")
    assert "Theresa May" in labels(result)
    result = extract_text("The Kazakh presidency announced that the emergency was lifted.")
    assert "Akorda" in labels(result)  # a nationality is no title word


def test_spelling_variants_of_known_bodies_and_places(extract_text) -> None:
    result = extract_text(
        "The Committee of the National Security said protests began in Manghystau."
    )
    assert {"National Security Committee of Kazakhstan", "Mangystau Region"} <= labels(result)
