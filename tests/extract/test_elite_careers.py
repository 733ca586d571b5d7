"""Careers of officials after January 2022, on sentences written for these tests:
appointments, dismissals and hand-overs told as done, not as only possible; dates
of a change taken from its own clause; who in a list holds which post."""

from __future__ import annotations

import pytest

from kzkg.extract.model import DocResult, Fact

from .test_roles_titles import tenures
from .test_rules import values


# --- a change only possible or denied is none --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Nurlan Yermekbayev could be named secretary of the Security Council next week.",
        "Tokayev may appoint Nurlan Yermekbayev as secretary of the Security Council.",
        "Nurlan Yermekbayev might replace Karim Massimov as chairman of the KNB.",
    ],
)
def test_a_possible_appointment_gives_no_tenure(extract_text, text) -> None:
    assert not tenures(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev did not dismiss Prime Minister Askar Mamin.",
        "Tokayev would never dismiss Prime Minister Askar Mamin.",
        "Tokayev did not remove Askar Mamin as prime minister.",
    ],
)
def test_a_denied_dismissal_ends_no_tenure(extract_text, text) -> None:
    for fact in tenures(extract_text(text)).values():
        assert not values(fact, "endDate")


@pytest.mark.parametrize(
    "text",
    [
        "Nurlan Yermekbayev was named secretary of the Security Council on January 10.",
        "Tokayev appointed Nurlan Yermekbayev as secretary of the Security Council on January 10.",
    ],
)
def test_an_appointment_told_as_done_still_starts_a_tenure(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2022-01-21"))
    assert [values(f, "startDate") for f in found.values()] == [{"2022-01-10"}]


def events(result: DocResult, cls: str) -> list[Fact]:
    return [f for f in result.facts.values() if f.cls == cls]


# --- ", who was himself dismissed": the relative clause is about its own noun --------
@pytest.mark.parametrize(
    "text",
    [
        "Massimov was replaced as KNB chairman by Sagimbayev, who was himself dismissed in 2024.",
        "Massimov was replaced by Ermek Sagimbayev, who was himself dismissed in 2024.",
        "Massimov was succeeded by Ermek Sagimbayev, who was himself dismissed in 2024.",
    ],
)
def test_a_relative_clause_read_as_adverbial_is_about_its_noun(extract_text, text) -> None:
    result = extract_text(text, date="2024-03-01")
    dismissed = [values(f, "participant") for f in events(result, "Dismissal")]
    assert dismissed == [{"Ermek Sagimbayev"}]
    for fact in tenures(result).values():  # 2024 is the dismissal's year, not the change's
        assert "2024" not in values(fact, "startDate") | values(fact, "endDate")


def test_a_relative_clause_does_not_move_the_main_clause_patient(extract_text) -> None:
    result = extract_text("Massimov was dismissed after Sagimbayev was appointed.")
    assert [values(f, "participant") for f in events(result, "Dismissal")] == [{"Karim Masimov"}]


# --- "replaced as KNB chairman by B": the body before the post word ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Massimov was replaced as KNB chairman by Ermek Sagimbayev on January 6, 2022.",
        "Massimov was replaced as chairman of the KNB by Ermek Sagimbayev on January 6, 2022.",
        "Ermek Sagimbayev replaced Massimov as KNB chairman on January 6, 2022.",
    ],
)
def test_a_body_named_before_the_post_word_owns_the_post(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2022-01-21"))
    post = "chairman of the National Security Committee"
    assert set(found) == {("Karim Masimov", post), ("Ermek Sagimbayev", post)}
    assert values(found[("Karim Masimov", post)], "successor") == {"Ermek Sagimbayev"}
    assert values(found[("Ermek Sagimbayev", post)], "startDate") == {"2022-01-06"}


def test_a_party_named_before_the_post_word_is_not_in_the_title(extract_text) -> None:
    found = tenures(extract_text("Tokayev appointed Smailov as Nur Otan chairman on January 6."))
    assert [post for _, post in found] == ["Chairman (Nur Otan)"]


# --- one sentence, two changes: the appointment's date is not the succession's -----
@pytest.mark.parametrize(
    "text",
    [
        "Smailov, who was appointed prime minister on January 11, 2022, resigned in February"
        " 2024 and was succeeded by Olzhas Bektenov.",
        "Smailov, who was named prime minister on January 11, 2022, was succeeded by Olzhas"
        " Bektenov after his government resigned.",
    ],
)
def test_an_undated_change_does_not_join_the_other_change_of_its_sentence(
    extract_text, text
) -> None:
    result = extract_text(text, date="2024-03-01")
    for fact in events(result, "Succession"):
        if "Olzhas Bektenov" in values(fact, "agent"):
            assert not values(fact, "date")


# --- "replaced him": whom this sentence names, not the last one whose post ended ----
def test_replaced_him_is_the_person_of_the_sentence(extract_text) -> None:
    found = tenures(
        extract_text(
            "Karim Massimov, KNB chairman from 2016 to January 2022, is serving an 18-year"
            " sentence. Marat Akhmetzhanov, the interior minister who oversaw the police"
            " response, kept his post until Erzhan Sadenov replaced him in February 2023.",
            date="2024-01-05",
        )
    )
    interior = "Minister of Internal Affairs of Kazakhstan"
    assert values(found[("Erzhan Sadenov", interior)], "predecessor") == {"Marat Akhmetzhanov"}
    assert values(found[("Marat Akhmetzhanov", interior)], "endDate") == {"2023-02"}
    for (holder, _), fact in found.items():
        if holder == "Karim Masimov":
            assert values(fact, "endDate") == {"2022-01"} and not values(fact, "successor")
    assert not any(holder == "Erzhan Sadenov" and post != interior for holder, post in found)


@pytest.mark.parametrize(
    "second",
    [
        "Tokayev named Ermek Sagimbayev to replace him.",
        "Ermek Sagimbayev was named to replace him.",
    ],
)
def test_who_names_the_successor_does_not_replace(extract_text, second) -> None:
    found = tenures(
        extract_text(
            "On January 6, Tokayev dismissed Karim Masimov as chairman of the National"
            f" Security Committee. {second}",
            date="2022-01-21",
        )
    )
    post = "chairman of the National Security Committee"
    assert set(found) == {("Karim Masimov", post), ("Ermek Sagimbayev", post)}
    assert values(found[("Ermek Sagimbayev", post)], "predecessor") == {"Karim Masimov"}


# --- titles after a name: two coordinated, a body before the post word -------------
def test_two_coordinated_titles_do_not_make_one_post(extract_text) -> None:
    found = tenures(
        extract_text(
            "Karim Massimov, twice prime minister and KNB chairman from 2016 to January 2022,"
            " is serving an 18-year sentence.",
            date="2024-01-05",
        )
    )
    assert list(found) == [("Karim Masimov", "chairman of the National Security Committee")]
    fact = next(iter(found.values()))
    assert (values(fact, "startDate"), values(fact, "endDate")) == ({"2016"}, {"2022-01"})


@pytest.mark.parametrize(
    "text",
    [
        "Karim Massimov, KNB chairman, was arrested.",
        "Karim Massimov, the KNB chairman, was arrested.",
        "Karim Massimov, then KNB chairman, was arrested.",
        "Ermek Sagimbayev, the new KNB chairman, spoke to reporters.",
    ],
)
def test_a_body_before_the_post_word_after_a_name_owns_the_post(extract_text, text) -> None:
    posts = {post for _, post in tenures(extract_text(text))}
    assert posts == {"chairman of the National Security Committee"}


def test_a_body_the_model_guessed_does_not_own_a_title(extract_text) -> None:
    found = tenures(
        extract_text("By Anna Smith, Research and Data Analytics intern\n\nThe protests began.")
    )
    assert [post for _, post in found] == ["Research and Data Analytics intern (Example News)"]


# --- "A, the defence minister, B, the Almaty akim": each title is its own name's ----
@pytest.mark.parametrize(
    "text",
    [
        "Among the officials dismissed were Murat Bektanov, the defence minister, Bakytzhan"
        " Sagintayev, the Almaty akim, and Askar Mamin.",
        "Among the officials dismissed were Murat Bektanov, the former defence minister,"
        " Bakytzhan Sagintayev, the Almaty akim, and Askar Mamin.",
    ],
)
def test_a_title_after_a_name_is_not_the_next_names(extract_text, text) -> None:
    assert set(tenures(extract_text(text))) == {
        ("Murat Bektanov", "Minister of Defence of Kazakhstan"),
        ("Bakytzhan Sagintayev", "Almaty akim"),
    }


def test_a_title_then_a_name_still_gives_the_title(extract_text) -> None:
    found = tenures(extract_text("Tokayev met Mamin and the defence minister, Murat Bektanov."))
    assert list(found) == [("Murat Bektanov", "Minister of Defence of Kazakhstan")]


# --- a surname the model took for a place ------------------------------------------
def test_a_place_name_with_a_personal_title_is_a_person(extract_text) -> None:
    result = extract_text("Tokayev met Karin, his chief of staff.")
    assert not any(k.kind == "place" and k.label == "Karin" for k in result.entities)


def test_a_place_named_with_a_place_noun_stays_a_place(extract_text) -> None:
    result = extract_text("Troops were sent to Taraz, the regional capital.")
    assert any(k.kind == "place" and k.label == "Taraz" for k in result.entities)


# --- "a year after the protests" says when, not why --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Serik Zhumangarin resigned in 2023, a year after the protests.",
        "Serik Zhumangarin resigned in 2023, two years after the protests.",
        "Serik Zhumangarin resigned in 2023, months after the protests.",
    ],
)
def test_a_resignation_years_after_is_not_caused_by_it(extract_text, text) -> None:
    result = extract_text(text, date="2023-06-01")
    assert not any(p == "causedBy" for f in result.facts.values() for p, _ in f.props)


