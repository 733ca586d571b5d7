"""Who is speaking: the claimant of a reporting verb, resolved from the parse.

Besides a named subject ("Tokayev said") a speaker may be a pronoun ("he
said", through context.py), a collective ("Massimov's supporters say", "a
coalition of rights groups said"), a title with the name after it ("Head of
State Kassym-Jomart Tokayev stressed"), or a role noun standing for an actor
named earlier ("the spokesman said", "the ministry said"): the nearest
preceding actor who fits the role, or no one when none fits.
"""

from __future__ import annotations

import re

from kzkg.extract.context import Sentence, Token
from kzkg.extract.foreign import qualified_abroad
from kzkg.extract.model import EntityInfo, EntityKey

QUANTIFIERS = {"many", "some", "several", "most", "other", "few", "numerous", "various"}
MODIFIERS = ("amod", "compound")


def speakers_of(sent: Sentence, verb: Token) -> list[EntityKey]:
    """The speakers of a reporting verb: its subject's entities, else a title's
    holder, a role noun's actor or a collective noun as a Group."""
    quoted = _quoted_as_saying(sent, verb) or cited_source(sent, verb) or _cited(sent, verb)
    if quoted is not None:
        return [quoted]
    nearest = _nearest_person(sent, verb)
    if nearest is not None:
        return [nearest]
    pair = _the_two(sent, verb)
    if pair is not None:
        return pair
    apposition = _speaker_after_name(verb)
    if apposition is not None:
        speaker = speaker_noun(sent, apposition)
        return [speaker] if speaker is not None else []
    employer = _employer(sent, verb)
    if employer is not None:
        return [employer]
    found = []
    for key in sent.subject(verb):
        if is_role_label(sent, key.label):
            key = role_actor(sent, key.label.lower()) or key
            if is_role_label(sent, key.label):
                continue  # "Prosecutor General" with no one to stand for
        found.append(key)
    if found:
        return found
    own = _first_person(sent, verb)
    if own:
        return own
    # "GENEVA (12 January 2022) - UN experts called on ...": not the dateline's place
    subjects = sent.subjects_past_dateline(
        [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    )
    for subj in subjects:
        named = [sent.tok_entity.get(c.i) for c in subj.children if c.dep_ == "appos"]
        if subj.lemma_.lower() in GENERIC_SPEAKERS and subj.i not in sent.tok_entity:
            # "Many people, including relatives of the dead, demanded ...": those named
            named += [
                sent.tok_entity.get(o.i)
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ == "including"
                for o in p.children
                if o.dep_ == "pobj"
            ]
        # "media outlet Khabar said", "the ministry said"
        speaker = next((k for k in named if k is not None and sent.can_act(k)), None)
        speaker = speaker or speaker_noun(sent, subj)
        if speaker is not None:
            return [speaker]
    return []


STAFF_PREPS = {"at", "from", "of", "with"}


def _employer(sent: Sentence, verb: Token) -> EntityKey | None:
    """ "Analysts at Halyk Finance said ...", "economists from the World Bank estimate"."""
    subjects = (employer_of(sent, c) for c in verb.children if c.dep_ == "nsubj")
    return next((key for key in subjects if key is not None), None)


def employer_of(sent: Sentence, noun: Token) -> EntityKey | None:
    """Staff speak for the organization they work at (staff_nouns in claims.yaml):
    "analysts at Halyk Finance" is Halyk Finance."""
    if noun.lemma_.lower() not in sent.lexicon.words("staff_nouns"):
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in STAFF_PREPS):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            key = sent.entity(obj)
            if key is not None and key.kind == "organization":
                return key
    return None


# "Both sides stressed ...", "the two leaders agreed ...": the two just named.
PAIR_NOUNS = {"side", "leader", "president", "minister", "head", "counterpart"}


