"""Read a saved web page: its main text and its metadata, with trafilatura.

trafilatura drops menus, cookie banners, share buttons, related-article lists
and comments, and reads title, authors, date, site name and canonical URL
from the page's meta tags, JSON-LD and visible byline.
"""

from __future__ import annotations

import re
from typing import Any

from kzkg.ingest.draft import Draft, clean_body, require_text

_LANG = re.compile(rb"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def read_html(raw: bytes, url: str = "") -> Draft:
    import logging

    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # one line per source, not its logs

    found: Any = trafilatura.bare_extraction(
        raw,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_precision=True,
    )
    if found is None or not (found.text or "").strip():
        require_text("", "the page")  # raises: nothing there
    title = (found.title or "").strip()
    paragraphs = found.text.split("\n")
    if paragraphs and " ".join(paragraphs[0].split()) in {title, *_headlines(raw)}:
        paragraphs = paragraphs[1:]  # the headline is the title, not the body's first paragraph
    body = clean_body(paragraphs)
    require_text(body, "the page")
    declared = _LANG.search(raw[:4096])
    return Draft(
        body=body,
        title=title,
        authors=_authors(found.author),
        publisher=(found.sitename or found.hostname or "").strip(),
        date=(found.date or "")[:10],
        url=(found.url or url or "").strip(),
        language=declared.group(1).decode("ascii").lower() if declared else "",
        kind="html",
    )


def _headlines(raw: bytes) -> set[str]:
    """The page's <h1> texts: its headline, even where the meta tags give another title."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(raw)
    except (ValueError, etree.ParserError):
        return set()
    return {" ".join(h.text_content().split()) for h in tree.iter("h1")}


def _authors(text: str | None) -> list[str]:
    if not text:
        return []
    return [name.strip() for name in re.split(r";|\band\b", text) if name.strip()]