def test_a_day_after_may_still_say_why(extract_text) -> None:
    result = extract_text("Protests broke out a day after the fuel price hike.")
    assert any(p == "causedBy" for f in result.facts.values() for p, _ in f.props)


def test_an_undated_change_of_a_post_does_not_join_another_change(extract_text) -> None:
    result = extract_text(
        "Tokayev, who succeeded Nazarbayev as president in March 2019, dismissed Massimov on"
        " January 6, 2022.\n\nNazarbayev was replaced as chairman of the Security Council by"
        " Tokayev, who had been president since 2019.",
        date="2024-01-05",
    )
    for fact in events(result, "Succession"):
        if "head of the Security Council" in values(fact, "involvesPost"):
            assert not values(fact, "date") & {"2019-03"}


# --- no one replaces himself; Bektenov is not Bektanov ------------------------------
def test_a_new_prime_minister_is_not_a_namesake_of_the_old_defence_minister(
    extract_text,
) -> None:
    result = extract_text(
        "Murat Bektanov was dismissed as defence minister in January 2022. Smailov was"
        " dismissed in February 2024. Bektenov, the head of the anti-corruption agency,"
        " replaced him.",
        date="2025-01-05",
    )
    for fact in tenures(result).values():
        assert not values(fact, "predecessor") & values(fact, "holder")
        assert not values(fact, "successor") & values(fact, "holder")
    assert any(k.label == "Olzhas Bektenov" for k in result.entities)


