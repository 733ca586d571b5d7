"""Posts and tenures shared by the role rules: a title phrase to a post, a tenure fact.

A title with "of ORG" resolves through the lexicon ("head of the Security
Council"); an unknown title of a known organization becomes a new post
("Director (Human Rights Watch)"); rank words ("deputy", "first") keep a post
distinct from the one it ranks under.
"""

from __future__ import annotations

from dataclasses import replace

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token, told_as_before
from kzkg.extract.entries import entry_date
from kzkg.extract.foreign import HOME
from kzkg.extract.model import DocResult, EntityInfo, EntityKey, FactKey, Lit, Span
from kzkg.extract.resolve import GENERIC_TITLES, normalise_title
from kzkg.extract.titles import INNER, POSSESSIVE, Title, org_inside, title_words

RANKS = {"deputy", "vice", "assistant", "first", "second", "acting", "interim", "honorary"}


def title_of(noun: Token, sent: Sentence) -> tuple[str, EntityKey | None] | None:
    """('head', Security Council) for 'the head of the country's Security Council'."""
    words = sent.lexicon.words("post_words")
    titles = {t for p in sent.lexicon.posts for t in p.titles}
    start = noun.i
    while (
        start > noun.left_edge.i
        and noun.doc[start - 1].dep_ not in ("det", "poss", "case", "punct", "predet", "nummod")
        and noun.doc[start - 1].lower_ not in ("former", "new", "then", "ex", "acting")
    ):
        start -= 1
    phrase = noun.doc[start : noun.i + 1].text
    org = None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if objs:
            if objs[0].lower_ == "state" or noun.doc[prep.i + 1].lower_ == "state":
                phrase += " of state"
            else:
                found = sent.entities_in(_body_words(objs[0]), {"organization", "place"})
                orgs = [k for k in found if k.kind == "organization"]
                org = next(iter(orgs or found), None)
                known = sent.state.resolver.by_label
                places = [k for k in found if k.kind == "place" and k.label in known]
                whole = noun.doc[noun.i : objs[0].right_edge.i + 1].text
                if org is not None and org.label not in known and places:
                    # "Minister of Internal Affairs of the Republic of Kazakhstan": a body
                    # the lexicon does not know is the title's words, the country its owner
                    phrase, org = f"{phrase} of {org.label}", places[0]
                elif org is not None and org.label not in known and whole.lower() in titles:
                    phrase, org = whole, None  # "Minister of Internal Affairs": a known title
    if org is None:  # "as KNB chairman": the body named before the post word
        named = [i for i in range(start, noun.i) if sent.tok_entity.get(i) is not None]
        bodies = {sent.tok_entity[i] for i in named}
        if len(bodies) == 1 and next(iter(bodies)).kind == "organization":
            org = bodies.pop()
            phrase = noun.doc[named[-1] + 1 : noun.i + 1].text
    if noun.lemma_.lower() in words or phrase.lower() in titles or noun.lower_ in titles:
        return phrase, org
    return None


def _body_words(obj: Token) -> list[Token]:
    """The words of a title's 'of' phrase that can name its body: not a name in
    apposition at its end ("the head of the Almaty region's police department,
    Nurlan Abdirov": the parser may hang the holder on the department)."""
    trailing = {
        t.i
        for appos in obj.subtree
        if appos.dep_ == "appos" and appos.pos_ == "PROPN" and appos.i > obj.i
        for t in appos.subtree
    }
    return [t for t in obj.subtree if t.i not in trailing]


def find_post(
    sent: Sentence, title: str, org: EntityKey | None, holder: EntityKey | None
) -> EntityKey | None:
    resolver = sent.state.resolver
    words = title.split()
    if org is not None and org.kind == "place" and normalise_title(title) in GENERIC_TITLES:
        entry = resolver.post_by_title(title, org, holder)  # "Kazakhstan's head": of what?
        return sent.result.entity(resolver.post_info(entry)) if entry else None
    if RANKS & {w.lower() for w in words}:  # "first deputy chairman" is not the chairman
        entry = resolver.post_by_title(title, org, holder)
        if entry is not None:
            return sent.result.entity(resolver.post_info(entry))
        return sent.result.entity(resolver.new_post(_cased(title), org)) if org else None
    for start in range(len(words)):
        entry = resolver.post_by_title(" ".join(words[start:]), org, holder)
        if entry is not None:
            return sent.result.entity(resolver.post_info(entry))
    if org is not None:
        return sent.result.entity(resolver.new_post(_cased(title), org))
    return None


