"""Roles and tenures on sentences written for these tests: titles around a name,
periods of service, appointments and removals, deputies, predecessors."""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult, Fact


def tenures(result: DocResult) -> dict[tuple[str, str], Fact]:
    out = {}
    for fact in result.facts.values():
        if fact.cls == "Tenure":
            holder = next(v.label for p, v in fact.props if p == "holder")
            post = next(v.label for p, v in fact.props if p == "post")
            out[(holder, post)] = fact
    return out


def dates(fact: Fact, prop: str) -> set[str]:
    return {v.value for p, v in fact.props if p == prop}


def linked(fact: Fact, prop: str) -> set[str]:
    return {v.label for p, v in fact.props if p == prop}


def aliases(result: DocResult, post: str) -> set[str]:
    return {
        a.lower()
        for info in result.entities.values()
        if info.key.label == post
        for a in info.aliases
    }


# --- a title before the name ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kazakh Prosecutor General Serik Akhmetov told reporters that the case was closed.",
        "Kazakhstan's Prosecutor General Serik Akhmetov told reporters that the case was closed.",
        "Speaking in the Senate, Kazakhstani Prosecutor General Serik Akhmetov defended it.",
    ],
)
def test_a_nationality_adjective_or_possessive_owns_the_title(extract_text, text) -> None:
    found = tenures(extract_text(text))
    assert list(found) == [("Serik Akhmetov", "Prosecutor General of Kazakhstan")]


def post_in(result: DocResult, post: str) -> str | None:
    info = next(i for i in result.entities.values() if i.key.label == post)
    return info.post_in.label if info.post_in is not None else None


@pytest.mark.parametrize(
    ("text", "post", "body"),
    [
        (
            "Kazakh Interior Minister Daniyar Seitov ordered the checkpoints removed.",
            "Minister of Internal Affairs of Kazakhstan",
            "Ministry of Internal Affairs of Kazakhstan",
        ),
        (
            "Kazakhstan's Defence Minister Daniyar Seitov visited the base on Monday.",
            "Minister of Defence of Kazakhstan",
            "Ministry of Defence of Kazakhstan",
        ),
        (
            "According to Kazakh Foreign Minister Daniyar Seitov, the mission was over.",
            "Minister of Foreign Affairs of Kazakhstan",
            "Ministry of Foreign Affairs of Kazakhstan",
        ),
        (
            "U.S. Secretary of State Antony Blinken called his counterpart.",
            "United States Secretary of State",
            "United States Department of State",
        ),
        (
            "White House Press Secretary Jen Psaki told reporters the call went well.",
            "White House Press Secretary",
            "White House",
        ),
    ],
)
def test_a_national_minister_holds_a_post_of_the_ministry(extract_text, text, post, body) -> None:
    result = extract_text(text)
    assert post in {p for _, p in tenures(result)}
    assert post_in(result, post) == body


def test_a_known_minister_without_a_country_is_the_country_s_minister(extract_text) -> None:
    result = extract_text("Minister of Internal Affairs Marat Akhmetzhanov presented a timeline.")
    assert ("Marat Akhmetzhanov", "Minister of Internal Affairs of Kazakhstan") in tenures(result)


def test_an_unknown_minister_without_a_country_is_no_kazakh_minister(extract_text) -> None:
    result = extract_text("Minister of Internal Affairs Pavel Orlov presented a timeline.")
    assert ("Pavel Orlov", "Minister of Internal Affairs of Kazakhstan") not in tenures(result)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("U.S. Secretary of State Antony Blinken spoke.", "United States Secretary of State"),
        ("UN Secretary-General Antonio Guterres spoke.", "Secretary-General of the United Nations"),
        ("Armenian Prime Minister Nikol Pashinyan spoke.", "Prime Minister of Armenia"),
        ("Russian President Vladimir Putin praised the mission.", "President of Russia"),
    ],
)
def test_posts_in_foreign_governments_and_international_bodies(extract_text, text, post) -> None:
    assert post in {p for _, p in tenures(extract_text(text))}


def test_an_owner_before_a_new_title_names_the_post(extract_text) -> None:
    result = extract_text(
        "The ceremony was attended by CSTO Secretary-General Olga Marchenko and "
        "Almaty Governor Serik Baimukhanov."
    )
    found = tenures(result)
    csto = "Secretary-General (Collective Security Treaty Organization)"
    assert ("Olga Marchenko", csto) in found
    assert ("Serik Baimukhanov", "Governor (Almaty)") in found
    assert "almaty governor" in aliases(result, "Governor (Almaty)")


def test_a_title_with_of_and_a_bracket(extract_text) -> None:
    found = tenures(
        extract_text(
            "Minister of Internal Affairs Yerlan Tursynov presented a report. The former head "
            "of Kazakhstan's National Security Committee (KNB) Karim Masimov was detained."
        )
    )
    assert ("Yerlan Tursynov", "Minister of Internal Affairs") in found
    masimov = found[("Karim Masimov", "chairman of the National Security Committee")]
    assert not dates(masimov, "endDate")  # "former" ends a tenure without inventing a date