# --- "Massimov's first deputy, Samat Abish": a deputy of the boss's post -------------
@pytest.mark.parametrize(
    "text",
    [
        "Massimov's first deputy, Samat Abish, was relieved of his post on January 17.",
        "Massimov's first deputy, Samat Abish, was dismissed on January 17.",
    ],
)
def test_the_first_deputy_of_a_known_holder_is_a_deputy_of_his_post(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2022-01-21"))
    post = "First deputy chairman of the National Security Committee"
    assert list(found) == [("Samat Abish", post)]
    assert values(found[("Samat Abish", post)], "endDate") == {"2022-01-17"}


@pytest.mark.parametrize(
    "text",
    [
        "His first deputy, Samat Abish, was dismissed.",
        "Tokayev's deputy, Samat Abish, spoke to reporters.",
    ],
)
def test_a_deputy_of_no_named_post_is_no_post(extract_text, text) -> None:
    assert not tenures(extract_text(text))


# --- "Zas was replaced by B": the post the sentence before gave him ------------------
def test_a_replacement_takes_the_one_post_told_just_before(extract_text) -> None:
    found = tenures(
        extract_text(
            "CSTO Secretary General Stanislav Zas said the peacekeepers would leave by"
            " January 19. Zas was replaced by Imangali Tasmagambetov in 2023.",
            date="2024-02-20",
        )
    )
    posts = {post for _, post in found}
    assert len(posts) == 1
    post = posts.pop()
    assert values(found[("Imangali Tasmagambetov", post)], "predecessor") == {"Stanislav Zas"}
    assert values(found[("Stanislav Zas", post)], "endDate") == {"2023"}


def test_a_replacement_of_someone_with_two_posts_told_names_neither(extract_text) -> None:
    found = tenures(
        extract_text(
            "Karim Massimov, a former prime minister, later headed the KNB. Massimov was"
            " replaced by Ermek Sagimbayev in 2022.",
            date="2024-02-20",
        )
    )
    assert not any(holder == "Ermek Sagimbayev" for holder, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Karim Massimov, a former prime minister, was arrested in January. Massimov was"
        " replaced by Ermek Sagimbayev.",
        "Former prime minister Karim Massimov was arrested in January. Massimov was replaced"
        " by Ermek Sagimbayev.",
    ],
)
def test_a_post_told_as_former_is_not_the_one_replaced(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2024-02-20"))
    assert not any(holder == "Ermek Sagimbayev" for holder, _ in found)


# --- "who was KNB chairman until ...", "who was Almaty akim during the unrest" -------
def test_a_period_title_with_the_body_before_the_post_word(extract_text) -> None:
    found = tenures(
        extract_text(
            "Karim Massimov, who was KNB chairman until January 6, 2022, remains in prison.",
            date="2025-01-10",
        )
    )
    post = "chairman of the National Security Committee"
    assert list(found) == [("Karim Masimov", post)]
    assert values(found[("Karim Masimov", post)], "endDate") == {"2022-01-06"}


@pytest.mark.parametrize(
    "text",
    [
        "Bakytzhan Sagintayev, who was Almaty akim during the unrest, was succeeded by Yerbolat"
        " Dossayev on January 9, 2022.",
        "Bakytzhan Sagintayev, who was Almaty akim in January 2022, was succeeded by Yerbolat"
        " Dossayev on January 9, 2022.",
    ],
)
def test_a_when_phrase_is_no_part_of_the_post(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2025-01-10"))
    assert set(found) == {
        ("Bakytzhan Sagintayev", "Almaty akim"),
        ("Yerbolat Dossayev", "Almaty akim"),
    }
    assert values(found[("Yerbolat Dossayev", "Almaty akim")], "startDate") == {"2022-01-09"}


# --- "Tokayev appointed A chairman of the KNB, replacing B": A replaces, not Tokayev --
@pytest.mark.parametrize(
    "text",
    [
        "On January 6, Tokayev appointed Ermek Sagimbayev chairman of the KNB, replacing KNB"
        " chief Karim Massimov.",
        "On January 6, Tokayev appointed Ermek Sagimbayev as chairman of the KNB, replacing"
        " KNB chief Karim Massimov.",
        "On January 6, Ermek Sagimbayev was appointed KNB chairman, replacing Karim Massimov,"
        " the KNB chief since 2016.",
    ],
)
def test_the_appointer_does_not_replace(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2022-01-20"))
    post = "chairman of the National Security Committee"
    assert set(found) == {("Karim Masimov", post), ("Ermek Sagimbayev", post)}
    assert values(found[("Karim Masimov", post)], "successor") == {"Ermek Sagimbayev"}


# --- "succeeded by his deputy, B": B acts, not whose deputy he is ------------------
@pytest.mark.parametrize(
    "text",
    [
        "Massimov was succeeded by his deputy, Ermek Sagimbayev.",
        "Massimov was succeeded by his deputy Ermek Sagimbayev.",
    ],
)
def test_a_possessive_in_the_by_phrase_is_not_the_agent(extract_text, text) -> None:
    for fact in events(extract_text(text), "Succession"):
        assert values(fact, "agent") == {"Ermek Sagimbayev"}


def test_a_possessive_name_in_the_by_phrase_still_acts(extract_text) -> None:
    result = extract_text("Massimov was dismissed by Tokayev's decree.")
    assert [values(f, "agent") for f in events(result, "Dismissal")] == [{"Kassym-Jomart Tokayev"}]


# --- "replaced B at the KNB"; an undated change against what the lexicon knows ------
def test_a_replacement_at_a_body_with_one_post(extract_text) -> None:
    found = tenures(
        extract_text("Ermek Sagimbayev replaced Massimov at the KNB on January 6.", "2022-01-21")
    )
    post = "chairman of the National Security Committee"
    assert set(found) == {("Karim Masimov", post), ("Ermek Sagimbayev", post)}


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev replaced Nazarbayev at the Security Council.",
        "Tokayev replaced Nazarbayev as chairman of the Security Council.",
        "Tokayev dismissed Mamin as prime minister.",
        "Prime Minister Askar Mamin resigned.",
        "Mamin resigned as prime minister.",
        "Tokayev appointed Smailov as prime minister.",
    ],
)
def test_an_undated_change_is_not_given_a_month_the_lexicon_contradicts(extract_text, text) -> None:
    for fact in tenures(extract_text(text, date="2022-02-01")).values():
        assert not values(fact, "endDate") & {"2022-02"}
        assert not values(fact, "startDate") & {"2022-02"}


def test_an_undated_change_the_lexicon_agrees_with_keeps_the_month(extract_text) -> None:
    found = tenures(extract_text("Tokayev dismissed Mamin as prime minister.", "2022-01-07"))
    assert values(found[("Askar Mamin", "Prime Minister of Kazakhstan")], "endDate") == {"2022-01"}


# --- kinship told of a list ----------------------------------------------------------
def kin(result: DocResult) -> set[tuple[str, str, str]]:
    return {
        (
            next(iter(values(f, "relative"))),
            next(iter(values(f, "kinTerm"))),
            next(iter(values(f, "relativeOf"))),
        )
        for f in result.facts.values()
        if f.cls == "Kinship"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Nazarbayev's nephews, Kairat Satybaldy and Samat Abish, lost their posts.",
        "Samat Abish and Kairat Satybaldy, Nazarbayev's nephews, lost their posts.",
    ],
)
def test_plural_kin_of_a_list(extract_text, text) -> None:
    assert kin(extract_text(text)) == {
        ("Kairat Satybaldy", "nephew", "Nursultan Nazarbayev"),
        ("Samat Abish", "nephew", "Nursultan Nazarbayev"),
    }