def post_for(sent: Sentence, title: Title, holder: EntityKey | None) -> EntityKey | None:
    """The post a title read around a name names: a lexicon post, else a new post of
    its owner ("Prosecutor General (Kazakhstan)"), else, for an occupation or a title
    of several words, a post of its own ("financial police agent")."""
    title = _of_country(sent, _local_body(sent, title))
    text = title.text
    lookup = text
    inner = [n for n, t in enumerate(title.words) if t.lower_ in INNER]
    if inner and title.org is not None and _only_names(title.words[inner[0] + 1 :], title, sent):
        lookup = "".join(t.text_with_ws for t in title.words[: inner[0]]).strip()
    if lookup == text and inner and _anaphoric(title.words[inner[0] + 1 :], sent):
        return None  # "head of the agency": which agency, the words do not say
    if title.org is not None and title.org.kind == "place" and lookup.lower() in GENERIC_TITLES:
        # "Kazakhstan's head": of which body, the words do not say
        entry = sent.state.resolver.post_by_title(lookup, title.org, holder)
        return sent.result.entity(sent.state.resolver.post_info(entry)) if entry else None
    post = find_post(sent, lookup, title.org, holder)
    if post is not None and _foreigner_in_kazakh_post(sent, holder, post):
        return None  # "Secretary of the Security Council Nikolai Patrushev": Russia's
    if post is None and _stands_alone(title, sent):
        post = sent.result.entity(sent.state.resolver.new_post(_cased(text), None))
    if post is not None and post.label not in sent.state.resolver.posts:
        info = sent.result.entities[post]
        info.aliases.add(text)
        if title.owner_text and lookup == text:
            info.aliases.add(f"{title.owner_text} {text}")  # "Almaty Governor"
        if title.full:
            info.aliases.add(title.full)  # "head of the Secret Service «A»"
    return post


def _foreigner_in_kazakh_post(sent: Sentence, holder: EntityKey | None, post: EntityKey) -> bool:
    """Whether the lexicon gives the holder another nationality than Kazakhstan's while
    the post is one of Kazakhstan's bodies: the title names the holder's own country's
    post ("the Security Council" of Russia), which the words do not name."""
    if holder is None or holder.kind != "person":
        return False
    person = sent.result.entities.get(holder)
    country = person.nationality.label if person and person.nationality else None
    if country in (None, HOME):
        return False
    info = sent.result.entities.get(post)
    body = info.post_in.label if info and info.post_in else ""
    return body == HOME or body.endswith(f" of {HOME}")


def _of_country(sent: Sentence, title: Title) -> Title:
    """ "Minister of Internal Affairs of the Republic of Kazakhstan": a country after the
    body's name says whose the body is; the title is "Minister of Internal Affairs",
    Kazakhstan's (a country right after the post word stays: "President of Kazakhstan")."""
    words = title.words
    end = len(words)
    place = sent.tok_entity.get(words[-1].i) if words else None
    if place is None or place.kind != "place":
        return title
    while end and sent.tok_entity.get(words[end - 1].i) == place:
        end -= 1
    if end and words[end - 1].lower_ == "the":
        end -= 1
    inner = [n for n, t in enumerate(words[: end - 1]) if t.lower_ in INNER]
    if not end or words[end - 1].lower_ != "of" or not inner:
        return title
    kept = words[: end - 1]
    org = org_inside(sent, kept[inner[0] + 1 :], [])
    if org is None or org.label not in sent.state.resolver.by_label:
        org = place  # "of Internal Affairs" names no body the lexicon knows: the country's
    return replace(title, words=kept, org=org, full=title.full or title.text)


def _local_body(sent: Sentence, title: Title) -> Title:
    """ "Almaty maslikhat deputy", "Shymkent city court judge": an institution noun after
    a place and before the post word names the body the post is in ("Almaty
    maslikhat"), which is no other name of the place."""
    words = title.words
    nouns = sent.lexicon.words("institution_nouns")
    if title.org is None or title.org.kind != "place" or len(words) < 2:
        return title
    if not title.owner_text:  # "Police chief of the X region": the place is the post's
        return title
    if words[0].lower_ not in nouns or words[0].lower_ in title_words(sent):
        return title
    info = EntityInfo(
        key=EntityKey("organization", f"{title.org.label} {words[0].lower_}"),
        cls="Organization",
        aliases={f"{title.owner_text} {words[0].text}"},
        located_in=title.org,
    )
    body = sent.result.entity(info)
    known = sent.result.entities[body]
    known.located_in = known.located_in or title.org
    return replace(title, words=words[1:], org=body)


def _only_names(words: list[Token], title: Title, sent: Sentence) -> bool:
    """Does 'of ...' name just the owner ("head of the KNB"), not a part of it ("head of
    the KNB's fifth department")?"""
    owners = {  # "Kazakhstan's" before the body's name owns the body, not the title
        sent.tok_entity.get(t.i - 1) for t in words if t.text in POSSESSIVE
    } | {title.org}
    rest = [
        t
        for t in words
        if sent.tok_entity.get(t.i) not in owners and not t.is_punct and t.text not in POSSESSIVE
    ]
    return len(rest) < len(words) and all(t.lower_ == "the" for t in rest)


