"""Whether a mention of a Kazakh body by its common name is another country's body.

The lexicon gives Kazakhstan's government, ministries and parliament common
aliases ("the government", "Interior Ministry"), as most texts mean them. In
reports of the international response the same words name other countries'
bodies: "the Kyrgyz interior ministry", "the government of Tajikistan",
"Russia's parliament". Such a mention is not the Kazakh body.
"""

from __future__ import annotations

from typing import Any

from kzkg.extract.context import Sentence

HOME = "Kazakhstan"


def of_another_country(sent: Sentence, ent: Any, label: str) -> bool:
    """Whether the alias mention `ent` of the Kazakh body `label` is another country's."""
    if not label.endswith(f" of {HOME}"):
        return False  # only a body of Kazakhstan's ("Government of Kazakhstan")
    inside = [t for t in ent if t.i != ent.root.i and t.dep_ in ("amod", "compound")]
    return qualified_abroad(sent, ent.root) or any(_foreign(t, sent) for t in inside)


def qualified_abroad(sent: Sentence, noun: Any) -> bool:
    """Whether a noun is qualified by a country other than Kazakhstan: a nationality or a
    country before it ("the Kyrgyz government", "Russia's parliament") or "of <country>"
    after it ("the government of Tajikistan")."""
    before = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "poss")]
    after = [
        t
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for t in p.children
        if t.dep_ == "pobj"
    ]
    return any(_foreign(t, sent) for t in before + after)


def _foreign(token: Any, sent: Sentence) -> bool:
    """A nationality or country other than Kazakhstan ("Kyrgyz", "Russia's")."""
    word = token.lower_
    countries = set(sent.lexicon.nationalities.values())
    if word in sent.lexicon.nationalities:
        return sent.lexicon.nationalities[word] != HOME
    if token.text in countries:
        return token.text != HOME
    key = sent.tok_entity.get(token.i)  # "Germany's government" (not "Almaty's")
    info = sent.result.entities.get(key) if key is not None else None
    if key is not None and info is not None and info.cls == "Country":
        return key.label != HOME
    return token.ent_type_ == "NORP" and not word.startswith("kazak")
