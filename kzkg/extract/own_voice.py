"""What a document says in its own voice that is a claim rather than a fact.

- Hedges: "reportedly", "allegedly"; "X is said / believed / reported to ...",
  "are accused of", "was widely seen as". The content is reported, not
  asserted: a claim of whoever the passive names ("by HRW"), else of the
  document.
- Rebuttals: "dismissed calls to ...", "belied the narrative that ...",
  "despite the lack of any evidence supporting X's claim": a denial, about the
  claims it disputes in the same sentence and their claimants.
- Assessments and forecasts in a main clause with no speaker: "should",
  "need to", "might", "appears to", "fail to", "it is noteworthy that",
  "will".

The document's claims are credited to its publisher (or, without one, its
authors): the publisher is the claimant only of what it says itself, never of
what it quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from kzkg.extract.attribution import official_source
from kzkg.extract.claim_emit import content_tokens, emit
from kzkg.extract.context import Sentence, Token, clause_tokens
from kzkg.extract.model import EntityKey, FactKey, Value
from kzkg.extract.report_verbs import SHOWING
from kzkg.extract.speakers import speaker_noun, speakers_of, the_writers

PRESENT = ("VBZ", "VBP")
OBLIGATION = {"should", "must", "ought", "need"}
OBJECT_PRONOUNS = {"them", "him", "her"}


def _document_voice(sent: Sentence) -> list[EntityKey]:
    return the_writers(sent, plural=True)


# Hedge passives that hedge only with what something is taken for ("was widely seen as
# a challenge", "is considered to have organised"); bare, they tell a fact.
SEEN_AS = {"see", "view", "consider", "regard", "think", "understand"}


# Hedge passives that, after "those" or "people", name a legal standing: "the amnesty
# excluded those accused of treason" says who stands accused, not that the document
# accuses anyone ("officers accused of torture were not suspended" does).
CHARGING = {"accuse", "suspect"}
ANYONE = {"those", "anyone", "anybody", "everyone", "all", "whoever", "people", "person"}
ANYONE |= {"persons", "individual", "individuals"}


def _anyone(noun: Token) -> bool:
    return noun.lower_ in ANYONE and not any(c.dep_ in ("amod", "compound") for c in noun.children)


def _seen_as(verb: Token) -> bool:
    return any(
        c.dep_ in ("xcomp", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


def _hedges(sent: Sentence) -> None:
    adverbs = sent.lexicon.word_set("hedge_adverbs")
    passives = sent.lexicon.word_set("hedge_passives")
    if sent.lowers.isdisjoint(adverbs) and sent.lemmas.isdisjoint(passives):
        return  # every case below starts from a hedge adverb or a hedge verb
    for tok in sent.tokens:
        if tok.i in sent.blocked:
            continue
        if tok.lower_ in adverbs and tok.dep_ == "advmod":
            clause = tok.head
        elif tok.lemma_.lower() in passives and any(c.dep_ == "auxpass" for c in tok.children):
            if tok.lemma_.lower() in SEEN_AS and not _seen_as(tok):
                continue  # "the clip was viewed 500,000 times", "the case was considered"
            clause = tok
        elif tok.lemma_.lower() in passives and tok.dep_ == "acl" and tok.tag_ == "VBN":
            if tok.lemma_.lower() in CHARGING and _anyone(tok.head):
                continue  # "those accused of treason": who stands accused, by no one named
            if _hedged_as(tok):
                # "groups believed to be close to the elites": a hedged description
                tokens = [t for t in tok.head.subtree if t.i <= tok.head.i or t in tok.subtree]
                emit(sent, _document_voice(sent), "statement", tokens)
            continue
        elif tok.tag_ in ("VBN", "VBD") and reduced_passive(tok, passives):
            # the parser took "believed" for a past tense
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            tokens = sorted({*tok.subtree}, key=lambda t: t.i)
            if subjects:
                emit(sent, _document_voice(sent), "statement", tokens)
            continue
        else:
            continue
        if clause.i in sent.blocked:
            continue
        if any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in clause.children):
            sent.blocked.update(t.i for t in clause.subtree)
            continue  # "It was reported that ...": reported by no one; blocked, no claim
        # "accused by the KNB of ...": the hedge verb's agent says it; the agent of a verb
        # under a hedge adverb ("allegedly given by Masimov") did it, and says nothing
        agents = [o for a in clause.children if a.dep_ == "agent" for o in a.children]
        agents = agents if clause.i == tok.i else []
        speakers = [k for o in agents for k in [sent.entity(o) or speaker_noun(sent, o)] if k]
        if agents and not speakers:
            continue  # "accused by a court in Almaty": someone's, not the document's
        ctype = (
            "allegation"
            if tok.lemma_.lower() in ("accuse", "allege", "suspect", "allegedly")
            else "statement"
        )
        # A clause before the hedged one is not hedged ("X was dismissed; he was
        # reportedly ..."), whatever the parser hangs it on.
        before = {
            t.i
            for c in clause.children
            if c.dep_ in ("ccomp", "parataxis") and c.i < clause.i
            for t in c.subtree
        }
        tokens = [t for t in clause_tokens(clause) if t.i not in before]
        if clause.dep_ == "relcl" and clause.head.i < clause.i:
            # "Nazarbayev, who was widely seen as ...": the words say it of the noun the
            # relative clause hangs on, so the claim begins there
            last = max(t.i for t in clause.subtree)
            tokens = [t for t in clause.head.subtree if t.i <= last and t.i not in before]
        emit(sent, speakers or _document_voice(sent), ctype, tokens, _shared_subject(sent, clause))


def _shared_subject(sent: Sentence, clause: Token) -> list[Value]:
    """Who a conjoined clause is about when its subject is the first clause's:
    "Security forces detained ... and are accused of torturing them"."""
    if clause.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in clause.children):
        return []
    subjects = [c for c in clause.head.children if c.dep_.startswith("nsubj")]
    if clause.head.dep_ == "relcl" and _object_is_antecedent(clause):
        # "X detained protesters who were ... and are accused of torturing them": the
        # protesters are "them", not the accused; the clause goes with the main clause
        subjects = [c for c in clause.head.head.head.children if c.dep_ == "nsubj"]
    return [k for s in subjects for k in [sent.entity(s)] if k is not None]


def _object_is_antecedent(clause: Token) -> bool:
    """A pronoun object of the clause that agrees with the relative clause's noun: that
    noun is the object, so it cannot be the subject too."""
    noun = clause.head.head
    plural = noun.tag_ in ("NNS", "NNPS")
    return any(
        t.dep_ in ("dobj", "pobj") and (t.lower_ == "them") == plural
        for t in clause.subtree
        if t.lower_ in OBJECT_PRONOUNS
    )


def _hedged_as(verb: Token) -> bool:
    """'seen as', 'believed to be', 'accused of': not 'seen in Almaty'."""
    return any(
        c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ in ("as", "of"))
        for c in verb.children
    )


def reduced_passive(verb: Token, passives: Set[str]) -> bool:
    """'Groups believed to be close to the elites joined ...' parsed with 'believed' as
    the verb of 'groups': an active 'believe' needs an object or a clause, so a bare
    'to'-infinitive after it is the passive."""
    if verb.lemma_.lower() not in passives or verb.tag_ not in ("VBN", "VBD"):
        return False
    children = list(verb.children)
    infinitives = [
        c for c in children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
    ]
    # "Officials said to be close to X were arrested": the parser hangs the real verb
    # on 'said' as a clause with no subject of its own, after the infinitive
    clauses = [
        c
        for c in children
        if c.dep_ == "ccomp"
        and not (
            infinitives
            and c.i > infinitives[0].i
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        )
    ]
    if clauses or any(c.dep_ in ("dobj", "aux", "auxpass", "dative") for c in children):
        return False
    return bool(infinitives)


DEMONSTRATIVES = {"this", "that", "these", "those", "such"}
PERSONAL = {"he", "she", "they", "we", "i", "you"}


def disputed_in(sent: Sentence, tokens: Sequence[Token]) -> list[Value]:
    """What a reported denial disputes: "found no evidence to support this claim"."""
    nouns = sent.lexicon.told_nouns()
    return _disputed(sent, [t for t in tokens if t.lemma_.lower() in nouns])


def _disputed(sent: Sentence, disputed: Sequence[Token] = ()) -> list[Value]:
    """The claims made earlier in this sentence, and their claimants: what it rebuts;
    "this version", "such claims" point back to the last sentence's too."""
    found: list[Value] = []
    claims = list(sent.claims)
    pointing = any(
        c.dep_ in ("det", "amod") and c.lower_ in DEMONSTRATIVES
        for noun in disputed
        for c in noun.children
    )
    if pointing:
        claims += [c for c in sent.state.previous_claims if c not in claims]
    for fkey in claims:
        found.append(fkey)
        claimants = [v for p, v in sent.result.facts[fkey].props if p == "claimant"]
        found += [v for v in claimants if v not in found]
    return found


