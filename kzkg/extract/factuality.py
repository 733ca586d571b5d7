"""Whether a trigger tells an event that happened.

Not when it sits under a negation, a modal, a plan ("is scheduled for March",
"is going to sign"), a hedge ("alleged torture", "calls for an inquiry"), a
wish or request ("support for ..., including through the restoration of X"),
a habit ("police often detain"), a purpose ("a commission to investigate");
nor when it counts events ("the number of convictions"), names what a charge
or investigation is about, describes people ("those detained"), is part of a
name, a hyphenated word or a headline; nor when it is told on someone's word
(see reported.py).
"""

from __future__ import annotations

from kzkg.extract.arguments import agents_of, clause_of, objects
from kzkg.extract.context import Sentence, Token
from kzkg.extract.legal import VERDICT_WORDS
from kzkg.extract.reported import (
    attributed,
    officially_sourced,
    reported_as_fact,
    reporting_verb,
)

MODALS = {"would", "could", "might", "may", "should", "must", "can", "will", "shall"}
# Arguments a noun's core role links it to: "a trial date has not been set" is governed
# by "set", not "a trial" told as a fact.
CORE = {"nsubj", "nsubjpass", "dobj", "attr", "compound"}
# Links from an offence up to the charge, trial or investigation it is the content of:
# "charges ranging from abuse of power to participation in mass riots", "investigated by
# the ministry, including murders" (the parser hangs "including" on the agent).
# "pcomp": "sentenced for taking part in mass riots".
CONTENT_LINKS = {
    "pobj", "prep", "conj", "dobj", "acl", "appos", "npadvmod", "agent", "xcomp", "pcomp",
}  # fmt: skip
# Verbs whose infinitive is what is to be done, not what was: "ordered troops to fire".
DIRECTIVES = {
    "order", "authorize", "authorise", "instruct", "command", "allow", "permit", "tell",
    "direct", "empower", "urge", "ask", "call",
}  # fmt: skip
TEMPORAL = {"after", "before", "during", "following", "since", "amid", "until"}
# "It is possible / likely / unclear that ...": what the clause tells may not have been.
UNSURE = {
    "possible", "likely", "unlikely", "unclear", "uncertain", "conceivable", "plausible",
    "probable", "doubtful", "debatable", "unknown", "improbable",
}  # fmt: skip


def governing_verb(head: Token) -> Token | None:
    """The verb whose core argument a nominal trigger is (or the trigger itself)."""
    tok = head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in CORE or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _passive_hedge(verb: Token, sent: Sentence) -> bool:
    """ "X is believed / said / thought to have ...": the verb under a passive of
    hedge_passives is reported, and X is not who reports it."""
    up = verb.head
    return (
        verb.dep_ == "xcomp"
        and up.lemma_.lower() in sent.lexicon.words("hedge_passives")
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in up.children)
    )


# What a video or photo "of" something shows may be old, staged or fake (fact-checks).
DEPICTIONS = {"video", "footage", "photo", "photograph", "image", "picture", "clip"}


