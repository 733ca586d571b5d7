"""Changes of office: replacement, removal, appointment and hand-over of power.

"A replaced B as head of X", "A took over from B as ...", "removing B from
his post as ...", "A was appointed Prime Minister", "B stepped down and
handed over power to A" give tenures with start/end dates and predecessor
and successor links. A change with no stated date is dated to the
document's month (hand-overs excepted: they are often told as history).
"""

from __future__ import annotations

from kzkg.dates import PartialDate
from kzkg.extract.context import Sentence, Token
from kzkg.extract.factuality import MODALS, _chain
from kzkg.extract.model import EntityKey, Fact
from kzkg.extract.posts import (
    _change_date,
    find_post,
    looks_personal,
    named_post,
    tenure,
    title_of,
)
from kzkg.extract.reported import presupposed, reporting_verb
from kzkg.lexicon import PostEntry

REPLACE = {"replace", "succeed"}


REMOVE = {"remove", "dismiss", "oust", "sack", "fire", "relieve", "depose", "discharge", "strip"}


APPOINT = {
    "appoint", "name", "nominate", "elect", "install", "confirm", "reappoint", "promote", "approve",
}  # fmt: skip


# "put X in charge of the KNB": an appointment as the body's head
PUTTING = {"put", "place"}


QUIT = {"resign", "quit"}
OUT = {"down", "aside"}


ANNOUNCE = {"announce", "confirm"}


HAND_OVER = {"hand", "pass", "transfer", "cede"}
# Lemmas any change of post starts from.
CHANGE_WORDS = REPLACE | REMOVE | APPOINT | QUIT | HAND_OVER
CHANGE_WORDS |= {"step", "take", "lose", "leave", "become"} | PUTTING


POWER_WORDS = {"power", "rule", "presidency", "reins", "office", "leadership", "control"}
POST_NOUNS = {"post", "position", "office", "job", "role", "seat", "chairmanship"}
POST_NOUNS |= {"duty", "responsibility"}  # "relieved of his duties"
HANDED = POWER_WORDS | POST_NOUNS


def _from_whom(verb: Token) -> list[Token]:
    """The "from" of "took over from B as X", or of "took over as X from B", which the
    parser hangs on the title."""
    heads = [verb] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
    ]
    return [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]


def _in_charge_of(verb: Token, sent: Sentence) -> EntityKey | None:
    """The body of "put X in charge of the KNB", "was placed in charge of the police"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for charge in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "charge"):
            for of in (c for c in charge.children if c.dep_ == "prep" and c.lower_ == "of"):
                bodies = [o for o in of.children if o.dep_ == "pobj"]
                found = sent.entities_in(bodies, {"organization"})
                if len(found) == 1:
                    return found[0]
    return None


def _as_title(verb: Token, sent: Sentence, holder: EntityKey | None) -> EntityKey | None:
    """The post named by 'as head of X' (or 'from his post as ...') under a verb, or by
    the verb's predicate ("was appointed Prime Minister"), or its head's ("put in charge
    of X")."""
    body = _in_charge_of(verb, sent)
    if body is not None:  # the body's head; a body with posts of its own names them
        if not any(p.in_ == body.label for p in sent.lexicon.posts):
            return named_post(sent, "head", body, holder)
        entry = sent.state.resolver.post_by_title("head", body, holder)
        return sent.result.entity(sent.state.resolver.post_info(entry)) if entry else None
    for tok in verb.children:
        if tok.dep_ in ("oprd", "attr", "xcomp") and tok.pos_ in ("NOUN", "PROPN"):
            found = title_of(tok, sent)
            if found:
                return named_post(sent, found[0], found[1], holder)
    # not an "as" inside a description of someone: "X, who previously served as finance
    # minister, was confirmed as prime minister"
    aside = {
        t.i
        for c in verb.subtree
        if c.dep_ in ("relcl", "acl", "appos") and c.i != verb.i  # not the verb's own clause
        for t in c.subtree
    }
    for tok in verb.subtree:
        if tok.lower_ == "as" and tok.dep_ == "prep" and tok.i not in aside:
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                found = title_of(obj, sent)
                if found:
                    return named_post(sent, found[0], found[1], holder)
    # "dismissed from the post of head of X", "relieved of the post of chairman of X"
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "of")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            post = _post_of(obj, sent, holder)
            if post is not None:
                return post
    return _post_at(verb, sent)