def _rebuttals(sent: Sentence) -> None:
    verbs = sent.lexicon.word_set("rebuttal_verbs")
    disputed = sent.lexicon.told_nouns()
    false = sent.lexicon.word_set("false_words") | FALSELY
    if sent.lemmas.isdisjoint(verbs | UNPROVEN | {"evidence", "proof"}) and false.isdisjoint(
        sent.lowers
    ):
        return  # every case below starts from one of these words
    for tok in sent.tokens:
        if tok.i in sent.blocked:
            continue
        before: set[int] = set()
        nouns: list[Token] = []
        if (
            tok.lemma_.lower() in verbs
            and tok.dep_ == "acl"
            and tok.head.lemma_.lower() in disputed
        ):
            # "a claim rejected by rights groups": the agent rebuts the claim
            speakers = _agents(sent, tok)
            tokens = sorted(tok.head.subtree, key=lambda t: t.i)
        elif (
            tok.lemma_.lower() in verbs
            and tok.lemma_.lower() not in sent.lexicon.claim_verbs  # "were rejected by X": theirs
            and _passive_on_claim(tok, disputed)
        ):
            # "The claim that ... was debunked by Factcheck.kz": the agent rebuts it
            speakers = [k for k in _agents(sent, tok) if sent.can_act(k)]
            nouns = [c for c in tok.children if c.dep_ == "nsubjpass"]
            tokens = sorted(tok.subtree, key=lambda t: t.i)
            if not speakers:
                continue  # "the claim was rejected": by whom, unsaid
        elif tok.lemma_.lower() in verbs and tok.pos_ == "VERB":
            objects = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in disputed]
            nouns = objects
            # (a reporting verb's own rule reads "rejected the footage as staged")
            verdict = not objects and tok.lemma_.lower() not in sent.lexicon.claim_verbs
            verdict = verdict and _dismissed_as_false(sent, tok)
            if verdict:  # "The ministry dismissed the video as fake": a rebuttal of the video
                objects = [c for c in tok.children if c.dep_ == "dobj"]
            if not objects:
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj")]
            speakers = speakers_of(sent, tok)
            if not speakers and subjects and not any(_someone(sent, s) for s in subjects):
                speakers = _document_voice(sent)  # "The arrests belied the narrative"
            if not speakers:  # "The ministry denied claims ...": some ministry, not the
                # writer; what it disputes ("the figure of 238 deaths") is still no fact
                sent.blocked.update(t.i for o in objects for t in o.subtree)
                continue
            tokens = sorted({t for o in objects for t in o.subtree}, key=lambda t: t.i)
            if verdict:  # "the video as fake": the verdict is part of the words
                tokens = [t for t in tok.subtree if t.i > tok.i and not t.is_punct]
        elif _never_proven(tok, disputed):
            # "Tokayev's claim that ... has never been substantiated": the document
            # rebuts the claim its subject names
            nouns = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not any(isinstance(v, FactKey) for v in _disputed(sent, nouns)):
                continue  # "the figures could not be verified": a caveat, no claim named
            speakers = _document_voice(sent)
            tokens = sorted(tok.subtree, key=lambda t: t.i)
        elif tok.lower_ in FALSELY and tok.dep_ == "advmod" and _reporting(tok.head, sent):
            # "Officials falsely claimed that ...": the document rebuts the claim
            if not any(isinstance(v, FactKey) for v in _disputed(sent)):
                continue  # no claim made of it: nothing to rebut
            speakers = _document_voice(sent)
            tokens = [tok]
        elif _called_false(sent, tok, disputed):
            # "Sadykov's claim that Nazarbayev had fled was false": the document rebuts
            # the claim its subject names
            nouns = [c for c in tok.children if c.dep_ == "nsubj"]
            if not any(isinstance(v, FactKey) for v in _disputed(sent, nouns)):
                continue
            speakers = _document_voice(sent)
            tokens = sorted(tok.subtree, key=lambda t: t.i)
        elif tok.lemma_.lower() in ("evidence", "proof") and _denied_evidence(tok):
            speakers = _document_voice(sent)
            top = tok.head.head if tok.head.lower_ == "of" else tok
            actor = _reason_given(top)
            if actor is not None:  # "acquitted them, citing a lack of evidence": the court's
                speakers = [k for k in speakers_of(sent, actor) if sent.can_act(k)]
                if not speakers:
                    continue  # a court the text does not name: no one's, never the writer's
            top = top.head if top.head.lower_ == "without" else top  # "without evidence"
            # "claimed without evidence that A": A is the claim, not the rebuttal
            tokens = [t for t in _rebutting_words(top) if t.i not in sent.blocked]
            if not tokens:
                continue
            if tokens[0].i > top.i:  # the verdict after an aside: not the disputed words
                before = {t.i for t in sent.tokens if t.i < tokens[0].i}
        else:
            continue
        disputed_claims = _of_others(sent, _disputed(sent, nouns), speakers)
        emit(sent, speakers, "denial", tokens, disputed_claims, not_words=before)


