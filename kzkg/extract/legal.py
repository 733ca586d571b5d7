"""What a legal step is about: the sentence's term and the offence.

"sentenced to 18 years in prison", "handed sentences between three and 16
years" give the term as numbers with a unit (kz:termLength, kz:termUnit);
"charged with high treason", "on charges of abuse of power", "on trial for
murder" give the offence as the document words it. Both are read only from
the trigger's own clause.
"""

from __future__ import annotations

import re

from kzkg.extract.context import Sentence, Token, clause_tokens
from kzkg.extract.figures import is_year

LEGAL_CLASSES = {"Accusation", "Trial", "ClosedTrial", "Verdict", "Sentencing", "Appeal"}
# "the court found X guilty (of ...)": the verdict's word, whose subject is the one tried.
VERDICT_WORDS = {"guilty", "innocent"}


def verdict_word(verb: Token) -> Token | None:
    """The "guilty" of "found X guilty", a complement of the verb, or None."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.lemma_.lower() in VERDICT_WORDS
        ),
        None,
    )


NUMBERS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50})
_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
TERM = re.compile(
    rf"\b(?:(?:between|from)\s+)?(?:(?P<lo>{_NUM})\s+(?:and|to)\s+)?(?P<n>{_NUM})"
    # "two years later", "five years ago": when, not a term
    r"[\s-]+(?P<unit>year|month|day)s?\b(?![\s-]*old|\s+(?:later|earlier|ago)\b)",
    re.IGNORECASE,
)
# Prepositions that introduce the offence after a legal verb ("charged with", "convicted
# of") or noun ("a trial for"); "the trial of X" names the defendant, not the offence.
VERB_PREPS = {"with", "of", "for"}
NOUN_PREPS = {"for"}
CHARGE_NOUNS = {"charge", "accusation", "count"}


def _number(text: str) -> str:
    return str(NUMBERS.get(text.lower(), text))


def term_of(sent: Sentence, anchor: Token) -> tuple[list[str], str] | None:
    """The term(s) in the clause: (["3", "16"], "year") for "between three and 16 years"."""
    tokens = [t for t in clause_tokens(anchor) if not t.is_punct]
    if not tokens:
        return None
    base = sent.span.start_char
    lo = min(t.idx for t in tokens) - base
    hi = max(t.idx + len(t) for t in tokens) - base
    for m in TERM.finditer(sent.text):
        if lo <= m.start() and m.end() <= hi:
            values = [_number(m.group("n"))]
            # "sentenced in April 2023 to 18 years": a year before "to" is no lower bound
            if m.group("lo") and not is_year(_number(m.group("lo"))):
                values.insert(0, _number(m.group("lo")))
            return values, m.group("unit").lower()
    return None


def _phrase(tok: Token) -> str | None:
    words = list(tok.subtree)
    text = tok.doc[words[0].i : words[-1].i + 1].text.strip(" ,.;")
    if tok.pos_ not in ("NOUN", "PROPN", "VERB") or TERM.search(text) or len(text) > 120:
        return None
    return text or None


def _charge_text(noun: Token) -> str | None:
    of = [g for p in noun.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if of:
        return _phrase(of[0])
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"]
    return " ".join(k.text for k in kinds) or None


def offence_of(sent: Sentence, head: Token, anchor: Token) -> str | None:
    """'charged with X', 'convicted of X', 'tried for X', 'on (X) charges (of Y)'."""
    preps = VERB_PREPS if head.pos_ == "VERB" else NOUN_PREPS
    if head.lemma_.lower() in CHARGE_NOUNS:  # "charges of high treason", "treason charges"
        found = _charge_text(head)
        if found:
            return found
    # "found X guilty of terrorism": the offence hangs on "guilty"; a fronted "Of the
    # 1,200 people convicted, 45 were found guilty ..." names no offence
    verdict = verdict_word(head) if head.pos_ == "VERB" else None
    own = (head, verdict)
    for owner in dict.fromkeys([x for x in (verdict, head, anchor) if x is not None]):
        for prep in (c for c in owner.children if c.dep_ == "prep" and c.i > head.i):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.lemma_.lower() in CHARGE_NOUNS:
                    return _charge_text(obj)
                if prep.lower_ in preps and owner in own and obj.i not in sent.tok_entity:
                    return _phrase(obj)
    return None


ARTICLE_WORDS = {"article", "articles", "part", "parts", "paragraph"}


def article_name(head: Token) -> bool:
    """Is the word in the brackets that name a law's article ("under Article 272 (mass
    riots)", "articles 272 (mass riots) and 293 (hooliganism)")? An offence's name,
    not an event that happened."""
    doc = head.doc
    i = head.i - 1
    while i >= 0 and i > head.i - 8 and doc[i].text not in ("(", ")"):
        i -= 1
    if i < 1 or doc[i].text != "(" or not doc[i - 1].like_num:
        return False
    before = {t.lower_ for t in doc[max(0, i - 4) : i - 1]}
    return bool(before & ARTICLE_WORDS)
