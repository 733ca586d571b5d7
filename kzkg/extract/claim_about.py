"""What a claim is about: the entities its words name, read as the claim means them.

A country that acts in a claim ("Kazakhstan has failed to investigate the
deaths", "announcements by Kazakhstan") stands for its state, so the claim is
about its government when the lexicon has one (an organization "Government of
X" of that nationality); a country named as a place ("protests in Kazakhstan",
"Kazakhstan's institutions") stays the country. A dateline ("(Berlin) – ...",
"KazTAG - ...") is where the report was filed, no part of what is said. A
claim about an event is also about the group that acts in it (`event_actors`
in claims.yaml: "the protests were hijacked" is about the protesters), and one
about a people named by its nationality ("poorer Kazakhs") is about its country.
"""

from __future__ import annotations

from kzkg.extract.context import Sentence, Token
from kzkg.extract.dates import MONTHS
from kzkg.extract.model import EntityKey, Span

DASHES = {"-", "--", "\u2013", "\u2014"}
DATELINE_WORDS = 16  # a few words, a date and an agency: "ASTANA, Feb 20, 2024 (Reuters) -"
# Nouns for the state's organs: "the authorities of X" acting is X's government.
STATE_NOUNS = {"authority", "government", "leadership", "regime"}
# Verbs whose subject undergoes or is, rather than acts: "Kazakhstan has seen
# protests", "Kazakhstan remains a key partner" are about the country.
UNDERGOING = {"be", "have", "see", "experience", "suffer", "face", "remain", "become", "witness"}


def without_dateline(sent: Sentence, tokens: list[Token]) -> list[Token]:
    """The words after a dateline: names (and numbers) before a spaced dash that
    opens the sentence."""
    for tok in sent.tokens[:DATELINE_WORDS]:
        if tok.text not in DASHES or not tok.whitespace_ or tok.i == sent.tokens[0].i:
            continue
        if not tok.doc[tok.i - 1].whitespace_:
            continue
        before = [t for t in sent.tokens if t.i < tok.i]
        words = [t for t in before if t.is_alpha]
        # "(Berlin) -", "ALMATY -", "Almaty, January 4, 2024 -": not "Kazakhstan - a
        # key partner - has failed ..."
        marked = any(t.text in "()" for t in before) or all(t.is_upper for t in words)
        marked = marked or _dated(before)
        if marked and all(t.pos_ in ("PROPN", "PUNCT", "NUM", "SPACE") for t in before):
            return [t for t in tokens if t.i > tok.i]
        return tokens
    return tokens


def _dated(tokens: list[Token]) -> bool:
    """A place and a date before the dash: "Almaty, January 4, 2024 -"."""
    return any(t.lower_.rstrip(".") in MONTHS for t in tokens) and any(t.like_num for t in tokens)


def on_its_line(sent: Sentence, tokens: list[Token]) -> tuple[list[Token], Span | None]:
    """What is said stays on its own line: a sentence the parser ran on from a
    headline or byline ("Internet Shutdown / Article author / NAME / It is
    noteworthy that ...") keeps the line of the content's head, with that line
    as its evidence."""
    breaks = [t.i for t in sent.tokens if t.is_space and "\n" in t.text]
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if not breaks or not heads:
        return tokens, None
    head = heads[0].i
    start = max([b for b in breaks if b < head], default=sent.tokens[0].i - 1)
    end = min([b for b in breaks if b > head], default=sent.tokens[-1].i + 1)
    kept = [t for t in tokens if start < t.i < end]
    if len(kept) == len(tokens) or not kept:
        return tokens, None
    line = [t for t in sent.tokens if start < t.i < end and not t.is_space]
    first, last = line[0], line[-1]
    return kept, Span(sent.base + first.idx, sent.base + last.idx + len(last), "claims")


def _acts(tok: Token) -> bool:
    """The name is (part of) the subject of an action, or the agent of one; also the
    country of a state body that is ("the authorities of the Republic of X have ...")."""
    while tok.dep_ in ("compound", "flat", "pobj") and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == "by":
            return True
        if tok.dep_ == "pobj" and not (
            tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in STATE_NOUNS
        ):
            return False
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in UNDERGOING


def government_of(sent: Sentence, country: EntityKey) -> EntityKey | None:
    """The lexicon's government of a country, registered in this document's result."""
    resolver = sent.state.resolver
    for entry in sent.lexicon.entities:
        if (
            entry.nationality == country.label
            and entry.kind == "organization"
            and entry.label.lower().startswith("government")
        ):
            return sent.result.entity(resolver.known(entry.label))
    return None


def _people_of(sent: Sentence, tok: Token) -> EntityKey | None:
    """'poorer Kazakhs', 'many Kazakhstanis': a people named by its nationality is
    its country's."""
    country = sent.lexicon.nationalities.get(tok.lower_.removesuffix("s"))
    if country is None or sent.state.resolver.by_label.get(country) is None:
        return None
    return sent.result.entity(sent.state.resolver.known(country))


def _group(sent: Sentence, label: str) -> EntityKey | None:
    """The lexicon's group so labelled, registered in this document's result."""
    for entry in sent.lexicon.entities:
        if entry.label.lower() == label and entry.kind == "group":
            return sent.result.entity(sent.state.resolver.known(entry.label))
    return None


def _the_pair(sent: Sentence, pronoun: Token) -> list[EntityKey]:
    """ "A and B were killed in January. According to testimonies, they had been
    detained": "they" are the two persons the sentence before joined, when no group
    was named since."""
    if pronoun.lower_ not in ("they", "them"):
        return []
    pair, group = sent.state.last_pair, sent.state.last_group
    if pair is None or sent.state.sentence_no - pair[0] != 1:
        return []
    if group is not None and group[0] >= pair[0]:
        return []
    return list(pair[1])


def claim_about(sent: Sentence, tokens: list[Token], speakers: list[EntityKey]) -> list[EntityKey]:
    mentions: list[tuple[EntityKey, list[Token]]] = []  # a name of several words once
    for tok in tokens:
        key = sent.tok_entity.get(tok.i)
        if key is None and tok.pos_ == "PRON":
            key = sent.entity(tok)
        if key is None:
            mentions += [(person, [tok]) for person in _the_pair(sent, tok)]
            continue
        if mentions and mentions[-1][0] == key and mentions[-1][1][-1].i == tok.i - 1:
            mentions[-1][1].append(tok)
        else:
            mentions.append((key, [tok]))
    for tok in tokens:  # "the protests were hijacked": about the protesters too
        actor = sent.lexicon.maps.get("event_actors", {}).get(tok.lemma_.lower())
        if actor is not None and tok.pos_ == "NOUN":
            known = _group(sent, actor)
            if known is not None:
                mentions.append((known, [tok]))
        elif tok.i not in sent.tok_entity and tok.lower_.endswith("s") and tok.pos_ != "VERB":
            people = _people_of(sent, tok)
            if people is not None:
                mentions.append((people, [tok]))
    found: list[EntityKey] = []
    for key, words in mentions:
        if key.kind == "place" and sent.can_act(key) and any(_acts(t) for t in words):
            key = government_of(sent, key) or key
        if key not in found and key not in speakers:
            found.append(key)
    return found