def _agents(sent: Sentence, passive: Token) -> list[EntityKey]:
    """Who a passive's "by" phrase names: a mention, a role or a collective."""
    agents = [o for a in passive.children if a.dep_ == "agent" for o in a.children]
    return [k for o in agents for k in [sent.entity(o) or speaker_noun(sent, o)] if k]


# What makes "figures" people: "opposition figures", "public figures".
PEOPLE_FIGURES = {"opposition", "political", "public", "civic", "religious", "senior", "leading"}
PEOPLE_FIGURES |= {"prominent", "key", "government", "business", "cultural"}


def _someone(sent: Sentence, subject: Token) -> bool:
    """Is the subject someone who may speak, though not one the text lets us name ("the
    ministry", "officials", "he")? Then a rebuttal is theirs, never the document's."""
    if subject.lower_ in PERSONAL or subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    speaking = set(sent.lexicon.words("body_nouns")) | set(sent.lexicon.words("collective_nouns"))
    speaking |= set(sent.lexicon.words("official_words")) | set(sent.lexicon.words("group_nouns"))
    if subject.lemma_.lower() == "figure":  # "opposition figures", not "official figures"
        return any(c.lower_ in PEOPLE_FIGURES for c in subject.children)
    return subject.lemma_.lower() in speaking or subject.lower_ in speaking


