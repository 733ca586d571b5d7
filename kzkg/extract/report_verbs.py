"""Reporting verbs and what they report: which verb makes a claim of which type,
and which of its dependents hold the words said (a content clause, an object
for "thanked X for Y", the preposition and "to" clause of "called on X to ...",
the clause before a reporting tail "..., X reported")."""

from __future__ import annotations

from kzkg.extract.context import Sentence, Token
from kzkg.extract.legal import verdict_word
from kzkg.extract.model import EntityKey

CONTENT_DEPS = ("ccomp", "xcomp")
OBJECT_TYPES = {"demand", "denial", "allegation"}  # "demanded the resignation of ..."
NEGATIONS = {"not", "n't", "never", "nor", "neither"}
RELATIVES = {"which", "that", "what", "whom"}
COURT_WORDS = {"court", "judge", "tribunal"}
ANNOUNCING = {"announce", "decree", "proclaim"}
# What opens a clause of time: "When Bekova found his body, ...", "By the time ...".
TIME_OPENERS = {"when", "once", "after", "before", "until", "while", "by"}


def _of(noun: Token) -> str:
    """ "hundreds of lives" -> life."""
    objs = [c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    return objs[0].lemma_.lower() if objs else ""


def claim_verb(tok: Token, sent: Sentence) -> str | None:
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    verbs = sent.lexicon.claim_verbs
    nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    ctype = verbs.get(f"{tok.lemma_.lower()} {nxt}") or verbs.get(tok.lemma_.lower())
    if ctype is None:
        return None  # most verbs report nothing: the tests below are for those that do
    if any(c.dep_ == "dobj" and "life" in (c.lemma_.lower(), _of(c)) for c in tok.children):
        return None  # "protests that claimed 238 lives": a death toll, not a claim
    if verdict_word(tok) is not None:
        return None  # "the court found X guilty": a verdict (events.yaml), not a claim
    if _adds_to(tok):
        return None  # "as sanctions added to pressure on the tenge": adding, no saying
    if _opens_a_time_clause(tok):
        return None  # "By the time Bekova found his body, Tokayev had ordered ...": when
    if tok.lemma_.lower() in SHOWING and not _with_that(tok):
        return None  # "Videos show police firing on protesters": what is seen, no words
    if ctype == "statement" and _finds_no_evidence(tok):
        return "denial"  # "HRW found no evidence to support this claim"
    if ctype == "denial" and _ruling(tok) and not any(c.dep_ == "ccomp" for c in tok.children):
        return None  # "the court rejected the appeal": a ruling, not a denial of what was said
    return ctype


# Whom one adds words to ("he added to reporters"): still a report.
AUDIENCES = {"reporter", "journalist", "press", "audience", "listener", "parliament"}


def _adds_to(verb: Token) -> bool:
    """ "added to pressure", "adds to concerns": to add to something is to increase it."""
    return verb.lemma_.lower() == "add" and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and o.lemma_.lower() not in AUDIENCES
        for c in verb.children
        for o in c.children
        if o.dep_ == "pobj"
    )


# Verbs that report only with a "that" clause: "Lillis (2024) shows that ...".
SHOWING = {"show", "demonstrate", "reveal", "prove"}


def reports(verb: Token, sent: Sentence) -> bool:
    """Is the verb a reporting verb of the lexicon that reports here ("shows" only with
    a "that" clause)?"""
    lemma = verb.lemma_.lower()
    return lemma in sent.lexicon.claim_verbs and (lemma not in SHOWING or _with_that(verb))


def _with_that(verb: Token) -> bool:
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def _opens_a_time_clause(verb: Token) -> bool:
    """ "By the time Bekova found her son's body, Tokayev had already ordered ...", "When
    the ministry learned of it, troops were sent": a clause of time that opens the
    sentence, which the parser made its root and the main clause after the comma its
    content; what follows is no one's claim."""
    first = verb.sent[0]
    opener = first.lower_ in TIME_OPENERS and first.head.i == verb.i
    if first.lower_ == "by":  # "By the time", not "By Friday the ministry reported"
        opener = opener and any(c.lower_ == "time" for c in first.children)
    content = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    doc = verb.doc
    return opener and any(
        any(t.text == "," for t in doc[verb.i + 1 : c.left_edge.i + 1]) for c in content
    )


