"""A speech, letter or statement printed in full after a line that introduces it, and
the one an interview's unlabelled answers are given by.

"Here is the full text of President Tokayev's address to the nation:", "The open
letter by the relatives of victims is published in full below." Every paragraph after
that line is the words of whoever delivered the text, not the publisher's: its "I" and
"we" are the speaker's, its figures and accusations are the speaker's claims. The text
is read as an interview's turns are (quotations.py): credited to the one the
introduction names as its author ("X's address", "the letter of / by / from X"), else
to no one. The addressee ("an open letter to Tokayev") never speaks.

An interview printed as "Q: ... / A: ..." or "— ...? / — ..." gives its answers to the
one person its introduction says was interviewed ("In an interview with Euronews,
Tokayev spoke about ...", "Euronews interviewed Tokayev", "the interview with X"); with
none or several, the answers are no one's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kzkg.extract.model import EntityKey

if TYPE_CHECKING:
    from kzkg.extract.context import Sentence, Token

# The text follows in full: "the full text of", "in full", "verbatim", "reads as follows",
# "issued the following statement".
IN_FULL = re.compile(
    r"\b(?:full|complete|entire|unabridged)\s+(?:text|transcript|version|statement)\b"
    r"|\bin full\b|\bverbatim\b|\bas follows\b|\btranscript of\b"
    r"|\bthe following\s+(?:statement|comment|text|address|speech|letter|appeal|message"
    r"|remarks|declaration|communiqu)"
    r"|\b(?:reads?|states)\s*:\s*$",  # "The ministry's statement reads:"
    re.IGNORECASE,
)
# ... and here, below, or after the colon that ends the line (not "read it in full here").
FOLLOWS = re.compile(
    r"\b(?:here|below)\s+(?:is|are)\b|\bfollowing\s+is\b|\bfollows\b|\bbelow\b"
    r"|\bwe\s+(?:publish|reproduce|print)\b|:\s*$",
    re.IGNORECASE,
)
# What is delivered and has an author: "X's address", "the letter of X".
DELIVERED = {
    "address", "speech", "statement", "letter", "appeal", "remark", "message", "text",
    "transcript", "declaration", "petition", "testimony", "op", "column", "article",
    "interview", "briefing", "words", "comment", "communique", "communiqué",
}  # fmt: skip
AUTHOR_LINKS = {"by", "of", "from"}
# Verbs whose subject is the author of the text they take: "X issued the following
# statement" (not "we publish the text", whose subject only prints it).
AUTHORING = {"issue", "release", "make", "deliver", "give", "send", "post", "adopt", "sign"}


def introduces(sent: Sentence) -> bool:
    """Does this sentence announce a text printed in full after it? It names the text
    ("the death toll is as follows:" introduces a list, no one's words)."""
    text = sent.text.strip()
    if not IN_FULL.search(text) or not FOLLOWS.search(text):
        return False
    return any(t.lemma_.lower() in DELIVERED and t.pos_ in ("NOUN", "PROPN") for t in sent.tokens)


def reported_again(sent: Sentence) -> bool:
    """Does this paragraph's first sentence report in the third person, in the past ("The
    embassy later said ...", "Tokayev added that ...")? Then the text printed in full has
    ended and the reporter speaks again; its own "I said" or "we said" goes on."""
    return any(
        tok.tag_ == "VBD"
        and tok.lemma_.lower() in sent.lexicon.claim_verbs
        and any(
            c.dep_ == "nsubj" and c.lower_ not in ("i", "we") and not sent.inside_quotation(c)
            for c in tok.children
        )
        for tok in sent.tokens
    )


def deliverer(sent: Sentence) -> list[EntityKey]:
    """Who delivered the text an introducing sentence names: the owner of "address",
    "speech", "letter" ... or the one "by / of / from" gives. Nobody when it names none."""
    for tok in sent.tokens:
        if tok.lemma_.lower() in DELIVERED and tok.pos_ in ("NOUN", "PROPN"):
            found = _author(sent, tok, depth=0)
            if found:
                return found
    return []


def _author(sent: Sentence, noun: Token, depth: int) -> list[EntityKey]:
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in AUTHORING:
        authors = [k for k in sent.subject(noun.head) if k.kind != "place"]
        if authors:
            return authors  # "the embassy issued the following statement:"
    for child in noun.children:
        if child.dep_ == "poss":
            return _named(sent, child)
        if child.dep_ == "prep" and child.lower_ in AUTHOR_LINKS:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() in DELIVERED and depth < 2:
                    return _author(sent, obj, depth + 1)  # "the text of X's speech"
                return _named(sent, obj)
        if child.dep_ == "acl":  # "the letter signed by relatives", "delivered by X"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    return _named(sent, obj)
    return []


def _named(sent: Sentence, head: Token) -> list[EntityKey]:
    """The actors a phrase names, with its conjuncts ("X and Y's statement")."""
    keys = []
    for tok in [head, *head.conjuncts]:
        key = sent.entity(tok) or next(
            (sent.tok_entity[t.i] for t in tok.subtree if t.i in sent.tok_entity), None
        )
        if key is not None and key.kind != "place" and key not in keys:
            keys.append(key)
    return keys


# Words of an interview's introduction, and those whose "with" / "to" names the one asked.
INTERVIEW_WORDS = {"interview", "conversation", "talk", "speak", "answer", "question"}
ASKED_WITH = {"interview", "conversation", "talk", "speak", "chat"}


def interviewed(sent: Sentence) -> list[EntityKey]:
    """The persons a sentence introducing an interview says answer: the subject of
    "spoke", "answered", "said" (not of "interviewed", whose object answers) and the one
    an interview is "with"."""
    if sent.lemmas.isdisjoint(INTERVIEW_WORDS):
        return []
    found: list[EntityKey] = []
    for tok in sent.tokens:
        head = tok.head
        asked = (
            (tok.dep_ == "dobj" and head.lemma_.lower() == "interview")
            or (tok.dep_ == "nsubjpass" and head.lemma_.lower() == "interview")
            or (tok.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() != "interview")
            or (
                tok.dep_ == "pobj"
                and head.lower_ in ("with", "to")
                and head.head.lemma_.lower() in ASKED_WITH
            )
        )
        if asked:
            found += [k for k in _named(sent, tok) if k.kind == "person" and k not in found]
    return found


# A title that names a text and its author: "President Tokayev's address to the nation",
# "Address by the Head of State Kassym-Jomart Tokayev at the Mazhilis", "Open letter
# from the relatives of victims". Not "Tokayev addresses the nation": a report of it.
TEXT_NOUNS = r"(?:address|speech|statement|remarks|open letter|letter|appeal|message|op-ed)"
TITLED = [
    re.compile(
        rf"^(?:(?:full\s+)?text|transcript)?\W*(?P<who>.+?)['\u2019]s\s+{TEXT_NOUNS}\b", re.I
    ),
    re.compile(
        rf"^(?:(?:full\s+)?text|transcript)?\W*(?:an?\s+|the\s+)?{TEXT_NOUNS}\s+(?:by|of|from)"
        r"\s+(?P<who>.+?)(?=\s+(?:to|at|on|in|before|about|over|for)\b|[:.,;]|$)",
        re.I,
    ),
]
# The body speaks in the first person, or opens with a greeting.
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")
GREETING = re.compile(r"\s*(?:(?:my\s+)?dear|esteemed|distinguished|ladies and gentlemen)\b", re.I)


def titled_author(title: str, body: str) -> str | None:
    """The words naming the author when the title says the document is someone's text
    and the body is that text: spoken in the first person outside quotation marks."""
    who = next((m.group("who") for p in TITLED if (m := p.search(title.strip()))), None)
    if who is None:
        return None
    opening = re.sub(r"[\"\u201c][^\"\u201d]*[\"\u201d]", "", body[:1500])
    return who if GREETING.match(body) or FIRST_PERSON.search(opening) else None


# "Interview with Kazakh President Kassym-Jomart Tokayev", "Interview of the Head of State
# to Egemen Qazaqstan": who answers (the words up to the first colon or dash).
INTERVIEW_TITLE = re.compile(
    r"\binterview\s+(?:with|of|given by|granted by)\s+(?P<who>[^:;,.\u2014\u2013]+)", re.I
)


def titled_interviewee(title: str) -> str | None:
    found = INTERVIEW_TITLE.search(title)
    return found.group("who") if found else None