def _of_others(sent: Sentence, found: list[Value], speakers: list[EntityKey]) -> list[Value]:
    """No one rebuts himself: "Tokayev acknowledged mistakes, but he has rejected calls
    for an inquiry" disputes no claim of Tokayev's."""
    kept: list[Value] = []
    for value in found:
        if isinstance(value, FactKey):
            claimants = {v for p, v in sent.result.facts[value].props if p == "claimant"}
            if claimants and claimants <= set(speakers):
                continue
            kept.append(value)
            kept += [c for c in claimants if c not in kept]
    return kept


UNPROVEN = {"substantiate", "prove", "verify", "confirm", "corroborate", "support", "back"}


def _never_proven(verb: Token, disputed: set[str]) -> bool:
    """ "X's claim ... has never been substantiated / was not proven / has not been
    independently verified": a negated passive of proving on a claim noun."""
    if verb.lemma_.lower() not in UNPROVEN or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
        return False
    return any(c.dep_ == "nsubjpass" and c.lemma_.lower() in disputed for c in verb.children)


# Adverbs by which the document says a claim is untrue: "falsely claimed that ...".
FALSELY = {"falsely", "wrongly", "erroneously", "baselessly", "mistakenly"}


def _reporting(verb: Token, sent: Sentence) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in sent.lexicon.claim_verbs


