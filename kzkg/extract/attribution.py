"""Who states a figure: the speaker of the claim whose content holds it, official
figures, or the publisher when the document says it in its own voice.

Reported speech is parsed once, in claims.py; this module reads the claims that
step made for the sentence (their content text) instead of parsing reporting
verbs again, so every improvement to claim attribution carries over to figures.
What it adds is only what claims.py has no claim for: "according to official
figures" and "official figures put the toll at ..." (the government of the
lexicon's `official_source`), and "It said ..." after a named speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from kzkg.extract.context import Sentence, Token
from kzkg.extract.headline_source import headline_source
from kzkg.extract.model import EntityKey, FactKey
from kzkg.extract.speakers import speaker_noun, speakers_of, the_writers, turn_speaker

# Nouns that name a source of figures: "official figures", "official data".
FOREIGN = {"NORP", "GPE", "ORG"}  # a nationality or a body named beside "official"
FIGURE_NOUNS = {"figure", "number", "data", "statistic", "statistics", "count", "toll", "tally"}
FIGURE_NOUNS |= {"estimate"}
# Verbs that give a figure its value: "puts the toll at 238", "estimated the number at".
PUTTING_VERBS = {"put", "place", "estimate"}
# Verbs by which someone states a figure as its object: "put the death toll at 227".
SETTING_VERBS = {"put", "place", "set", "estimate", "raise", "revise", "lower", "update", "bring"}
# Verbs by which someone reports a count as its object: "the government reported 225
# deaths", "the ministry recorded 4,500 injured".
COUNT_REPORTING = {"report", "record", "register", "confirm", "acknowledge", "cite", "count"}
# Verbs by which someone speaks of a count: "Tokayev, who spoke of 20,000 bandits".
SPEAKING_OF = {"speak", "talk", "write"}
# Participles by whose agent a figure is stated: "the toll of 164 reported by state media".
REPORTING_PARTICIPLES = COUNT_REPORTING | {"announce", "give", "publish", "release", "issue"}


@dataclass(frozen=True)
class Source:
    """Who states a figure; `reported` is False for the document's own voice."""

    claimants: tuple[EntityKey, ...]
    reported: bool
    claim: FactKey | None = None
    disputed: bool = False  # left to no one on purpose: no later pass gives it a speaker


def _claim_text(sent: Sentence, fkey: FactKey) -> str | None:
    fact = sent.result.facts.get(fkey)
    if fact is None:
        return None
    return next((v.value for p, v in fact.props if p == "claimText"), None)  # type: ignore[union-attr]


def _claimants(sent: Sentence, fkey: FactKey) -> tuple[EntityKey, ...]:
    fact = sent.result.facts[fkey]
    return tuple(sorted(v for p, v in fact.props if p == "claimant" and isinstance(v, EntityKey)))


def _disputes(sent: Sentence, fkey: FactKey) -> bool:
    """Is the claim a denial? Its words are what the denier disputes."""
    fact = sent.result.facts[fkey]
    return any(p == "claimType" and getattr(v, "value", None) == "denial" for p, v in fact.props)


# Nouns whose "that" clause is what others say or what lacks proof: "reports that ...",
# "had not provided evidence that ..." (disputed_nouns in claims.yaml, and these).
EVIDENCE_NOUNS = {"evidence", "proof"}


def _hearsay_inside(sent: Sentence, fkey: FactKey, token: Token) -> bool:
    """Is the figure in a "that" clause of a report, rumour or (lacking) evidence that the
    speaker's words name ("Factcheck.kz noted that Tokayev had not provided evidence that
    20,000 bandits attacked")? Then the figure is not the speaker's."""
    content = _claim_text(sent, fkey) or ""
    at = sent.piece_text.find(content, sent.span.start_char)
    return any(at <= noun.idx < at + len(content) for noun in _hearsay_nouns(sent, token))


