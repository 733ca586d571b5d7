"""What every rule module sees of one sentence: tokens, entities, dates, evidence.

`Sentence` answers the questions rules keep asking: which entity does this
token name (through a mention, a pronoun or "the president"), who is the
subject of this verb, which dates and places fall in this clause. `DocState`
carries what sentences share: the document, the result being filled and the
antecedents for pronouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kzkg.corpus import Document
from kzkg.dates import PartialDate
from kzkg.extract.dates import find_dates, find_durations
from kzkg.extract.gender import agrees
from kzkg.extract.model import DocResult, EntityKey, FactKey, Span
from kzkg.extract.quotations import Quotations
from kzkg.extract.resolve import Resolver
from kzkg.extract.source_citations import citation_spans, reference_entry
from kzkg.lexicon import Lexicon

PRON = 95  # spacy.symbols.PRON, checked in test_sentence_words.py

Token = Any  # spacy.tokens.Token
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
AGO = re.compile(r"\bago\b", re.I)
YEARS_ON = re.compile(r"\b(a|one|two|three|four|five|[1-9])\s+years?\s+(?:on|after|since)\b", re.I)
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
MALE_FEMALE = {"he", "she", "him", "his", "her"}
PLURAL = {"they", "them", "their"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
TOGETHER = {"together", "along", "jointly"}
JOINED = {"join", "accompany"}
# "members of X" act for X.
# People a speaker may name without a name (with the lexicon's kinship words).
UNNAMED_PEOPLE = {"friend", "man", "boy", "girl", "woman", "neighbour", "neighbor", "child"}
MEMBER_WORDS = {"member", "representative", "activist", "colleague", "partner", "delegation"}
# Who speaks for a body without a name of their own: "a spokesman for the Interior
# Ministry said" is the ministry's word.
VOICE_WORDS = {"spokesman", "spokeswoman", "spokesperson", "official", "officer", "envoy"}
# Written words that speak for whoever issued them: "a statement from the EU said".
ISSUED_WORDS = {"statement", "communique", "readout", "release"}
# Words that count or gather a group: "thousands of protesters stormed", "a group of
# soldiers opened fire" are the protesters and the soldiers.
COUNTING_WORDS = {"thousand", "hundred", "dozen", "score", "group", "crowd", "number", "band"}


def _in_clause_below(word: Token, phrase: Token) -> bool:
    """Is the word inside a clause on the phrase ("an account impersonating X", "a post
    that quoted X") rather than part of its name or title?"""
    for up in word.ancestors:
        if up.i == phrase.i:
            return False
        if up.dep_ in ("acl", "relcl"):
            return True
    return False


def companions(subject: Token) -> list[Token]:
    """Who acts or speaks with the subject (hung on it or on its verb): "X, together
    with Y," "X, along with Y," "X, alongside Y," "X, joined by Y," and Y's conjuncts."""
    found = []
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ in TOGETHER:  # "along" -> "with" -> Y
            child = next((c for c in child.children if c.lower_ == "with"), child)
        if child.dep_ == "prep" and (
            child.lower_ == "alongside"
            or (child.lower_ == "with" and any(c.lower_ in TOGETHER for c in child.children))
            or (child.lower_ == "with" and child.i > 0 and child.nbor(-1).lower_ in TOGETHER)
        ):
            objs = [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() in JOINED:
            objs = [o for a in child.children if a.dep_ == "agent" for o in a.children]
            objs = [o for o in objs if o.dep_ == "pobj"]
        else:
            continue
        found += [t for o in objs for t in [o, *o.conjuncts]]
    return found


def relative_pronoun(verb: Token) -> Token | None:
    """The "who" of a relative clause the parser hung on the main verb as an adverbial
    clause: "A was replaced by B, who was himself dismissed in 2024" (its "who" may hang
    on the auxiliary)."""
    aux = [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children]
    words = [*verb.children, *aux]
    return next((w for w in words if w.tag_ in ("WP", "WDT") and w.i < verb.i), None)


# Adverbs that tell something as done some time before the text was written.
BEFORE_NOW = {"later", "earlier", "previously", "once", "subsequently"}


def told_as_before(verb: Token) -> bool:
    """ "Tokayev later said ...", "had told envoys that ...", "was later dismissed":
    done some time before the document, on a day it does not give (a 2025 feature
    retelling January 2022), so the document's date is not its date."""
    return any(
        (c.dep_ == "aux" and c.lower_ in ("had", "'d"))
        or (c.dep_ == "advmod" and c.lower_ in BEFORE_NOW)
        for c in verb.children
    )


def clause_tokens(token: Token) -> list[Token]:
    """The token's subtree without the subtrees of its conjuncts ("A and B": A's part)."""
    # As spaCy's Token.subtree walks it (each left child's subtree, the token, each right
    # child's), leaving out the conjuncts' blocks rather than filtering them out after.
    words: list[Token] = []
    for child in token.lefts:
        if child.dep_ != "conj":
            words += child.subtree
    words.append(token)
    for child in token.rights:
        if child.dep_ != "conj":
            words += child.subtree
    return words


# A page's furniture: tags and links to other articles ("Tags: protests, torture",
# "Related: Tokayev dismisses Nazarbayev"), whose words tell nothing here.
FURNITURE = re.compile(
    r"(?:tags|topics|keywords|filed under|related(?: content| articles| stories| news)?"
    r"|read (?:more|also)|see also|more on this(?: story)?|recommended)\s*:",
    re.I,
)
# A speech's or a letter's greeting or closing tells nothing: "Dear compatriots!", "Ladies and
# gentlemen,", "Long live Kazakhstan!", also after a label ("Tokayev: Dear deputies!").
SALUTATION = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}:\s*)?"
    r"(?:(?:my\s+)?dear|esteemed|distinguished|ladies and gentlemen|long live|thank you)\b"
    r"[^.!?\n]{0,60}[.!,:]?\s*$",
    re.I,
)
# Words that open a question: "How many detainees were tortured." asks, tells nothing.
# Not "what", which opens statements too: "What began as a peaceful protest ended ...".
QUESTION_WORDS = {"who", "whom", "whose", "why", "how", "whether"}


