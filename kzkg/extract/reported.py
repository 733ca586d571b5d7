"""Whether an event told on someone's word is a fact: only when the source speaks for
the state or for the actor.

A claim's content is never stored as a fact. The exception is an official act
(classes in the lexicon's `reported_as_fact`) told in a plain statement by the
actor itself or by an official source: "the presidency announced that Tokayev
appointed X", "the UN spokesman said there was a call between A and B". What
local media, court testimonies or anonymous sources report stays their claim,
and so does any event they attribute with "according to X" or "as X reported".
An event told in a modifier of the content ("the amendments signed into law by
X removed ...") is background the statement takes as given, not what it claims.
"""

from __future__ import annotations

import re

from kzkg.extract.context import Sentence, Token
from kzkg.extract.model import EntityKey
from kzkg.extract.report_verbs import MEDIUM_NOUNS, reporting_tail, reports

SOURCE_PREPS = {"according"}


def reporting_verb(head: Token, sent: Sentence) -> Token | None:
    """The reporting verb whose content clause the trigger is in, if any: marked by the
    claim extractor, or reached up the content links ("X has started, media reported")."""
    tok = head
    while tok.i in sent.blocked and tok.head.i != tok.i:
        tok = tok.head  # up to the reporting verb whose content the trigger is in
    if tok.i != head.i and tok.dep_ == "pobj" and tok.lemma_.lower() in MEDIUM_NOUNS:
        tok = tok.head.head  # "announced in a statement that ...": the statement's verb
    if tok.i != head.i and reports(tok, sent):
        return tok
    if tok.i != head.i:  # "X signed the decree, the press service said": the tail's verb
        tail = next((c for c in tok.children if _tail_report(c, sent)), None)
        if tail is not None:
            return tail
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        content = tok.dep_ in ("ccomp", "parataxis") and tok.pos_ in ("VERB", "AUX")
        told, tok = tok, tok.head
        if content and reports(tok, sent):
            # "..., local media reported": a news text naming its source after the news
            # stays news (claims.yaml `sourcing_verbs`); "X said that ..." does not
            sourcing = tok.lemma_.lower() in sent.lexicon.words("sourcing_verbs")
            return None if sourcing and told.i < tok.i else tok
    return None


def _tail_report(verb: Token, sent: Sentence) -> bool:
    """ "..., the Akorda press service said": a reporting clause after what it reports."""
    lemma = verb.lemma_.lower()
    if lemma not in sent.lexicon.claim_verbs or lemma in sent.lexicon.words("sourcing_verbs"):
        return False
    return verb.dep_ in ("conj", "parataxis") and reporting_tail(verb)


def _statement_verb(head: Token, sent: Sentence) -> Token | None:
    """The plain statement verb whose content the trigger is in, if any: not a promise
    ("Lukashenko promised to send paratroopers" tells no troops sent)."""
    verb = reporting_verb(head, sent)
    if verb is None or verb.lemma_.lower() in sent.lexicon.words("non_factual_heads"):
        return None
    if sent.lexicon.claim_verbs.get(verb.lemma_.lower()) == "statement":
        return verb
    return None


def presupposed(head: Token, verb: Token) -> bool:
    """A participle or relative clause on a noun inside the content: "the amendments
    signed into law by X removed Y" claims the removal, not the signing."""
    tok = head
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            return True
        tok = tok.head
    return False