def _hearsay_nouns(sent: Sentence, token: Token) -> list[Token]:
    """The report, rumour or evidence nouns whose "that" clause holds the token."""
    nouns = sent.lexicon.word_set("disputed_nouns") | EVIDENCE_NOUNS
    found = []
    for clause in token.ancestors:
        noun = clause.head
        if clause.dep_ not in ("acl", "ccomp", "relcl") or noun.lemma_.lower() not in nouns:
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            continue
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at"):
            continue  # "said in a report that ...": where the speaker said it
        found.append(noun)
    return found


def covering_claim(sent: Sentence, token: Token, starts_by: int | None = None) -> FactKey | None:
    """The claim of this sentence whose content holds the token (the innermost one);
    with `starts_by`, only content that starts at or before that character."""
    text = sent.piece_text
    best: tuple[int, FactKey] | None = None
    for fkey in sent.claims:
        content = _claim_text(sent, fkey)
        if not content:
            continue
        at = text.find(content, sent.span.start_char)
        if at < 0 or at >= sent.span.end_char or (starts_by is not None and at > starts_by):
            continue
        if at <= token.idx < at + len(content) and (best is None or len(content) < best[0]):
            best = (len(content), fkey)
    return best[1] if best else None


def official_source(sent: Sentence, token: Token) -> Source | None:
    """ "According to official figures, ...", "Official figures put the toll at N", "the
    official death toll of 225": the lexicon's `official_source`; another country's
    official figures ("official Russian figures") are reported, by no entity we know."""
    if sent.lowers.isdisjoint(("official", "government")):
        return None  # every figure below is called official
    for noun in sent.tokens:
        if noun.lemma_.lower() not in FIGURE_NOUNS and noun.lower_ not in FIGURE_NOUNS:
            continue
        if not any(c.lower_ in ("official", "government") for c in noun.children):
            continue
        according = noun.dep_ == "pobj" and noun.head.head.lower_ == "according"
        if noun.dep_ in ("nsubj", "nsubjpass"):
            clause = noun.head
        elif according:
            clause = noun.head.head.head
        else:
            clause = noun
        if token.i not in {t.i for t in clause.subtree}:
            continue
        # "According to official figures, 227 were killed, and 9,900 were arrested": the
        # source goes with a clause joined by "and" ("while monitors counted 250": theirs)
        joined = _joined_by_and(token, clause) if according else None
        if _own_subject_between(token, joined or clause):
            continue
        owners = sent.lexicon.words("official_source")
        if any(c.ent_type_ in FOREIGN for c in noun.children) or not owners:
            return Source((), True)
        label = _label(sent, owners[0])
        if label in sent.state.resolver.by_label:
            return Source((sent.result.entity(sent.state.resolver.known(label)),), True)
    return None


def _joined_by_and(token: Token, clause: Token) -> Token | None:
    """The clause joined to `clause` by "and" that holds the token, if any."""
    for up in token.ancestors:
        if up.dep_ == "conj" and up.head.i == clause.i and up.pos_ in ("VERB", "AUX"):
            # the joining word, wherever the parser hangs it ("including 19 officers, and")
            words = {t.lower_ for t in token.doc[clause.i + 1 : up.left_edge.i] if t.dep_ == "cc"}
            return up if words == {"and"} else None
    return None


def _own_subject_between(token: Token, clause: Token) -> bool:
    """Is the token in a clause below `clause` that has a subject of its own?"""
    for up in token.ancestors:
        if up.i == clause.i:
            return False
        if up.dep_ == "ccomp" and up.head.i == clause.i:
            return False  # "prices rose 15%, official data showed": what the data show
        if up.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in up.children
        ):
            return True
    return False