def test_occupations_stand_without_an_owner(extract_text) -> None:
    found = tenures(
        extract_text(
            "Among the accused were journalist Daniyar Seitkali and former financial police "
            "agent Marat Zhaksylykov."
        )
    )
    assert ("Daniyar Seitkali", "Journalist") in found
    # The lexicon knows the financial police: the post is an agent's there.
    assert {
        ("Marat Zhaksylykov", "Financial police agent"),
        (
            "Marat Zhaksylykov",
            "Agent (Financial police of Kazakhstan)",
        ),
    } & set(found)


def test_a_bare_title_or_an_adjective_names_no_post(extract_text) -> None:
    result = extract_text(
        "Minister Serik Akhmetov arrived late. Injured Daniyar Seitkali was taken to hospital. "
        "The former head of the agency Karim Masimov was detained."
    )
    assert not {k for k in tenures(result) if k[0] in ("Serik Akhmetov", "Daniyar Seitkali")}
    assert not any("agency" in post.lower() for _, post in tenures(result))


# --- a title after the name -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            '"We need answers," said Hugh Williamson, Europe and Central Asia director at '
            "Human Rights Watch.",
            "Europe and Central Asia director (Human Rights Watch)",
        ),
        (
            "Aitchan Aubakirov, a 42-year-old army officer, is on trial.",
            "Army officer",
        ),
        (
            "Ruslan Iskakov, former head of the National Security Committee's fifth department, "
            "was sentenced.",
            "Head of the National Security Committee's fifth department "
            "(National Security Committee of Kazakhstan)",
        ),
    ],
)
def test_a_title_in_apposition_after_the_name(extract_text, text, post) -> None:
    assert post in {p for _, p in tenures(extract_text(text))}


def test_a_part_of_a_body_is_not_the_body_s_head(extract_text) -> None:
    found = tenures(
        extract_text(
            "Ruslan Iskakov, former head of the National Security Committee's fifth department, "
            "was sentenced."
        )
    )
    assert ("Ruslan Iskakov", "chairman of the National Security Committee") not in found


def test_an_unnamed_body_gives_no_post(extract_text) -> None:
    assert not tenures(extract_text("Daulet Ergozhin, deputy head of the agency, was arrested."))


def test_the_title_before_a_comma_or_a_bracket(extract_text) -> None:
    found = tenures(
        extract_text(
            "A call took place between the secretary-general's special representative for "
            "Central Asia, Natalia Gherman, and the EU's highest representative for foreign "
            "policy (Josep Borrell)."
        )
    )
    assert (
        "Natalia Gherman",
        "Special representative for Central Asia (United Nations)",
    ) in found
    assert (
        "Josep Borrell",
        "Highest representative for foreign policy (European Union)",
    ) in found


# --- periods of service -------------------------------------------------------
def test_served_as_from_until(extract_text) -> None:
    found = tenures(
        extract_text(
            "Massimov served as chairman of the KNB, an intelligence agency, from 2016 until "
            "January 5, 2022."
        )
    )
    fact = found[("Karim Masimov", "chairman of the National Security Committee")]
    assert dates(fact, "startDate") == {"2016"}
    assert dates(fact, "endDate") == {"2022-01-05"}


@pytest.mark.parametrize(
    "text",
    [
        "Karim Masimov twice served as Kazakhstan's prime minister (2007-2012, 2014-2016).",
        "Two times over 2007-2012 and 2014-2016 Karim Masimov had served as Kazakhstan's "
        "prime minister.",
    ],
)
def test_several_periods_give_several_tenures(extract_text, text) -> None:
    result = extract_text(text)
    periods = {
        (min(dates(f, "startDate")), min(dates(f, "endDate")))
        for f in result.facts.values()
        if f.cls == "Tenure"
    }
    assert periods == {("2007", "2012"), ("2014", "2016")}


def test_each_title_keeps_its_own_bracketed_period(extract_text) -> None:
    result = extract_text(
        "Masimov served as prime minister (2007-2012) and held other posts, including as head "
        "of presidential administration (2012-2014)."
    )
    (head,) = [
        f
        for (_, post), f in tenures(result).items()
        if "presidential administration" in post.lower()
    ]
    assert dates(head, "startDate") == {"2012"} and dates(head, "endDate") == {"2014"}


def test_worked_as_with_a_pronoun_and_a_period(extract_text) -> None:
    found = tenures(
        extract_text(
            "Karim Masimov was arrested. Over the period 2003-2006, he also worked as an "
            "assistant to the former president Nursultan Nazarbayev."
        )
    )
    fact = found[("Karim Masimov", "Assistant to the former president")]
    assert dates(fact, "startDate") == {"2003"} and dates(fact, "endDate") == {"2006"}


def test_a_date_of_a_neighbouring_clause_is_not_the_tenure_s(extract_text) -> None:
    result = extract_text(
        "Karim Masimov served as prime minister, and on 6 January 2022 he was arrested."
    )
    for fact in tenures(result).values():
        assert not dates(fact, "startDate") and not dates(fact, "endDate")


