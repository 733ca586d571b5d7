"""Posts named through someone or something else: a possessive office ("Poland's
chairmanship of the OSCE", "Nazarbayev's status as Leader of the Nation"), a
predecessor ("Tokayev and his predecessor, Nursultan Nazarbayev"), deputies
("two deputies of the ex-chairman of the KNB – A and B", "his first deputy at
the KNB was ... Samat Abish").
"""

from __future__ import annotations

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityInfo, EntityKey
from kzkg.extract.posts import find_post, looks_personal, tenure, title_of
from kzkg.extract.titles import is_possessor
from kzkg.lexicon import PostEntry

# An office noun and the title of its holder: "chairmanship" is held by a chairman.
OFFICE_NOUNS = {
    "chairmanship": "chairman",
    "chairpersonship": "chair",
    "presidency": "president",
    "leadership": "leader",
    "premiership": "prime minister",
}
STATUS_NOUNS = {"status", "role", "position", "post", "title", "capacity"}
SUCCESSION_NOUNS = {"predecessor", "successor"}
PAST = {"former", "ex", "then", "onetime", "erstwhile"}


def _person(sent: Sentence, tok: Token) -> EntityKey | None:
    key = sent.entity(tok)
    return key if key is not None and (key.kind == "person" or looks_personal(key, sent)) else None


def _of_orgs(sent: Sentence, noun: Token) -> list[EntityKey]:
    """Organizations after 'of', with their conjuncts: 'of the security council and ...'."""
    found = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for tok in [obj, *obj.conjuncts]:
                found += sent.entities_in(tok.subtree, {"organization"})
    return list(dict.fromkeys(found))


def possessive_offices(sent: Sentence) -> None:
    for tok in sent.tokens:
        lemma = tok.lemma_.lower()
        if lemma not in OFFICE_NOUNS and lemma not in STATUS_NOUNS:
            continue
        owners = [sent.entity(c) for c in tok.children if is_possessor(c)]
        owner = owners[0] if owners else None
        if owner is None:
            continue
        if lemma in OFFICE_NOUNS:  # "Nazarbayev's chairmanships of the security council"
            orgs = _of_orgs(sent, tok) or [o for o in [(title_of(tok, sent) or ("", None))[1]] if o]
            for org in orgs:
                post = find_post(sent, OFFICE_NOUNS[lemma], org, owner)
                if post is not None:
                    tenure(sent.result, owner, post, sent.evidence("roles.possessive"))
        elif lemma in STATUS_NOUNS:  # "Nazarbayev's status as Kazakhstan's Leader of the Nation"
            after = tok.right_edge.i + 1  # the parser may hang "as ..." on the verb
            preps = [*tok.children, *(c for c in tok.head.children if c.i == after)]
            for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ == "as"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    _status(sent, owner, obj)


def _status(sent: Sentence, owner: EntityKey, noun: Token) -> None:
    words = [
        t
        for t in noun.subtree
        if not t.is_punct and t.dep_ not in ("poss", "case") and not sent.tok_entity.get(t.i)
    ]
    while words and words[0].lower_ in ("the", "a", "an"):
        words.pop(0)
    owners = [sent.entity(c) for c in noun.children if is_possessor(c)]
    org = owners[0] if owners and owners[0] and owners[0].kind != "person" else None
    post = find_post(sent, " ".join(t.text for t in words), org, owner)
    if post is not None:
        tenure(sent.result, owner, post, sent.evidence("roles.possessive"))


def predecessors(sent: Sentence) -> None:
    """ "Tokayev and his predecessor, Nursultan Nazarbayev", "President Tokayev strips
    predecessor Nazarbayev": the named person held the post before the other."""
    for tok in sent.tokens:
        if tok.lemma_.lower() not in SUCCESSION_NOUNS or tok.pos_ != "NOUN":
            continue
        named = [_person(sent, c) for c in tok.children if c.dep_ == "appos"]
        nxt = tok.nbor(1) if tok.i + 1 < sent.span.end else None
        if nxt is not None and nxt.text == ",":
            nxt = nxt.nbor(1) if nxt.i + 1 < sent.span.end else None
        named += [_person(sent, nxt)] if nxt is not None else []
        other = next((k for k in named if k is not None), None)
        owner = _whose(sent, tok)
        if other is None or owner is None or other == owner:
            continue
        old, new = (other, owner) if tok.lemma_.lower() == "predecessor" else (owner, other)
        post = _held_post(sent, owner) or _shared_post(sent, old, new)
        if post is None:
            continue
        span = sent.evidence("roles.predecessor")
        tenure(sent.result, old, post, span, successor=new)
        tenure(sent.result, new, post, span, predecessor=old)


def _whose(sent: Sentence, noun: Token) -> EntityKey | None:
    """Whose predecessor: the possessor ("his": the person named last before it in the
    sentence), else the subject of the verb the noun depends on."""
    poss = [c for c in noun.children if is_possessor(c)]
    if poss:
        if poss[0].pos_ == "PRON":
            before = [
                sent.tok_entity[t.i]
                for t in sent.span[: poss[0].i - sent.span.start]
                if t.i in sent.tok_entity and sent.tok_entity[t.i].kind == "person"
            ]
            return before[-1] if before else sent.entity(poss[0])
        return _person(sent, poss[0])
    head = noun.head
    while head.dep_ not in ("ROOT",) and head.pos_ != "VERB" and head.head is not head:
        head = head.head
    subjects = sent.subject(head) if head.pos_ == "VERB" else []
    return next((k for k in subjects if k.kind == "person"), None)


