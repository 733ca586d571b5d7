"""An evaluation as a table for people or as JSON for scripts."""

from __future__ import annotations

import json
from typing import Any

from kzkg.evaluate.compare import ABSENT, AGREE, WRONG
from kzkg.evaluate.match import Judged, KindScore
from kzkg.evaluate.run import Evaluation


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def precision(score: KindScore) -> float | None:
    return len(score.right) / score.extracted if score.extracted else None


def _quote(judged: Judged) -> str:
    doc, _span, quote = judged.fact.spans[0]
    return f"[{doc}] {quote if len(quote) < 160 else quote[:157] + '...'}"


def as_table(result: Evaluation, misses: bool = False) -> str:
    lines = [f"gold {result.gold.path}", f"graph {result.graph} (corpus {result.corpus})", ""]
    lines.append(
        f"{'kind':<11} {'recall':>12}   {'complete':>12}   precision estimate (extracted facts)"
    )
    for kind, (found, total) in result.recall().items():
        line = f"{kind:<11} {found:>5}/{total:<4} {_pct(found, total):>4}"
        score = result.kinds.get(kind)
        if score is None:
            line += f"   {found:>5}/{total:<4} {_pct(found, total):>4}"
        else:
            right, complete = len(score.right), len(score.complete)
            line += f"   {complete:>5}/{total:<4} {_pct(complete, total):>4}"
            line += (
                f"   {right}/{score.extracted} right {_pct(right, score.extracted)}"
                f" ({len(score.wrong)} wrong, {len(score.off_gold)} on no gold quote)"
            )
        lines.append(line)
    lines.append(
        "(complete: found with every argument the gold gives agreeing; entities: name and type)"
    )
    lines += ["", "arguments of found facts: agree/checked (wrong, absent)"]
    for kind, score in result.kinds.items():
        cells = [
            f"{arg} {c[AGREE]}/{sum(c.values())} ({c[WRONG]}, {c[ABSENT]})"
            for arg, c in score.arguments.items()
            if sum(c.values())
        ]
        lines.append(f"  {kind:<11} " + ("; ".join(cells) or "-"))
    lines.append(
        f"\nevidence quotes equal to body[start:end]: "
        f"{result.quotes_checked - result.quotes_wrong}/{result.quotes_checked}"
    )
    for kind, score in result.kinds.items():
        if score.wrong:
            lines.append(f"\nwrong {kind} (on a gold quote, arguments that disagree):")
            lines += [f"  {j.fact.label}: {j.why}\n    {_quote(j)}" for j in score.wrong]
        if score.off_gold:
            lines.append(f"\n{kind} whose evidence lies on no gold quote:")
            lines += [f"  {j.fact.label}\n    {_quote(j)}" for j in score.off_gold]
    if misses:
        lines += _misses(result)
    return "\n".join(lines) + "\n"


def _misses(result: Evaluation) -> list[str]:
    lines = ["\nmissed entities:"]
    lines += [f"  {m.label} ({m.type})\n    [{m.doc}] {m.sentence}" for m in result.entities_missed]
    for kind, score in result.kinds.items():
        lines.append(f"\nmissed {kind}:")
        for gold, near in score.missed:
            quote = gold.evidence[0]
            body = result.bodies[quote.doc]
            where = body.locate(quote.text)
            sentence = body.sentence(where) if where else quote.text
            lines.append(f"  {gold.name}" + (f"  (near: {near})" if near else ""))
            lines.append(f"    [{quote.doc}] {sentence}")
        if score.incomplete:
            lines.append(f"\nfound {kind} with an argument wrong or absent:")
            lines += [f"  {gold.name}: {', '.join(why)}" for gold, why in score.incomplete]
    return lines


def _judged(items: list[Judged]) -> list[dict[str, Any]]:
    return [
        {
            "iri": j.fact.iri,
            "label": j.fact.label,
            "gold": j.gold,
            "why": j.why,
            "document": j.fact.spans[0][0],
            "quote": j.fact.spans[0][2],
        }
        for j in items
    ]


def as_json(result: Evaluation) -> str:
    out: dict[str, Any] = {"gold": str(result.gold.path), "graph": str(result.graph)}
    recall = result.recall()
    out["entities"] = {
        "found": recall["entities"][0],
        "total": recall["entities"][1],
        "missed": [m.__dict__ for m in result.entities_missed],
    }
    for kind, score in result.kinds.items():
        out[kind] = {
            "found": len(score.found),
            "total": score.total,
            "complete": len(score.complete),
            "incomplete": [{"name": g.name, "why": why} for g, why in score.incomplete],
            "arguments": {arg: dict(c) for arg, c in score.arguments.items()},
            "extracted": score.extracted,
            "right": len(score.right),
            "precision": precision(score),
            "wrong": _judged(score.wrong),
            "off_gold": _judged(score.off_gold),
            "missed": [{"name": g.name, "near": near} for g, near in score.missed],
        }
    out["evidence_quotes"] = {"checked": result.quotes_checked, "wrong": result.quotes_wrong}
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"