# --- changes of post --------------------------------------------------------
def test_announced_dismissal_and_appointment_link_the_holders(extract_text) -> None:
    found = tenures(
        extract_text(
            "On January 6, the presidential press service announced that President Tokayev "
            "discharged Masimov from office and appointed Ermek Sagimbayev as the new chief of "
            "the KNB."
        )
    )
    post = "chairman of the National Security Committee"
    old, new = found[("Karim Masimov", post)], found[("Ermek Sagimbayev", post)]
    assert dates(old, "endDate") == {"2022-01-06"} and linked(old, "successor") == {
        "Ermek Sagimbayev"
    }
    assert dates(new, "startDate") == {"2022-01-06"} and linked(new, "predecessor") == {
        "Karim Masimov"
    }


def test_a_claimed_appointment_is_not_a_tenure(extract_text) -> None:
    result = extract_text(
        "Activists claimed that Tokayev appointed Ermek Sagimbayev as the new chief of the KNB."
    )
    assert ("Ermek Sagimbayev", "chairman of the National Security Committee") not in tenures(
        result
    )


def test_removed_as_another_post_does_not_end_the_title_before_the_name(extract_text) -> None:
    found = tenures(
        extract_text("President Tokayev was removed as chairman of the Security Council on 5 May.")
    )
    assert not dates(found[("Kassym-Jomart Tokayev", "President of Kazakhstan")], "endDate")


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev and his repressive predecessor, Nursultan Nazarbayev, met in Astana.",
        "Kazakh President Tokayev strips predecessor Nazarbayev of key powers",
    ],
)
def test_a_predecessor_held_the_post_before(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2022-02-07"))
    old = found[("Nursultan Nazarbayev", "President of Kazakhstan")]
    new = found[("Kassym-Jomart Tokayev", "President of Kazakhstan")]
    assert linked(old, "successor") == {"Kassym-Jomart Tokayev"}
    assert linked(new, "predecessor") == {"Nursultan Nazarbayev"}
    # a hand-over starts the successor's tenure; it never ends it
    assert not dates(new, "endDate")


def test_replacing_without_a_title_takes_the_latest_shared_post_and_no_date(extract_text) -> None:
    found = tenures(
        extract_text(
            "Tokayev emerged from the crisis empowered, replacing Nazarbayev in posts he held.",
            date="2022-02-07",
        )
    )
    new = found[("Kassym-Jomart Tokayev", "head of the Security Council")]
    assert linked(new, "predecessor") == {"Nursultan Nazarbayev"}
    assert not dates(new, "startDate")


# --- offices named through others ----------------------------------------------
def test_possessive_offices(extract_text) -> None:
    found = tenures(
        extract_text(
            "The amendments cancelled Nazarbayev's lifelong chairmanships of the Security "
            "Council. A law governing Nazarbayev's status as Kazakhstan's \"Leader of the "
            'Nation" was trimmed.'
        )
    )
    assert ("Nursultan Nazarbayev", "head of the Security Council") in found
    assert ("Nursultan Nazarbayev", "Leader of the Nation") in found


def test_deputies_of_a_title_and_of_a_holder(extract_text) -> None:
    found = tenures(
        extract_text(
            "Charges were brought against two deputies of the ex-chairman of the KNB – Anuar "
            "Sadykulov and Daulet Ergozhin. Karim Masimov, the former head of the KNB, was "
            "sentenced. Three of his former deputies — Marat Osipov, Serik Amanov, and Nurlan "
            "Beisenov — were sentenced too. His first deputy at the KNB was Samat Abish."
        )
    )
    deputy = "Deputy chairman of the National Security Committee"
    for name in ("Anuar Sadykulov", "Marat Osipov", "Nurlan Beisenov"):
        assert (name, deputy) in found, sorted(found)
    assert ("Samat Abish", "First deputy chairman of the National Security Committee") in found


@pytest.mark.parametrize(
    "text",
    [
        "Askar Mamin resigned as prime minister on 5 January.",
        "Askar Mamin stepped down as prime minister on January 5.",
        "Tokayev dismissed Askar Mamin as prime minister on 5 January.",
        "Askar Mamin was removed from his post as prime minister on 5 January.",
    ],
)
def test_leaving_a_post_ends_the_tenure(extract_text, text) -> None:
    fact = tenures(extract_text(text))[("Askar Mamin", "Prime Minister of Kazakhstan")]
    assert dates(fact, "endDate") == {"2022-01-05"}
    assert not dates(fact, "startDate")


@pytest.mark.parametrize(
    "text",
    [
        "Alikhan Smailov was confirmed as prime minister on 11 January.",
        "Parliament elected Alikhan Smailov prime minister on 11 January.",
        "Tokayev appointed Alikhan Smailov as prime minister on 11 January.",
        "Alikhan Smailov was named prime minister on 11 January.",
    ],
)
def test_taking_up_a_post_starts_the_tenure(extract_text, text) -> None:
    fact = tenures(extract_text(text, date="2022-01-21"))[
        ("Alikhan Smailov", "Prime Minister of Kazakhstan")
    ]
    assert dates(fact, "startDate") == {"2022-01-11"}
    assert not dates(fact, "endDate")


def test_a_change_takes_no_date_from_a_neighbouring_clause(extract_text) -> None:
    fact = tenures(
        extract_text("On 2 January protests began, and Smailov was later appointed prime minister.")
    )[("Alikhan Smailov", "Prime Minister of Kazakhstan")]
    assert "2022-01-02" not in dates(fact, "startDate")


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "Kazakhstan's foreign minister Mukhtar Tileuberdi met him.",
            "Mukhtar Tileuberdi",
            "Minister of Foreign Affairs of Kazakhstan",
        ),
        (
            "Yerlan Turgumbayev, the interior minister, spoke.",
            "Yerlan Turgumbayev",
            "Minister of Internal Affairs of Kazakhstan",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov said so.",
            "Sergei Lavrov",
            "Foreign Minister (Russia)",
        ),
        ("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", "Spokesman (Kremlin)"),
        (
            "EU foreign policy chief Josep Borrell said so.",
            "Josep Borrell",
            "High Representative of the European Union for Foreign Affairs and Security Policy",
        ),
        (
            "Human Rights Watch's Central Asia researcher Mihra Rittmann said so.",
            "Mihra Rittmann",
            "Central Asia researcher (Human Rights Watch)",
        ),
        (
            "White House press secretary Jen Psaki said so.",
            "Jen Psaki",
            "White House Press Secretary",
        ),
    ],
)
def test_more_title_phrasings(extract_text, text, holder, post) -> None:
    assert (holder, post) in tenures(extract_text(text))