@dataclass
class DocState:
    doc: Document
    lexicon: Lexicon
    resolver: Resolver
    result: DocResult
    publisher: EntityKey | None = None
    authors: list[EntityKey] = field(default_factory=list)
    last_person: EntityKey | None = None
    last_country: EntityKey | None = None  # "the country's president" is its
    previous_claims: list[FactKey] = field(default_factory=list)  # the last sentence's
    piece: tuple[Any, str] | None = None  # the parsed piece being read, with its text
    last_group: tuple[int, EntityKey] | None = None  # (sentence number, group)
    # The two persons of a sentence that names exactly two: "both of them" next
    last_pair: tuple[int, tuple[EntityKey, EntityKey]] | None = None
    sentence_no: int = 0
    # Months the text has named so far: in the document's own month, and before it.
    own_months: int = 0
    past_months: int = 0
    # The year last stated with each month ("January 2022"), and in which sentence: a later
    # "on January 6" in a 2025 retrospective means January 2022 (see eventdates.py).
    stated_years: dict[int, tuple[int, int]] = field(default_factory=dict)
    # The year an anniversary piece narrates ("Two years ago, ..."), and in which sentence:
    # a later "On January 6" with no year stated is then that year's.
    narrated_year: tuple[int, int] | None = None
    # The one full day a sentence states with its year, by sentence number: "Three days
    # later, ..." opening the next sentence counts from it.
    day_stated: dict[int, PartialDate] = field(default_factory=dict)
    # Claims that restate facts (restated_claims.py): only counts, or an act told as fact.
    figure_reports: set[FactKey] = field(default_factory=set)
    # figures a speaker's words dispute or pass on as hearsay ("denied reports that 3,000
    # died"): stated by no one, and no later pass gives them that speaker
    disputed_figures: set[FactKey] = field(default_factory=set)
    restated_acts: set[FactKey] = field(default_factory=set)
    # (holder, post) told by a title marked as left: "X, a former prime minister".
    former_posts: set[tuple[EntityKey, EntityKey]] = field(default_factory=set)
    # The lines being read are a dated entry of a timeline: (start, end, date).
    entry: tuple[int, int, PartialDate] | None = None
    # Where the paragraphs that are only a date start (a timeline's headings), and where
    # any heading starts, found once (entries.py).
    date_paragraphs: list[int] | None = None
    headings: list[int] = field(default_factory=list)
    # Acronyms the text gave bodies in brackets: "the Legal Policy Research Centre (LPRC)"
    acronyms: dict[str, EntityKey] = field(default_factory=dict)
    quotes: Quotations = field(init=False)  # quotations running over several sentences
    # The text cites its sources by author and year, as scholarly prose does: what it
    # retells was said when the source says, not when the text was published
    cites_sources: bool = field(init=False)

    def __post_init__(self) -> None:
        self.quotes = Quotations(self.result, self.doc.body, self.doc.date)
        self.cites_sources = bool(citation_spans(self.doc.body))
        self._note_named_periods(self.doc.title.lower(), -1)  # before every sentence

    @property
    def date(self) -> PartialDate | None:
        return self.doc.date

    @property
    def narrates_past(self) -> bool:
        """Has the text so far named earlier months as often as its own? Then it may be
        narrating that past, and an undated change is not given the document's month
        ("In January ... Tokayev dismissed" in a March article); a line of background
        ("at the end of last year") in a report of the month does not."""
        return self.past_months > 0 and self.past_months >= self.own_months

    def year_of_month(self, month: int) -> int | None:
        """In an undated document, the year of a month named without one: the year an
        earlier sentence stated with that month ("In January 2022 ..."), else the one
        year the title names ("Qazaqstan Shutdown 2022")."""
        stated = self.stated_years.get(month)
        if stated is not None and stated[1] < self.sentence_no:
            return stated[0]
        years = set(YEAR.findall(self.doc.title))
        return int(years.pop()) if len(years) == 1 else None

    def _note_named_periods(self, lower: str, where: int) -> None:
        """ "Bloody January" in a piece of 2024 states January 2022, as "January 2022"
        would: a later "on January 5" is then of 2022 (named_periods in events.yaml)."""
        own = self.doc.date
        for name, period in self.lexicon.maps.get("named_periods", {}).items():
            if name not in lower:
                continue
            month = PartialDate.parse(period)
            stated = self.stated_years.get(month.month or 0, (None, where))
            later = own is None or (own.year, own.month or 12) > (month.year, month.month or 12)
            if month.month and later and stated[0] != month.year:
                self.stated_years[month.month] = (month.year, where)

    def note_dates(self, text: str) -> None:
        """Count the months a sentence names, before its rules run."""
        self._note_named_periods(text.lower(), self.sentence_no)
        own = self.doc.date
        found = find_dates(text, own)
        if len(found) == 1 and found[0][2].day:
            day = found[0][2]
            stated = self.stated_years.get(day.month or 0)
            if YEAR.search(text[found[0][0] : found[0][1]]):
                self.day_stated[self.sentence_no] = day
            elif stated is not None and stated[1] < self.sentence_no:
                # "... on 2 January 2022. On 5 January, ...": the year stated before
                self.day_stated[self.sentence_no] = PartialDate(stated[0], day.month, day.day)
        for start, end, d in found:
            if d.month is not None and YEAR.search(text[start:end]):
                self.stated_years[d.month] = (d.year, self.sentence_no)
            if d.month is None and AGO.search(text[start:end]) and own and d.year < own.year:
                self.narrated_year = (d.year, self.sentence_no)  # "Two years ago, ..."
            if own is None or d.month is None:
                continue  # a year of background ("in 2019") says nothing of the narrative
            if (d.year, d.month) < (own.year, own.month or 1):
                self.past_months += 1
            elif d.year == own.year and (own.month is None or d.month == own.month):
                self.own_months += 1
        on = YEARS_ON.search(text)
        if on and own is not None:  # "Two years on from Bloody January", "A year after ..."
            years = NUMBER_WORDS.get(on.group(1).lower()) or int(on.group(1))
            self.narrated_year = (own.year - years, self.sentence_no)