def _finds_no_evidence(verb: Token) -> bool:
    """ "found no evidence of a coup", "has seen no proof that ...": a rebuttal."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in ("evidence", "proof")
        and any(d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _ruling(verb: Token) -> bool:
    """A court or judge as the subject: what it rejects or denies it rules on."""
    return any(
        t.lemma_.lower() in COURT_WORDS
        for c in verb.children
        if c.dep_ == "nsubj"
        for t in c.subtree
        if t.i <= c.i
    )


def _denies_a_report(verb: Token, sent: Sentence) -> bool:
    """ "denied reports that ...", "rejected claims that ...": the object is what others
    said; the rebuttal rule reads it as such, linked to what it disputes."""
    disputed = sent.lexicon.told_nouns()
    rebutting = verb.lemma_.lower() in sent.lexicon.words("rebuttal_verbs")
    return rebutting and any(
        c.dep_ == "dobj" and c.lemma_.lower() in disputed for c in verb.children
    )


def content_of(verb: Token, ctype: str, sent: Sentence) -> list[Token]:
    content = [
        c
        for c in verb.children
        if c.dep_ in CONTENT_DEPS and not _coordinated(verb, c) and not _after_a_phrase(c)
    ]
    if not content and ctype == "denial" and _denies_a_report(verb, sent):
        return []  # "denied reports that X left": a rebuttal of the reports (own_voice.py)
    if not content:  # "says 225 killed": a reduced clause hung on the object
        content = [
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and any(_reduced(g) for g in c.children)
            and not _owned(c)
            and not _hearsay(c, sent)
        ]
        # "told a briefing that A": the object is who was told, A what was said
        content = [next((g for g in c.children if _marked_that(g)), c) for c in content]
    object_verb = verb.lemma_.lower() in sent.lexicon.words("object_verbs")
    if not content and (ctype in OBJECT_TYPES or object_verb):
        content = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        preps = ("of", "for", "on", "to") if ctype == "allegation" else ("of", "for")
        # "blamed the unrest on X", "attributed the deaths to clashes": what is alleged
        # (after the verb: "The Kremlin, for its part, praised ..." says nothing of a part)
        content += [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > verb.i
        ]
        if object_verb and all(_only_a_name(c, sent) for c in content):
            content = []  # "Tokayev thanked Putin, who ...": whom, not what was said
        if content and all(_bare_claim_noun(c, sent) for c in content):
            content = []  # "repeated his claims": which claims, the text does not say
        if ctype == "demand" and _legal_appeal(verb, content):
            content = []  # "appealed the verdict": a step of the case (an Appeal event)
        if ctype == "demand" and _asks_for_help(verb, content, sent):
            # "invited Russian troops", "called for help from the CSTO": whom was asked
            # for help, a request for assistance (events.yaml), not what was demanded
            content = []
    if not content and ctype == "demand":  # "called on the Council to impose ..."
        to_clause = [
            c
            for c in verb.children
            if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children)
        ]
        if to_clause:
            content = [c for c in verb.children if c.dep_ == "prep" and c.i < to_clause[0].i]
            content += to_clause
    # "said in a statement that A": the parser hangs A on "statement"; an act a body
    # announces so ("announced in a statement that the curfew was lifted") is its own act,
    # read by events.py
    if not content and verb.lemma_.lower() not in ANNOUNCING:
        content = [
            c
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ in ("in", "during")
            for o in p.children
            if o.dep_ == "pobj"
            for c in o.children
            if _that_clause(o, c)
        ]
    if not content and stranded_subject(verb):  # "A has failed ..., FIDH said": A's clause
        content = [
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.i < verb.i and not any(m.dep_ == "mark" for m in c.children)
        ]
    if not content:  # "As a result of the riots, 1,376 entities were damaged, X said"
        content = [c for c in verb.children if _clause_told_before(c, verb)]
    if not content:
        content = _what_was_said(verb) or _quoted_after_colon(verb)
    if reporting_tail(verb):  # "The amendments removed ..., news agency X reported."
        content = [verb.head, *content]
    return (
        content
        or antecedent_content(verb)
        or _past_the_evidence(verb)
        or _past_the_medium(verb)
        or _marked_below(verb, sent)
    )


def _clause_told_before(clause: Token, verb: Token) -> bool:
    """A clause with a subject of its own, told before its speaker, which the parser hangs
    on the reporting verb as an adverbial (a fronted phrase misleads it): what was said.
    Not "Speaking at a briefing, X said" (no subject) nor "When A, X said" (a mark)."""
    return (
        clause.dep_ == "advcl"
        and clause.i < verb.i
        and not any(c.dep_ == "mark" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _after_a_phrase(clause: Token) -> bool:
    """ "..., the ministry said on Wednesday, a year after a doubling of prices triggered
    unrest": the parser hangs the clause of "after" on the reporting verb, its subject
    left in the phrase. A clause without a subject right after a phrase of the verb's is
    that phrase's, not what was said."""
    verb = clause.head
    if clause.dep_ != "ccomp" or clause.i < verb.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
        return False
    edge = clause.left_edge.i
    return any(p.dep_ == "prep" and p.right_edge.i == edge - 1 for p in verb.children)