def _post_at(verb: Token, sent: Sentence) -> EntityKey | None:
    """ "A was succeeded at the KNB by B": the one lexicon post of that body."""
    at = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    bodies = sent.entities_in([o for p in at for o in p.children if o.dep_ == "pobj"])
    bodies = [b for b in bodies if b.kind == "organization"]
    posts = [p for b in bodies[:1] for p in sent.lexicon.posts if p.in_ == b.label]
    return sent.result.entity(sent.state.resolver.post_info(posts[0])) if len(posts) == 1 else None


def _post_of(noun: Token, sent: Sentence, holder: EntityKey | None) -> EntityKey | None:
    """ "the post of KNB chief", "the position of head of the Security Council"."""
    if noun.lemma_.lower() not in POST_NOUNS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = title_of(obj, sent)
            if found:
                return named_post(sent, found[0], found[1], holder)
    return None


def _ended(sent: Sentence) -> list[tuple[Fact, EntityKey, EntityKey]]:
    """The tenures whose end the document has told so far: (tenure, holder, post)."""
    found = []
    for fact in sent.result.facts.values():
        if fact.cls != "Tenure" or not any(p == "endDate" for p, _ in fact.props):
            continue
        values = {p: v for p, v in fact.props if isinstance(v, EntityKey)}
        if "holder" in values and "post" in values:
            found.append((fact, values["holder"], values["post"]))
    return found


def _post_just_left(sent: Sentence, old: EntityKey) -> EntityKey | None:
    """ "Almaty mayor A was dismissed and replaced by B": the one post whose end this
    sentence told for A."""
    here = sent.evidence("roles")
    posts = {
        post
        for fact, holder, post in _ended(sent)
        if holder == old and any(e.start == here.start for e in fact.evidence)
    }
    return posts.pop() if len(posts) == 1 else None


def _took_something_else(verb: Token) -> bool:
    """ "the ruling party, which he took over from Nazarbayev": what was taken over is
    named, and it is no post or power, so no post the two shared is guessed."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return False
    obj = objects[0]
    if obj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        obj = verb.head  # the noun the relative clause describes
    return obj.pos_ == "NOUN" and obj.lemma_.lower() not in POWER_WORDS | POST_NOUNS


def _named_to(sent: Sentence, verb: Token) -> list[EntityKey]:
    """ "B was named to replace him": who was named is who replaces."""
    if not _under_appointment(verb):
        return []
    # "Tokayev named B to replace him": the one named, not who names
    named = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    found = [k for k in (_person(sent, c) for c in named) if k is not None]
    if not found and named:  # "appointed [A chairman] of the KNB, replacing B"
        person, _ = _named_title(sent, named[0])
        found = [person] if person is not None else []
    return found


def _under_appointment(verb: Token) -> bool:
    """ "B was named to replace him", "appointed B ..., replacing A": the replacing is the
    appointment's."""
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in APPOINT


NEAR = 400  # characters back in which "replace him" finds the one who just left a post


def _him(sent: Sentence, pronoun: Token, new: list[EntityKey]) -> EntityKey | None:
    """ "Tokayev dismissed A as head of X. B was named to replace him.": the one whose
    leaving a post the text told just before (not the last person named, Tokayev)."""
    if pronoun.lower_ not in ("him", "her"):
        return None
    # "A, the interior minister, kept his post until B replaced him": a person this
    # sentence named before, other than the one who replaces
    appointer = sent.subject(pronoun.head.head) if _named_to(sent, pronoun.head) else []
    named = {k for k in sent.persons_before(pronoun) if k not in new + appointer}
    if len(named) == 1:
        return named.pop()
    here = sent.evidence("roles").start
    ended = [(max(e.end for e in fact.evidence), holder) for fact, holder, _ in _ended(sent)]
    near = [(end, holder) for end, holder in ended if here - NEAR <= end <= here]
    if not near:
        return None
    last = max(end for end, _ in near)
    holders = {holder for end, holder in near if end == last}
    return holders.pop() if len(holders) == 1 else None