def _hedged(head: Token, sent: Sentence) -> bool:
    """ "alleged torture", "allegations of torture", "calls for an investigation"."""
    hedges = sent.lexicon.word_set("hedge_words")
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "allegations of torture and other ill-treatment"
    if _wished(head, sent):
        return True
    up = head.head
    if head.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() in DEPICTIONS:
        return True  # "a video of Russian troops shooting protesters": what it shows
    if head.dep_ == "pobj" and up.head.lemma_.lower() in hedges:
        if up.lower_ in ("of", "about", "on"):  # "allegations of", "reports about"
            return up.head.pos_ == "NOUN"
        return up.lower_ == "for"  # "calls for an inquiry", "waiting for his trial"
    tok = head
    for _ in range(5):  # "reportedly" on the clause's verb hedges all of it
        if any(c.dep_ in ("amod", "advmod") and c.lemma_.lower() in hedges for c in tok.children):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            if _passive_hedge(tok, sent):
                return True  # "X is believed to have ordered the withdrawal"
            # "failed to carry out an investigation", "the claim that protests were driven"
            up = tok.head
            if tok.dep_ == "pcomp" and up.dep_ == "prep" and up.head.pos_ == "VERB":
                up = up.head  # "objected to sending troops"
            verbal = tok.dep_ in ("xcomp", "pcomp")
            if verbal and up.lemma_.lower() in sent.lexicon.words("opposing_verbs"):
                return True  # "opposed sending troops"
            if tok.dep_ == "acl" and up.pos_ == "NOUN" and _hedged(up, sent):
                return True  # "reports of journalists detained in Almaty"
            if tok.dep_ == "pcomp" and up.lower_ in ("of", "about") and up.head.pos_ == "NOUN":
                if up.head.lemma_.lower() in hedges:
                    return True  # "reports of journalists being detained"
            if up.lemma_.lower() not in hedges:
                return False
            noun_content = tok.dep_ in ("ccomp", "acl") and tok.head.pos_ == "NOUN"
            return tok.dep_ in ("xcomp", "pcomp") or noun_content
        tok = tok.head
    return False


def factual(head: Token, match: list[Token], sent: Sentence, cls: str) -> bool:
    actors = [a for a in agents_of(head, sent, cls) if sent.can_act(a)]
    told = head.i in sent.blocked or reporting_verb(head, sent) is not None
    if told and not (
        reported_as_fact(head, cls, sent, actors)
        or officially_sourced(clause_of(head), cls, sent, actors)
    ):
        return False  # someone's claim, unless an official act on an official's word
    if attributed(clause_of(head), cls, sent, actors):
        return False  # "as some media reported, X was accused"
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in head.children):
        return False
    if supposed(governing_verb(head) or clause_of(head)):
        return False  # "it is unclear whether Masimov ordered ...", "had the troops come"
    above = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if above is not None and supposed(above):
        return False  # "It is plausible that some protesters were paid to riot"
    if head.pos_ == "NOUN" and head.dep_ in ("compound", "amod") and len(match) == 1:
        return False  # "riot police", "arrest warrant", "pre-trial investigation"
    if _of_markets(head, sent):
        return False  # "market turmoil spread to the bond market", "cut access to credit"
    if (
        cls in BODILY
        and head.pos_ == "VERB"
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in sent.lexicon.words("abstract_objects")
            for c in head.children
        )
    ):
        return False  # "the unrest killed plans for a share sale", "arrested the slide"
    if _state_of_something(head, sent):
        return False  # "mistreatment in detention", "deaths in custody"
    if _hedged(head, sent):
        return False
    if head.dep_ == "pcomp" and head.head.head.pos_ == "ADJ":
        return False  # "the agency responsible for investigating torture": a duty
    verb = governing_verb(head) or (head if head.pos_ in ("VERB", "AUX") else head.head)
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prt":
        if _phrasal(head.head.head) & set(sent.lexicon.words("ending_verbs")):
            return False  # "called off the rally", the parser's "off" taking the object
    if verb.i != head.i and head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        if _phrasal(verb) & set(sent.lexicon.words("ending_verbs")) and cls != "ClosedTrial":
            return False  # "the state of emergency was lifted" is not a new one
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.i != head.i and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        if verb.lemma_.lower() in sent.lexicon.words("plan_verbs"):
            return False  # "the trial is scheduled for March": planned, not held
    if _future(verb) or _ready(verb, sent) or _purpose(head) or _generic(verb, head, sent):
        return False
    if head.i == verb.i and _risen_since(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(d.lower_ in ("no", "few") for s in subjects for d in s.children):
        return False  # "few officers faced charges", "no one was arrested"
    return not any(c.dep_ == "aux" and c.lower_ in MODALS for v in _chain(verb) for c in v.children)


def supposed(verb: Token) -> bool:
    """A clause that asks or supposes, and so tells nothing that happened: "It is
    unclear whether Masimov ordered the withdrawal", "if the police had fired", "It is
    possible that Tokayev invited ...", "Had the troops arrived a day earlier, ..." (the
    auxiliary before its subject)."""
    for _ in range(3):  # "whether he ordered and led ...", "whether he tried to flee"
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return True
    asks_who = any(c.tag_ in ("WP", "WDT", "WRB") for c in verb.children)  # "unclear who"
    if (
        verb.dep_ == "ccomp"
        and not asks_who
        and any(  # "It is possible that X invited ..."
            c.dep_ == "acomp" and c.lemma_.lower() in UNSURE for c in verb.head.children
        )
    ):
        return True
    if verb.dep_ not in ("advcl", "ccomp"):
        return False
    first = verb.left_edge
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        first.dep_ in ("aux", "auxpass")
        and first.head.i == verb.i
        and first.lower_ in ("had", "were", "should")
        and any(first.i < s.i for s in subjects)
    )


