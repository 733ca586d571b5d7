"""Matching extracted facts to gold facts, one kind at a time.

A gold fact is found when an extracted fact of its kind has evidence on one of
its quotes and the fact's key arguments are right: holder and post of a role,
the class of an event, the claimant of a claim, the number (and claimant) of
a statistic. Among found facts each further argument is tallied as agreeing,
wrong or absent. Every extracted fact is then judged for the precision
estimate: right (on a gold quote of its kind, with no decisive argument
wrong: a statistic without a claimant is incomplete, not wrong), wrong, or off
gold (its evidence lies on no gold quote of its kind).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from kzkg.evaluate.compare import (
    ABSENT,
    AGREE,
    WRONG,
    compare_dates,
    compare_names,
    compare_type,
    compare_value,
)
from kzkg.evaluate.gold import GoldFact, Quote
from kzkg.evaluate.graph import BuiltGraph, Fact
from kzkg.evaluate.text import Span, name_key, overlaps

Located = dict[Quote, tuple[str, Span]]  # a gold quote -> (docId, where in the body)
Comparison = Callable[[BuiltGraph, object, set[str]], str]

_NAMES: Comparison = compare_names
_DATES: Comparison = lambda _g, want, got: compare_dates(want, got)  # noqa: E731
_VALUE: Comparison = lambda _g, want, got: compare_value(want, got)  # noqa: E731

# Per kind: argument -> (the fact's arguments it is compared with, how).
ARGUMENTS: dict[str, dict[str, tuple[tuple[str, ...], Comparison]]] = {
    "roles": {
        "organization": (("organization",), _NAMES),
        "start": (("start",), _DATES),
        "end": (("end",), _DATES),
        "predecessor": (("predecessor",), _NAMES),
        "successor": (("successor",), _NAMES),
    },
    "events": {
        "date": (("date",), _DATES),
        "place": (("place",), _NAMES),
        "agents": (("agents",), _NAMES),
        "participants": (("participants",), _NAMES),
        "targets": (("targets",), _NAMES),
    },
    "claims": {
        "claimant": (("claimant",), _NAMES),
        "about": (("about",), _NAMES),
        "date": (("date",), _DATES),
    },
    "statistics": {
        "value": (("value", "number"), _VALUE),
        "claimant": (("claimant",), _NAMES),
        "date": (("date",), _DATES),
    },
}
# Arguments whose being wrong makes an extracted fact wrong (a wrong tenure date,
# a wrong agent or place, a wrong claimant); the rest only count as agreement.
DECISIVE = {
    "roles": {"start", "end"},
    "events": {"date", "place", "agents"},
    "claims": {"claimant"},
    "statistics": {"value", "claimant"},
}


@dataclass
class Judged:
    fact: Fact
    gold: list[str] = field(default_factory=list)  # the gold facts it sits on
    why: str = ""


@dataclass
class KindScore:
    kind: str
    total: int
    found: list[GoldFact] = field(default_factory=list)
    complete: list[GoldFact] = field(default_factory=list)  # found, every argument agreeing
    incomplete: list[tuple[GoldFact, list[str]]] = field(default_factory=list)  # with why
    missed: list[tuple[GoldFact, str]] = field(default_factory=list)  # with what was near
    arguments: dict[str, Counter] = field(default_factory=dict)
    right: list[Judged] = field(default_factory=list)
    wrong: list[Judged] = field(default_factory=list)
    off_gold: list[Judged] = field(default_factory=list)

    @property
    def extracted(self) -> int:
        return len(self.right) + len(self.wrong) + len(self.off_gold)


class Matcher:
    def __init__(self, graph: BuiltGraph, located: Located) -> None:
        self.graph = graph
        self.located = located

    def on_quotes(self, fact: Fact, gold: GoldFact) -> bool:
        for quote in gold.evidence:
            doc, where = self.located[quote]
            if any(d == doc and overlaps(span, where) for d, span, _ in fact.spans):
                return True
        return False

    def compare(self, kind: str, arg: str, gold: GoldFact, fact: Fact) -> str:
        sources, how = ARGUMENTS[kind][arg]
        got = set().union(*(fact.args.get(s, set()) for s in sources))
        return how(self.graph, gold.data[arg], got)

    def key_ok(self, kind: str, gold: GoldFact, fact: Fact) -> bool:
        g, args = gold.data, fact.args
        if kind == "roles":
            post = compare_names(self.graph, g["post"], args.get("post", set())) == AGREE
            org = g.get("organization") is not None and (
                compare_names(self.graph, g["organization"], args.get("organization", set()))
                == AGREE
            )
            holder = compare_names(self.graph, g["holder"], args.get("holder", set()))
            return holder == AGREE and (post or org)
        if kind == "claims":
            return self.compare(kind, "claimant", gold, fact) == AGREE
        if kind == "statistics":
            value = self.compare(kind, "value", gold, fact) == AGREE
            return value and (
                g.get("claimant") is None or self.compare(kind, "claimant", gold, fact) == AGREE
            )
        return True  # events: the class is checked by fits()

    def fits(self, kind: str, gold: GoldFact, fact: Fact) -> bool:
        """An event's class must fit the gold type before anything else is compared."""
        return kind != "events" or (
            compare_type(gold.data["type"], fact.args.get("type", set())) == AGREE
        )

    def score(self, kind: str, golds: list[GoldFact]) -> KindScore:
        facts = self.graph.facts(kind)
        result = KindScore(kind, len(golds))
        result.arguments = {arg: Counter() for arg in ARGUMENTS[kind]}
        sits_on: dict[str, list[tuple[GoldFact, bool]]] = {}
        for gold in golds:
            on_quote = [f for f in facts.values() if self.on_quotes(f, gold)]
            near = [f for f in on_quote if self.fits(kind, gold, f)]
            hits = [f for f in near if self.key_ok(kind, gold, f)]
            for f in near:
                sits_on.setdefault(f.iri, []).append((gold, f in hits))
            if not hits:
                result.missed.append((gold, "; ".join(sorted({f.label for f in on_quote}))))
                continue
            result.found.append(gold)
            short = []
            for arg in ARGUMENTS[kind]:
                if gold.data.get(arg) is not None:
                    outcomes = {self.compare(kind, arg, gold, f) for f in hits}
                    best = next(o for o in (AGREE, WRONG, ABSENT) if o in outcomes)
                    result.arguments[arg][best] += 1
                    if best != AGREE:
                        short.append(f"{arg} {best}")
            if short:
                result.incomplete.append((gold, short))
            else:
                result.complete.append(gold)
        for fact in facts.values():
            if fact.spans:
                self._judge(kind, fact, sits_on.get(fact.iri, []), result)
        return result

    def _judge(
        self, kind: str, fact: Fact, on: list[tuple[GoldFact, bool]], result: KindScore
    ) -> None:
        judged = Judged(fact, [g.name for g, _ in on])
        if not on:
            result.off_gold.append(judged)
            return
        reasons = []
        for gold, key in on:
            if kind == "roles" and not key:
                reasons.append(f"{gold.name}: holder or post wrong")
                continue
            wrong = [
                arg
                for arg in DECISIVE[kind]
                if gold.data.get(arg) is not None and self.compare(kind, arg, gold, fact) == WRONG
            ]
            if not wrong:
                result.right.append(judged)
                return
            reasons.append(f"{gold.name}: {', '.join(sorted(wrong))} wrong")
        judged.why = "; ".join(reasons)
        result.wrong.append(judged)


def score_entities(graph: BuiltGraph, entities: list[dict]) -> tuple[list[dict], list[dict]]:
    """(found, missed) gold entities: some entity has one of the names and the type."""
    found: list[dict] = []
    missed: list[dict] = []
    for gold in entities:
        names = [name_key(str(n)) for n in [gold["label"], *(gold.get("aliases") or [])]]
        ok = any(
            graph.named(e, names) and gold["type"] in graph.types.get(e, set()) for e in graph.names
        )
        (found if ok else missed).append(gold)
    return found, missed


__all__ = ["ABSENT", "AGREE", "WRONG", "KindScore", "Matcher", "score_entities"]
