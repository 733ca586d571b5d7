"""Claims: what an actor says, alleges, demands, forecasts, denies or explains.

A reporting verb from the lexicon with a speaker and a content clause (or a
quotation) gives a kz:Claim; so does "according to X" in front of or after a
clause. Quotations that run over several sentences go to quotations.py, claims
named by a noun ("X's claim that") to nominal_claims.py, and what the document
says in its own voice (hedges, assessments, rebuttals) to own_voice.py. Every
content clause is marked blocked, so no event or role is read from it; a
quotation's words are never credited to the publisher.

A claim is dated when it was made: a date in the reporting clause ("said on
Friday that"), else the document's date, never a date inside what is said.
"""

from __future__ import annotations

from kzkg.extract.claim_about import claim_about
from kzkg.extract.claim_emit import content_tokens, emit, words_between
from kzkg.extract.context import Sentence, Token
from kzkg.extract.factuality import supposed
from kzkg.extract.inner_reports import passive_report, without_inner_reports
from kzkg.extract.model import EntityKey
from kzkg.extract.nominal_claims import extract_nominal_claims
from kzkg.extract.own_voice import disputed_in, extract_own_voice, reduced_passive
from kzkg.extract.quotations import QuotedSentence
from kzkg.extract.report_verbs import (
    NEGATIONS,
    addressees,
    claim_verb,
    content_of,
    stranded_subject,
)
from kzkg.extract.speakers import (
    cited_by,
    citing_phrases,
    employer_of,
    speaker_noun,
    speakers_of,
)
from kzkg.extract.stances import extract_stances


def _tail_speakers(sent: Sentence, verb: Token) -> list[EntityKey]:
    """The speaker of a reporting tail is named in it ("..., Assylov stated", "...,
    reported Kazinform", parsed or not as the verb's object), never the subject of
    the clause it reports."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    own = own or [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
    for noun in own:
        key = sent.entity(noun) or speaker_noun(sent, noun)
        if key is not None and sent.can_act(key):
            return [key]
    stranded = [k for k in sent.entities_in(stranded_subject(verb)) if sent.can_act(k)]
    return stranded  # "..., FIDH and KIBHR said": names the parser hung elsewhere


def _sourcing(verb: Token, sent: Sentence, tail: bool) -> bool:
    """'..., reported Kazinform', '..., local media reported': a wire naming its source
    after the news it tells (not "Kazinform reported that ...")."""
    if verb.lemma_.lower() not in sent.lexicon.words("sourcing_verbs"):
        return False
    if verb.i < verb.head.i:
        return False  # "As some media reported, X is accused ...": told as their report
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if tail:
        return not clauses
    return bool(clauses) and all(
        c.i < verb.i and not any(m.dep_ == "mark" for m in c.children) for c in clauses
    )


def _also_about(sent: Sentence, verb: Token, ctype: str, tokens: list[Token]) -> list:
    """Whom a demand is made of; what "found no evidence to support this claim" disputes."""
    if ctype == "demand":
        return addressees(sent, verb)
    if ctype == "denial" and sent.lexicon.claim_verbs.get(verb.lemma_.lower()) == "statement":
        return disputed_in(sent, tokens)
    return []


def _asked_for(verb: Token, sent: Sentence) -> bool:
    """A reporting verb in the infinitive under a request or demand ("asked the
    authorities to explain why", "called on the government to explain"): what one
    asks another to say, which nobody has said."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("xcomp", "ccomp", "advcl", "pcomp"):
        return False
    if head.dep_ == "prep" and head.head.i != head.i:  # "called on X to explain"
        head = head.head
    heads = sent.lexicon.words("non_factual_heads")
    return head.lemma_.lower() in heads or claim_verb(head, sent) == "demand"


def _reported(sent: Sentence, quoted: set[int]) -> tuple[list[EntityKey], list[EntityKey], bool]:
    """Reporting verbs outside quotation marks: 'X said (that) ...', '"...," X said'.
    Returns the speakers, those introduced by a reporting verb without content, and
    whether a speaker was named but not known."""
    said: list[EntityKey] = []
    introduced: list[EntityKey] = []
    unknown = False
    if sent.lemmas.isdisjoint(sent.lexicon.claim_verb_lemmas):
        return said, introduced, unknown  # no reporting verb: claim_verb finds none
    for tok in sent.tokens:
        ctype = claim_verb(tok, sent)
        if not ctype:
            continue
        agents, words = passive_report(sent, tok, ctype)
        if words:  # "appeals ... were reiterated by Gherman", also inside a quotation
            sent.blocked.update(t.i for t in words)
            if emit(sent, agents, ctype, words) and tok.i not in quoted:
                said += [s for s in agents if s not in said]
            continue
        if tok.i in quoted:
            continue  # a verb inside a quotation is the quoted speaker's own report
        if supposed(tok):
            continue  # "It is possible that Tokayev invited the CSTO to ...": no one's words
        if reduced_passive(tok, sent.lexicon.word_set("hedge_passives")):
            continue  # "groups believed to be close to ...": a hedge, for own_voice.py
        content = content_of(tok, ctype, sent)
        # News told first and its source after ("Y happened, reported Kazinform"): the
        # source's claim, and still the news; any other report is never a fact.
        tail = bool(content) and content[0].i == tok.head.i and tok.head.i != tok.i
        sourced = _sourcing(tok, sent, tail)
        if tail:  # the tail "..., X said": its own words
            tokens = content_tokens(content[:1], tok)  # out, what it hangs on in
            tokens = sorted({*tokens, *content_tokens(content[1:])}, key=lambda t: t.i)
            speaking = {t.i for t in stranded_subject(tok)}
            tokens = [t for t in tokens if t.i not in speaking]
        else:
            tokens = content_tokens(content)
        semicolon = _last_semicolon(sent, tok)
        tokens = [t for t in tokens if t.i > semicolon]
        if not sourced:  # reported content is never a fact, even with no speaker known
            sent.blocked.update(t.i for t in tokens)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            continue  # "is said to ...": a hedge, for own_voice.py
        if any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in tok.children):
            continue  # "did not say whether", "Nor did he say": no claim, still no fact
        if _asked_for(tok, sent):
            continue  # "urged the authorities to explain why ...": asked, not yet said
        speakers = _tail_speakers(sent, tok) if tail else speakers_of(sent, tok)
        if not speakers and not tail:  # "A, FIDH and KIBHR said in a statement" as one clause
            speakers = [k for k in sent.entities_in(stranded_subject(tok)) if sent.can_act(k)]
            speaking = {t.i for t in stranded_subject(tok)}
            tokens = [t for t in tokens if t.i not in speaking]
        citing = {t.i for phrase in citing_phrases(tok) for t in phrase.subtree}
        tokens = [t for t in tokens if t.i not in citing]  # "..., citing X": whose, not what
        tokens, others = without_inner_reports(sent, tok, ctype, tokens, speakers, quoted)
        if not tokens:
            # "Residents described scenes of chaos.": no claim, but whoever is
            # introduced speaks the quotation that follows
            introduced += [s for s in speakers if s not in introduced]
            unknown = unknown or not speakers
        elif emit(
            sent,
            speakers,
            ctype,
            tokens,
            _also_about(sent, tok, ctype, tokens),
            block=not sourced,
            not_words=others,
        ):
            said += [s for s in speakers if s not in said]
        else:
            unknown = True
            if sourced:  # "..., the trade minister reported": news, its figures no one's
                sent.unvoiced.update(t.i for t in tokens)
    return said, introduced, unknown and not said