def _post_told_just_before(sent: Sentence, old: EntityKey) -> EntityKey | None:
    """ "CSTO Secretary General Zas said ... Zas was replaced by B in 2023": the one post
    the sentences just before gave A by a title."""
    here = sent.evidence("roles").start
    posts = {
        value
        for fact in sent.result.facts.values()
        if fact.cls == "Tenure"
        and ("holder", old) in fact.props
        and any(here - NEAR <= e.start < here and e.extractor in TITLE_RULES for e in fact.evidence)
        for p, value in fact.props
        if p == "post" and isinstance(value, EntityKey)
    }
    return posts.pop() if len(posts) == 1 else None


def _not_former(sent: Sentence, holder: EntityKey, post: EntityKey | None) -> EntityKey | None:
    """A post told as left before ("X, a former prime minister") is not the one he is
    replaced in."""
    return None if (holder, post) in sent.state.former_posts else post


def _post_last_left(sent: Sentence, verb: Token, old: EntityKey) -> EntityKey | None:
    """ "Tokayev dismissed A as head of X. B was named to replace him.": the post whose end
    the text told last for A, when the replacing is told by a pronoun in the next words."""
    if not any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in verb.children):
        return None
    ended = [
        (max(e.start for e in fact.evidence), post)
        for fact, holder, post in _ended(sent)
        if holder == old
    ]
    if not ended:
        return None
    last = max(at for at, _ in ended)
    posts = {post for at, post in ended if at == last}
    return posts.pop() if len(posts) == 1 else None


def _replaced_by(sent: Sentence, verb: Token) -> tuple[list, list] | None:
    """ "A was replaced by B", "A was dismissed and replaced by B": (B, A), persons."""
    agents = [a for a in verb.children if a.dep_ == "agent"]
    # "was replaced as KNB chairman by B": the parser may hang "by" on the title
    titles = [o for p in verb.children if p.lower_ == "as" for o in p.children]
    agents += [a for t in titles for a in t.children if a.dep_ == "prep" and a.lower_ == "by"]
    by = [o for a in agents for o in a.children if o.dep_ == "pobj"]
    new = [k for k in (_person(sent, o) for o in by) if k is not None]
    passive = verb
    if not any(c.dep_ == "nsubjpass" for c in verb.children) and verb.dep_ == "conj":
        passive = verb.head  # "was dismissed ... and replaced by B"
    subjects = [c for c in passive.children if c.dep_ == "nsubjpass"]
    old = [k for k in (_person(sent, c) for c in subjects) if k is not None]
    return (new[:1], old[:1]) if new and old and new[0] != old[0] else None


def _announced(verb: Token) -> bool:
    """ "The press service announced that Tokayev appointed X": an announced change of
    post is the change itself, not someone's claim about it."""
    head = verb
    while head.dep_ in ("conj", "ccomp") and head.head is not head:
        head = head.head
        if head.lemma_.lower() in ANNOUNCE:
            return True
    return False