def unreal(token: Token) -> bool:
    """ "Had the troops not arrived, thousands more might have died", "hundreds would
    have been killed": what would have been, in a clause that tells nothing that was."""
    verb = token
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "have" not in auxes or not auxes & {"would", "might", "could"}:
        return False
    return "would" in auxes or any(
        supposed(c) for c in verb.children if c.dep_ in ("advcl", "ccomp")
    )


def asked_about(token: Token) -> bool:
    """ "asked whether 3,000 people had been tortured", "if 20,000 terrorists had
    attacked": a figure in a clause that asks or supposes is stated by no one."""
    verb = next((a for a in [token, *token.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and supposed(verb)


def negated_count(token: Token) -> bool:
    """ "No, 3,000 people were not killed in Almaty": a count, the subject of a verb that
    denies it (not "could not verify the toll of 164": what is denied is the verifying)."""
    if any(c.dep_ == "neg" for c in token.children):
        return True  # "not 20,000 but a few hundred armed men"
    counted = token.head if token.dep_ in ("nummod", "quantmod") else token
    if any(c.dep_ == "det" and c.lower_ == "no" for c in counted.children):
        return True  # "there were no 20,000 terrorists"
    verb = counted.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if counted.dep_ == "dobj":  # "Nobody has seen 20,000 terrorists"
        return any(_nobody(c) for c in verb.children if c.dep_ == "nsubj")
    existential = counted.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)
    if counted.dep_ not in ("nsubj", "nsubjpass") and not existential:
        return False  # "the toll of 164 was not verified": the toll is not denied
    return any(c.dep_ == "neg" for c in verb.children)  # "there were never 20,000"


def _nobody(subject: Token) -> bool:
    return subject.lower_ in ("nobody", "none") or (
        subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)
    )


def _chain(verb: Token) -> list[Token]:
    """The verb and the verbs it completes: "will [begin [leaving]]" is as future as
    "will leave", "could [start [withdrawing]]" as possible."""
    found = [verb]
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and len(found) < 4:
        verb = verb.head
        found.append(verb)
    return found


def _wished(head: Token, sent: Sentence) -> bool:
    """A nominal event inside what someone supports, asks or plans, however deep: "full
    support for media freedom, including through the restoration of the internet"."""
    if head.dep_ == "amod" and head.head.pos_ == "NOUN":
        head = head.head  # "demands: lower fuel prices": the trigger is "lower"
    if head.pos_ != "NOUN":
        return False
    wishes = set(sent.lexicon.words("wish_nouns"))
    tok = head
    for _ in range(8):
        if tok.dep_ not in ("pobj", "prep", "conj", "appos", "dobj", "attr"):
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in wishes:
            return True
        if tok.dep_ == "prep" and tok.lemma_ == "include":
            continue  # "support for media freedom, including through X"
        if tok.lemma_ in ("include", "be"):  # "their demands included / were X"
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in wishes for c in tok.children)
        if tok.pos_ == "VERB":
            return _asked_to(tok, sent)
    return False