def test_is_or_has_been_a_title(extract_text) -> None:
    found = tenures(extract_text("Tokayev, who has been president since 2019, spoke."))
    fact = found[("Kassym-Jomart Tokayev", "President of Kazakhstan")]
    assert dates(fact, "startDate") == {"2019"} and not dates(fact, "endDate")


@pytest.mark.parametrize(
    "text",
    [
        "Alikhan Smailov is not the prime minister.",
        "Alikhan Smailov could be the next prime minister.",
        "Activists claimed that Alikhan Smailov was the prime minister.",
    ],
)
def test_negated_possible_or_claimed_titles_are_no_tenure(extract_text, text) -> None:
    assert not tenures(extract_text(text))


def test_a_title_before_a_comma_must_be_the_name_s(extract_text) -> None:
    result = extract_text("Speaking to the journalist, Tokayev said the protests were over.")
    assert not tenures(result)


def test_a_date_before_the_title_is_not_part_of_it(extract_text) -> None:
    found = tenures(extract_text("On Monday Deputy Minister Serik Akhmetov resigned."))
    assert list(found) == [("Serik Akhmetov", "Deputy Minister")]


@pytest.mark.parametrize(
    "text",
    [
        "Karim Masimov was dismissed from the post of head of the KNB on 6 January.",
        "On 6 January, Tokayev removed Karim Masimov from the post of KNB chief.",
        "Karim Masimov was ousted as head of the KNB on 6 January.",
    ],
)
def test_removed_from_the_post_of(extract_text, text) -> None:
    fact = tenures(extract_text(text))[
        ("Karim Masimov", "chairman of the National Security Committee")
    ]
    assert dates(fact, "endDate") == {"2022-01-06"}


def test_then_marks_a_post_held_at_the_time_not_a_past_one(extract_text) -> None:
    found = tenures(extract_text("Askar Mamin, the then prime minister, resigned on 5 January."))
    assert dates(found[("Askar Mamin", "Prime Minister of Kazakhstan")], "endDate") == {
        "2022-01-05"
    }


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Karim Masimov, who had headed the KNB since 2016, was arrested.", {"2016"}, set()),
        ("Karim Masimov headed the KNB from 2016 until January 2022.", {"2016"}, {"2022-01"}),
    ],
)
def test_headed_a_body(extract_text, text, start, end) -> None:
    fact = tenures(extract_text(text))[
        ("Karim Masimov", "chairman of the National Security Committee")
    ]
    assert dates(fact, "startDate") == start and dates(fact, "endDate") == end


def test_handing_over_the_post_of(extract_text) -> None:
    found = tenures(
        extract_text("Nazarbayev handed over the post of Security Council chairman to Tokayev.")
    )
    new = found[("Kassym-Jomart Tokayev", "head of the Security Council")]
    assert linked(new, "predecessor") == {"Nursultan Nazarbayev"} and not dates(new, "endDate")


@pytest.mark.parametrize(
    ("text", "holder", "post", "end"),
    [
        (
            "The privileges that former president Nursultan Nazarbayev had kept after "
            "resigning from office in 2019 were cancelled.",
            "Nursultan Nazarbayev",
            "President of Kazakhstan",
            "2019",
        ),
        (
            "Prime Minister Askar Mamin, who resigned from his post on Wednesday, left Almaty.",
            "Askar Mamin",
            "Prime Minister of Kazakhstan",
            "2022-01-05",
        ),
        (
            "KNB chairman Karim Masimov stepped down from the post in January 2022.",
            "Karim Masimov",
            "chairman of the National Security Committee",
            "2022-01",
        ),
    ],
)
def test_resigning_from_office_ends_the_post_the_title_names(
    extract_text, text, holder, post, end
) -> None:
    found = tenures(extract_text(text))
    assert dates(found[(holder, post)], "endDate") == {end}