def _last_semicolon(sent: Sentence, source: Token) -> int:
    """The last semicolon before a source told after what it says: "In Belarus, 35,000
    were arrested; in Kazakhstan, 10,000, according to X" (or "..., X said"): X vouches
    for the statement after it, not the one it is compared with."""
    at = sent.span.start_char
    return max(
        (t.i for t in sent.tokens if t.i < source.i and t.idx - at in sent.semicolons),
        default=-1,
    )


LISTING = {"including", "excluding", "among", "except"}


def _source(sent: Sentence, obj: Token) -> EntityKey | None:
    """Whom 'according to' names: a mention, a pronoun, a title or role, a collective."""
    for clause in (c for c in obj.children if c.dep_ in ("relcl", "acl")):
        cited = cited_by(sent, clause)  # "according to Tengrinews, which cited X"
        if cited is not None:
            return cited
    key = employer_of(sent, obj) or sent.entity(obj) or speaker_noun(sent, obj)
    if key is not None:
        return key if sent.can_act(key) else None
    named = [sent.tok_entity.get(c.i) for c in obj.children if c.dep_ == "appos"]
    named = [k for k in named if k is not None and k.kind in ("organization", "person")]
    if named:  # "according to the monitoring group NetBlocks": the name in apposition
        return named[0]
    # A person named inside the phrase ("Prosecutor General Berik Asylov"), or a
    # body the lexicon knows ("the KNB's press service"); not a model's guess at
    # a describing word ("the Kazakh health ministry").
    # not what hangs on the phrase ("according to official data, including 19 members
    # of the security forces": the count's part, no source)
    aside = {
        t.i for c in obj.children if c.lower_ in LISTING and c.dep_ == "prep" for t in c.subtree
    }
    inside = sent.entities_in(
        t for t in obj.subtree if t.pos_ != "ADJ" and t.dep_ != "amod" and t.i not in aside
    )
    known = sent.state.resolver.by_label
    people = [k for k in inside if k.kind == "person"]
    bodies = [k for k in inside if k.kind in ("organization", "group") and k.label in known]
    found = people or bodies
    return found[0] if found else None


CONTRASTING = {"while", "whereas", "although", "though"}


# Verbs by which a contrasting clause counts for its own subject: "while independent
# monitors counted at least 250", "while HRW put the toll at 250".
COUNTING = {"count", "put", "estimate", "record", "report", "register", "document"}