def test_singular_kin_is_not_the_next_in_the_list(extract_text) -> None:
    result = extract_text("Nazarbayev's nephew, Samat Abish, and Timur Kulibayev lost their posts.")
    assert kin(result) == {("Samat Abish", "nephew", "Nursultan Nazarbayev")}


# --- "from 2016 until his dismissal on January 6, 2022" ----------------------------
@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Karim Massimov, who headed the National Security Committee from 2016 until his"
            " dismissal on January 6, 2022, was sentenced to 18 years in prison in April 2023.",
            "2022-01-06",
        ),
        ("Massimov served as KNB chairman from 2016 until his arrest in January 2022.", "2022-01"),
    ],
)
def test_a_tenure_ends_with_the_event_it_lasted_until(extract_text, text, end) -> None:
    found = tenures(extract_text(text, date="2023-06-01"))
    fact = found[("Karim Masimov", "chairman of the National Security Committee")]
    assert (values(fact, "startDate"), values(fact, "endDate")) == ({"2016"}, {end})


# --- decree style: "relieved of the post of ...", "Minister of Internal Affairs" -----
def test_relieved_of_the_post_of_ends_it(extract_text) -> None:
    found = tenures(
        extract_text(
            "By decree of the Head of State, Karim Massimov was relieved of the post of Chairman"
            " of the National Security Committee on January 6.",
            date="2022-01-20",
        )
    )
    fact = found[("Karim Masimov", "chairman of the National Security Committee")]
    assert values(fact, "endDate") == {"2022-01-06"}