def _passive_on_claim(verb: Token, disputed: set[str]) -> bool:
    """ "The claim that ... was debunked by X": a passive rebuttal of a claim noun."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in disputed for c in verb.children
    )


def _dismissed_as_false(sent: Sentence, verb: Token) -> bool:
    """ "dismissed the video as fake", "rejected the footage as staged"."""
    false = set(sent.lexicon.words("false_words"))
    return any(
        c.lower_ == "as" or c.dep_ in ("advcl", "oprd") and c.lower_ in false
        for c in verb.children
        if any(t.lower_ in false for t in c.subtree)
    )


def _called_false(sent: Sentence, verb: Token, disputed: set[str]) -> bool:
    """ "X's claim that ... was false / is baseless": a claim noun said to be false."""
    false = sent.lexicon.words("false_words")
    if verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ in ("acomp", "attr") and c.lower_ in false for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in disputed for c in verb.children)


def _rebutting_words(phrase: Token) -> list[Token]:
    """'without evidence' in an aside on the main clause's subject ("the explanation
    that A - something the regime claims without evidence - has to be disingenuous"):
    the document's verdict is the main clause's predicate, the aside belongs to the
    claim it disputes; elsewhere the rebuttal is the phrase itself."""
    head = phrase
    while head.dep_ not in ("relcl", "ROOT") and head.head.i != head.i:
        head = head.head
    noun = head.head.head if head.head.dep_ == "appos" else head.head
    root = phrase.sent.root
    if head.dep_ == "relcl" and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == root.i:
        predicate = [t for t in root.subtree if t.i > noun.right_edge.i and not t.is_punct]
        if predicate:
            return predicate
    return sorted(phrase.subtree, key=lambda t: t.i)


# Prepositions that give the reason an actor acted for: "released for lack of evidence".
REASON_PREPOSITIONS = {"for", "due", "because", "over"}


def _reason_given(phrase: Token) -> Token | None:
    """The verb whose actor gives the lack of evidence as a reason ("the court acquitted
    them, citing a lack of evidence", "prosecutors dropped the case for lack of
    evidence"): the actor's reason, not the writer's verdict on a claim."""
    head = phrase
    while head.dep_ in ("dobj", "pobj", "prep", "pcomp", "amod", "compound", "conj"):
        parent = head.head
        if parent.lemma_.lower() == "cite" and parent.pos_ == "VERB":
            return parent.head if parent.dep_ in ("advcl", "xcomp", "conj") else parent
        if head.dep_ == "prep" and head.lower_ in REASON_PREPOSITIONS and parent.pos_ == "VERB":
            return parent
        if parent.i == head.i:
            break
        head = parent
    return None


def _denied_evidence(tok: Token) -> bool:
    """'no evidence', 'without evidence', 'the lack / absence of evidence'."""
    if any(c.lower_ == "no" for c in tok.children):
        return True
    head = tok.head
    if head.lower_ == "without":
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() in ("lack", "absence")


def _assessment(tok: Token, sent: Sentence) -> str | None:
    """The kind of the author's own claim a main-clause verb makes, if any."""
    children = list(tok.children)
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in children):
        if _noted(tok, sent):
            return "statement"  # "It should be noted that X": the author tells X
        return "demand"
    if any(
        c.dep_ == "aux" and c.lower_ in sent.lexicon.words("assessment_modals") for c in children
    ):
        return "forecast"
    to_clause = [
        c for c in children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
    ]
    perfect = tok.tag_ == "VBN" and any(c.lower_ in ("has", "have") for c in children)
    if to_clause and (tok.tag_ in PRESENT or perfect):
        if lemma == "need" or (lemma == "have" and to_clause[0].lemma_ != "be"):
            return "demand"
        if lemma in sent.lexicon.words("assessment_verbs") or lemma == "have":
            return "forecast"
    if lemma == "be" and any(
        c.dep_ == "acomp" and c.lower_ in sent.lexicon.words("evaluative_adjectives")
        for c in children
    ):
        return "forecast"
    return None