def _coordinated(verb: Token, clause: Token) -> bool:
    """ "Tokayev said so, yet the prosecutors never named a foreign fighter": a clause
    after "but" / "yet" that the parser hangs on the verb as its content is a clause of
    its own, the text's, not what was said (a "that" clause stays the content)."""
    if clause.dep_ != "ccomp" or clause.i < verb.i:
        return False
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return False
    return any(c.dep_ == "cc" and verb.i < c.i < clause.left_edge.i for c in verb.children)


# The phrases between a reporting verb and its content that the parser may hang the
# content on: "told a meeting of the CSTO that A", "said in a speech to the CSTO that A".
PHRASE_DEPS = ("prep", "pobj", "dobj", "dative")


def _hearsay(noun: Token, sent: Sentence) -> bool:
    """ "described claims that the president had fled as fake news": what the claims say
    is not the speaker's words (nominal_claims.py reads the naming)."""
    disputed = sent.lexicon.told_nouns()
    return noun.lemma_.lower() in disputed


def _owned(noun: Token) -> bool:
    """ "reported Tokayev's statement that A": A is the owner's words (nominal_claims.py),
    which the reporting verb only passes on."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _marked_below(verb: Token, sent: Sentence) -> list[Token]:
    """A clause marked "that" on a noun of the verb's phrases: a relative clause never
    has "that" as its mark, so it is what was said."""
    found: list[Token] = []
    frontier = [c for c in verb.children if c.dep_ in PHRASE_DEPS]
    for _ in range(4):
        found += [
            c
            for t in frontier
            if not _owned(t) and not _hearsay(t, sent)
            for c in t.children
            if _marked_that(c)
        ]
        frontier = [c for t in frontier for c in t.children if c.dep_ in PHRASE_DEPS]
    return found[:1]


def _quoted_after_colon(verb: Token) -> list[Token]:
    """'Tokayev said: "Some of them, yes."': a quotation after the verb's colon is what
    was said, though it is no clause the parser hangs on the verb as one."""
    doc = verb.doc
    if verb.i + 3 >= len(doc) or doc[verb.i + 1].text != ":":
        return []
    if doc[verb.i + 2].text not in ('"', "\u201c"):
        return []
    end = next((t.i for t in doc[verb.i + 3 :] if t.text in ('"', "\u201d")), None)
    if end is None:
        return []
    return [c for c in verb.children if verb.i + 2 < c.i < end and not c.is_punct]


def _what_was_said(verb: Token) -> list[Token]:
    """ "an investigation into what it said were at least 10 cases of ...": the words
    after "what X said" are X's, however the parser hangs them."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lemma_ != "be":
        return []
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return []
    return [doc[verb.i + 1]]


def _reduced(clause: Token) -> bool:
    """A clause on the object that may be what is said ("says 225 killed"), not one on
    whom ("thanked Putin, who said ...")."""
    if clause.dep_ not in ("acl", "relcl"):
        return False
    return not any(c.tag_ in ("WP", "WP$") for c in clause.children)