@pytest.mark.parametrize(
    "text",
    [
        "Erlan Turgumbayev was appointed Minister of Internal Affairs on January 11, 2022.",
        "Kazakh Interior Minister Erlan Turgumbayev spoke on January 11, 2022.",
    ],
)
def test_a_lexicon_title_with_its_of_phrase_is_the_lexicon_post(extract_text, text) -> None:
    posts = {post for _, post in tenures(extract_text(text, date="2022-02-10"))}
    assert posts == {"Minister of Internal Affairs of Kazakhstan"}


# --- a change naming a title of several words the lexicon does not know -------------
@pytest.mark.parametrize(
    ("text", "post", "prop"),
    [
        (
            "Serik Zhumangarin stepped down as deputy prime minister in 2023.",
            "Deputy prime minister",
            "endDate",
        ),
        ("Yerlan Karin was appointed state secretary in 2022.", "State secretary", "startDate"),
    ],
)
def test_a_change_of_a_title_of_several_words(extract_text, text, post, prop) -> None:
    found = tenures(extract_text(text, date="2024-01-10"))
    assert [p for _, p in found] == [post]
    assert values(next(iter(found.values())), prop) in ({"2023"}, {"2022"})


def test_a_change_of_a_bare_rank_names_no_post(extract_text) -> None:
    assert not tenures(extract_text("Tokayev appointed Smailov as first deputy."))