def test_resigning_from_office_with_two_titles_ends_neither(extract_text) -> None:
    found = tenures(
        extract_text(
            "Former president and Security Council chairman Nursultan Nazarbayev kept his "
            "privileges after resigning from office in 2019."
        )
    )
    assert all(not dates(f, "endDate") for f in found.values())


def test_a_title_in_the_byline_is_a_post_at_the_publisher(extract_text) -> None:
    result = extract_text("By Anna Smith, Senior Research Fellow\n\nThe square was empty.")
    assert list(tenures(result)) == [("Anna Smith", "Senior Research Fellow (Example News)")]
    assert post_in(result, "Senior Research Fellow (Example News)") == "Example News"
    named = extract_text("By Anna Smith, director of the Minority Rights Institute")
    assert list(tenures(named)) == [("Anna Smith", "Director (Minority Rights Institute)")]
    told = extract_text("The report was written by Anna Smith, a senior research fellow.")
    assert not any("Example News" in post for _, post in tenures(told))


@pytest.mark.parametrize(
    "text",
    [
        "Among those sentenced was former Almaty maslikhat deputy Murat Serikbayev.",
        "Former Almaty maslikhat (city council) deputy Murat Serikbayev was sentenced.",
    ],
)
def test_an_institution_noun_between_place_and_title_names_the_body(extract_text, text) -> None:
    result = extract_text(text)
    assert list(tenures(result)) == [("Murat Serikbayev", "Deputy (Almaty maslikhat)")]
    assert post_in(result, "Deputy (Almaty maslikhat)") == "Almaty maslikhat"
    body = next(i for k, i in result.entities.items() if k.label == "Almaty maslikhat")
    assert body.key.kind == "organization"


def test_approved_as_a_title_starts_the_tenure(extract_text) -> None:
    result = extract_text(
        "On January 11, parliament approved Alikhan Smailov as prime minister.", date="2022-01-21"
    )
    found = tenures(result)[("Alikhan Smailov", "Prime Minister of Kazakhstan")]
    assert dates(found, "startDate") == {"2022-01-11"}


def test_an_undated_change_in_a_retrospective_takes_no_date(extract_text) -> None:
    text = (
        "In January 2022, protests swept the country. "
        "Tokayev appointed Ermek Sagimbayev as chairman of the KNB."
    )
    result = extract_text(text, date="2023-04-02")
    found = tenures(result)[("Ermek Sagimbayev", "chairman of the National Security Committee")]
    assert not dates(found, "startDate")


def test_from_a_year_to_a_year(extract_text) -> None:
    result = extract_text("Yerlan Turgumbayev served as interior minister from 2019 to 2023.")
    found = tenures(result)[("Yerlan Turgumbayev", "Minister of Internal Affairs of Kazakhstan")]
    assert dates(found, "startDate") == {"2019"} and dates(found, "endDate") == {"2023"}