def undone(verb: Token) -> bool:
    """ "Tokayev did not dismiss Mamin", "X could be named secretary": a change denied or
    only possible is no change of post."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS)
        for v in _chain(verb)
        for c in v.children
    )


def _claimed(sent: Sentence, verb: Token) -> bool:
    """Is the change only what someone says? Not when announced, nor when the content
    takes it as given in a relative clause or participle ("said the amendments end the
    powers that former president X had retained after resigning in 2019")."""
    if verb.i not in sent.blocked or _announced(verb):
        return False
    reporting = reporting_verb(verb, sent)
    return reporting is None or not presupposed(verb, reporting)


def _person(sent: Sentence, tok: Token) -> EntityKey | None:
    key = sent.entity(tok)
    if key is None and tok.pos_ == "NOUN":  # "His nephew Samat Abish was removed": the name
        named = [sent.entity(c) for c in tok.children if c.dep_ == "appos"]
        key = next((k for k in named if k is not None and k.kind == "person"), None)
    return key if key is not None and (key.kind == "person" or looks_personal(key, sent)) else None


def extract_changes(sent: Sentence) -> None:
    for verb in sent.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _claimed(sent, verb):
            continue
        if undone(verb):
            continue
        took_over = lemma == "take" and any(c.lower_ == "over" for c in verb.children)
        if lemma in REPLACE or took_over:
            # under an appointment only the one appointed replaces, never the appointer
            new = _named_to(sent, verb) or ([] if _under_appointment(verb) else sent.subject(verb))
            old = [_him(sent, c, new) or sent.entity(c) for c in verb.children if c.dep_ == "dobj"]
            if lemma in REPLACE and not old:  # "A was replaced by B": B is the new holder
                new, old = _replaced_by(sent, verb) or (new, old)
            if took_over:  # "A took over from B as ...", "A took over as X from B"
                old = [
                    sent.entity(o) for p in _from_whom(verb) for o in p.children if o.dep_ == "pobj"
                ]
            if new and old and old[0] and old[0] != new[0]:  # no one replaces himself
                post = _as_title(verb, sent, old[0])
                change = verb
                if post is None and _under_appointment(verb):
                    # "appointed state secretary in January 2022, succeeding B"
                    change = verb.head
                    post = _as_title(change, sent, new[0])
                date = _change_date(sent, change) if post is not None else sent.date_near(verb)
                # "replacing Nazarbayev in posts he held": the post where one's holding
                # ended as the other's began, latest first
                if not _took_something_else(verb):
                    post = post or _shared_post(sent, old[0], new[0], latest=True, on=date)
                post = post or _post_just_left(sent, old[0]) or _post_last_left(sent, verb, old[0])
                # "A, the interior minister, kept his post until B replaced him"
                post = post or _not_former(
                    sent, old[0], _titled_post(sent, old[0]) or _post_told_just_before(sent, old[0])
                )
                if post is not None:
                    date = unless_known_otherwise(sent, verb, old[0], post, date, "end")
                    span = sent.evidence("roles.replace")
                    tenure(sent.result, old[0], post, span, end=date, successor=new[0])
                    tenure(sent.result, new[0], post, span, start=date, predecessor=old[0])
        elif lemma in REMOVE:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            removed = _person(sent, objs[0]) if objs else None
            if removed is not None:
                post = _as_title(verb, sent, removed)
                successor, post = _successor(verb, sent, post)
                if post is not None:
                    date = _change_date(sent, verb)
                    date = unless_known_otherwise(sent, verb, removed, post, date, "end")
                    span = sent.evidence("roles.remove")
                    tenure(sent.result, removed, post, span, end=date, successor=successor)
                    if successor is not None:
                        tenure(sent.result, successor, post, span, start=date, predecessor=removed)
        elif lemma in HAND_OVER and any(
            c.lemma_ in POWER_WORDS | POST_NOUNS or _a_body(sent, c) for c in verb.children
        ):
            _hand_over(sent, verb)
        elif lemma in QUIT or (lemma == "step" and any(c.lower_ in OUT for c in verb.children)):
            _quit(sent, verb)
        elif lemma in ("lose", "leave"):
            _lost_post(sent, verb)
        elif lemma == "become":
            _became(sent, verb)
        elif lemma in APPOINT or (lemma in PUTTING and _in_charge_of(verb, sent)):
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            # "named X, a former ..., as prime minister": the parser may call X a predicate
            objs = objs or [c for c in verb.children if c.dep_ == "oprd" and _person(sent, c)]
            appointed = _person(sent, objs[0]) if objs else None
            if appointed is not None and objs[0].pos_ == "PRON" and objs[0].dep_ == "dobj":
                if appointed in sent.subject(verb):
                    appointed = None  # "Nazarbayev put him in charge": never the appointer
            post = _as_title(verb, sent, appointed) if appointed is not None else None
            if objs and appointed is None:  # "elected Alikhan Smailov prime minister"
                appointed, post = _named_title(sent, objs[0])
            if appointed is not None:
                if post is not None:
                    start = _change_date(sent, verb)
                    start = unless_known_otherwise(sent, verb, appointed, post, start, "start")
                    tenure(
                        sent.result, appointed, post, sent.evidence("roles.appoint"), start=start
                    )


def end_titled_posts(sent: Sentence) -> None:
    """ "X, who had been mayor of Almaty since 2019, was dismissed on January 9": a
    removal that names no post ends the one post the sentence gives the removed person
    (run after every other role rule of the sentence has found its tenures)."""
    for verb in sent.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REMOVE:
            continue
        if _claimed(sent, verb) or undone(verb):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        removed = _person_or_named(sent, objs[0]) if objs else None
        if removed is None or _as_title(verb, sent, removed) is not None:
            continue
        if of_something_else(verb):
            continue  # "stripped X of key powers", "removed X from the list"
        post = _titled_post(sent, removed)
        if post is not None:
            date = unless_known_otherwise(
                sent, verb, removed, post, _change_date(sent, verb), "end"
            )
            tenure(sent.result, removed, post, sent.evidence("roles.remove"), end=date)


def _person_or_named(sent: Sentence, tok: Token) -> EntityKey | None:
    """The person a word names, or the one named in apposition to a title ("Massimov's
    first deputy, Samat Abish, was relieved of his post")."""
    named = [c for c in tok.children if c.dep_ == "appos"]
    return _person(sent, tok) or (_person(sent, named[0]) if len(named) == 1 else None)


def of_something_else(verb: Token) -> bool:
    """ "of" or "from" a thing that is no post ("stripped of key powers")."""
    return any(
        obj.lemma_.lower() not in POST_NOUNS
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _quit(sent: Sentence, verb: Token) -> None:
    """ "Mamin resigned as prime minister", "X stepped down as head of Y"; "former
    president X ... after resigning from office in 2019" ends the post his title names."""
    subjects = sent.subject(verb) or _adjunct_subject(sent, verb)
    holders = [k for k in subjects if k.kind == "person" or looks_personal(k, sent)]
    if not holders:
        return
    titles = [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    post = None
    if titles:
        found = title_of(titles[0], sent)
        post = named_post(sent, found[0], found[1], holders[0]) if found else None
    elif any(
        obj.lemma_.lower() in POST_NOUNS
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ):
        post = _titled_post(sent, holders[0])
    if post is not None:
        span = sent.evidence("roles.resign")
        end = unless_known_otherwise(sent, verb, holders[0], post, _change_date(sent, verb), "end")
        tenure(sent.result, holders[0], post, span, end=end)


def _became(sent: Sentence, verb: Token) -> None:
    """ "Smailov became prime minister on January 11, 2022": a tenure starts; not when
    negated or only possible ("could become", "did not become", "is expected to")."""
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return
    if verb.dep_ == "xcomp":  # "is expected to become", "hoped to become"
        return
    holders = [k for k in sent.subject(verb) if k.kind == "person"]
    if not holders:
        return
    post = _as_title(verb, sent, holders[0])
    if post is not None:
        span = sent.evidence("roles.became")
        tenure(sent.result, holders[0], post, span, start=_change_date(sent, verb))


def _lost_post(sent: Sentence, verb: Token) -> None:
    """ "Nazarbayev lost his post as head of the Security Council", "lost the post of KNB
    chief", "former defence minister X left office in 2022": the subject's tenure of that
    post ends (not "lost his son", "lost power", "left the country")."""
    posts = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in POST_NOUNS]
    holders = [k for k in sent.subject(verb) if k.kind == "person" or looks_personal(k, sent)]
    if not posts or not holders:
        return
    post = _post_of(posts[0], sent, holders[0])
    if post is None:
        preps = [p for p in [*posts[0].children, *verb.children] if p.lower_ == "as"]
        titles = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        found = title_of(titles[0], sent) if titles else None
        post = named_post(sent, found[0], found[1], holders[0]) if found else None
        if post is None and not titles and posts[0].lemma_.lower() == "office":
            post = _titled_post(sent, holders[0])  # "left office": the post he is titled by
    if post is not None:
        span = sent.evidence("roles.lost")
        tenure(sent.result, holders[0], post, span, end=_change_date(sent, verb))


def _adjunct_subject(sent: Sentence, verb: Token) -> list[EntityKey]:
    """ "X had retained them after resigning from office": the subject of a verb in an
    "after/before/since ...ing" phrase is the subject of the clause it hangs on."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return []
    if prep.lower_ not in ("after", "before", "since", "upon", "on"):
        return []
    return sent.subject(prep.head)


# Rules that read a post the holder has in the sentence's own words (not one inferred
# from "predecessor" or a change of post).
TITLE_RULES = {
    "roles.title", "roles.apposition", "roles.served", "roles.possessive", "roles.deputy",
}  # fmt: skip


def _titled_post(sent: Sentence, holder: EntityKey) -> EntityKey | None:
    """The one post this sentence's titles give the holder ("former president X"):
    what "his post" or "office" means."""
    first, last = sent.base + sent.span.start_char, sent.base + sent.span.end_char
    posts = {
        value
        for fact in sent.result.facts.values()
        if fact.cls == "Tenure"
        and any(p == "holder" and v == holder for p, v in fact.props)
        and any(first <= e.start < last and e.extractor in TITLE_RULES for e in fact.evidence)
        for p, value in fact.props
        if p == "post" and isinstance(value, EntityKey)
    }
    if len(posts) != 1 or _coordinated_titles(sent, holder):
        return None
    return next(iter(posts))


def _coordinated_titles(sent: Sentence, holder: EntityKey) -> bool:
    """ "Former president and Security Council chairman X": two titles, so "office"
    does not say which one he left."""
    for tok in sent.tokens:
        if sent.tok_entity.get(tok.i) != holder:
            continue
        # "X, who had been mayor of Almaty and head of the police, ...": two titles after
        relative = [c for c in tok.children if c.dep_ in ("relcl", "appos")]
        if any(t.dep_ == "conj" and t.pos_ == "NOUN" for r in relative for t in r.subtree):
            return True
        if tok.i > sent.span.start and sent.tok_entity.get(tok.i - 1) == holder:
            continue
        left = tok.i - 1
        if left >= sent.span.start and sent.span.doc[left].text == ",":
            left -= 1  # "the first deputy, NAME": one title set off before the name
        while left >= sent.span.start and sent.span.doc[left].pos_ not in ("VERB", "AUX", "DET"):
            word = sent.span.doc[left]
            if word.dep_ == "cc" or word.text in (",", ";", "/", "&"):
                return True
            left -= 1
    return False


def _named_title(sent: Sentence, noun: Token) -> tuple[EntityKey | None, EntityKey | None]:
    """The parser's "[Alikhan Smailov] prime minister" as one object: the name and the
    title after it."""
    names = [c for c in noun.children if c.dep_ == "compound" and _person(sent, c)]
    if not names:
        return None, None
    person = _person(sent, names[-1])
    words = [t for t in noun.subtree if t.i > names[-1].i and t.i <= noun.i]
    if not words or noun.lemma_.lower() not in sent.lexicon.words("post_words"):
        return None, None
    found = title_of(noun, sent)  # "appointed A chairman of the KNB": the KNB's
    org = found[1] if found else None
    return person, find_post(sent, " ".join(t.text for t in words), org, person)


def _successor(
    verb: Token, sent: Sentence, post: EntityKey | None
) -> tuple[EntityKey | None, EntityKey | None]:
    """ "dismissed A from office and appointed B as head of X": B succeeds A as head of X
    (also when A's post is only "office" or "his post")."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in APPOINT):
        objs = [c for c in conj.children if c.dep_ == "dobj"]
        new = _person(sent, objs[0]) if objs else None
        named = _as_title(conj, sent, new) if new is not None else None
        if new is not None and named is not None and post in (None, named):
            return new, named
    return None, post


def _hand_over(sent: Sentence, verb: Token) -> None:
    old = sent.subject(verb)
    to = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    new = [k for p in to for k in sent.entities_in(p.subtree, {"person"})]
    if not old or not new or old[0] == new[0]:
        return
    post = None
    for p in to:
        for tok in p.subtree:
            found = title_of(tok, sent)
            if found:
                post = find_post(sent, found[0], found[1], new[0])
                break
    for obj in (c for c in verb.children if c.dep_ == "dobj" and post is None):
        post = _post_of(obj, sent, new[0])  # "handed over the post of chairman to Y"
    date = sent.date_near(verb)  # hand-overs are often told as history: no default date
    bodies = [k for c in verb.children for k in [_a_body(sent, c)] if k is not None]
    shared = _shared_post(sent, old[0], new[0], on=date)
    if bodies and shared is not None:  # "handed over the Security Council": a post in it
        info = sent.result.entities.get(shared)
        shared = shared if info is not None and info.post_in == bodies[0] else None
    post = post or shared
    if post is None:
        return
    span = sent.evidence("roles.handover")
    tenure(sent.result, old[0], post, span, end=date, successor=new[0])
    tenure(sent.result, new[0], post, span, start=date, predecessor=old[0])


def _a_body(sent: Sentence, token: Token) -> EntityKey | None:
    """ "handed over the Security Council to Tokayev": the organization handed over."""
    if token.dep_ != "dobj":
        return None
    key = sent.entity(token)
    return key if key is not None and key.kind == "organization" else None


def unless_known_otherwise(
    sent: Sentence,
    verb: Token,
    holder: EntityKey,
    post: EntityKey,
    date: PartialDate | None,
    side: str,
) -> PartialDate | None:
    """A change the text does not date is given the document's month (posts._change_date);
    not when the lexicon dates that end otherwise ("Tokayev replaced Nazarbayev at the
    Security Council" in a February article: he left it on 5 January)."""
    if date is None or sent.date_near(verb, own_clause=True) is not None:
        return date
    known = {
        getattr(h, side)
        for p in sent.lexicon.posts
        if p.label == post.label
        for h in p.holders
        if h.holder == holder.label
    }
    known.discard(None)
    return None if known and not any(_same_time(k, date) for k in known) else date


def _handed_on_within_month(post: PostEntry, ends: set, starts: set) -> set[PartialDate]:
    """Mamin's premiership ended on 5 January 2022 and Smailov's began on the 11th, with no
    holder between: a change of that month (dated by the end)."""
    found = set()
    for end in ends - {None}:
        for start in starts - {None}:
            between = any(
                h.start is not None and end.iso() < h.start.iso() < start.iso()
                for h in post.holders
            )
            if end.iso()[:7] == start.iso()[:7] and end.iso() < start.iso() and not between:
                found.add(end)
    return found


def _same_time(a: PartialDate, b: PartialDate) -> bool:
    """Could the two dates be the same day (one may be less precise)?"""
    return a.iso().startswith(b.iso()) or b.iso().startswith(a.iso())


def _shared_post(
    sent: Sentence,
    old: EntityKey,
    new: EntityKey,
    latest: bool = False,
    on: PartialDate | None = None,
) -> EntityKey | None:
    """The lexicon post where `old`'s holding ends as `new`'s begins (the first listed,
    or with `latest` the most recent change not after the document's date). A change
    dated `on` is one of that date: Nazarbayev handing Tokayev the Security Council in
    January 2022 is not the presidency he handed over in 2019."""
    found = []
    doc_date = sent.state.date
    for post in sent.lexicon.posts:
        ends = {h.end for h in post.holders if h.holder == old.label}
        starts = {h.start for h in post.holders if h.holder == new.label}
        for when in ends & starts | _handed_on_within_month(post, ends, starts):
            if when is None or (on is not None and not _same_time(when, on)):
                continue
            if doc_date is None or when.iso() <= doc_date.iso() + "~":
                found.append((when.iso(), post))
    if not found:
        return None
    _, post = max(found, key=lambda f: f[0]) if latest else found[0]
    return sent.result.entity(sent.state.resolver.post_info(post))