def _noted(tok: Token, sent: Sentence) -> bool:
    """ "It should be noted / must be stressed that X": an obligation on a passive verb
    of saying with a clause is the author's way of telling X, not a demand."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    clause = any(c.dep_ == "ccomp" for c in tok.children)
    return passive and clause and sent.lexicon.claim_verbs.get(tok.lemma_.lower()) == "statement"


def _forecast(tok: Token, sent: Sentence) -> bool:
    children = list(tok.children)
    if any(c.lower_ in ("will", "'ll", "wo") and c.dep_ == "aux" for c in children):
        if any(c.dep_ == "auxpass" for c in children) or any(
            t.ent_type_ in ("DATE", "TIME") for t in tok.subtree
        ):
            # "will be approved on Thursday", "will withdraw within 10 days": a plan the
            # document reports, not its forecast; still not a fact
            sent.blocked.update(t.i for t in tok.subtree)
            return False
        # "Tokayev will visit": a plan, not the authors' forecast
        return not any(s.kind == "person" for s in sent.subject(tok))
    if tok.lemma_ == "mean" and any(c.lower_ == "would" for c in children):
        return True
    return tok.lower_ == "expected" and any(c.dep_ == "auxpass" for c in children)


OPINION_NOUNS = {"view", "opinion", "judgment", "judgement", "estimation", "mind"}


def _opinion(verb: Token, sent: Sentence) -> tuple[Token, list[EntityKey]] | None:
    """ "In my view, ...", "In our opinion, ...", "To my mind, ...": the author's (or, for
    "our", the publisher's) own claim, the marker left out of its words."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "to"):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            owner = [c.lower_ for c in noun.children if c.dep_ == "poss"]
            if noun.lemma_.lower() not in OPINION_NOUNS or owner not in (["my"], ["our"]):
                continue
            speakers = the_writers(sent, plural=owner == ["our"])
            return (prep, speakers) if speakers else None
    return None


INFERRING = {"mean", "suggest", "indicate", "imply"}
# what the text's sources show: "Court records show that ...", "Figure 3 shows that ..."
INFERRING |= SHOWING


def _inference(sent: Sentence) -> bool:
    """ "..., meaning that innocent passers-by could have been caught in the crossfire":
    a sentence of the document's that infers something from what it tells is its own
    claim, as a whole."""
    if sent.lemmas.isdisjoint(INFERRING):
        return False
    for tok in sent.tokens:
        if tok.lemma_.lower() not in INFERRING or tok.i in sent.blocked:
            continue
        participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "acl", "conj")
        if not participle and not _inferring_main_clause(tok, sent):
            continue
        inferred = [c for c in tok.children if c.dep_ == "ccomp"]
        owner = _owner_of_data(tok, sent)
        if owner is None and inferred:  # "Official data showed that ...": the state's
            official = official_source(sent, inferred[0])
            owner = official.claimants[0] if official and official.claimants else None
        if inferred and owner is not None:
            # "JPMorgan data showed that bonds fell 5%": JPMorgan's, as "according to"
            return emit(sent, [owner], "statement", content_tokens(inferred)) is not None
        if inferred:
            # the whole sentence: what is inferred, and from what ("he did not specify
            # when ..., meaning that ..." is about him); what it infers from stays told as
            # fact, what it infers is no fact
            words = [t for t in sent.tokens if not t.is_space]
            fkey = emit(sent, _document_voice(sent), "statement", words, block=False)
            sent.blocked.update(t.i for c in inferred for t in c.subtree)
            return fkey is not None
    return False


# What a body's figures are called: "JPMorgan data", "figures from the National Bank".
DATA_NOUNS = {"data", "datum", "figure", "statistic", "record", "estimate", "calculation"}