def _the_two(sent: Sentence, verb: Token) -> list[EntityKey] | None:
    """The pair of persons the sentence before joined ("Tokayev and Xi held talks"), when
    the speakers are "both sides" or "the two leaders"; no one (not a group "sides")
    when there is no such pair; None when the subject is no such phrase."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lemma_.lower() not in PAIR_NOUNS or subj.tag_ != "NNS":
            continue
        if not any(c.lower_ in ("both", "two") for c in subj.children):
            continue
        pair = sent.state.last_pair
        return list(pair[1]) if pair and sent.state.sentence_no - pair[0] == 1 else []
    return None


GENERIC_SPEAKERS = {"people", "many", "some", "others", "citizen", "resident", "kazakhstani"}


def _first_person(sent: Sentence, verb: Token) -> list[EntityKey]:
    """ "I believe ...", "We call on ..." in the document's own words (not inside a
    quotation, whose "I" is the one quoted): the authors, or the publisher ("we" in an
    NGO's statement is the NGO)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or sent.inside_quotation(verb):
        return []
    subject = subjects[0]
    if _our_body(sent, subject):  # "Our organisations have documented ...": the writers
        return the_writers(sent, plural=True)
    if subject.lower_ not in ("i", "we"):
        return []
    if subject.lower_ == "we" and any(c.dep_ == "appos" for c in subject.children):
        # "We, the undersigned organisations — A, B and C — call on ...": those named
        named = [sent.tok_entity.get(t.i) for t in sent.tokens if subject.i < t.i < verb.i]
        actors = [k for k in dict.fromkeys(named) if k is not None and sent.can_act(k)]
        if actors:  # the writers are among them
            return list(dict.fromkeys(actors + the_writers(sent, plural=True)))
    return the_writers(sent, plural=subject.lower_ == "we")


def _our_body(sent: Sentence, noun: Token) -> bool:
    words = set(sent.lexicon.words("collective_nouns")) | set(sent.lexicon.words("body_nouns"))
    return noun.lemma_.lower() in words and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in noun.children
    )


def the_writers(sent: Sentence, plural: bool) -> list[EntityKey]:
    """Who the document's own "I" / "my" is (its one author, else no one) and its "we" /
    "our" (the publisher, else the authors); in a transcript's turn ("MS. PSAKI: We
    are ..."), the one whose turn it is, else no one."""
    turn = turn_speaker(sent)
    if turn is not None:
        return turn
    authors = list(sent.state.authors)
    if not plural:
        return authors[:1] if len(authors) == 1 else []
    if len(authors) == 1 and _public_figure(sent, authors[0]):
        return authors  # an op-ed by Tokayev: his "we", not the newspaper's
    return [sent.state.publisher] if sent.state.publisher else authors


def _public_figure(sent: Sentence, author: EntityKey) -> bool:
    """An author the lexicon knows as a person: an actor of the story writing in his own
    name (a reporter or an NGO's researcher writes for the publisher)."""
    entry = sent.lexicon.entity(author.label)
    return entry is not None and entry.type == "Person"


# A transcript's turn: "MS. PSAKI:", "MR. PRICE:", "Q:", "QUESTION:", "SECRETARY BLINKEN:".
TURN = re.compile(r"(MR\.|MS\.|MRS\.|DR\.)?\s*((?:[A-Z][A-Z'\-]+\s+)*[A-Z][A-Z'\-]+)\s*:")
QUESTIONS = {"Q", "QUESTION"}


def turn_speaker(sent: Sentence) -> list[EntityKey] | None:
    """When the sentence's paragraph opens as a transcript's turn, whose turn it is: the
    person whose surname it gives ("PSAKI": Jen Psaki), or no one for a question or an
    unknown "MS. X". None when the paragraph is no turn ("ALMATY: ..." is a dateline)."""
    body = sent.state.doc.body
    at = sent.base + sent.span.start_char
    opening = TURN.match(body, body.rfind("\n", 0, at) + 1)
    if opening is None:
        return None
    titled, name = opening.groups()
    if name in QUESTIONS:
        return []
    surname = name.split()[-1]
    known = [k for k in sent.result.entities if k.kind == "person"]
    known += [EntityKey("person", e.label) for e in sent.lexicon.entities if e.type == "Person"]
    speaker = next((k for k in known if k.label.split()[-1].upper() == surname), None)
    if speaker is not None:
        return [speaker]
    return [] if titled else None