def _press_office(token: Token) -> bool:
    """ "press service", "press office", "press centre": it speaks for its body."""
    return token.lemma_.lower() in ("service", "office", "center", "centre") and any(
        c.lower_ == "press" and c.dep_ in ("compound", "amod") for c in token.children
    )


def _misattached_apposition(subject: Token) -> Token | None:
    """ "After riots shook Kazakhstan, a court in Almaty sentenced ...": the parser makes
    the name that ends the clause before the subject and the real subject ("a court")
    its apposition. A name glued to the words before it, whose apposition has an
    article and runs on to the verb with no comma, gives way to that apposition
    ("Kazakhstan, a Central Asian country, said" keeps its comma and its subject)."""
    first = subject.left_edge.i
    if subject.pos_ != "PROPN" or first == subject.sent.start or subject.doc[first - 1].is_punct:
        return None
    verb = subject.head
    for appos in (c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        if not any(d.dep_ == "det" for d in appos.children) or appos.i > verb.i:
            continue
        if not any(t.text == "," for t in subject.doc[appos.right_edge.i + 1 : verb.i]):
            return appos
    return None


def _of_state(token: Token) -> int | None:
    """The 'of' of "the Head of State" (a title, not a head of something named)."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and token.lower_ == "head":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if [o.lower_ for o in objects] == ["state"] and not list(objects[0].children):
                return prep.i
    return None


def _when(prep: Token) -> bool:
    """ "on Friday", "in January" that the parser hung on a noun: a time, no owner."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


@dataclass
class Sentence:
    span: Any  # spacy Span
    base: int  # offset of the chunk in the body
    state: DocState
    tok_entity: dict[int, EntityKey] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)  # tokens inside claim content
    # news whose source is named but not known ("..., the trade minister reported"): a
    # fact still, but its figures are not the publisher's
    unvoiced: set[int] = field(default_factory=set)
    triggers: dict[int, FactKey] = field(default_factory=dict)  # trigger token -> event
    ents: list[Any] = field(default_factory=list)  # the sentence's named-entity spans
    claims: list[FactKey] = field(default_factory=list)  # claims made in this sentence
    claim_clauses: dict[FactKey, Span] = field(default_factory=dict)  # see claim_emit.py
    # whom the sentence's own words are credited to (not a report inside them): claims.py
    speakers: list[EntityKey] = field(default_factory=list)
    # Days stated without a year that the document's date put after itself (anchoring.py)
    late_guesses: set[PartialDate] = field(default_factory=set)

    @property
    def piece_text(self) -> str:
        """The text of the parsed piece the sentence is in, made once per piece (spaCy's
        Doc.text joins every token anew)."""
        piece = self.state.piece
        if piece is None or piece[0] is not self.span.doc:
            piece = self.state.piece = (self.span.doc, self.span.doc.text)
        return piece[1]

    @cached_property
    def dates(self) -> list[tuple[int, int, PartialDate]]:
        """(start, end, date) in the sentence's text, with the year the document fixes
        for a month stated without one (anchoring.py)."""
        from kzkg.extract.anchoring import sentence_dates  # it reads Sentence: import here

        return sentence_dates(self)

    @cached_property
    def citations(self) -> list[tuple[int, int]]:
        """Where in the sentence's text its author-year citations are ("(Lillis 2022)",
        "Smith (2023)"): source_citations.py."""
        return citation_spans(self.text)

    @cached_property
    def semicolons(self) -> list[int]:
        """Where the sentence's semicolons outside brackets are (sentence text offsets):
        "In Belarus, 35,000 were arrested in 2020; in Kazakhstan, 10,000 were detained"
        joins two statements, and a date of one is no date of the other."""
        if ";" not in self.text:
            return []
        found, depth = [], 0
        for at, char in enumerate(self.text):
            depth += (char in "([") - (char in ")]")
            if char == ";" and depth <= 0:
                found.append(at)
        return found

    def apart(self, a: int, b: int) -> bool:
        """Do characters a and b of the sentence lie on two sides of a semicolon?"""
        lo, hi = min(a, b), max(a, b)
        return any(lo < at < hi for at in self.semicolons)

    def cited(self, token: Token) -> bool:
        """Is the token inside an author-year citation's parentheses?"""
        at = token.idx - self.span.start_char
        return any(a <= at < b for a, b in self.citations)

    @cached_property
    def tokens(self) -> list[Token]:
        """The sentence's tokens, made once: iterating a spaCy span makes new ones."""
        return list(self.span)

    @cached_property
    def lemmas(self) -> frozenset[str]:
        """The lower-cased lemmas of the sentence's tokens, gathered once: a rule whose
        words are all absent need not walk the sentence (the build must stay close to
        spaCy's own time)."""
        return frozenset({t.lemma_.lower() for t in self.tokens})

    @cached_property
    def lowers(self) -> frozenset[str]:
        """The lower-cased forms of the sentence's tokens, gathered once (see `lemmas`)."""
        return frozenset({t.lower_ for t in self.tokens})

    @cached_property
    def text(self) -> str:
        """The sentence's text, made once and cut from the piece's: spaCy's Span.text
        joins its tokens' texts on every call."""
        return self.piece_text[self.span.start_char : self.span.end_char]

    # Looked up once per sentence: nearly every rule step asks for one of them.
    @cached_property
    def lexicon(self) -> Lexicon:
        return self.state.lexicon

    @cached_property
    def result(self) -> DocResult:
        return self.state.result

    def written(self, span: Any) -> str:
        """A span's words as the document writes them: the parser read «A» as “A”
        (segment.english_marks)."""
        return self.state.doc.body[self.base + span.start_char : self.base + span.end_char]

    def evidence(self, extractor: str) -> Span:
        text = self.text
        start = self.base + self.span.start_char + (len(text) - len(text.lstrip()))
        end = self.base + self.span.end_char - (len(text) - len(text.rstrip()))
        return Span(start, end, extractor)

    def inside_quotation(self, token: Token) -> bool:
        """Is the token inside quotation marks opened earlier in its paragraph? A quoted
        speaker's words are never the publisher's, and a quoted "I" is the one quoted."""
        before = self._line_before(token)
        return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1

    def _line_before(self, token: Token) -> str:
        """The token's paragraph line up to the token."""
        text = self.piece_text
        return text[text.rfind("\n", 0, token.idx) + 1 : token.idx]

    def is_assertion(self) -> bool:
        return self._asserts  # most rules ask first: answered once per sentence

    @cached_property
    def _asserts(self) -> bool:
        text = self.text.strip()
        if not text or text.startswith("#") or text.endswith("?") or FURNITURE.match(text):
            return False
        if SALUTATION.match(text):
            return False
        piece = self.piece_text
        line = piece[piece.rfind("\n", 0, self.span.start_char) + 1 : self.span.end_char]
        if reference_entry(line):
            return False  # "Lillis, J. (2022) 'Tokayev orders troops ...'": a source's title
        return not self._asks()

    def _asks(self) -> bool:
        """A question without its question mark, as an explainer lists what is not known:
        "How many detainees were tortured.", "Who organised the violence." (a wh-word
        opening the main clause of a line with no comma; "When police fired, ..." opens a
        clause below it)."""
        first = next((t for t in self.tokens if not t.is_punct and not t.is_space), None)
        if first is None or first.lower_ not in QUESTION_WORDS or "," in self.text:
            return False  # "Whether by design or not, police fired ...": a clause tells
        tok = first
        while tok.head.i != tok.i:
            if tok.dep_ in ("advcl", "relcl", "acl", "ccomp"):
                return False
            tok = tok.head
        return True

    # --- entities ---------------------------------------------------------
    def entity(self, token: Token) -> EntityKey | None:
        """The entity a token names: a mention, a pronoun's antecedent, or a title's holder."""
        key = self.tok_entity.get(token.i)
        if key is not None:
            return key
        lower = token.lower_
        if lower in ("who", "which", "that") and token.head.dep_ == "relcl":
            key = self.tok_entity.get(token.head.head.i) or self._set_off_name(token)
            if lower == "which" and key is not None and key.kind == "person":
                return None  # "a fake decree attributed to Tokayev, which claimed ...": not him
            return key
        if lower in MALE_FEMALE:
            # "Bekova ... she says": never a man's surname for "she", nor a woman's for "he"
            named = self.persons_before(token)
            persons = {p for p in named if agrees(lower, p, self.lexicon)}
            if len(persons) == 1:
                return persons.pop()
            if named:  # never someone of an earlier sentence when this one names others
                return self._subject_above(token, persons) if persons else None
            if self._unnamed_in_quotation(token):
                return None  # '"My son was no terrorist. He went out for bread," said X'
            found = self._subject_after(token) or self.state.last_person
            return found if found is None or agrees(lower, found, self.lexicon) else None
        if lower == "they" and token.dep_ in SUBJECTS:
            found = self._group_before(token)  # "police used force - they also used torture"
            if found is not None:
                return found
        if lower in PLURAL and self.state.last_group is not None:
            number, group = self.state.last_group
            return group if self.state.sentence_no - number <= 2 else None
        if token.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ == "the" or c.dep_ == "poss" for c in token.children
        ):
            return self._definite_holder(token)
        return None

    def _set_off_name(self, pronoun: Token) -> EntityKey | None:
        """ "the assistance of the CSTO, which deployed troops", "the CSTO, the Moscow-led
        bloc which deployed troops": a relative clause set off by a comma after a name is
        about the name, though the parser hangs it on another noun."""
        noun = pronoun.head.head
        if self._says_itself(noun):
            return None  # "a fake decree attributed to Tokayev, which claimed ...": the decree
        starts = [pronoun.i] + ([noun.left_edge.i] if noun.pos_ == "NOUN" else [])
        for start in starts:
            key = self._name_before(start)
            if key is not None and key.kind != "place":
                return key
        return None

    def _says_itself(self, noun: Token) -> bool:
        """A text or a post that a relative clause can be about: what it claims is its
        own words, not those of a name inside it."""
        lemma = noun.lemma_.lower()
        return noun.pos_ == "NOUN" and any(
            lemma in self.lexicon.words(name)
            for name in ("text_nouns", "disputed_nouns", "not_speakers")
        )

    def _name_before(self, i: int) -> EntityKey | None:
        """The name just before a comma at token i ("X (Y), ...": X)."""
        doc, first = self.span.doc, self.span.start
        j = i - 1
        if j <= first or doc[j].text != ",":
            return None
        j -= 1
        if doc[j].text == ")":
            while j > first and doc[j].text != "(":
                j -= 1
            j -= 1
        return self.tok_entity.get(j) if j >= first else None

    def _group_before(self, token: Token) -> EntityKey | None:
        """The one group or organization that is a subject earlier in the sentence."""
        subjects = [t for t in self.tokens if t.i < token.i and t.dep_ in SUBJECTS]
        keys = {self.tok_entity.get(t.i) for s in subjects for t in [s, *s.conjuncts]}
        groups = {k for k in keys if k is not None and k.kind in ("group", "organization")}
        return groups.pop() if len(groups) == 1 else None  # "police and the army": both

    def _unnamed_in_quotation(self, token: Token) -> bool:
        """Has the quotation the token is in spoken of someone without a name ("my son",
        "a friend") before it? Then "he" is that one, not a person named outside."""
        if not self.inside_quotation(token):
            return False
        line = self._line_before(token)
        opened = max(line.rfind("\u201c"), line.rfind('"'))
        words = set(re.findall(r"[a-z-]+", line[opened + 1 :].lower()))
        return bool(words & (set(self.lexicon.words("kinship_words")) | UNNAMED_PEOPLE))

    def persons_before(self, token: Token) -> set[EntityKey]:
        """The persons named earlier in the sentence: "Tokayev looked sombre as he
        presided over ..." has one."""
        return {
            key
            for i, key in self.tok_entity.items()
            if self.span.start <= i < token.i and key.kind == "person"
        }

    def _subject_after(self, token: Token) -> EntityKey | None:
        """ "In his address, Tokayev announced ...": a possessive in a phrase fronted
        before the clause's subject is that subject's, not the last person named before."""
        if token.dep_ != "poss":
            return None
        phrase = token.head
        while phrase.dep_ in ("pobj", "prep") and phrase.head.i != phrase.i:
            phrase = phrase.head
        if phrase.pos_ not in ("VERB", "AUX") or phrase.i < token.i:
            return None
        for child in phrase.children:
            key = self.tok_entity.get(child.i)
            if child.dep_ in SUBJECTS and child.i > token.i and key and key.kind == "person":
                return key
        return None

    def _subject_above(self, token: Token, persons: set[EntityKey]) -> EntityKey | None:
        """Of several persons named before a pronoun that opens what is said, the one who
        says it: "Asked whether Nazarbayev had left, Peskov said he had no information"
        (he is Peskov). Elsewhere ("A met B before he ...") None: no guess."""
        clause = token.head
        if token.dep_ not in SUBJECTS or clause.dep_ != "ccomp":
            return None
        for child in clause.head.children:
            key = self.tok_entity.get(child.i)
            if child.dep_ in SUBJECTS and key in persons:
                return key
        return None

    def _definite_holder(self, token: Token) -> EntityKey | None:
        """'the president' -> the holder of the first post with that title on the document date."""
        of_state = _of_state(token)  # "the Head of State": the title is the whole phrase
        if any(
            c.lower_ in {"former", "new", "next", "late", "acting"}
            or (c.dep_ == "prep" and not _when(c) and c.i != of_state)
            for c in token.children
        ):
            return None  # "the president of Russia", "the new president": not the one
        named = self._named_in_apposition(token)
        if named is not None:
            return named  # "the president, Sadyr Japarov, said": the one named
        nationalities = self.lexicon.nationalities
        countries = {
            nationalities[t.lower_]
            for t in token.lefts
            if t.dep_ in ("amod", "compound") and t.lower_ in nationalities
        }
        title = " ".join(
            t.lower_ for t in token.lefts if t.dep_ == "compound" and t.lower_ not in nationalities
        )
        title = f"{title} {token.lower_}".strip() + (" of state" if of_state else "")
        owners = [
            self.tok_entity.get(c.i) or self._this_country(c)
            for c in token.children
            if c.dep_ == "poss"
        ]
        if any(c.dep_ == "poss" for c in token.children) and not any(owners):
            return None  # "his president": whose is unknown
        for post in self.lexicon.posts:
            if owners and owners[0] is not None and post.in_ != owners[0].label:
                continue  # "Russia's president" is not Kazakhstan's
            if any(c not in f"{post.label} {post.in_}" for c in countries):
                continue  # nor is "the Russian president"
            if title in post.titles:
                holder = self.state.resolver.holder_at(post, self.state.date)
                if holder is None:
                    return None
                return EntityKey(self.state.resolver.by_label[holder].kind, holder)
        return None

    def _named_in_apposition(self, token: Token) -> EntityKey | None:
        """The person a title stands beside: "The Prime Minister, Nikol Pashinyan"."""
        for appos in (c for c in token.children if c.dep_ == "appos"):
            key = self.tok_entity.get(appos.i)
            if key is not None and key.kind == "person":
                return key
        return None

    def _this_country(self, owner: Token) -> EntityKey | None:
        """ "the country's" names the country the text last named."""
        the = any(c.lower_ == "the" for c in owner.children)
        return self.state.last_country if the and owner.lower_ in ("country", "nation") else None

    def entities_in(self, tokens: Any, kinds: set[str] | None = None) -> list[EntityKey]:
        found: list[EntityKey] = []
        for tok in tokens:
            key = self.tok_entity.get(tok.i)
            if key is None and tok.pos == PRON:  # the symbol: pos_ makes a new string
                key = self.entity(tok)
            if key is not None:
                keys = [key]
            else:
                keys = self._both(tok) if tok.lower_ == "both" else []
            for key in keys:
                if key not in found and (kinds is None or key.kind in kinds):
                    found.append(key)
        return found

    def _both(self, token: Token) -> list[EntityKey]:
        """ "A and B ... Both of them have been detained": the two persons of the sentence
        before, when it names exactly two."""
        if token.lower_ != "both" or token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return []  # not "both sides", "both A and B", "they both signed"
        pair = self.state.last_pair
        return list(pair[1]) if pair and self.state.sentence_no - pair[0] == 1 else []

    @cached_property
    def dateline(self) -> int:
        """Where a dateline ("ALMATY, Kazakhstan (AP) -") ends in the sentence's text: the
        parser may take its names for the subject."""
        from kzkg.extract.eventdates import byline_end  # eventdates reads this module

        return byline_end(self.text)

    def past_dateline(self, tokens: list[Token]) -> list[Token]:
        """The tokens after the dateline: its names, which the parser may hang anywhere,
        are no argument of what the sentence tells."""
        cut = self.span.start_char + self.dateline  # read once, not per token
        return [t for t in tokens if t.idx >= cut]

    def subjects_past_dateline(self, subjects: list[Token]) -> list[Token]:
        """A dateline the parser took for the subject gives way to what it stands in
        apposition to after the dateline ("KAZINFORM - Head of State Tokayev held ...")."""
        after = self.past_dateline(subjects)
        for subj in subjects:
            if not self.past_dateline([subj]):
                after += self.past_dateline([c for c in subj.children if c.dep_ == "appos"])
        return [_misattached_apposition(t) or t for t in after]

    def subject(self, verb: Token) -> list[EntityKey]:
        """Entities that are the subject of a verb, climbing through xcomp/conj heads."""
        current = verb
        for _ in range(4):
            subjects = self.subjects_past_dateline(
                [c for c in current.children if c.dep_ in ("nsubj", "csubj")]
            )
            if subjects:
                keys = []
                # The parser hangs "along with Y" on the subject or on the verb; after the
                # verb's object it goes with the object ("detained X together with Y").
                objs = [c.i for c in current.children if c.dep_ == "dobj"]
                joint = [t for t in companions(current) if not (objs and t.i > min(objs))]
                for subj in subjects:
                    for tok in [subj, *subj.conjuncts, *companions(subj), *joint]:
                        key = self.entity(tok) or self._entity_in_np(tok) or self._body_of(tok)
                        key = self._outlet_edition(tok, key)
                        if key is not None and key not in keys and self.can_act(key):
                            keys.append(key)
                return keys
            if current.dep_ == "acl" and current.head.dep_ == "dobj":
                current = current.head.head  # "issued a statement saying that ..."
            elif (
                current.dep_ in ("xcomp", "conj", "advcl", "acomp") and current.head.i != current.i
            ):
                current = current.head
            else:
                break
        return []

    def _outlet_edition(self, token: Token, key: EntityKey | None) -> EntityKey | None:
        """ "Sputnik Kazakhstan reported": an organization's edition for a country is the
        organization, not the country's government."""
        if key is None or key.kind != "place":
            return key
        for child in token.children:
            named = self.tok_entity.get(child.i)
            if child.dep_ == "compound" and named is not None and named.kind == "organization":
                return named
        return key

    def _body_of(self, token: Token) -> EntityKey | None:
        """ "members of the Civic Solidarity Platform", "a spokesman for the ministry"
        speak for the organization; "thousands of protesters" are the protesters; "a
        statement by the ministry" speaks for its issuer."""
        word = token.lemma_.lower()
        preps: tuple[str, ...] = (
            ("of", "from", "for", "at") if word in VOICE_WORDS else ("of", "from")
        )
        kinds: tuple[str, ...] = ("organization", "group")
        issued = word in ISSUED_WORDS
        if word in COUNTING_WORDS or token.like_num:
            preps = ("of",)
        elif issued or _press_office(token):  # "the ministry's press service / statement"
            if issued:
                preps, kinds = ("of", "from", "by"), ("organization", "group", "person")
            else:
                preps = ("of", "at")
            owners = [self.tok_entity.get(c.i) for c in token.children if c.dep_ == "poss"]
            owner = next((k for k in owners if k is not None), None)
            if owner is not None and owner.kind in kinds:
                return owner
        elif word not in MEMBER_WORDS | VOICE_WORDS:
            return None
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                key = self.tok_entity.get(obj.i)
                if key is not None and key.kind in kinds:
                    return key
        return None

    def can_act(self, key: EntityKey) -> bool:
        """Places do not act or speak, except countries standing for their state."""
        info = self.result.entities.get(key)
        return key.kind != "place" or (info is not None and info.cls == "Country")

    def _entity_in_np(self, token: Token) -> EntityKey | None:
        """An entity inside a short noun phrase ('the head of X' is not X: only compounds),
        or the person a long title ends with ("UN High Commissioner ... Michelle Bachelet")."""
        # the comma closing an apposition is no word of the phrase ("The mayor of Taraz,
        # Bakhytzhan Orynbekov, said")
        last = [t for t in token.subtree if not t.is_punct or t.i == token.i][-1]
        person = self.tok_entity.get(last.i)
        if person is not None and _in_clause_below(last, token):
            person = None  # "a fake account impersonating Tokayev": not Tokayev
        if person is not None and person.kind == "person" and last.pos_ == "PROPN":
            # a name whose first word the parser took for the preposition ("Rights
            # activist Bakhytzhan [prep] Toregozhina [pobj]") is the name, not "of X"
            split = last.dep_ == "pobj" and self.tok_entity.get(last.head.i) == person
            named = last if last.dep_ == "pobj" and not split else None
            only_the_name = named is not None and all(
                self.tok_entity.get(t.i) == person for t in named.subtree
            )
            if not only_the_name:  # "a relative of Masimov", "an aide to Tokayev": not him
                return person
        for child in token.children:
            if child.dep_ in ("compound", "amod", "appos"):
                key = self.tok_entity.get(child.i)
                if key is None or child.dep_ == "appos" or self._on_platform(key, token):
                    continue
                if not self._named_after(key, token):
                    return key
        return None

    def _named_after(self, key: EntityKey, noun: Token) -> bool:
        """ "the Oyan, Qazaqstan movement", "the Kazakhstan bar association", "Kazakhstan
        Sanctions Tracker": a party, movement, company or project named after a country
        does not speak for its state, as "the Kazakhstan government" does."""
        if key.kind != "place":
            return False
        lemma = noun.lemma_.lower()
        own = {*self.lexicon.words("organization_nouns"), *self.lexicon.words("collective_nouns")}
        state = {*self.lexicon.words("body_nouns"), *self.lexicon.words("institution_nouns")}
        named = noun.pos_ == "PROPN" and noun.text[:1].isupper()  # a name's own head word
        return (lemma in own or named) and lemma not in state | {"authority"}

    def _on_platform(self, key: EntityKey, noun: Token) -> bool:
        """ "Telegram channels", "Facebook users": the platform is where they speak, not
        who; "Facebook spokesman" speaks for the company."""
        if key.label.lower() not in self.lexicon.words("platforms"):
            return False
        speaking = set(self.lexicon.words("official_words")) | set(self.lexicon.words("body_nouns"))
        return noun.lemma_.lower() not in speaking

    # --- time and clauses ---------------------------------------------------
    def _relative_clauses(self, token: Token) -> list[tuple[int, int]]:
        """Character ranges of relative clauses under the token: "who had headed the KNB
        since 2016" dates Masimov's tenure, not the event."""
        ranges = []
        base = self.span.start_char
        for t in token.subtree:
            # Compare by index, and read each label once: spaCy makes a new Token object
            # (and a new string) on every access.
            # An apposition describes its noun ("Smailov, prime minister from January
            # 2022, was dismissed on February 5"), unless it is a date ("on Wednesday,
            # January 5").
            dep = t.dep_
            described = dep == "appos" and "DATE" not in (t.ent_type_, t.head.ent_type_)
            misread = dep == "advcl" and relative_pronoun(t) is not None
            if (dep in ("relcl", "acl") or described or misread) and t.i != token.i:
                sub = list(t.subtree)
                start = sub[0].idx - base
                ranges.append((start, sub[-1].idx + len(sub[-1]) - base))
        return ranges

    def char_range(self, token: Token) -> tuple[int, int]:
        """Character range of the token's clause, leaving out coordinated clauses."""
        tokens = [t for t in clause_tokens(token) if not t.is_punct] or [token]
        lo = min(t.idx for t in tokens) - self.span.start_char
        hi = max(t.idx + len(t) for t in tokens) - self.span.start_char
        return lo, hi

    def date_near(self, token: Token, own_clause: bool = False) -> PartialDate | None:
        """A date in the clause of the token, else (unless `own_clause`) the sentence's
        only date."""
        skip = self._relative_clauses(token)
        at = token.idx - self.span.start_char
        found = [
            (s, e, d)
            for s, e, d in self.dates  # with the year the document fixes
            if not any(a <= s and e <= b for a, b in skip) and not self.apart(s, at)
        ]
        if not found:
            return None
        lo, hi = self.char_range(token)
        inside = [(s, d) for s, e, d in found if lo <= s and e <= hi]
        # "ALMATY, January 5, 2025 - Three years ago today, thousands took to the streets":
        # a date the clause states beats the dateline's
        told = [d for s, d in inside if s >= self.dateline]
        if told or inside:
            return (told or [d for s, d in inside])[0]
        if len(found) != 1 or own_clause:
            return None
        # the sentence's only date, unless a relative clause elsewhere holds it: "The
        # violence, which began on Jan. 2, left 238 dead" dates the beginning only
        s, e, d = found[0]
        aside = self._relative_clauses(self.span.root)
        mine = {t.i for t in token.ancestors} | {token.i}
        aside = [
            (a, b)
            for a, b in aside
            if not any(a <= t.idx - self.span.start_char < b for t in self.tokens if t.i in mine)
        ]
        return None if any(a <= s and e <= b for a, b in aside) else d

    def duration_near(self, token: Token) -> str | None:
        durations = find_durations(self.text)
        if not durations:
            return None  # most sentences: no clause range to work out
        lo, hi = self.char_range(token)
        found = [d for s, e, d in durations if lo <= s and e <= hi]
        return found[0] if found else None


def last_two_joined(sent: Sentence) -> tuple[EntityKey, EntityKey] | None:
    """The last two persons a sentence names, when "and" joins them ("dismissed A and B",
    "A, head of X, and B, his deputy"): whom a following "both of them" means."""
    people = sorted(i for i, key in sent.tok_entity.items() if key.kind == "person")
    mentions: list[tuple[int, int, EntityKey]] = []  # (first token, last token, person)
    for i in people:
        key = sent.tok_entity[i]
        if mentions and mentions[-1][2] == key and mentions[-1][1] == i - 1:
            mentions[-1] = (mentions[-1][0], i, key)
        else:
            mentions.append((i, i, key))
    if len(mentions) < 2 or mentions[-1][2] == mentions[-2][2]:
        return None
    (_, end, first), (start, _, second) = mentions[-2], mentions[-1]
    doc = sent.span.doc
    return (first, second) if any(doc[i].lower_ == "and" for i in range(end + 1, start)) else None