def _only_a_name(phrase: Token, sent: Sentence) -> bool:
    """An object that is only a name ("thanked Putin"), a relative clause on it aside."""
    aside = {t.i for c in phrase.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = [t for t in phrase.subtree if t.i not in aside and not t.is_punct]
    return phrase.dep_ == "dobj" and all(t.i in sent.tok_entity for t in words)


def _bare_claim_noun(phrase: Token, sent: Sentence) -> bool:
    """ "his claims", "the allegations": a claim noun with nothing saying what it holds."""
    nouns = sent.lexicon.told_nouns()
    if phrase.dep_ != "dobj" or phrase.lemma_.lower() not in nouns:
        return False
    return all(c.dep_ in ("det", "poss", "amod", "predet") for c in phrase.children)


HELP_NOUNS = {"help", "assistance", "aid", "support", "reinforcement"}
ALLY_NOUNS = {"bloc", "alliance", "ally", "organisation", "organization", "troop", "force"}
ALLY_NOUNS |= {"peacekeeper", "contingent", "partner"}


def _asks_for_help(verb: Token, content: list[Token], sent: Sentence) -> bool:
    """ "invited Russian troops", "called for help from the CSTO, the Moscow-led bloc",
    "appealed to the CSTO for help": only allies, and help asked of them ("for help"
    alone may be a demand: "called for support for the victims")."""

    def ally(phrase: Token) -> bool:
        return _names_an_actor(phrase, sent) or phrase.lemma_.lower() in ALLY_NOUNS

    asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    asked += [o for p in verb.children if p.lower_ == "to" for o in p.children]

    def helped(phrase: Token) -> bool:
        noun = next((c for c in phrase.children if c.dep_ == "pobj"), phrase)
        if noun.lemma_.lower() not in HELP_NOUNS:
            return False
        sources = [o for p in noun.children if p.lower_ == "from" for o in p.children]
        return any(ally(o) for o in sources + asked if o is not phrase)

    return bool(content) and all(ally(c) or helped(c) for c in content)


RULINGS = {"verdict", "sentence", "conviction", "ruling", "judgment", "judgement", "decision"}


def _legal_appeal(verb: Token, content: list[Token]) -> bool:
    """ "X appealed the verdict", "appealed against his sentence": no demand."""
    if verb.lemma_.lower() != "appeal":
        return False
    nouns = [next((c for c in p.children if c.dep_ == "pobj"), p) for p in content]
    return bool(nouns) and all(n.lemma_.lower() in RULINGS for n in nouns)


def _marked_that(clause: Token) -> bool:
    return clause.dep_ in ("acl", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children
    )


def _names_an_actor(phrase: Token, sent: Sentence) -> bool:
    """A noun phrase that is an actor and nothing more ("Russian troops", "the CSTO")."""
    if phrase.dep_ == "prep":
        return False
    key = sent.entity(phrase)
    return key is not None and key.kind in ("person", "organization", "group")


# Where words were said: "said in a statement that A" (the parser hangs A on the noun).
MEDIUM_NOUNS = {
    "statement",
    "interview",
    "address",
    "speech",
    "post",
    "letter",
    "briefing",
    "message",
    "communique",
    "release",
    "report",
    "conversation",
    "call",
}


def _past_the_medium(verb: Token) -> list[Token]:
    """'said in a statement that A', 'told reporters at a briefing that A'."""
    return [
        c
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "at", "during", "on")
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in MEDIUM_NOUNS
        for c in o.children
        if _that_clause(o, c)
    ]


# What one does with a statement: "in a statement that he issued" is a relative clause.
MAKING_VERBS = {"issue", "release", "publish", "post", "make", "give", "deliver", "send", "read"}
MAKING_VERBS |= {"sign", "circulate", "write", "draft", "broadcast", "air", "share", "hold"}


def _that_clause(noun: Token, clause: Token) -> bool:
    """ "in a statement that A": the content after the medium noun, with "that" as its
    mark, or read by the parser as a relative pronoun ("a statement [that] foreign
    terrorists attacked"); not a statement "that he issued" or "that said ..."."""
    if clause.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return True
    first = clause.left_edge
    if first.lower_ != "that" or first.i != noun.i + 1:
        return False
    subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    own_subject = bool(subject) and subject[0].i != first.i
    return own_subject and clause.lemma_.lower() not in MAKING_VERBS


