"""Saved web pages: the article's text without the page's clutter, and its metadata."""

from __future__ import annotations

import pytest

from kzkg.errors import InputError
from kzkg.ingest.html import read_html
from kzkg.ingest.language import detect

from .conftest import FIXTURES

# Text of menus, banners, share bars, related lists, comments and footers in the fixtures.
CLUTTER = [
    "cookie",
    "Economy and Markets",
    "Subscribe",
    "Share on",
    "Facebook",
    "Related articles",
    "Read more",
    "Why liquefied gas prices doubled",
    "reader_77",
    "Stay safe everyone",
    "All rights reserved",
    "Donate now",
    "newsletter",
    "You may also be interested in",
    "Most read",
    "Karakalpakstan",
    "registered charity",
    "Photo: Herald staff",
]


def _read(name: str):
    return read_html((FIXTURES / name).read_bytes())


@pytest.mark.parametrize("name", ["steppe_news", "rights_watch_statement"])
def test_body_is_the_article_and_nothing_else(name: str) -> None:
    draft = _read(f"{name}.html")
    assert draft.body == (FIXTURES / f"{name}.body.txt").read_text(encoding="utf-8")
    for text in CLUTTER:
        assert text.lower() not in draft.body.lower(), text
    assert "\n\n" in draft.body and draft.body.endswith("\n")


def test_news_page_first_and_last_sentence_and_metadata() -> None:
    draft = _read("steppe_news.html")
    assert draft.body.startswith(
        "Kassym-Jomart Tokayev replaced Nursultan Nazarbayev as chairman of the Security Council"
    )
    assert draft.body.rstrip().endswith("has not appeared in public since the unrest began.")
    assert draft.title == "Tokayev takes over Security Council as protests spread"
    assert draft.authors == ["Aigerim Sultanova"]
    assert draft.publisher == "Steppe Herald"
    assert draft.date == "2022-01-06"
    assert draft.url == "https://steppe-herald.example/news/2022/01/06/tokayev-security-council"
    assert draft.language == "en"


def test_statement_metadata_from_json_ld() -> None:
    draft = _read("rights_watch_statement.html")
    assert draft.body.startswith("The authorities of Kazakhstan must release everyone")
    assert draft.body.rstrip().endswith("allegations of torture in detention.")
    assert draft.title == "Kazakhstan: release those detained for peaceful protest"
    assert draft.authors == ["Marat Bekov", "Laura Jensen"]
    assert draft.publisher == "Central Asia Rights Watch"
    assert draft.date == "2022-01-11"
    assert draft.url == "https://carw.example/statements/kazakhstan-release-detained"


def test_russian_page_is_detected_as_russian() -> None:
    draft = _read("kursiv_ru.html")
    assert draft.body.startswith("Президент Касым-Жомарт Токаев в среду объявил")
    assert "Главная" not in draft.body and "Читайте также" not in draft.body
    assert detect(draft.body, draft.language) == "ru"


@pytest.mark.parametrize("name", ["index_page.html", "paywall_stub.html"])
def test_page_without_main_text_is_refused(name: str) -> None:
    with pytest.raises(InputError, match="no main text"):
        _read(name)


def test_detector_keeps_english_and_trusts_a_declared_language_when_unsure() -> None:
    assert detect("Tokayev met Putin in Moscow on Monday to discuss the crisis.") == "en"
    assert detect("Алматы 2022", declared="kk") in ("kk", "ru")