def _another_voice(clause: Token, sent: Sentence) -> bool:
    """Does a contrasting clause speak for someone else ("while the UN said ...", "while
    monitors counted 250", "whereas police detained ...")? One with no voice or actor of
    its own ("while 238 died") goes on with what the 'according to' source says."""
    for tok in clause.subtree:
        if tok.lower_ == "according" or claim_verb(tok, sent):
            return True
        if tok.pos_ == "VERB" and tok.lemma_.lower() in COUNTING:
            return True
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any((k := sent.entity(c)) is not None and sent.can_act(k) for c in subjects)


def _according_to(sent: Sentence, quoted: set[int], beside: bool = False) -> list[EntityKey]:
    """'According to X, ...' and '..., according to X': X claims the clause. `beside`:
    the sentence has reports of its own, so a clause that is itself a report ("According
    to X, Y said ...") is left to them."""
    if "according" not in sent.lowers:
        return []
    for tok in sent.tokens:
        if tok.lower_ != "according" or tok.i in quoted | sent.blocked or tok.dep_ != "prep":
            continue
        objs = [o for to in tok.children if to.lower_ == "to" for o in to.children]
        source = next((s for o in objs if o.dep_ == "pobj" for s in [_source(sent, o)] if s), None)
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if beside and (claim_verb(head, sent) or head.i in sent.blocked):
            continue
        contrast = {  # "..., while the UN said ...": another's words, not X's
            t.i
            for c in head.children
            if (c.dep_ == "advcl" and any(m.lower_ in CONTRASTING for m in c.children))
            # "According to X, A fell, and analysts said B": B is the analysts'
            or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > tok.i)
            if _another_voice(c, sent)  # "..., while 238 died": X's count all the same
            for t in c.subtree
        }
        # "But according to X, ...": the conjunction joins the sentence to the one before
        contrast |= {c.i for c in head.children if c.dep_ == "cc" and c.i < tok.i}
        semicolon = _last_semicolon(sent, tok)
        tokens = [t for t in content_tokens([head], tok) if t.i not in contrast and t.i > semicolon]
        sent.blocked.update(t.i for t in tokens)
        if source is not None and emit(sent, [source], "statement", tokens):
            return [source]
    return []


def _introduced(sent: Sentence, quoted: set[int]) -> tuple[list[EntityKey], bool]:
    """A quotation introduced by any verb: '"...," X retorted', 'X disagreed: "..."'.
    The verb's subject is the speaker; one that cannot be resolved is not the
    speaker before it either."""
    for tok in sent.tokens:
        if tok.i in quoted or tok.pos_ not in ("VERB", "AUX"):
            continue
        inside = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis") and c.i in quoted]
        if not inside:
            continue
        speakers = speakers_of(sent, tok)
        tokens = [t for c in inside for t in content_tokens([c]) if t.i in quoted]
        tokens, others = without_inner_reports(sent, tok, "statement", tokens, speakers, quoted)
        if speakers and not tokens:
            return speakers, False  # it only passes on another's report
        if emit(sent, speakers, "statement", tokens, not_words=others):
            return speakers, False
        return [], True
    return [], False


def _block_non_factual(sent: Sentence) -> None:
    heads = set(sent.lexicon.words("non_factual_heads"))
    if sent.lemmas.isdisjoint(heads):
        return
    for tok in sent.tokens:
        if tok.lemma_.lower() in heads:
            for child in tok.children:
                if child.dep_ in ("xcomp", "ccomp"):
                    sent.blocked.update(t.i for t in child.subtree)


def extract_claims(sent: Sentence) -> None:
    quotes = sent.state.quotes
    quoted = quotes.begin(sent)
    sent.blocked.update(quoted)
    speakers: list[EntityKey] = []
    unknown = False
    assertion = sent.is_assertion()
    if assertion:
        speakers, introduced, unknown = _reported(sent, quoted)
        # "According to X, 225 died, while the UN said ...": X's clause is X's all the same
        according = _according_to(sent, quoted, beside=bool(speakers))
        speakers = speakers + [k for k in according if k not in speakers]
        if quoted and not speakers:  # '"...," Reuters quoted X as saying', 'X retorted'
            speakers, unknown_here = _introduced(sent, quoted)
            unknown = not speakers and (unknown or unknown_here)
        speakers = speakers or introduced
        attributed = list(sent.claims)
        extract_nominal_claims(sent, quoted)
        extract_stances(sent, quoted)  # "Amnesty is concerned that ..."
        _block_non_factual(sent)
        extract_own_voice(sent, quoted)
    else:
        attributed = []
        _block_non_factual(sent)
    words = [t for t in sent.tokens if not (t.is_punct or t.is_space)]
    inside = [t for t in words if t.i in quoted]
    mostly_quoted = assertion and bool(words) and 2 * len(inside) >= len(words)
    text, about = "", []
    if inside:
        marked = [t for t in sent.tokens if t.i in quoted]
        text = words_between(sent, marked[0], marked[-1]).strip(" ,")
        about = claim_about(sent, inside, [])
    speakers = [s for s in speakers if s.kind != "place"]  # only actors claim
    sent.speakers = speakers
    this = QuotedSentence(sent.evidence("claims"), text, about)
    sent.claims += quotes.end(this, mostly_quoted, speakers, attributed, unknown)
