"""Claims: what an actor says, alleges, demands, forecasts, denies or explains.

A reporting verb from the lexicon with a speaker and a content clause (or a
quotation) gives a kz:Claim. "X's explanation was that ..." gives one too.
Sentences with a forecast marker ("is likely to", "will lead to") and no
named speaker are the authors' own assessments, credited to the publisher.
The content clause is marked blocked so no event or role is read from it.
"""

from __future__ import annotations

import re

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityInfo, EntityKey, FactKey, Lit
from kzkg.vocab import digest

CONTENT_DEPS = ("ccomp", "xcomp")
OBJECT_TYPES = {"demand", "denial", "allegation"}  # "demanded the resignation of ..."
QUANTIFIERS = {"many", "some", "several", "most", "other", "few", "numerous", "various"}
QUOTES = re.compile(r"[\"\u201c\u201d]")


def _of(noun: Token) -> str:
    """ "hundreds of lives" -> life."""
    objs = [c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    return objs[0].lemma_.lower() if objs else ""


def _claim_verb(tok: Token, sent: Sentence) -> str | None:
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "dobj" and "life" in (c.lemma_.lower(), _of(c)) for c in tok.children):
        return None  # "protests that claimed 238 lives": a death toll, not a claim
    verbs = sent.lexicon.claim_verbs
    nxt = tok.nbor(1).lower_ if tok.i + 1 < tok.doc.__len__() else ""
    return verbs.get(f"{tok.lemma_.lower()} {nxt}") or verbs.get(tok.lemma_.lower())


def _content(verb: Token, ctype: str) -> list[Token]:
    content = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
    if not content:  # "says 225 killed": a reduced clause hung on the object
        content = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and any(g.dep_ in ("acl", "relcl") for g in c.children)
        ]
    if not content and ctype in OBJECT_TYPES:
        content = [c for c in verb.children if c.dep_ in ("dobj",)]
        content += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
    return content


def _group_speaker(verb: Token, sent: Sentence) -> EntityKey | None:
    """A plural common noun as speaker ('Participants demanded ...') becomes a Group."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.tag_ == "NNS" and subj.pos_ == "NOUN":
            label = (
                " ".join(
                    t.lower_
                    for t in subj.subtree
                    if t.dep_ in ("amod", "compound")
                    and t.i < subj.i
                    and t.lower_ not in QUANTIFIERS
                )
                + " "
                + subj.lower_
            )
            info = EntityInfo(EntityKey("group", label.strip()), "Group")
            key = sent.result.entity(info)
            sent.tok_entity[subj.i] = key
            return key
    return None


def _own_clauses(head: Token) -> set[int]:
    """Conjuncts of a content clause that continue the speaker's sentence."""
    skip: set[int] = set()
    for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        after_but = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children)
        if after_but and not own_subject:
            skip.update(t.i for t in conj.subtree)
    return skip


def _content_tokens(content: list[Token]) -> list[Token]:
    skip = {i for c in content for i in _own_clauses(c)}
    return sorted({t for c in content for t in c.subtree if t.i not in skip}, key=lambda t: t.i)


def _emit(sent: Sentence, speakers: list[EntityKey], ctype: str, content: list[Token]) -> None:
    tokens = _content_tokens(content)
    if not tokens:
        return
    sent.blocked.update(t.i for t in tokens)
    while len(tokens) > 1 and (
        tokens[-1].dep_ in ("cc", "punct") and tokens[-1].text not in '"\u201d'
    ):
        tokens.pop()
    text = sent.span.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])].strip()
    about = [k for k in sent.entities_in(tokens) if k not in speakers]
    normal = " ".join(QUOTES.sub("", text).split()).lower()
    fkey = FactKey("claim", (speakers[0].label, digest(normal)))
    label = f"{speakers[0].label}: {ctype}: {text[:80]}"
    fact = sent.result.fact(fkey, "Claim", label, sent.evidence("claims"))
    sent.claims.append(fkey)
    for s in speakers:
        fact.add("claimant", s)
    fact.add("claimType", Lit(ctype, "claimtype"))
    fact.add("claimText", Lit(text))
    for key in about:
        fact.add("about", key)
    date = sent.date_near(tokens[0].sent.root)
    if date is not None:
        fact.add("date", Lit.of_date(date))


def extract_claims(sent: Sentence) -> None:
    if not sent.is_assertion():
        return
    for tok in sent.span:
        ctype = _claim_verb(tok, sent)
        if ctype:
            content = _content(tok, ctype)
            # Reported content is never a fact, even when the speaker is unknown.
            sent.blocked.update(t.i for t in _content_tokens(content))
            if not content or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                continue
            speakers = sent.subject(tok)
            if not speakers:
                group = _group_speaker(tok, sent)
                speakers = [group] if group else []
            if speakers:
                _emit(sent, speakers, ctype, content)
        elif tok.lemma_.lower() in sent.lexicon.claim_nouns and tok.dep_ == "nsubj":
            owner = [sent.entity(c) for c in tok.children if c.dep_ == "poss"]
            content = [c for c in tok.head.children if c.dep_ in ("ccomp", "attr")]
            if owner and owner[0] and content:
                _emit(sent, [owner[0]], sent.lexicon.claim_nouns[tok.lemma_.lower()], content)
    for tok in sent.span:
        if tok.lower_ == "according" and tok.dep_ == "prep":
            source = sent.entities_in(t for t in tok.subtree)
            if source:
                rest = [sent.span.root]
                _emit(sent, source[:1], "statement", rest)
    _block_non_factual(sent)
    _author_forecast(sent)


def _block_non_factual(sent: Sentence) -> None:
    heads = set(sent.lexicon.words("non_factual_heads"))
    for tok in sent.span:
        if tok.lemma_.lower() in heads:
            for child in tok.children:
                if child.dep_ in ("xcomp", "ccomp"):
                    sent.blocked.update(t.i for t in child.subtree)
    inside = False
    for tok in sent.span:
        if QUOTES.fullmatch(tok.text):
            inside = not inside
        elif inside:
            sent.blocked.add(tok.i)


def _forecast_verb(sent: Sentence) -> Token | None:
    for tok in sent.span:
        if tok.i in sent.blocked:
            continue
        main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
        if not main:
            continue
        children = list(tok.children)
        if any(c.lower_ in ("will", "'ll") and c.dep_ == "aux" for c in children):
            return tok
        if tok.lemma_ == "mean" and any(c.lower_ == "would" for c in children):
            return tok
        if tok.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in ("likely", "unlikely", "possible", "expected")
            for c in children
        ):
            return tok
        if tok.lower_ == "expected" and any(c.dep_ == "auxpass" for c in children):
            return tok
    return None


def _author_forecast(sent: Sentence) -> None:
    """The authors' own forecast: a main clause in the future with no reported speaker."""
    if sent.claims:
        return
    verb = _forecast_verb(sent)
    speakers = [sent.state.publisher] if sent.state.publisher else sent.state.authors
    if verb is None or not speakers:
        return
    subjects = sent.subject(verb)
    if any(s.kind == "person" for s in subjects):
        return  # "Tokayev will visit" is a plan, not the authors' forecast
    _emit(sent, speakers, "forecast", [verb])
