"""What a number measures, read from the parse: "317 people wounded" -> number of
people wounded; "the price of gas rose to 120 tenge" -> price of gas; "3% of the
world's oil reserves" -> share of oil reserves; "the twelfth largest" -> rank.

The words that steer it (units, verbs that say what happened to what is
counted) come from the curators' lexicon, ontology/lexicon/statistics.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kzkg.extract.context import Token
from kzkg.extract.dates import MONTHS
from kzkg.lexicon import Lexicon


@dataclass(frozen=True)
class Words:
    units: frozenset[str] = frozenset()
    count_verbs: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, lexicon: Lexicon) -> Words:
        return cls(frozenset(lexicon.words("units")), lexicon.maps.get("count_verbs", {}))


INTRANSITIVE = {"die", "vote", "abstain"}
# "protests that claimed 238 lives": a death toll, not a claim.
LIFE_VERBS = {"claim", "take", "cost"}
# "two times", "one state body to another": not amounts anyone reports.
NOT_COUNTED = {"time", "times", "body", "way", "side", "hand", "another", "other"}
# Spans of time are durations (durations.py), never counts: a headline's "Two Years After".
NOT_COUNTED |= {"year", "month", "week", "day", "hour", "minute", "decade"}
# A page's furniture: "3 min read", "Five things to know", "7 key takeaways".
NOT_COUNTED |= {"read", "min", "thing", "takeaway", "question", "fact", "reason", "lesson"}
NOT_COUNTED |= {"photo", "picture", "chart", "graphic", "video", "comment"}
# Terms of office: "may serve only one seven-year term" counts no thing that happened.
NOT_COUNTED |= {"term"}
# A survey's instruments: "on a five-point scale", "plus or minus 3 percentage points"
NOT_COUNTED |= {"point", "scale"}
TOLL_NOUNS = {"toll", "number", "count", "tally"}
# The measure of "put the figure at N": the document's figure told just before.
THE_FIGURE = "the figure"
BARE_COUNTS = {"figure", "estimate", "number", "total", "tally", "count"}
CHANGE_NOUNS = {"increase", "rise", "hike", "jump", "fall", "drop", "cut", "change"}
WORD = re.compile(r"[\w'-]+")
CITED_WORD = re.compile(r"^[a-z]+\.?\[\d+\]?$")


NAMED = ("GPE", "ORG", "PERSON")


def _word(token: Token) -> str:
    """The token's word without what the tokenizer left glued on ("articles.[4")."""
    found = WORD.match(token.lower_)
    return found.group() if found else token.lower_


def _modifiers(noun: Token) -> list[Token]:
    """The words before a noun that say which: "law enforcement" of "law enforcement
    officers" (a compound of a compound), "proven oil" of "proven oil reserves"."""
    found: list[Token] = []
    for t in noun.lefts:
        if t.dep_ in ("compound", "amod"):
            found += [*_modifiers(t), t]
    return found


def phrase(noun: Token) -> str:
    """'the price of LPG' -> 'price of lpg'; 'the world's proven oil reserves' -> 'proven oil
    reserves'."""
    words = [_word(t) for t in _modifiers(noun)] + [_word(noun)]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None:
            words += ["of", phrase(obj)]
    return " ".join(words)


def number_token(ent: object) -> Token:
    """The token that carries the number: '589' in '589 MEPs', '238' in 'at least 238'."""
    root = ent.root  # type: ignore[attr-defined]
    if root.pos_ == "NUM" or root.like_num:
        return root
    nums = [t for t in ent if t.pos_ == "NUM" or t.like_num]  # type: ignore[attr-defined]
    return nums[-1] if nums else root


def percent(root: Token) -> tuple[str, Token] | None:
    share = [
        c
        for p in root.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    if share:  # "3% of the world's oil reserves"
        return "share of " + phrase(share[0]), share[0]
    verb = root.head if root.dep_ in ("dobj", "attr", "pobj", "npadvmod") else root
    while verb.dep_ == "prep":
        verb = verb.head
    changed = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c != root]
    if changed:  # "raised its base rate to 10.25%", "would raise output by 5%": the object
        return phrase(changed[0]), changed[0]
    # a verb the parser takes for a subject ("economy shrugs off unrest, grows 3.2%")
    # measures nothing
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "VERB"]
    # "LONDON, Jan 6 - Shares ... fell 12%": the parser makes the dateline's place a
    # subject too; of two, the one that is no name rose or fell
    if len(subj) > 1:
        subj = [c for c in subj if not c.ent_type_] or subj
    return (subj[0].lower_, subj[0]) if subj else None


