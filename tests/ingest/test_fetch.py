"""URLs: fetched from a loopback server with redirects, errors and limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzkg.ingest import Adder
from kzkg.ingest.fetch import Limits

pytestmark = pytest.mark.server
QUICK = Limits(max_bytes=2_000_000, max_redirects=3, timeout=0.5, deadline=5.0)


@pytest.fixture()
def adder(tmp_path: Path) -> Adder:
    return Adder(tmp_path / "graph" / "corpus", keep_source=True, limits=QUICK)


def test_page_is_added_with_its_canonical_url(adder: Adder, site: str) -> None:
    outcome = adder.add(f"{site}/news/tokayev")
    assert outcome.status == "added", outcome.message
    text = outcome.path.read_text(encoding="utf-8")
    assert "url: https://steppe-herald.example/news/2022/01/06/tokayev-security-council" in text
    assert "publisher: Steppe Herald" in text
    kept = adder.sources / f"{outcome.path.stem}.html"
    assert kept.read_bytes().startswith(b"<!DOCTYPE html>")


def test_redirect_is_followed_and_the_same_page_again_is_a_duplicate(
    adder: Adder, site: str
) -> None:
    first = adder.add(f"{site}/old-link")
    assert first.status == "added", first.message
    again = adder.add(f"{site}/statement")
    assert again.status == "skipped"
    assert again.message == f"already in the corpus as {first.path}"


def test_pdf_over_http(adder: Adder, site: str) -> None:
    outcome = adder.add(f"{site}/briefing.pdf")
    assert outcome.status == "added", outcome.message
    assert f"url: {site}/briefing.pdf" in outcome.path.read_text(encoding="utf-8")
    assert (adder.sources / f"{outcome.path.stem}.pdf").exists()


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/slow", "timed out (no answer within 0.5 s)"),
        ("/loop", "more than 3 redirects"),
        ("/to-ftp", "not http or https"),
        ("/logo.png", "content type 'image/png' is not HTML, PDF or text"),
        ("/big", "larger than the 2 MB limit"),
    ],
)
def test_bad_urls_fail_with_one_line_and_write_nothing(
    adder: Adder, site: str, path: str, why: str
) -> None:
    outcome = adder.add(f"{site}{path}")
    assert outcome.status == "failed"
    assert why in outcome.message and "\n" not in outcome.message
    assert not adder.corpus.exists() or not any(adder.corpus.iterdir())
    assert not adder.sources.exists() or not any(adder.sources.iterdir())


def test_only_http_and_https(adder: Adder) -> None:
    outcome = adder.add("file:///etc/passwd")
    assert outcome.status == "failed"
    assert outcome.message == "only http and https URLs can be added, not file:"