def _owner_of_data(verb: Token, sent: Sentence) -> EntityKey | None:
    """Whose data the subject of "show" is: "JPMorgan data", "data from the central bank",
    "the ministry's figures"."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lemma_.lower() not in DATA_NOUNS:
            continue
        owners = [c for c in subj.children if c.dep_ in ("compound", "poss")]
        owners += [
            o
            for p in subj.children
            if p.dep_ == "prep" and p.lower_ in ("from", "of", "by")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for owner in owners:
            key = sent.entity(owner)
            if key is not None and key.kind in ("organization", "person"):
                return key
    return None


def _inferring_main_clause(verb: Token, sent: Sentence) -> bool:
    """ "This suggests that the KNB withdrew its officers", "These findings imply that
    police tortured detainees": a text's own inference, told by what it rests on (no
    one who speaks: "Tokayev suggested that ..." is his)."""
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or any(c.dep_ == "aux" for c in verb.children):
        return False  # "The increase would mean that ...": a forecast (forecast_markers)
    if verb.lemma_.lower() in DEPICTING and not any(
        m.dep_ == "mark" and m.lower_ == "that" for c in verb.children for m in c.children
    ):
        return False  # "Videos show police firing on protesters": what is seen
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(
        (k := sent.entity(c)) is not None and sent.can_act(k) for c in subjects
    )


def _author_assessment(sent: Sentence) -> None:
    """The authors' own assessment or forecast: a main clause with no reported speaker."""
    if sent.claims or not _document_voice(sent):
        return
    if _inference(sent):
        return
    for tok in sent.tokens:
        main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
        if not main or tok.i in sent.blocked:
            continue
        opinion = _opinion(tok, sent)
        if opinion is not None:  # "In my view, the authorities have drawn ..."
            marker, speakers = opinion
            words = [t for t in tok.subtree if t.i not in {m.i for m in marker.subtree}]
            emit(sent, speakers, "statement", sorted(words, key=lambda t: t.i))
            return
        ctype = _assessment(tok, sent) or ("forecast" if _forecast(tok, sent) else None)
        if ctype:
            emit(sent, _document_voice(sent), ctype, sorted(tok.subtree, key=lambda t: t.i))
            return


# "a video purporting to show ...", "the footage appeared to show ...": what a video,
# photo or post is said to show is no fact; a fact-check often goes on to debunk it.
PURPORTING = {"purport"}
SEEMING = {"appear", "seem", "claim"}
# (not report_verbs.SHOWING, the verbs that report with a "that" clause)
DEPICTING = {"show", "depict", "prove", "reveal"}


def _purported(sent: Sentence) -> None:
    if sent.lemmas.isdisjoint(PURPORTING | SEEMING):
        return
    for tok in sent.tokens:
        lemma = tok.lemma_.lower()
        if lemma not in PURPORTING and lemma not in SEEMING:
            continue
        for shown in (c for c in tok.children if c.dep_ in ("xcomp", "advcl")):
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in shown.children):
                continue  # the parser may hang "to show" on "purporting" as an advcl
            if lemma in PURPORTING or shown.lemma_.lower() in DEPICTING:
                sent.blocked.update(t.i for t in shown.subtree)


LABEL = re.compile(r"[ \t*_#]*([A-Za-z][A-Za-z ]{0,28}?)[ \t*_]*:")


def _checked_line(sent: Sentence) -> None:
    """ "Claim: ...", "FAKE: Video shows ...", "Verdict: False": a fact-check's label
    before a colon opening the sentence; the line is what was checked, no fact."""
    text = sent.piece_text
    start = text.rfind("\n", 0, sent.span.start_char) + 1
    label = LABEL.match(text, start, sent.span.end_char)
    if label and " ".join(label.group(1).lower().split()) in sent.lexicon.words("checked_labels"):
        sent.blocked.update(t.i for t in sent.tokens)  # every sentence of the line


def extract_own_voice(sent: Sentence, quoted: set[int]) -> None:
    _checked_line(sent)
    _purported(sent)
    _rebuttals(sent)
    _hedges(sent)
    _author_assessment(sent)