def rank(root: Token) -> tuple[str, Token] | None:
    """ "the twelfth largest oil reserves"; "the third referendum since independence"."""
    after = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    since = [
        c
        for p in root.head.children
        if p.dep_ == "prep" and p.lower_ == "since"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    if root.dep_ == "amod" and root.head.pos_ == "NOUN" and since:
        return f"ordinal of {_word(root.head)} since {phrase(since[0])}", root
    if after is None or after.tag_ != "JJS":
        return None  # otherwise only ranks: "the first day" is no figure
    head = root.head
    while head.pos_ == "ADJ" and head.head.i != head.i:
        head = head.head
    if head.pos_ == "NOUN":
        words = [t.lower_ for t in head.lefts if t.dep_ == "compound"] + [head.lower_]
        return "rank of " + " ".join(words), head
    return None


def _toll(number: Token) -> tuple[str, Token] | None:
    """ "the death toll rose to 225", "figures put the number of victims at 238", "the
    official death toll of 225"."""
    holder = number.head.head if number.dep_ == "pobj" and number.head.lower_ == "of" else None
    if holder is not None and holder.lemma_.lower() in TOLL_NOUNS:
        return phrase_without_of(holder), holder
    verb = number.head.head if number.dep_ == "pobj" else number.head
    if (
        number.dep_ == "pobj"
        and number.head.lower_ == "at"
        and verb.lemma_.lower() in TOLL_NOUNS
        and verb.head.pos_ == "VERB"
    ):
        return phrase(verb), verb  # "estimated the number of detainees at 10,000"
    if number.dep_ not in ("pobj", "dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for dep in ("nsubj", "nsubjpass", "dobj"):
        noun = next((c for c in verb.children if c.dep_ == dep and c.i != number.i), None)
        if noun is not None and _bare_figure(noun):
            # "By January 11, the number had risen to 10,000", "put the figure at 12,000"
            return THE_FIGURE, noun
        if noun is not None and noun.lemma_.lower() in TOLL_NOUNS:
            return phrase(noun), noun
    return None


def _bare_figure(noun: Token) -> bool:
    """ "the figure", "that number": a figure told before, its measure not named again."""
    return noun.lemma_.lower() in BARE_COUNTS and not any(
        c.dep_ in ("prep", "compound", "amod", "nmod", "poss") for c in noun.children
    )


def phrase_without_of(noun: Token) -> str:
    """ "the official death toll of 225" -> "death toll" (the number is the "of" part)."""
    words = [_word(t) for t in _modifiers(noun)] + [_word(noun)]
    return " ".join(w for w in words if w not in ("official", "government"))


def _changed(noun: Token) -> Token:
    """ "an increase in the price of gas": the price."""
    inner = [
        c
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("in", "of")
        for c in p.children
        if c.dep_ == "pobj"
    ]
    return inner[0] if inner else noun


def _unit_measure(unit: Token, words: Words) -> tuple[str, Token] | None:
    """ "rose to 120 tenge": the subject; "an increase in the price of gas from 60 tenge",
    "faced an increase in the price of gas from 60 tenge": the price."""
    head = unit
    while head.dep_ in ("pobj", "pcomp", "prep", "nummod", "appos") and head.head.i != head.i:
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() not in words.units:
            if head.lemma_.lower() in CHANGE_NOUNS:
                head = _changed(head)
            return phrase_without_of(head) if _of_the_unit(head, unit) else phrase(head), head
    objects = [
        c
        for c in head.children
        # "to 120 tenge a litre": the parser's object of the unit is the unit it is per
        if c.dep_ == "dobj" and c.lemma_.lower() not in words.units
    ]
    if objects and objects[0].pos_ == "NOUN":
        # "raised the price of gas to 120 tenge", "faced an increase in the price"
        measured = _changed(objects[0]) if objects[0].lemma_.lower() in CHANGE_NOUNS else objects[0]
        return phrase(measured), measured
    if objects:
        return None  # "stations sell LPG for 95 tenge": the subject is not what is priced
    if head.dep_ == "relcl" and head.head.pos_ == "NOUN":
        return phrase(head.head), head.head  # "losses it estimated at 10 billion tenge"
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    return (phrase(subj[0]), subj[0]) if subj else None


def _of_the_unit(noun: Token, unit: Token) -> bool:
    """ "the cap of 50 tenge": the amount is the "of" part, not what the cap is of."""
    return any(o.i == unit.i for p in noun.children if p.lower_ == "of" for o in p.children)


def _count_verb(counted: Token, words: Words) -> tuple[str, Token] | None:
    """The verb that says what happened to the counted people, and its participle."""
    verbs = []
    # "1,376 entities, 100 bank branches and 372 vehicles were damaged": each conjunct
    # is the verb's subject
    first = counted
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i != first.i:
        first = first.head
    head = first.head
    if first.dep_ == "nsubjpass" or (
        first.dep_ == "nsubj"
        and (head.lemma_.lower() in INTRANSITIVE or head.tag_ == "VBN" or _bare_passive(first))
    ):
        verbs.append(head)
    if first.dep_ == "dobj":
        verbs.append(head)
    verbs += [
        c
        for c in counted.children
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and not _of_their_own(c)
    ]
    for verb in verbs:
        if verb.lemma_.lower() in words.count_verbs:
            return words.count_verbs[verb.lemma_.lower()], verb
    # "protests that left at least 238 people dead": what the leaving left them
    if first.dep_ == "dobj" and head.lemma_.lower() == "leave":
        state = next((c for c in head.children if c.dep_ == "oprd" and c.lower_ in LEFT), None)
        if state is not None:
            return LEFT[state.lower_], state
    # "3,500 injured people were paid ...": the participle before the noun says it
    for mod in (c for c in counted.children if c.dep_ == "amod" and c.tag_ == "VBN"):
        if mod.lemma_.lower() in words.count_verbs:
            return words.count_verbs[mod.lemma_.lower()], mod
    # a part of a count told beside it: "225 people were killed, including 19 police
    # officers", "4,500 were injured, among them 1,300 members of the security forces"
    whole = counted.head if counted.dep_ == "appos" else None
    if counted.dep_ == "pobj" and counted.head.lower_ in PART_OF:
        whole = counted.head.head
    if whole is not None and whole.i != counted.i:
        if whole.pos_ == "VERB" and whole.lemma_.lower() in words.count_verbs:
            return words.count_verbs[whole.lemma_.lower()], whole
        if whole.pos_ in ("NOUN", "PROPN", "NUM"):
            return _count_verb(whole, words)
    return None


# What "left N people ..." says befell them.
LEFT = {"dead": "dead", "injured": "injured", "wounded": "wounded", "homeless": "homeless"}
# Prepositions that take a part of a count: "including 19 police officers".
PART_OF = {"including", "among"}
# Nouns that name only a part of what follows them: "members of the security forces".
MEMBER_NOUNS = {"member", "representative", "employee", "officer", "servicemen", "serviceman"}


def _of_their_own(verb: Token) -> bool:
    """ "1,056 entrepreneurs whose property was damaged": what befell is theirs, not them."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(p.lower_ == "whose" for p in c.children)
        for c in verb.children
    )


def _bare_passive(counted: Token) -> bool:
    """ "10,000 detained", "More than 4,500 injured": a bare number as the subject of a
    past verb with no object, a list's or headline's passive (a number detains no one)."""
    verb = counted.head
    return (
        counted.pos_ == "NUM"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in verb.children)
    )


def count(number: Token, words: Words) -> tuple[str, Token, bool] | None:
    """A count: (measure, anchor, own idiom). "20,000 bandits", "tens of thousands of people",
    "164 killed", "18 police and national guard troops had been killed"."""
    if number.dep_ == "nummod" and number.head.text == "[":
        # "The official death toll was 238 [6]": the parser hangs the number on the
        # reference marker, which stands where the number does
        toll = _toll(number.head)
        return (toll[0], toll[1], False) if toll is not None else None
    toll = _toll(number)
    if toll is not None:
        return toll[0], toll[1], False
    noun = number.head if number.dep_ == "nummod" else None
    if noun is None:
        for prep in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lower_ in ("thousands", "hundreds", "millions"):
                noun = next(
                    (c for p in noun.children for c in p.children if c.dep_ == "pobj"), noun
                )
    counted = noun if noun is not None and number.dep_ == "nummod" else number
    names: list[str] = []
    if noun is not None:
        # "19 members of the security forces": members of what, or the count says nothing
        first = phrase(noun) if noun.lemma_.lower() in MEMBER_NOUNS else _word(noun)
        names = [first] + [
            _word(c)
            for c in noun.children
            if c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and c.ent_type_ not in NAMED  # "238 people, FIDH said": the speaker, misparsed
            # "592 votes in favour and 83 abstentions": a noun with its own number
            and not any(n.dep_ == "nummod" for n in c.children)
        ]
        if noun.dep_ in ("nmod", "compound") and noun.head.pos_ == "NOUN":
            counted = noun.head  # "18 police and national guard troops"
            names.append(_word(counted))
    if noun is not None and noun.lemma_.lower() in NOT_COUNTED:
        return None
    if noun is not None and not any(ch.isalpha() for ch in noun.text):
        return None  # "Deaths: 238 | Detained: ...": a table's bar, taken for a noun
    if noun is not None and any(t.text == "(" for t in number.doc[number.i : noun.i]):
        return None  # "Death toll: 238 (official)": a note on the figure, not what it counts
    if noun is not None and noun.lower_.rstrip(".") in MONTHS:
        return None  # "- January 7: ...": a date the model missed after a list's dash
    if noun is not None and noun.lemma_.lower() == "life":  # "claiming hundreds of lives"
        taker = noun.head if number.dep_ == "nummod" else number.head
        if taker.lemma_.lower() in LIFE_VERBS:
            return "number of people killed", noun, True
    harm = _count_verb(counted, words)
    if noun is None:  # a headline's "164 killed": the number stands for people
        return (f"number of people {harm[0]}", harm[1], False) if harm else None
    cited = CITED_WORD.match(noun.text) is not None  # "articles.[4", which the model mistags
    if noun.pos_ not in ("NOUN", "PROPN") and not cited:
        return None
    if noun.ent_type_ in (*NAMED, "DATE"):
        return None
    if noun.lemma_.lower() in words.units:
        found = _unit_measure(noun, words)
        return (found[0], found[1], False) if found else None
    measure = f"number of {' and '.join(dict.fromkeys(names))}"
    return measure + (f" {harm[0]}" if harm else ""), noun, False