def figure_setter(sent: Sentence, token: Token) -> Source | None:
    """ "Kazakh officials put the death toll at 227", "the ministry raised the toll to
    227", "the government reported 225 deaths": the subject states the figure, never
    the publisher; a subject that is no
    actor ("reports put the toll at ...") leaves it reported by no one."""
    counted = _counted(token)
    # "the KNB reported the detention of 16 members of a group": the reported noun's "of"
    while (
        counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.pos_ == "NOUN"
    ):
        counted = counted.head.head
    reporter = counted.head
    if counted.dep_ == "dobj" and reporter.lemma_.lower() in COUNT_REPORTING:
        if token.i not in sent.blocked:  # not inside what someone else reports
            return _told_by(sent, reporter)  # "the government reported 225 deaths"
    if counted.dep_ == "pobj" and reporter.lower_ in ("of", "about"):
        speaking = reporter.head  # "Tokayev, who spoke of 20,000 bandits"
        if speaking.lemma_.lower() in SPEAKING_OF and token.i not in sent.blocked:
            return _told_by(sent, speaking)
    for verb in token.ancestors:
        if verb.lemma_.lower() not in SETTING_VERBS:
            continue
        if _own_subject_between(token, verb):
            break  # "Unlike Tokayev, who spoke of ..., the ministry put the number at ..."
        if any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS for c in verb.children):
            return Source(tuple(speakers_of(sent, verb)), True)
        if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in FIGURE_NOUNS for c in verb.children):
            agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
            keys = [sent.entity(o) or speaker_noun(sent, o) for o in agents if o.dep_ == "pobj"]
            if any(keys):  # "the toll was put at 227 by the ministry"
                return Source(tuple(k for k in keys if k is not None), True)
    return None


def _told_by(sent: Sentence, verb: Token) -> Source:
    """The verb's speakers that may act, as the figure's source."""
    return Source(tuple(k for k in speakers_of(sent, verb) if sent.can_act(k)), True)