def _asked_to(verb: Token, sent: Sentence) -> bool:
    """ "we ask all citizens to defend media freedom, including through the restoration
    of the internet": an infinitive under a request is what is asked, not what was done."""
    hedges = sent.lexicon.words("hedge_words")
    if verb.lemma_.lower() in hedges:
        return True  # hung on the request itself: "we ask ..., including through X"
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.lemma_.lower() in hedges


def of_a_count(head: Token, sent: Sentence) -> bool:
    """ "the number of deaths and convictions": a figure, not an event told."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    return tok.head.head.lemma_.lower() in sent.lexicon.words("count_nouns")


def _future(verb: Token) -> bool:
    """ "Tokayev is going to sign the law", "X is set to go on trial": a future; so is a
    headline's "Kazakhstan to cap fuel prices for 180 days"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    up = verb.head
    if verb.dep_ != "xcomp":
        return False
    going = up.lemma_.lower() == "go" and up.tag_ == "VBG"
    due = up.lemma_.lower() == "set" and up.tag_ == "VBN"  # "X is set to go on trial"
    return going or due


# Events done to bodies and places, whose verbs an abstract object makes figurative
# ("announced the amnesty plan" is still a speech).
BODILY = {"Killing", "Arrest", "Torture", "UseOfForce", "Riot"}


def _of_markets(head: Token, sent: Sentence) -> bool:
    """An event noun a market word qualifies ("market turmoil", "financial turmoil"), or a
    verb whose object is access to one ("the bank cut access to credit")."""
    words = sent.lexicon.words("market_words")
    if head.pos_ == "NOUN":
        return any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in words for c in head.children
        )
    return any(
        o.lemma_.lower() in words
        for d in head.children
        if d.dep_ == "dobj"
        for p in d.children
        if p.dep_ == "prep" and p.lower_ in ("to", "of")
        for o in p.children
        if o.dep_ == "pobj"
    )


def _risen_since(verb: Token) -> bool:
    """ "Fuel prices have risen by a third since the 2022 unrest", "have tripled since
    2019": a change over a span up to now, no event of a day (which anaphora would then
    take for the price hike the document told)."""
    auxes = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    objects = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    return since and auxes == {"have"} and verb.tag_ == "VBN" and not objects


def _phrasal(verb: Token) -> set[str]:
    """The verb's lemma, and with its particle: {"call", "call off"}."""
    lemma = verb.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}