@pytest.mark.parametrize(
    "text",
    [
        "Serik Baimukhanov, who had been mayor of Almaty since 2019, was dismissed on January 9.",
        "Tokayev dismissed Serik Baimukhanov, who had been mayor of Almaty since 2019, on "
        "January 9.",
    ],
)
def test_a_removal_without_a_post_ends_the_one_the_sentence_gives(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2022-01-21"))[("Serik Baimukhanov", "Mayor (Almaty)")]
    assert dates(found, "startDate") == {"2019"} and dates(found, "endDate") == {"2022-01-09"}


def test_a_removal_of_a_person_with_two_posts_ends_neither(extract_text) -> None:
    text = (
        "Serik Baimukhanov, who had been mayor of Almaty and head of the Almaty police, "
        "was dismissed on January 9."
    )
    assert all(not dates(f, "endDate") for f in tenures(extract_text(text)).values())


@pytest.mark.parametrize(
    ("text", "holder", "post", "body"),
    [
        (
            '"This must stop," said Anna Berg, Amnesty International\'s director for '
            "Eastern Europe and Central Asia.",
            "Anna Berg",
            "Director for Eastern Europe and Central Asia (Amnesty International)",
            "Amnesty International",
        ),
        (
            "Ivan Petrov, Human Rights Watch's senior researcher, said the report was ready.",
            "Ivan Petrov",
            "Senior researcher (Human Rights Watch)",
            "Human Rights Watch",
        ),
    ],
)
def test_a_title_after_the_name_with_a_possessive_owner(
    extract_text, text, holder, post, body
) -> None:
    result = extract_text(text)
    assert (holder, post) in tenures(result)
    assert post_in(result, post) == body


def test_named_as_a_title_past_an_apposition(extract_text) -> None:
    result = extract_text(
        "On January 11 Tokayev named Alikhan Smailov, a former first deputy prime minister, "
        "as prime minister.",
        date="2022-01-21",
    )
    found = tenures(result)[("Alikhan Smailov", "Prime Minister of Kazakhstan")]
    assert dates(found, "startDate") == {"2022-01-11"}


def test_stripped_of_powers_is_no_removal_from_the_post(extract_text) -> None:
    result = extract_text(
        "Tokayev stripped his predecessor Nursultan Nazarbayev of key powers on Monday."
    )
    assert all(not dates(f, "endDate") for f in tenures(result).values())


# --- a post held before, told in a relative clause, is not the one taken up -------------
@pytest.mark.parametrize(
    "body",
    [
        "Alikhan Smailov, who previously served as finance minister, was confirmed as prime "
        "minister on 11 January.",
        "Alikhan Smailov, who had served as finance minister and first deputy prime minister, "
        "was appointed as prime minister on 11 January.",
    ],
)
def test_the_post_taken_up_is_the_main_clauses(extract_text, body: str) -> None:
    found = tenures(extract_text(body, date="2022-01-21"))
    assert dates(found[("Alikhan Smailov", "Prime Minister of Kazakhstan")], "startDate") == {
        "2022-01-11"
    }
    before = [post for (holder, post) in found if "inance" in post]
    assert before and not dates(found[("Alikhan Smailov", before[0])], "startDate")


def test_posts_served_in_coordination_are_each_a_tenure(extract_text) -> None:
    found = tenures(
        extract_text(
            "Alikhan Smailov, who had served as finance minister and first deputy prime "
            "minister, was appointed as prime minister on 11 January.",
            date="2022-01-21",
        )
    )
    assert any("eputy prime minister" in post for (_, post) in found), list(found)


# --- "B was named to replace him": B takes the post the text just told him leaving -------
@pytest.mark.parametrize(
    "second",
    [
        "Ermek Sagimbayev was named to replace him.",
        "Ermek Sagimbayev was appointed to replace him.",
    ],
)
def test_named_to_replace_him_takes_the_post_just_left(extract_text, second: str) -> None:
    found = tenures(
        extract_text(
            "On January 6, Tokayev dismissed Karim Masimov as chairman of the National "
            f"Security Committee. {second}",
            date="2022-01-21",
        )
    )
    post = "chairman of the National Security Committee"
    assert linked(found[("Ermek Sagimbayev", post)], "predecessor") == {"Karim Masimov"}
    assert linked(found[("Karim Masimov", post)], "successor") == {"Ermek Sagimbayev"}


def test_replace_him_with_no_post_just_left_takes_none(extract_text) -> None:
    found = tenures(
        extract_text(
            "Tokayev met Karim Masimov on Monday. Ermek Sagimbayev was named to replace him.",
            date="2022-01-21",
        )
    )
    assert not [k for k in found if k[0] == "Ermek Sagimbayev"]


# --- taking over something that is no post guesses no post the two shared -----------------
@pytest.mark.parametrize(
    "body",
    [
        '"We will draw lessons," Tokayev told a meeting of the ruling Nur Otan party, which he '
        "took over from Nazarbayev in January.",
        "Tokayev took over the party from Nazarbayev in January.",
    ],
)
def test_taking_over_a_party_is_no_shared_post(extract_text, body: str) -> None:
    found = tenures(extract_text(body, date="2022-01-21"))
    assert ("Kassym-Jomart Tokayev", "head of the Security Council") not in found, list(found)


def test_taking_over_a_post_from_someone_still_hands_it_over(extract_text) -> None:
    found = tenures(
        extract_text(
            "Tokayev took over the chairmanship of the Security Council from Nazarbayev on 5 "
            "January.",
            date="2022-01-21",
        )
    )
    assert linked(
        found[("Kassym-Jomart Tokayev", "head of the Security Council")], "predecessor"
    ) == {"Nursultan Nazarbayev"}


@pytest.mark.parametrize(
    "body",
    [
        "Before his arrest, Karim Masimov had led the KNB since 2015.",
        "Karim Masimov, who had led the National Security Committee since 2015, was detained.",
    ],
)
def test_leading_a_body_since_a_year_starts_the_tenure(extract_text, body: str) -> None:
    found = tenures(extract_text(body, date="2022-03-01"))
    post = ("Karim Masimov", "chairman of the National Security Committee")
    assert dates(found[post], "startDate") == {"2015"}


@pytest.mark.parametrize(
    "body",
    [
        "Karim Masimov led the protests in Almaty in 2015.",
        "Tokayev led the delegation to Moscow in 2019.",
    ],
)
def test_leading_what_is_no_body_is_no_tenure(extract_text, body: str) -> None:
    assert not tenures(extract_text(body, date="2022-03-01"))


def test_a_date_in_an_apposition_is_no_date_of_the_change(extract_text) -> None:
    found = tenures(
        extract_text(
            "Alikhan Smailov, prime minister since January 2022, was dismissed on February 5.",
            date="2024-03-01",
        )
    )
    fact = found[("Alikhan Smailov", "Prime Minister of Kazakhstan")]
    assert dates(fact, "endDate") == {"2024-02-05"}


@pytest.mark.parametrize(
    ("body", "start", "end"),
    [
        (
            "On Monday, Alikhan Smailov, prime minister since January 2022, met the EU envoy.",
            {"2022-01"},
            set(),
        ),
        (
            "Alikhan Smailov, prime minister from January 2022 to February 2024, was dismissed "
            "on February 5.",
            {"2022-01"},
            {"2024-02-05"},
        ),
        (
            "On Monday, Serik Baimukhanov, mayor of Almaty from 2019 to 2022, was detained.",
            {"2019"},
            {"2022"},
        ),
    ],
)
def test_the_period_an_apposition_gives_its_title(extract_text, body, start, end) -> None:
    found = tenures(extract_text(body, date="2024-03-01"))
    (fact,) = found.values()
    assert dates(fact, "startDate") == start
    assert dates(fact, "endDate") == end


@pytest.mark.parametrize(
    ("body", "key", "end"),
    [
        (
            "On January 5, Nazarbayev lost his post as head of the Security Council.",
            ("Nursultan Nazarbayev", "head of the Security Council"),
            "2022-01-05",
        ),
        (
            "On January 6, Karim Masimov lost the post of KNB chief.",
            ("Karim Masimov", "chairman of the National Security Committee"),
            "2022-01-06",
        ),
        (
            "Former defence minister Murat Bektanov left office on January 19.",
            ("Murat Bektanov", "Minister of Defence of Kazakhstan"),
            "2022-01-19",
        ),
        (
            "Murat Bektanov left his post as defence minister on January 19.",
            ("Murat Bektanov", "Minister of Defence of Kazakhstan"),
            "2022-01-19",
        ),
        # taken as given inside what someone says: the change is told, not claimed
        (
            "Analysts said the amendments remove the powers that former president Nursultan "
            "Nazarbayev had retained after resigning from office on January 2.",
            ("Nursultan Nazarbayev", "President of Kazakhstan"),
            "2022-01-02",
        ),
    ],
)
def test_losing_a_post_ends_it(extract_text, body: str, key, end: str) -> None:
    assert dates(tenures(extract_text(body, date="2022-01-20"))[key], "endDate") == {end}


@pytest.mark.parametrize(
    "body",
    [
        "On January 6, Karim Masimov lost his son in the riots.",
        "In January, Nazarbayev lost his influence over the Security Council.",
        "On January 6, former president Nursultan Nazarbayev left the country.",
        "On January 6, former defence minister Murat Bektanov left the meeting early.",
        # two titles: which one "office" is, is not said
        "Former president and Security Council chairman Nursultan Nazarbayev left office "
        "on January 6.",
        # what someone says will happen or happened is their claim
        "Activists said the defence minister Murat Bektanov would leave office soon.",
        "Rights groups said that Murat Bektanov, the defence minister, left office in January.",
    ],
)
def test_losing_something_else_ends_no_post(extract_text, body: str) -> None:
    found = tenures(extract_text(body, date="2022-01-20"))
    assert not [f for f in found.values() if dates(f, "endDate")]


def test_handing_over_a_body_hands_over_the_post_the_two_held_in_it(extract_text) -> None:
    found = tenures(
        extract_text(
            "On January 5, Nazarbayev handed over the Security Council to Tokayev.",
            date="2022-01-20",
        )
    )
    post = "head of the Security Council"
    assert dates(found[("Kassym-Jomart Tokayev", post)], "startDate") == {"2022-01-05"}
    assert linked(found[("Nursultan Nazarbayev", post)], "successor") == {"Kassym-Jomart Tokayev"}


def test_handing_over_a_body_they_shared_no_post_in_is_no_change(extract_text) -> None:
    found = tenures(
        extract_text("On January 5, Nazarbayev handed over the KNB to Tokayev.", date="2022-01-20")
    )
    assert not found


@pytest.mark.parametrize(
    ("body", "prop", "date"),
    [
        (
            "Nazarbayev, who ruled Kazakhstan for nearly three decades until 2019, has kept "
            "a low profile.",
            "endDate",
            "2019",
        ),
        ("Tokayev, who has ruled Kazakhstan since 2019, spoke on Monday.", "startDate", "2019"),
        ("Nursultan Nazarbayev governed Kazakhstan from 1991 until 2019.", "endDate", "2019"),
    ],
)
def test_ruling_a_country_is_its_head_of_states_tenure(extract_text, body, prop, date) -> None:
    found = tenures(extract_text(body, date="2024-01-05"))
    [(holder, post)] = [k for k in found if k[1] == "President of Kazakhstan"]
    assert dates(found[(holder, post)], prop) == {date}


@pytest.mark.parametrize(
    "body",
    [
        "Protesters ruled the streets of Almaty until January 6.",
        "Karim Masimov, who ruled the country's security apparatus until 2022, was arrested.",
        "Nazarbayev's family ruled Kazakhstan's economy until 2022.",
    ],
)
def test_ruling_something_else_is_no_presidency(extract_text, body: str) -> None:
    found = tenures(extract_text(body, date="2024-01-05"))
    assert not [
        k for k in found if k[1] == "President of Kazakhstan" and dates(found[k], "endDate")
    ]


def test_his_kin_named_in_apposition_is_the_one_removed(extract_text) -> None:
    found = tenures(
        extract_text(
            "His nephew Samat Abish was removed as first deputy chairman of the National "
            "Security Committee in January 2022.",
            date="2024-01-05",
        )
    )
    [key] = [k for k in found if k[0] == "Samat Abish"]
    assert dates(found[key], "endDate") == {"2022-01"}


@pytest.mark.parametrize(
    ("body", "key", "start"),
    [
        (
            "Alikhan Smailov became prime minister on January 11, 2022.",
            ("Alikhan Smailov", "Prime Minister of Kazakhstan"),
            "2022-01-11",
        ),
        (
            "Tokayev became president in March 2019.",
            ("Kassym-Jomart Tokayev", "President of Kazakhstan"),
            "2019-03",
        ),
    ],
)
def test_becoming_a_title_starts_its_tenure(extract_text, body: str, key, start: str) -> None:
    assert dates(tenures(extract_text(body, date="2022-06-10"))[key], "startDate") == {start}


@pytest.mark.parametrize(
    "body",
    [
        "Alikhan Smailov could become prime minister on January 11.",
        "Alikhan Smailov did not become prime minister on January 11.",
        "Alikhan Smailov is expected to become prime minister on January 11.",
        "Analysts said Alikhan Smailov became prime minister on January 11.",
        "The protests became violent on January 5.",
    ],
)
def test_becoming_only_possibly_or_in_someones_words_starts_nothing(extract_text, body) -> None:
    found = tenures(extract_text(body, date="2022-06-10"))
    assert not [f for f in found.values() if dates(f, "startDate")]


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev took over as chairman of the Security Council from Nazarbayev on January 5.",
        "Tokayev took over from Nazarbayev as chairman of the Security Council on January 5.",
    ],
)
def test_taking_over_as_a_title_from_someone_ends_and_starts_it(extract_text, body) -> None:
    found = tenures(extract_text(body, date="2022-01-21"))
    new = found[("Kassym-Jomart Tokayev", "head of the Security Council")]
    old = found[("Nursultan Nazarbayev", "head of the Security Council")]
    assert linked(new, "predecessor") == {"Nursultan Nazarbayev"}
    assert dates(new, "startDate") == {"2022-01-05"}
    assert dates(old, "endDate") == {"2022-01-05"}