def _quoted_as_saying(sent: Sentence, verb: Token) -> EntityKey | None:
    """'Xinhua quoted Dujarric as saying', 'Lavrov was quoted by Interfax as saying':
    the one quoted speaks, not the agency (the parser may hang 'saying' on 'as')."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_.lower() != "quote":
        return None
    if not any(c.lower_ == "as" for c in verb.children):
        return None
    objects = [sent.entity(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return next((k for k in objects if k is not None and sent.can_act(k)), None)


CITING = {"cite", "quote"}


def cited_by(sent: Sentence, phrase: Token, by_role: bool = True) -> EntityKey | None:
    """ "citing the Interior Ministry", "which cited the ministry": the actor whose words
    the outlet passes on; with `by_role`, also one named by a role noun ("the ministry")."""
    if phrase.lemma_.lower() not in CITING:
        return None
    for obj in (c for c in phrase.children if c.dep_ == "dobj"):
        key = sent.entity(obj) or (speaker_noun(sent, obj) if by_role else None)
        if key is not None and sent.can_act(key) and key.kind in ("person", "organization"):
            return key  # not "citing unnamed sources": the outlet's report all the same
    return None


def _cited(sent: Sentence, verb: Token) -> EntityKey | None:
    """ "Tengrinews, which cited the ministry, reported ...": the ministry's claim, which
    the outlet reports (a participle, "citing the ministry", is cited_source's)."""
    if sent.lemmas.isdisjoint(CITING):
        return None
    phrases = [r for s in verb.children if s.dep_ == "nsubj" for r in s.children]
    for phrase in phrases:
        if phrase.dep_ == "relcl":
            key = cited_by(sent, phrase)
            if key is not None:
                return key
    return None


def citing_phrases(verb: Token) -> list[Token]:
    """ "Citing the Interior Ministry, Tengrinews reported ...", "Kazinform, quoting the
    health ministry, said ...": the participles on a reporting verb that name its source
    (the parser may hang one on the verb's subject or on what it reports)."""
    # "Tengrinews reported, citing the ministry, that ..." hangs it on the content's verb
    owners = [verb, *(c for c in verb.children if c.dep_ in ("nsubj", "ccomp"))]
    return [
        c
        for owner in owners
        for c in owner.children
        if c.dep_ in ("advcl", "acl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in CITING
    ]


def cited_source(sent: Sentence, verb: Token) -> EntityKey | None:
    """The body or person an outlet cites for what it reports: the words are theirs, as
    with "quoted X as saying". A source the text does not name ("citing a source in the
    ministry") leaves the outlet the speaker."""
    found = (cited_by(sent, phrase, by_role=False) for phrase in citing_phrases(verb))
    return next((key for key in found if key is not None), None)


def _speaker_after_name(verb: Token) -> Token | None:
    """ "... dismissed the head of the KNB, Karim Masimov, the press service said": the
    parser makes the name that ends the content the subject and the speaker its
    apposition. A common noun phrase right before the verb, after a name set off by
    a comma, is the speaker ("Masimov, the KNB chief, said" has a comma before the
    verb and stays Masimov's)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    name = subjects[0]
    if not any(c.dep_ == "ccomp" and c.i < name.i for c in verb.children):
        return None
    if name.left_edge.i == 0 or name.doc[name.left_edge.i - 1].text != ",":
        return None
    return next(
        (
            c
            for c in name.children
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.right_edge.i == verb.i - 1
        ),
        None,
    )


def _nearest_person(sent: Sentence, verb: Token) -> EntityKey | None:
    """'he' or 'she' as the subject: the nearest person before it in the sentence who
    is the subject of a clause ("Psaki said Blinken had a call, where he reaffirmed
    ...", not "Tokayev met Zas and thanked ... what he called"); without one,
    context.py's antecedent from the sentences before."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")]
    if not subjects:
        return None
    before = [
        sent.tok_entity[t.i]
        for t in sent.tokens
        if t.i < subjects[0].i
        and t.i in sent.tok_entity
        and sent.tok_entity[t.i].kind == "person"
        and _is_subject(t)
    ]
    return before[-1] if before else None


def _is_subject(token: Token) -> bool:
    """A token of a clause's subject: the subject itself or a name part of it."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    return token.dep_ in ("compound", "appos", "flat") and token.head.dep_ in ("nsubj", "nsubjpass")


def speaker_noun(sent: Sentence, noun: Token) -> EntityKey | None:
    """A noun phrase that is no mention: a surname, a title before a name, a role, a
    collective."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return (
        surname(sent, noun)
        or titled_person(sent, noun)
        or owned_body(sent, noun)
        or spokesperson_for(sent, noun)
        or text_by(sent, noun)
        or role_noun(sent, noun)
        or group_noun(sent, noun)
    )


def owned_body(sent: Sentence, noun: Token) -> EntityKey | None:
    """'the Supreme Court's press service', 'the press office of the ministry': the
    organization a body of its own speaks for."""
    if noun.lemma_.lower() not in sent.lexicon.words("body_nouns"):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"] + _prep_objects(noun, ("of",))
    for owner in owners:
        key = sent.tok_entity.get(owner.i)
        if key is None and owner.pos_ == "NOUN":
            key = role_noun(sent, owner)  # "the court's press service"
        if key is not None and key.kind == "organization":
            return key
    return None


def spokesperson_for(sent: Sentence, noun: Token) -> EntityKey | None:
    """ "a ministry spokesman", "a spokesman for the Interior Ministry": the body the
    spokesperson speaks for; a body noun is the nearest body so named before, and none
    named leaves no speaker."""
    if noun.lemma_.lower() not in sent.lexicon.words("spokes_nouns"):
        return None
    owners = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    owners += _prep_objects(noun, ("for", "of"))
    for owner in owners:
        key = sent.tok_entity.get(owner.i) or owned_body(sent, owner)  # "the EU's service"
        if key is None and owner.pos_ == "NOUN":
            key = _body_named_before(sent, owner)  # "a ministry spokesman"
        if key is not None and key.kind == "organization":
            return key
    return None


def text_by(sent: Sentence, noun: Token) -> EntityKey | None:
    """ "A report by Amnesty International found ...", "HRW's report found ...", "The
    report, published by HRW in May, found ...": a text speaks for whoever wrote or issued
    it, as the text says."""
    if noun.lemma_.lower() not in sent.lexicon.words("text_nouns"):
        return None
    authors = [c for c in noun.children if c.dep_ == "poss"] + _prep_objects(noun, ("by",))
    authors += [  # "published by HRW", "issued by the ministry"
        o
        for v in noun.children
        if v.dep_ == "acl" and v.tag_ == "VBN"
        for a in v.children
        if a.dep_ == "agent"
        for o in a.children
        if o.dep_ == "pobj"
    ]
    for author in authors:
        key = sent.tok_entity.get(author.i)
        if key is not None and key.kind in ("organization", "person", "group"):
            return key
    return None


def surname(sent: Sentence, noun: Token) -> EntityKey | None:
    """'Assylov stated' after 'Berik Assylov': the one person of the document so named."""
    if noun.pos_ != "PROPN" or not noun.text[:1].isupper():
        return None
    people = {
        key
        for key in sent.result.entities
        if key.kind == "person" and key.label.split()[-1] == noun.text and " " in key.label
    }
    return people.pop() if len(people) == 1 else None


def _titles(sent: Sentence) -> frozenset[str]:
    return sent.lexicon.title_words


def is_role_label(sent: Sentence, label: str) -> bool:
    """A mention that is only a title ('Prosecutor General', 'the spokesman')."""
    words = label.lower().removeprefix("the ").split()
    titles = _titles(sent)
    return 0 < len(words) <= 3 and (" ".join(words) in titles or any(w in titles for w in words))


def titled_person(sent: Sentence, noun: Token) -> EntityKey | None:
    """'Head of State Kassym-Jomart Tokayev': the person the title names."""
    if noun.lemma_.lower() not in _titles(sent):
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            key = sent.tok_entity.get(obj.i)
            if key is not None and key.kind == "person" and obj.pos_ == "PROPN":
                return key
    return None


def role_noun(sent: Sentence, noun: Token) -> EntityKey | None:
    """'the spokesman', 'the ministry': the nearest preceding actor in that role."""
    if not any(c.lower_ == "the" for c in noun.children):
        return None
    if qualified_abroad(sent, noun):
        return None  # "the German government" is not the Kazakh one named before
    phrase = " ".join([t.lower_ for t in noun.lefts if t.dep_ in MODIFIERS] + [noun.lemma_.lower()])
    if noun.lemma_.lower() in _titles(sent):
        return role_actor(sent, phrase)
    if noun.lemma_.lower() in sent.lexicon.words("body_nouns"):
        return _body_named_before(sent, noun)
    if noun.lemma_.lower() in sent.lexicon.words("text_nouns"):
        return _text_author(sent, noun.lemma_.lower())
    return None


def _body_named_before(sent: Sentence, noun: Token) -> EntityKey | None:
    """ "the ministry", "a ministry spokesman": the nearest organization before so
    named that the noun's own words let it be; none for a noun that is no body noun."""
    lemma = noun.lemma_.lower()
    if lemma not in sent.lexicon.words("body_nouns"):
        return None
    latest = _latest_mention(sent, lemma, {"organization"})
    return latest if latest is not None and _may_be(sent, noun, latest) else None


def _prep_objects(token: Token, words: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions among `words`: "for the ministry" gives
    "ministry"."""
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in words
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _may_be(sent: Sentence, noun: Token, body: EntityKey) -> bool:
    """Can "the ... department" be this body? Not when a name before the noun says it is
    another one ("the Kyzylorda regional police department" after "the Department of
    Internal Affairs of the Mangystau region")."""
    named = {sent.tok_entity.get(t.i) for t in noun.subtree if t.i < noun.i}
    if not all(k == body or k.label.lower() in body.label.lower() for k in named if k):
        return False
    # "the ministry of information" after "the Interior Ministry": its words say which
    entry = sent.lexicon.entity(body.label)
    names = " ".join([body.label, *(entry.aliases if entry else ())]).lower()
    return all(word[:5] in names for word in _qualifiers(sent, noun))


def _qualifiers(sent: Sentence, noun: Token) -> list[str]:
    """The common words that say which body a body noun is: "the information ministry",
    "the ministry of information"."""
    words = [t for t in noun.lefts if t.dep_ in ("amod", "compound")]
    words += [
        t
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("of", "for")
        for o in p.children
        if o.dep_ == "pobj"
        for t in o.subtree
    ]
    return [
        t.lower_
        for t in words
        if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i not in sent.tok_entity and t.is_alpha
    ]


def _text_author(sent: Sentence, noun: str) -> EntityKey | None:
    """'The resolution states': the body that spoke just before, when the text was
    named earlier ("In a resolution, the European Parliament called ...")."""
    earlier = sent.state.doc.body[: sent.base + sent.span.start_char].lower()
    named = [m.start() for m in re.finditer(rf"\b{re.escape(noun)}\b", earlier)]
    if not named:
        return None
    return _last_speaker(sent, kinds={"organization", "group"}) or _publisher_of(
        sent, earlier, named[-1]
    )


PUBLISHING = re.compile(
    r"\b(?:published|released|issued|presented|produced|prepared|compiled|wrote)\b"
    r"(?:\s+(?:on|in|last|this)\s+\w+)?\s+(?:a|an|its|the|their)\b[^.;]*$"
)


def _publisher_of(sent: Sentence, earlier: str, at: int) -> EntityKey | None:
    """ "Amnesty International published a report on ... . The report documents ...": the
    body that published the text named last, in the sentence naming it."""
    start = max(earlier.rfind(". ", 0, at), earlier.rfind("\n", 0, at)) + 1
    if not PUBLISHING.search(earlier[start:at]):
        return None
    found = [
        (span.start, key)
        for key, span in sent.result.mentions
        if key.kind in ("organization", "group") and start <= span.start and span.end <= at
    ]
    return min(found)[1] if found else None


def role_actor(sent: Sentence, phrase: str) -> EntityKey | None:
    """The person given this title earlier in the document: the one holder of a post
    so named, else the nearest person named with the title. A nationality in the
    phrase ("the Kazakh president") must fit too: never Russia's president."""
    phrase = phrase.removeprefix("the ").strip()
    words = phrase.split()
    nationalities = sent.lexicon.nationalities
    countries = {nationalities[w] for w in words[:-1] if w in nationalities}
    title = " ".join(w for w in words if w not in nationalities)
    holders: list[EntityKey] = []
    for fact in sent.result.facts.values():
        if fact.cls != "Tenure":
            continue
        values = {p: v for p, v in fact.props if isinstance(v, EntityKey)}
        post, holder = values.get("post"), values.get("holder")
        if post is None or holder is None or title not in post.label.lower():
            continue
        if all(c.lower() in post.label.lower() for c in countries):
            holders.append(holder)
    if len(set(holders)) == 1:
        return holders[0]
    if holders:
        return None
    return _titled_mention(sent, words[-1], countries) or _post_holder(sent, phrase)


def _post_holder(sent: Sentence, phrase: str) -> EntityKey | None:
    """ "the Kazakh president": the holder on the document date of the lexicon post
    with that alias; "the Belarusian leader": of the one post of that country with
    that title."""
    if " " not in phrase:
        return None
    posts = [p for p in sent.lexicon.posts if phrase in {a.lower() for a in p.aliases}]
    if not posts:
        *adjectives, title = phrase.split()
        nationalities = sent.lexicon.nationalities
        countries = {nationalities.get(w) for w in adjectives}
        if len(adjectives) == 1 and len(countries) == 1 and None not in countries:
            (country,) = countries
            posts = [p for p in sent.lexicon.posts if p.in_ == country and title in p.titles]
            posts = posts if len(posts) == 1 else []
    for post in posts:
        holder = sent.state.resolver.holder_at(post, sent.state.date)
        if holder is not None:
            return EntityKey(sent.state.resolver.by_label[holder].kind, holder)
    return None


def _titled_mention(
    sent: Sentence, title: str, countries: set[str] | frozenset[str] = frozenset()
) -> EntityKey | None:
    """The nearest person named before with this title next to the name, in the
    same sentence ("Interior Minister X", "said X, the spokesman"); one named
    without it, or with another nationality ("Russian President X" for "the Kazakh
    president"), does not fit."""
    before = sent.base + sent.span.start_char
    body = sent.state.doc.body
    word = re.compile(rf"\b{re.escape(title)}\b", re.I)
    demonyms = {a for a, c in sent.lexicon.nationalities.items() if c in countries}
    nation = re.compile(r"\b(" + "|".join(map(re.escape, demonyms | countries)) + r")", re.I)
    found = []
    for key, span in sent.result.mentions:
        if key.kind != "person" or span.start >= before:
            continue
        left = re.split(r"[.!?\n]", body[max(0, span.start - 60) : span.start])[-1]
        right = re.split(r"[.!?\n]", body[span.end : span.end + 40])[0]
        fits = [side for side in (left, right) if word.search(side)]
        if fits and (not countries or any(nation.search(side) for side in fits)):
            found.append((span.start, key))
    return max(found)[1] if found else None


def _last_speaker(sent: Sentence, kinds: set[str] | None) -> EntityKey | None:
    """The one speaker of the latest claim, in this paragraph or the one before."""
    last = sent.state.quotes.last_claim
    if last is None or sent.state.quotes.paragraph - last[0] > 1 or len(last[1]) != 1:
        return None
    speaker = last[1][0]
    return speaker if kinds is None or speaker.kind in kinds else None


def _latest_mention(sent: Sentence, word: str, kinds: set[str]) -> EntityKey | None:
    before = sent.base + sent.span.start_char
    found = [
        (span.start, key)
        for key, span in sent.result.mentions
        if key.kind in kinds and span.start < before and word in key.label.lower()
    ]
    return max(found)[1] if found else None


def _known_alias(sent: Sentence, phrase: str) -> EntityKey | None:
    """The lexicon entity with this phrase (or "the" phrase) among its aliases."""
    owners = sent.lexicon.alias_owners
    found = [owners[p] for p in (phrase, f"the {phrase}") if p in owners]
    if not found:
        return None
    _, entry = min(found, key=lambda owner: owner[0])
    return EntityKey(entry.kind, entry.label)


def _the_body_before(sent: Sentence, noun: Token) -> EntityKey | None:
    """ "The group", "the alliance" with nothing more: the one organization or group
    that spoke in the sentence just before ("Human Rights Watch said ... . The group
    also called on the government to ..."); else no one ("A group of protesters
    gathered. The group demanded ..." is not whoever spoke earlier)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    speakers = {
        v
        for fkey in sent.state.previous_claims
        if fkey in sent.result.facts
        for p, v in sent.result.facts[fkey].props
        if p == "claimant" and isinstance(v, EntityKey)
    }
    if len(speakers) == 1 and next(iter(speakers)).kind in ("organization", "group"):
        return speakers.pop()
    return None


def group_noun(sent: Sentence, noun: Token) -> EntityKey | None:
    """A plural common noun ('Participants demanded ...', 'Massimov's supporters say')
    or a collective ('a coalition of human rights organizations said') as a Group."""
    collective = noun.lemma_.lower() in sent.lexicon.words("collective_nouns")
    if noun.pos_ != "NOUN" or not (noun.tag_ == "NNS" or collective):
        return None
    if noun.lemma_.lower() in sent.lexicon.words("not_speakers"):
        return None
    if noun.lemma_.lower() in sent.lexicon.event_words:
        return None  # "The arrests belied the narrative": events, not who speaks
    # "Russian authorities" keep their nationality: they are not "the authorities"
    words = [t.lower_ for t in noun.lefts if t.dep_ in MODIFIERS and t.lower_ not in QUANTIFIERS]
    label = " ".join([*words, noun.lower_]).replace(" - ", "-")  # "pro-government channels"
    known = _known_alias(sent, label)
    if known is not None:  # "Authorities said": the lexicon's "the authorities"
        return known
    owner = next((sent.entity(c) for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        label += f" of {owner.label}"
    elif collective and noun.tag_ != "NNS":  # "a coalition of ...", not "rights groups"
        of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
        of = [o for o in of if o.dep_ == "pobj" and o.tag_ == "NNS"]
        if not of:
            return _the_body_before(sent, noun)  # "HRW said ... . The group also called on"
        head = of[0]
        label += " of " + " ".join(
            t.lower_ for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "punct")
        )
    key = sent.result.entity(EntityInfo(EntityKey("group", label), "Group"))
    sent.tok_entity[noun.i] = key
    return key