def test_succeeding_under_an_appointment_takes_its_post(extract_text) -> None:
    found = tenures(
        extract_text(
            "Yerlan Karin was appointed state secretary in January 2022, succeeding Krymbek"
            " Kusherbayev.",
            date="2023-10-10",
        )
    )
    karin = found[("Yerlan Karin", "State secretary")]
    assert values(karin, "predecessor") == {"Krymbek Kusherbayev"}
    assert values(karin, "startDate") == {"2022-01"}
    assert values(found[("Krymbek Kusherbayev", "State secretary")], "endDate") == {"2022-01"}


@pytest.mark.parametrize(
    "text",
    [
        "Roman Sklyar was named acting prime minister on January 5.",
        "Murat Nurtleu was named foreign minister in 2023.",
    ],
)
def test_a_lexicon_title_of_an_unknown_holder_makes_no_post_of_its_own(extract_text, text) -> None:
    found = tenures(extract_text(text, date="2024-01-10"))
    assert not any(post in ("Prime minister", "Foreign minister") for _, post in found)


# --- "Smailov, who had replaced Mamin in January 2022": the lexicon's change that month
def test_a_replacement_the_lexicon_dates_within_one_month(extract_text) -> None:
    found = tenures(
        extract_text(
            "Smailov, who had replaced Mamin in January 2022, resigned on February 5, 2024.",
            date="2025-01-10",
        )
    )
    post = "Prime Minister of Kazakhstan"
    assert values(found[("Alikhan Smailov", post)], "predecessor") == {"Askar Mamin"}
    assert values(found[("Askar Mamin", post)], "endDate") == {"2022-01"}


def test_a_replacement_the_lexicon_does_not_know_names_no_post(extract_text) -> None:
    assert not tenures(extract_text("Smailov replaced Massimov in January 2022.", "2025-01-10"))