def _anaphoric(words: list[Token], sent: Sentence) -> bool:
    """'the agency', 'the committee': a thing named before, not in these words."""
    heads = title_words(sent)
    return (
        bool(words)
        and words[0].lower_ == "the"
        and not any(sent.tok_entity.get(t.i) or t.lower_ in heads for t in words)
    )


def _stands_alone(title: Title, sent: Sentence) -> bool:
    """An occupation ("journalist") or a title of several words ("Deputy Foreign
    Minister") names a post without an owner; a bare "minister" does not."""
    words = [t.lower_ for t in title.words]
    if words[-1] in sent.lexicon.words("occupation_words"):
        return True
    # "first deputy" alone: a rank of no named post ("deputy" is a rank too)
    return len(words) > 1 and any(w in title_words(sent) and w not in RANKS for w in words)


def looks_personal(holder: EntityKey, sent: Sentence) -> bool:
    """A name the model took for an organization ("Natalia Gherman") but with no word
    of an organization's name in it."""
    words = holder.label.split()
    return (
        holder.kind == "organization"
        and holder.label not in sent.state.resolver.by_label
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not {w.lower() for w in words} & _organization_words(sent)
    )


def _organization_words(sent: Sentence) -> set[str]:
    lex = sent.lexicon
    return {
        *lex.words("organization_nouns"),
        *lex.words("institution_nouns"),
        *lex.words("group_nouns"),
        *lex.words("place_nouns"),
    }


def named_post(
    sent: Sentence, title: str, org: EntityKey | None, holder: EntityKey | None
) -> EntityKey | None:
    """The post a change names ("appointed state secretary", "resigned as deputy prime
    minister"): a lexicon post or one of its owner, else, as after a name, a title of
    several words on its own (not "first deputy", nor a bare "minister")."""
    post = find_post(sent, title, org, holder)
    if post is not None or org is not None:
        return post
    if any(normalise_title(title) in names for names in sent.state.resolver.post_names):
        return None  # "named prime minister": the lexicon's post, but whose it does not say
    words = [w.lower() for w in title.split()]
    heads = title_words(sent)
    if len(words) > 1 and any(w in heads and w not in RANKS for w in words):
        return sent.result.entity(sent.state.resolver.new_post(_cased(title), None))
    return None


def _cased(title: str) -> str:
    return title[:1].upper() + title[1:]


def tenure(
    result: DocResult,
    holder: EntityKey,
    post: EntityKey,
    span: Span,
    start: PartialDate | None = None,
    end: PartialDate | None = None,
    predecessor: EntityKey | None = None,
    successor: EntityKey | None = None,
    several: bool = False,
) -> None:
    """One tenure of a post by a holder; with `several` (the text gives more than one
    period of the post: "2007-2012, 2014-2016") each period is a tenure of its own."""
    key: tuple[str, ...] = (holder.label, post.label)
    if several and start is not None:
        key += (start.iso(),)
    fkey = FactKey("tenure", key)
    fact = result.fact(fkey, "Tenure", f"{holder.label} as {post.label}", span)
    fact.add("holder", holder)
    fact.add("post", post)
    fact.add("startDate", Lit.of_date(start) if start else None)
    fact.add("endDate", Lit.of_date(end) if end else None)
    fact.add("predecessor", predecessor)
    fact.add("successor", successor)


ANNOUNCE = {"announce", "confirm", "report"}


def _change_date(sent: Sentence, verb: Token) -> PartialDate | None:
    """The date the change's own clause states (or the clause announcing it: "On
    January 6 the press service announced that ... dismissed X"), never one of a
    neighbouring clause; else the document's month while the document reports its own
    time (news of a dismissal is usually that month's news)."""
    date = sent.date_near(verb, own_clause=True)
    if date in sent.late_guesses and verb.tag_ in ("VBD", "VBN"):
        return None  # "On January 6 he was dismissed" in an article of 5 January 2024
    head = verb
    while date is None and head.dep_ in ("conj", "ccomp") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in ANNOUNCE:
            date = sent.date_near(head, own_clause=True)
    if date is None:
        date = entry_date(sent)  # "Jan. 11: ... is approved as prime minister"
    if told_as_before(verb):
        return date  # "Kaliyev later resigned", "had been dismissed": not this month's news
    if date is None and sent.state.date is not None and not sent.state.narrates_past:
        d = sent.state.date
        date = PartialDate(d.year, d.month) if d.month else PartialDate(d.year)
    return date