def test_relieved_of_duties_ends_the_title_given_beside_the_name(extract_text) -> None:
    body = (
        "The head of the Almaty police department, Kanat Taimerdenov, was relieved of his "
        "duties on January 7."
    )
    ((_, fact),) = tenures(extract_text(body, date="2022-01-21")).items()
    assert dates(fact, "endDate") == {"2022-01-07"}


def test_stripped_of_powers_is_still_no_removal_from_the_post(extract_text) -> None:
    body = "Bolat Serikov, the mayor of Taraz, was stripped of key powers on 5 January."
    found = tenures(extract_text(body, date="2022-01-21"))
    assert found and all(not dates(fact, "endDate") for fact in found.values())


@pytest.mark.parametrize(
    "body",
    [
        "In September 2016 Massimov was placed in charge of the KNB.",
        "Nazarbayev put Massimov in charge of the National Security Committee in September 2016.",
    ],
)
def test_put_in_charge_of_a_body_is_its_head(extract_text, body: str) -> None:
    found = tenures(extract_text(body, date="2022-01-21"))
    assert list(found) == [("Karim Masimov", "chairman of the National Security Committee")]
    assert dates(found[list(found)[0]], "startDate") == {"2016-09"}


@pytest.mark.parametrize(
    "body",
    [
        # "him" is not the appointer, and a ministry's head is its minister, not a new post
        "Nazarbayev put him in charge of the National Security Committee in September 2016.",
        "Yerlan Turgumbayev was put in charge of the Interior Ministry in 2019.",
        "Tokayev placed the army in charge of security in Almaty.",
        "Police put the detainees in a gym.",
    ],
)
def test_put_in_charge_names_no_one_else_and_invents_no_post(extract_text, body: str) -> None:
    assert not tenures(extract_text(body, date="2022-01-21"))


