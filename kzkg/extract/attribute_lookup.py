"""The model's attribute ruler, its patterns found by table lookup.

The attribute ruler gives each token its coarse part of speech, morphology and
some lemmas, from about 180 patterns over its tag, its lower-case form, its
dependency and whether it is a space. spaCy finds them with its general token
Matcher, about an eighth of the model's time on our text. Every pattern but a
handful tests one token, so the patterns that hold for a token follow from
those four values alone: they are worked out once per distinct token and looked
up after. The matches are applied as the ruler's own `set_annotations` applies
them, in its order and with its attributes, only without a Span for each, so
the annotations are spaCy's own (tests compare them on the seeds and on the
ruler's odd phrasings).

A token is tried only against the patterns that can hold for it: each is filed
under a word, tag or dependency it asks for, so that working out a new token
takes a few tests instead of all 180 (a process meets thousands of new tokens).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
FILED_BY = ("LOWER", "TAG", "DEP")  # the most telling first

KNOWN_AT_MOST = 50_000  # distinct tokens remembered; the dev set has about 3,000
Signature = tuple[str, str, str, bool]
Test = Callable[[Signature], bool]


def _value_test(at: int, value: Any) -> Test | None:
    if isinstance(value, str | bool):
        return lambda sig: sig[at] == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((op, arg),) = value.items()
    if op == "REGEX":
        regex = re.compile(arg)  # the Matcher searches, as here
        return lambda sig: isinstance(sig[at], str) and regex.search(sig[at]) is not None
    if op in ("IN", "NOT_IN"):
        values = frozenset(arg)
        wanted = op == "IN"
        return lambda sig: (sig[at] in values) == wanted
    return None


def _token_test(spec: dict[str, Any]) -> Test | None:
    """One pattern token as a test of a token's signature; None when it asks for
    anything but the four fields with equality, IN, NOT_IN or REGEX."""
    tests = []
    for key, value in spec.items():
        if key not in FIELDS:
            return None
        test = _value_test(FIELDS.index(key), value)
        if test is None:
            return None
        tests.append(test)
    return lambda sig: all(test(sig) for test in tests)


def _filed_under(spec: dict[str, Any]) -> list[tuple[int, Any]]:
    """(field, value) pairs one of which a token must have for the pattern token to
    hold, from an equality or IN test; empty when it has neither."""
    for key in FILED_BY:
        value = spec.get(key)
        if isinstance(value, str):
            return [(FIELDS.index(key), value)]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(FIELDS.index(key), each) for each in value["IN"]]
    return []


class Filed:
    """Pattern tokens filed under what they ask for, so that a token is tested
    only against those that can hold for it."""

    def __init__(self) -> None:
        self.tests: list[Test] = []
        self._filed: dict[tuple[int, Any], list[int]] = {}  # (field, value) -> tests
        self._unfiled: list[int] = []  # tests that ask for no word, tag or dependency

    def add(self, spec: dict[str, Any], test: Test) -> None:
        keys = _filed_under(spec)
        for key in keys:
            self._filed.setdefault(key, []).append(len(self.tests))
        if not keys:
            self._unfiled.append(len(self.tests))
        self.tests.append(test)

    def holding(self, sig: Signature) -> list[int]:
        """The numbers of the tests that hold for a token, in the order added."""
        filed = self._filed.get
        candidates = {*self._unfiled, *(n for at in (0, 1, 2) for n in filed((at, sig[at]), ()))}
        return [n for n in sorted(candidates) if self.tests[n](sig)]


class Known:
    """What the patterns say of one distinct token: the one-token rules that hold
    for it, and which two-token patterns it can start and end."""

    __slots__ = ("rules", "starts", "ends")

    def __init__(
        self, rules: list[tuple[int, int]], starts: frozenset[int], ends: frozenset[int]
    ) -> None:
        self.rules, self.starts, self.ends = rules, starts, ends


class AttributeLookup:
    """`match` and `set_annotations` for an AttributeRuler: the same matches, set
    on the same tokens in the same order."""

    def __init__(self, ruler: Any) -> None:
        self._vocab = ruler.vocab
        self._attrs, self._indices = ruler.attrs, ruler.indices
        self._ones: list[tuple[int, int]] = []  # (rule, match id) of one-token patterns
        self._pairs: list[tuple[int, int]] = []  # and of two-token ones
        self._one, self._first, self._second = Filed(), Filed(), Filed()
        self.readable = True
        for rule, entry in enumerate(ruler.patterns):
            match_id = ruler.vocab.strings.add(str(rule))
            for pattern in entry["patterns"]:
                tests = [test for spec in pattern if (test := _token_test(spec)) is not None]
                within = -len(pattern) <= entry.get("index", 0) < len(pattern)
                if not within or not 1 <= len(tests) == len(pattern) <= 2:
                    self.readable = False
                elif len(tests) == 1:
                    self._one.add(pattern[0], tests[0])
                    self._ones.append((rule, match_id))
                else:
                    self._first.add(pattern[0], tests[0])
                    self._second.add(pattern[1], tests[1])
                    self._pairs.append((rule, match_id))
        self._by_hashes: dict[tuple[int, ...], Known] = {}

    def _known(self, hashes: tuple[int, ...]) -> Known:
        found = self._by_hashes.get(hashes)
        if found is None:
            if len(self._by_hashes) >= KNOWN_AT_MOST:
                self._by_hashes.clear()  # a long build meets ever rarer words
            strings = self._vocab.strings
            tag, lower, dep, space = hashes
            sig: Signature = (
                strings[tag] if tag else "",
                strings[lower],
                strings[dep] if dep else "",
                bool(space),
            )
            found = self._by_hashes[hashes] = Known(
                [self._ones[n] for n in self._one.holding(sig)],
                frozenset(self._first.holding(sig)),
                frozenset(self._second.holding(sig)),
            )
        return found

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        known = [self._known(tuple(row)) for row in rows]
        matches = [
            (rule, match_id, i, i + 1)
            for i, token in enumerate(known)
            for rule, match_id in token.rules
        ]
        for i, token in enumerate(known[:-1]):
            for n in token.starts & known[i + 1].ends:
                rule, match_id = self._pairs[n]
                matches.append((rule, match_id, i, i + 2))
        matches.sort()
        return matches

    def set_annotations(self, doc: Any, matches: list[tuple[int, int, int, int]]) -> None:
        """The ruler's own, without making a Span for each match."""
        from spacy.tokens._retokenize import set_token_attrs

        for rule, _, start, end in matches:
            index = self._indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self._attrs[rule])


def look_up_attributes(nlp: Any) -> None:
    """Have the model's attribute ruler find its patterns by lookup; it keeps
    spaCy's Matcher when a pattern asks for more than the lookup reads."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    lookup = AttributeLookup(ruler)
    if lookup.readable:
        # The instance's own: the ruler's __call__ looks them up there.
        ruler.match, ruler.set_annotations = lookup.match, lookup.set_annotations