def _participle_source(sent: Sentence, token: Token) -> Source | None:
    """ "the death toll of 164 reported by state media", "the 10,000 arrests reported by
    the interior ministry", "a toll of 225, announced by the prosecutor's office": the
    agent of a reporting participle on the figure or its noun states it; an agent that
    is no actor we know leaves it reported by no one."""
    nouns = [token, token.head] if token.dep_ in ("nummod", "quantmod") else [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        nouns.append(token.head.head)  # "the death toll of 164"
    for noun in nouns:
        for verb in noun.children:
            if verb.dep_ != "acl" or verb.tag_ != "VBN":
                continue
            if verb.lemma_.lower() not in REPORTING_PARTICIPLES:
                continue
            agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
            keys = [sent.entity(o) or speaker_noun(sent, o) for o in agents if o.dep_ == "pobj"]
            if agents:
                return Source(tuple(k for k in keys if k is not None and sent.can_act(k)), True)
    return None


def _label(sent: Sentence, lowered: str) -> str:
    """Lexicon lists are lower-cased; find the entity's own label again."""
    return next((e.label for e in sent.lexicon.entities if e.label.lower() == lowered), lowered)


def _pronoun_speaker(sent: Sentence, token: Token) -> tuple[EntityKey, ...]:
    """ "It said 18 police had been killed": the organization that spoke last."""
    verb = token
    while verb.head.i != verb.i and verb.dep_ not in ("ccomp",):
        verb = verb.head
    verb = verb.head
    if verb.lemma_.lower() not in sent.lexicon.claim_verbs:
        return ()
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subject or subject[0].lower_ != "it":
        return ()
    start = sent.evidence("claims").start
    for fact in reversed(list(sent.result.facts.values())):
        if fact.cls != "Claim" or all(s.start >= start for s in fact.evidence):
            continue
        speakers = _claimants(sent, fact.fkey)
        if speakers and all(k.kind == "organization" for k in speakers):
            return speakers
        return ()
    return ()


def _offering(sent: Sentence, token: Token) -> tuple[EntityKey, ...]:
    """ "Kyrgyzstan offered to send 150 soldiers", "Armenia agreed to send 100 troops":
    who offers, agrees or promises the figure, which no one has reported as done."""
    heads = sent.lexicon.words("non_factual_heads")
    verb = token
    for _ in range(6):
        if verb.head.i == verb.i:
            return ()
        verb = verb.head
        if verb.lemma_.lower() in heads:
            subjects = [sent.entity(c) for c in verb.children if c.dep_ == "nsubj"]
            return tuple(k for k in subjects if k is not None)
    return ()


def _putting_source(sent: Sentence, token: Token) -> tuple[EntityKey, ...]:
    """ "The Prosecutor General's Office puts the number of detainees at 10,000", "HRW
    estimated the toll at 230": whoever puts the figure at its value."""
    verb = token
    for _ in range(4):
        if verb.head.i == verb.i:
            return ()
        if verb.dep_ == "pobj" and verb.head.lower_ == "at" and verb.head.dep_ == "prep":
            verb = verb.head.head
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
                verb = verb.head  # "estimated [the number of detainees at 10,000]"
            break
        verb = verb.head
    else:
        return ()
    if verb.lemma_.lower() not in PUTTING_VERBS or verb.pos_ != "VERB":
        return ()
    named = sent.subject(verb) or [  # "Rights groups estimate ...": a role or collective
        k for c in verb.children if c.dep_ == "nsubj" for k in [speaker_noun(sent, c)] if k
    ]
    return tuple(k for k in named if sent.can_act(k))


def _passed_on(sent: Sentence, token: Token) -> tuple[EntityKey, ...]:
    """'"Human Rights Watch says that 300 people died. That is a lie," Tokayev said': a
    figure that a quoted speaker passes on from someone named is that one's, not the
    quoted speaker's (who may be disputing it)."""
    if token.i not in sent.blocked and not sent.inside_quotation(token):
        return ()
    clause = token
    for _ in range(6):
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in sent.lexicon.claim_verbs:
            break
        if clause.head.i == clause.i:
            return ()
        clause = clause.head
    else:
        return ()
    reporter = clause.head
    if reporter.i not in sent.blocked and not sent.inside_quotation(reporter):
        return ()  # the quoted speaker's own "said": the quotation's claim says whose
    named = [
        sent.tok_entity.get(c.i) or speaker_noun(sent, c)
        for c in reporter.children
        if c.dep_ == "nsubj" and c.pos_ != "PRON"
    ]
    return tuple(k for k in named if k is not None and sent.can_act(k))


def source_of(sent: Sentence, token: Token, *, own_idiom: bool = False) -> Source:
    """Who states the figure at `token`. `own_idiom` marks a token that a reporting
    verb only seems to govern ("protests that claimed 238 lives")."""
    # "..., the ministry said, while rights groups put the figure at 12,000": whoever
    # puts a figure at its value states it, whatever clause it hangs under
    putter = _putting_source(sent, token)
    if putter:
        return Source(putter, True)
    inner = _passed_on(sent, token)
    if inner:
        return Source(inner, True)
    # "protests that claimed 238 lives": no claim whose content starts after the verb.
    claim = covering_claim(sent, token, token.head.head.idx if own_idiom else None)
    if claim is not None:
        # "the ministry denied reports that 3,000 people had been killed": the figure
        # is what the denier disputes, stated by no one we can name, unless the sentence
        # calls it official ("the official death toll of 230 was rejected by activists")
        if _disputes(sent, claim) or _hearsay_inside(sent, claim, token):
            official = official_source(sent, token)
            return Source(official.claimants if official else (), True, claim)
        return Source(_claimants(sent, claim), True, claim)
    if token.i in sent.blocked and _hearsay_nouns(sent, token):
        # '"This is a lie," X said of reports that 3,000 people had died': no one's
        return Source((), True, disputed=True)
    official = official_source(sent, token)
    if official is not None:
        return official
    owner = _whose_account(sent, token)
    if owner is not None:
        return Source((owner,), True)
    if _told_of(sent, token):  # "rumours of 2,000 missing": the rumour's, not the text's
        return Source((), True, disputed=True)
    setter = figure_setter(sent, token) or _participle_source(sent, token)
    if setter is not None:
        return setter
    if (token.i in sent.blocked and not own_idiom) or sent.inside_quotation(token):
        speakers = _pronoun_speaker(sent, token)
        offerers = () if speakers else _offering(sent, token)
        actors = tuple(k for k in offerers if k.kind != "place")
        if offerers and not actors and not sent.inside_quotation(token):
            # "Kyrgyzstan offered 150 soldiers": a country is no claimant (kz:Actor);
            # the document tells what was offered
            return _own_voice(sent)
        return Source(speakers or actors, True)
    if token.i in sent.unvoiced:
        return Source((), True)  # a source named but not known: no one we can credit
    turn = turn_speaker(sent)
    if turn is not None:  # "MS. PSAKI: 164 people were killed": hers, not the publisher's
        return Source(tuple(turn), True)
    named = headline_source(sent)
    if named is not None:  # "Police: 300 rioters detained in Aktobe"
        return Source((named,), True)
    writer = _first_person(sent, token)
    if writer:  # "I know of at least 40 men who were tortured": the author's, by byline
        return Source(tuple(writer), False)
    return _own_voice(sent)


def _first_person(sent: Sentence, token: Token) -> list[EntityKey]:
    """The document's one author, when the clause that gives the figure has "I" as its
    subject ("I counted 40 bodies", "I know of at least 40 men who ...")."""
    for verb in (a for a in [token, *token.ancestors] if a.pos_ in ("VERB", "AUX")):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "i" for c in verb.children):
            return the_writers(sent, plural=False)
    return []