@pytest.mark.parametrize(
    "body",
    [
        "Tokayev signed a decree appointing Marat Akhmetzhanov as Minister of Internal Affairs.",
        "Tokayev signed a decree appointing Marat Akhmetzhanov, who previously served as head "
        "of the Almaty police, as Minister of Internal Affairs.",
    ],
)
def test_a_decree_appointing_someone_as_a_title_starts_the_tenure(extract_text, body) -> None:
    found = tenures(extract_text(body, date="2022-01-21"))
    fact = found[("Marat Akhmetzhanov", "Minister of Internal Affairs of Kazakhstan")]
    assert dates(fact, "startDate") == {"2022-01"}


@pytest.mark.parametrize(
    "body",
    [
        "Mamin had led the government since February 2019.",
        "The head of the government, Askar Mamin, took office in February 2019.",
    ],
)
def test_the_head_of_the_government_is_its_prime_minister(extract_text, body) -> None:
    found = tenures(extract_text(body, date="2022-01-11"))
    assert ("Askar Mamin", "Prime Minister of Kazakhstan") in found
    assert not [post for _, post in found if post.startswith("Head (")]


def test_the_head_of_another_countrys_government_is_not_kazakhstans(extract_text) -> None:
    body = "Nikol Pashinyan, the head of the Armenian government, said the CSTO would act."
    found = tenures(extract_text(body, date="2022-01-11"))
    assert ("Nikol Pashinyan", "Prime Minister of Kazakhstan") not in found