def _ready(verb: Token, sent: Sentence) -> bool:
    """ "The EU stands ready to support an investigation", "the trial is due to begin":
    an infinitive under a word of readiness is in prospect, not done."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    words = sent.lexicon.words("readiness_words")
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words:
        return True
    return any(  # "the trial is due to begin": the event is the subject of "be due"
        c.dep_ == "acomp"
        and c.lemma_.lower() in words
        and any(x.dep_ == "xcomp" for x in c.children)
        for c in verb.children
    )


def _generic(verb: Token, head: Token, sent: Sentence) -> bool:
    """ "Police often detain activists", "arrests are common": what tends to happen, not
    an event told."""
    words = set(sent.lexicon.words("generic_words"))
    return any(
        c.dep_ in ("advmod", "acomp") and c.lemma_.lower() in words
        for tok in {verb, head, sent.span.root}
        for c in tok.children
    )


def _purpose(head: Token) -> bool:
    """ "a commission to investigate the events", "flew to Moscow to meet Putin": an
    infinitive of purpose says what was meant to happen, not what happened; so does
    the infinitive under an order ("authorized police to shoot to kill")."""
    while head.dep_ == "conj" and head.tag_ == "VB" and head.head.pos_ == "VERB":
        head = head.head  # "to open fire and (to) kill": the first infinitive's purpose
    if head.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    if head.dep_ in ("acl", "advcl"):
        return True
    if any(
        t.lemma_.lower() in DIRECTIVES and t.tag_.startswith("VB")
        for subject in head.children
        if subject.dep_ == "nsubj"
        for t in subject.subtree
    ):
        return True  # "Tokayev orders troops to shoot", misparsed: "orders" a noun's modifier
    tok = head
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "ccomp", "advcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in DIRECTIVES:
            return True
        if tok.dep_ in ("acl", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
        ):
            return True  # "gave the order to the army to shoot to kill": a purpose's verb
    return False


def counted(head: Token, cls: str, sent: Sentence) -> bool:
    """ "225 people were killed" is a death toll (a statistic), not an event."""
    if cls.lower() not in sent.lexicon.words("count_is_statistic"):
        return False
    return any(
        o.like_num
        or o.lemma_.lower() in ("dozen", "hundred", "thousand", "score")
        or any(c.dep_ == "nummod" for c in o.children)
        for o in objects(head)
    )


def _state_of_something(head: Token, sent: Sentence) -> bool:
    """A state noun after a preposition on a noun says where something was, not that
    anyone was arrested: "mistreatment in detention"."""
    if head.lemma_.lower() not in sent.lexicon.words("state_nouns") or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ not in ("in", "under", "during"):
        return False
    # "information about mistreatment in detention": the parser may hang the preposition
    # on the verb, but a noun right before it is what it qualifies
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return prep.head.pos_ == "NOUN" or before.pos_ == "NOUN"


def headline(sent: Sentence) -> bool:
    """ "Karim Massimov Sentenced to 18 Years on Treason Charges": a title, not a report."""
    if sent.text.rstrip().endswith((".", "!", "?", '"', "\u201d")):
        return False
    words = [t for t in sent.tokens if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def in_word(head: Token, match: list[Token]) -> bool:
    """Part of a hyphenated word: "shoot-to-kill order", "pre-trial detention"."""
    doc = head.doc
    before = head.i > 0 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_
    after = head.i + 1 < len(doc) and doc[head.i + 1].text == "-" and not head.whitespace_
    return len(match) == 1 and (before or after)


def describes(head: Token) -> bool:
    """A participle that describes people rather than tells an event: "people charged and
    imprisoned", "extremists previously convicted" (no auxiliary, no subject of its own)."""
    first = head.conjuncts[0] if head.dep_ == "conj" and head.conjuncts else head
    if first.dep_ == "acl":
        return True
    own = {c.dep_ for c in first.children}
    if first.tag_ != "VBN" or own & {"aux", "auxpass", "dobj", "mark"}:
        return False
    # a past participle with no auxiliary and no object cannot tell a clause of its own,
    # however the parser attaches it ("extremists previously convicted")
    return first.dep_ in ("advcl", "amod", "relcl", "parataxis") or "nsubjpass" not in own


def content_of(head: Token, legal: set[int]) -> bool:
    """What a charge, trial or investigation is about is not itself reported as having
    happened: "charges for arbitrary detentions", "an investigation into torture",
    "sentencing defendants involved in the protests"."""
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i or tok.lower_ in TEMPORAL:
            return False  # "convicted after a closed trial": the trial happened
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.i in legal:
            return False  # "found X guilty and sentenced him": a step of its own
        if tok.dep_ not in CONTENT_LINKS and not (
            tok.dep_ == "ccomp" and tok.lemma_.lower() in VERDICT_WORDS
        ):
            return False  # but "found X guilty of organising riots": what the verdict is for
        tok = tok.head
        if tok.i in legal:
            return True
        if tok.pos_ == "VERB" and any(
            c.i in legal and c.i != head.i for c in tok.children if c.dep_ == "dobj"
        ):
            return True  # "opened an investigation into the killings"
    return False