def _whose_account(sent: Sentence, token: Token) -> EntityKey | None:
    """ "Tokayev's account of 20,000 'terrorists'", "the ministry's figure of 238 dead":
    a figure told as what someone's account or figure holds is theirs, not the text's."""
    noun = _of_what(token, ("of",))
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    if lemma not in sent.lexicon.told_nouns() and lemma not in FIGURE_NOUNS:
        return None
    owners = [sent.entity(c) for c in noun.children if c.dep_ == "poss"]
    return next((k for k in owners if k is not None and sent.can_act(k)), None)


def _told_of(sent: Sentence, token: Token) -> bool:
    """ "rumours of 2,000 missing people", "the claim of 20,000 attackers", "a Telegram
    post about 1,000 dead soldiers": a figure that something told is of or about, with
    no owner named (_whose_account reads those), is what that thing says; the document
    only names it."""
    told = (sent.lexicon.told_nouns() | sent.lexicon.word_set("media_items")) - FIGURE_NOUNS
    noun = _of_what(token, ("of", "about"))
    if noun is None:  # "a post about 1,000 soldiers" parsed with "about" as the number's own
        doc, before = token.doc, token.i - 1
        if before < 1 or doc[before].lower_ != "about" or doc[before].head.i != token.i:
            return False
        noun = doc[before - 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in told


def _counted(token: Token) -> Token:
    """What a figure counts ("20,000 bandits": bandits), or the figure standing alone."""
    return token.head if token.dep_ in ("nummod", "quantmod") else token


def _of_what(token: Token, preps: tuple[str, ...]) -> Token | None:
    """The noun whose phrase the figure is in ("the claim of 20,000 attackers": claim)."""
    counted = _counted(token)
    if counted.dep_ == "pobj" and counted.head.lower_ in preps:
        return counted.head.head
    return None


def _own_voice(sent: Sentence) -> Source:
    """The document's own figure: its publisher's, else its authors' (an op-ed by a
    person of the story, its author's: speakers.the_writers)."""
    return Source(tuple(the_writers(sent, plural=True)), False)