def _held_post(sent: Sentence, person: EntityKey) -> EntityKey | None:
    """The one lexicon post this sentence titles the person with ("Kazakh President
    Tokayev strips predecessor ...")."""
    here = sent.evidence("").start
    posts = {
        v
        for f in sent.result.facts.values()
        if f.cls == "Tenure"
        and ("holder", person) in f.props
        and any(s.start == here for s in f.evidence)
        for p, v in f.props
        if p == "post" and isinstance(v, EntityKey) and v.label in sent.state.resolver.posts
    }
    return next(iter(posts)) if len(posts) == 1 else None


def _shared_post(sent: Sentence, old: EntityKey, new: EntityKey) -> EntityKey | None:
    """The first lexicon post where `old`'s holding ends as `new`'s begins."""
    for post in sent.lexicon.posts:
        ends = {h.end for h in post.holders if h.holder == old.label}
        starts = {h.start for h in post.holders if h.holder == new.label}
        if ends & starts:
            return sent.result.entity(sent.state.resolver.post_info(post))
    return None


def deputies(sent: Sentence) -> None:
    """Deputies of a post named by its title, its holder or its organization, and the
    people named as those deputies (in apposition, or after "was")."""
    for tok in sent.tokens:
        if tok.lemma_.lower() != "deputy" or tok.pos_ != "NOUN":
            continue
        boss = _boss_post(sent, tok)
        if boss is None:
            continue
        rank = " ".join(
            c.lower_ for c in tok.children if c.dep_ == "amod" and c.lower_ in ("first",)
        )
        title = f"{rank} deputy".strip()
        post = _deputy_post(sent, boss, title)
        for holder in _deputy_names(sent, tok):
            tenure(sent.result, holder, post, sent.evidence("roles.deputy"))


def _boss_post(sent: Sentence, deputy: Token) -> EntityKey | None:
    resolver = sent.state.resolver
    for prep in (c for c in deputy.children if c.dep_ == "prep"):
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "of":  # "deputies of (ex-)chairman of the KNB"
            for obj in objs:
                found = title_of(obj, sent)
                if found and found[1] is not None:
                    return find_post(sent, found[0], found[1], None)
        if prep.lower_ == "at":  # "first deputy at the KNB": of the body's head
            for org in sent.entities_in([t for o in objs for t in o.subtree], {"organization"}):
                head = next((p for p in sent.lexicon.posts if p.in_ == org.label), None)
                if head is not None:
                    return sent.result.entity(resolver.post_info(head))
    poss = [c for c in deputy.children if is_possessor(c)]
    owner = _whose(sent, deputy) if poss else None
    if owner is not None:  # "his former deputies": of the post he holds in this document
        held = {
            v
            for f in sent.result.facts.values()
            if f.cls == "Tenure" and ("holder", owner) in f.props
            for p, v in f.props
            if p == "post" and isinstance(v, EntityKey) and v.label in resolver.posts
        }
        held = {p for p in held if resolver.posts[p.label].in_}
        if not held:  # "Massimov's first deputy": the one lexicon post he is known to hold
            known = [p for p in sent.lexicon.posts if p.in_ and _holds(p, owner)]
            held = {sent.result.entity(resolver.post_info(p)) for p in known}
        return next(iter(held)) if len(held) == 1 else None
    return None


def _holds(post: PostEntry, person: EntityKey) -> bool:
    return any(h.holder == person.label for h in post.holders)


def _deputy_post(sent: Sentence, boss: EntityKey, title: str) -> EntityKey:
    info = sent.result.entities[boss]
    label = f"{title[:1].upper()}{title[1:]} {boss.label}"  # "Deputy chairman of the ..."
    new = EntityInfo(EntityKey("post", label), "Post", aliases={title}, post_in=info.post_in)
    return sent.result.entity(new)


def _deputy_names(sent: Sentence, deputy: Token) -> list[EntityKey]:
    anchors = [deputy]
    if deputy.dep_ == "pobj" and deputy.head.lower_ == "of" and deputy.head.head.pos_ == "NUM":
        anchors.append(deputy.head.head)  # "Three of his former deputies — A, B and C"
    names: list[Token] = [c for a in anchors for c in a.children if c.dep_ == "appos"]
    if (
        deputy.dep_ == "nsubj" and deputy.head.lemma_ == "be"
    ):  # "his deputy was X" / "was Y's nephew, X"
        for attr in (c for c in deputy.head.children if c.dep_ == "attr"):
            names += [attr, *[c for c in attr.children if c.dep_ == "appos"]]
    found = []
    for name in names:
        for tok in [name, *name.conjuncts]:
            key = _person(sent, tok)
            if key is not None and key not in found:
                found.append(key)
    return found