def _past_the_evidence(verb: Token) -> list[Token]:
    """'claimed without evidence that A': the parser hangs A on "evidence"."""
    return [
        c
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "without"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in ("evidence", "proof")
        for c in o.children
        if c.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]


def antecedent_content(verb: Token) -> list[Token]:
    """A reporting verb in a relative clause whose object is the noun it hangs on:
    "the explanation that A - something the regime continues to claim", "the claim
    that A, which the ministry repeated": the noun's "that" clause is what it says."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head  # "continues to claim"
    if clause.dep_ != "relcl" or any(
        c.dep_ in ("dobj", "attr") and c.lower_ not in RELATIVES for c in verb.children
    ):
        return []  # "which the ministry denied": the relative word is the noun again
    noun = _antecedent(clause.head)
    return [
        c
        for c in noun.children
        if c.dep_ in ("acl", "ccomp", "relcl")
        and c.i < clause.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]


def reporting_tail(verb: Token) -> bool:
    """A reporting clause after what it reports: "..., X reported", "..., X stated",
    "..., as X reported"; also "As X reported, ...", in front."""
    if verb.dep_ == "advcl" and verb.head.i != verb.i:  # not "as X demanded an inquiry"
        bare = not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)
        return bare and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if verb.i <= verb.head.i:
        return _set_off_inside(verb)
    if verb.dep_ not in ("parataxis", "ccomp", "conj") or verb.tag_ == "VBG":
        return False  # "..., blaming technical problems": the participle's subject is the clause's
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # "said that despite ..., survivors tell": a content clause
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    stranded = stranded_subject(verb)
    first = min(t.i for t in subjects[0].subtree) if subjects else verb.i
    first = stranded[0].i if stranded and not subjects else first
    return (
        first > 0
        and verb.doc[first - 1].text == ","
        and not any(c.dep_ == "cc" for c in verb.children)
    )


def _set_off_inside(verb: Token) -> bool:
    """A reporting clause set off by commas inside what it reports: "The protesters,
    Tokayev claimed, had been trained abroad", "Some 2,000 people, the authorities
    said, were injured"."""
    if verb.dep_ != "parataxis" or verb.i >= verb.head.i:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "mark", "cc") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    doc = verb.doc
    return doc[verb.left_edge.i].text == "," and doc[verb.right_edge.i].text == ","


NAME_RUN = {"PROPN", "NOUN", "CCONJ", "DET", "ADJ"}


def _in_a_name_run(tok: Token) -> bool:
    """A word of "FIDH and its member organisation the Bureau for Human Rights (KIBHR)"."""
    if tok.text == ",":
        return False
    if tok.pos_ in NAME_RUN or tok.dep_ == "poss" or tok.text in "()":
        return True
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in ("of", "for") and following is not None and following.pos_ == "PROPN"


def stranded_subject(verb: Token) -> list[Token]:
    """The names just before a reporting verb left without a subject: "..., FIDH and
    KIBHR said", where the parser hangs the names on the clause before the comma."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    run: list[Token] = []
    tok = verb.i - 1
    while tok >= 0 and _in_a_name_run(verb.doc[tok]):
        run.insert(0, verb.doc[tok])
        tok -= 1
    if tok < 0 or verb.doc[tok].text != "," or not any(t.pos_ == "PROPN" for t in run):
        return []
    return run


def addressees(sent: Sentence, verb: Token) -> list[EntityKey]:
    """Whom a demand is made of, which it is about: "called on X to ...", "urged X
    to ...", "invited X to ...", "appealed to X to ..."."""
    to_clauses = [
        c
        for c in verb.children
        if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
    ]
    if not to_clauses:
        return []
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < to_clauses[0].i]
    nouns += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("on", "upon", "to") and p.i < to_clauses[0].i
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return sent.entities_in(t for n in nouns for t in n.subtree)


def _antecedent(noun: Token) -> Token:
    """What an aside names again: "the explanation that A - something X claims": the
    explanation, whether the parser hangs "something" on it or beside it."""
    if noun.dep_ == "appos":
        return noun.head
    before = [
        c for c in noun.head.children if c.dep_ == noun.dep_ and c.i < noun.i and c.pos_ == "NOUN"
    ]
    return before[-1] if noun.dep_ in ("nsubj", "nsubjpass") and before else noun
