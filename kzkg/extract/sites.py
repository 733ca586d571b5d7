"""Places named by the words beside a name: "Astana Square" in Uralsk is not the
capital, "Alan Square" is no person (a capitalised site noun after a name makes the
two words the name of a place of their own); "the Almaty regional akimat" is the
region's, not the city's."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span as DocSpan

from kzkg.extract.model import EntityInfo, EntityKey

# Nouns of a site within a city; not "region" or "city", which name the same place
# ("Almaty City") or one the lexicon knows by that alias ("Almaty Region").
SITE_NOUNS = {"square", "street", "avenue", "prospect", "park", "district", "microdistrict"}


def site_noun(tok: Any) -> bool:
    return tok.lower_ in SITE_NOUNS and tok.text[:1].isupper()


def site_after(ent: Any) -> tuple[Any, EntityInfo] | None:
    """The span and entity of "NAME Square": a mention that ends in a site noun (the
    model's PERSON "Alan Square") or is followed by one (the lexicon's "Astana")."""
    doc = ent.doc
    end = ent.end
    if end < len(doc) and site_noun(doc[end]):
        end += 1
    elif ent.ent_id_ or len(ent) < 2 or not site_noun(ent[-1]):  # the lexicon's own sites
        return None
    span = DocSpan(doc, ent.start, end, label="FAC")
    words = [t.text for t in span if t.lower_ != "the"]
    return span, EntityInfo(EntityKey("place", " ".join(words)), "Place")


def region_of(ent: Any, label: str, regions: Any) -> str | None:
    """ "the Almaty regional akimat" is the Almaty Region's, in Taldykorgan, not the
    city's: a known place before "regional" names the region of that name, when the
    lexicon has one (`regions`: the labels it knows)."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ == "regional":
        region = f"{label} Region"
        return region if region in regions else None
    return None