def source_tokens(verb: Token) -> list[Token]:
    """Who states it: the subject or the "by" agent of the statement verb."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    found += [c for a in verb.children if a.dep_ == "agent" for c in a.children]
    return found


def official(sources: list[Token], actors: list[EntityKey], sent: Sentence) -> bool:
    """An official source (a titled official, a ministry, a press service, the
    presidency) or the actor itself; never media, witnesses or testimonies."""
    words: set[str] = set()
    keys: list[EntityKey] = []
    for source in sources:
        for tok in source.subtree:
            words |= {tok.lemma_.lower(), tok.lower_}
        key = sent.entity(source)
        if key is not None:
            keys.append(key)
            words |= set(key.label.lower().split()) | {key.label.lower()}
    if not keys and not words:
        return False
    if words & set(sent.lexicon.words("media_words")):
        return False
    if any(k in actors or _holds_post(k, sent) for k in keys):
        return True
    return bool(words & set(sent.lexicon.words("official_words")))


def _holds_post(key: EntityKey, sent: Sentence) -> bool:
    """A person the lexicon or this document names as holding a post speaks officially
    ("Pashinyan said", "Dujarric said" when the text has called him the spokesman)."""
    if key.kind != "person":
        return False
    if any(h.holder == key.label for p in sent.lexicon.posts for h in p.holders):
        return True
    if any(
        fact.fkey.kind == "tenure" and ("holder", key) in fact.props
        for fact in sent.result.facts.values()
    ):
        return True
    # "said Stephane Dujarric, the spokesman": introduced by an official title alone
    words = "|".join(re.escape(w) for w in sent.lexicon.words("official_words"))
    told = re.compile(re.escape(key.label) + r",\s+the\s+(?:" + words + r")\b", re.I)
    return told.search(sent.state.doc.body) is not None


def reported_as_fact(head: Token, cls: str, sent: Sentence, actors: list[EntityKey]) -> bool:
    """An official act told in a plain statement by an official source or the actor."""
    if cls.lower() not in sent.lexicon.words("reported_as_fact"):
        return False
    verb = _statement_verb(head, sent)
    if verb is None or _promised(head, verb, sent):
        return False
    return presupposed(head, verb) or official(source_tokens(verb), actors, sent)


def _promised(head: Token, verb: Token, sent: Sentence) -> bool:
    """ "X promised to send troops, the press office said": the statement tells the
    promise, not troops sent."""
    heads = sent.lexicon.words("non_factual_heads")
    tok = head
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in heads:
            return True
        tok = tok.head
    return False


def _named_sources(clause: Token, sent: Sentence) -> list[Token]:
    """Who an event is told on with "as X reported" or "according to X"."""
    sources: list[Token] = []
    # "Attending the ceremony were X, according to Y": the source hangs on the copula
    # the participle is the subject of
    clauses = [clause, clause.head] if clause.dep_ in ("csubj", "csubjpass") else [clause]
    for child in (c for cl in clauses for c in cl.children):
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in child.children
        ):
            own = {c.dep_ for c in child.children}
            statement = sent.lexicon.claim_verbs.get(child.lemma_.lower()) == "statement"
            if statement and not own & {"dobj", "ccomp"}:  # not "as X demanded an inquiry"
                sources += source_tokens(child) or [child]
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            sources += [t for p in child.children for t in p.subtree if t.dep_ == "pobj"]
    return sources


def attributed(clause: Token, cls: str, sent: Sentence, actors: list[EntityKey]) -> bool:
    """ "as some media reported, X was accused", "according to testimonies, they had been
    detained": told on another's word, so a fact only when reported_as_fact allows."""
    sources = _named_sources(clause, sent)
    if not sources:
        return False
    if cls.lower() not in sent.lexicon.words("reported_as_fact"):
        return True
    return not (official(sources, actors, sent) or _press(sources, sent))


def _press(sources: list[Token], sent: Sentence) -> bool:
    """ "according to Kazinform news agency", "according to local media": the news
    naming its source, every source of it a news outlet."""
    press = {w.lower() for w in sent.lexicon.words("news_sources")}
    for source in sources:
        key = sent.entity(source)
        words = {t.lower_ for t in source.subtree} | {t.lemma_.lower() for t in source.subtree}
        if not (words & press or (key is not None and key.label.lower() in press)):
            return False
    return bool(sources)


def officially_sourced(clause: Token, cls: str, sent: Sentence, actors: list[EntityKey]) -> bool:
    """ "According to the KNB's press service, Masimov was detained": an official act on
    an official source's word, which the claim extractor marks as the source's claim."""
    sources = _named_sources(clause, sent)
    return bool(sources) and not attributed(clause, cls, sent, actors)
