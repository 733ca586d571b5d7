"""A malformed query explained to a person: where (line, column, the line with a caret
under the place) and, when it can be told, what ("undeclared prefix `foaf:`"), not a
parser's list of grammar tokens.

Both parsers are poor at saying where: Oxigraph's position is mostly the end of
the text, rdflib's the start of the rule that failed. So the common mistakes are
looked for first in the text itself (an unclosed string or bracket, a prefix
never declared, an update where a query belongs); rdflib's position is the
fallback. This runs only once a parser has refused the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kzkg.vocab import PREFIXES

QUERY_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
UPDATE_WORDS = {
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
}
_PROLOGUE = re.compile(
    r"(?:\s+|#[^\n]*|PREFIX\s*[^\s:]*:\s*<[^>\s]*>|BASE\s*<[^>\s]*>)*", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z]+")
_DECLARED = re.compile(r"PREFIX\s*([^\s:]*):", re.IGNORECASE)
_TOKENS = re.compile(
    r"""(?P<comment>\#[^\n]*)
    |(?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
        |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<quote>\"\"\"|'''|["'])
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<pname>(?<![\w.\-:?$])(?:[^\W\d_][\w.\-]*)?:(?!//))
    |(?P<open>[{(\[])|(?P<close>[})\]])""",
    re.VERBOSE,
)
_PAIRS = {"}": "{", ")": "(", "]": "["}
_ENGINE_AT = re.compile(r"error at (\d+):(\d+): ")
SHOWN = 72  # characters of the query line shown around the place


def first_word(text: str) -> tuple[str, int]:
    """The first keyword after the prologue (PREFIX, BASE, comments), upper case, and
    where it is."""
    prologue = _PROLOGUE.match(text)
    at = prologue.end() if prologue else 0  # it always matches, the empty text at least
    word = _WORD.match(text, at)
    return (word.group().upper() if word else ""), at


def is_update(text: str) -> bool:
    return first_word(text)[0] in UPDATE_WORDS


def _mistake(text: str, declared: Iterable[str]) -> tuple[int, str] | None:
    """Where and what the first plain mistake of the text is, if it has one."""
    known = set(declared) | set(_DECLARED.findall(text))
    opened: list[tuple[str, int]] = []
    for token in _TOKENS.finditer(text):
        kind, at, value = token.lastgroup, token.start(), token.group()
        if kind == "quote":
            return at, "unterminated string"
        if kind == "pname" and value[:-1] not in known:
            return at, f"undeclared prefix `{value}`"
        if kind == "open":
            opened.append((value, at))
        elif kind == "close":
            if not opened:
                return at, f"`{value}` closes nothing that was opened"
            if opened[-1][0] != _PAIRS[value]:
                row, col, _ = caret(text, opened[-1][1])
                return at, f"`{value}` before the `{opened[-1][0]}` at {row}:{col} is closed"
            opened.pop()
    if opened:
        value, at = opened[-1]
        return at, f"`{value}` is never closed"
    word, at = first_word(text)
    if word in UPDATE_WORDS:
        return at, f"`{word}` begins an update; only queries are run here"
    if word not in QUERY_FORMS:
        found = f"`{word}`" if word else "nothing"
        forms = ", ".join(QUERY_FORMS)
        return at, f"a query begins with {forms} (after PREFIX and BASE); found {found}"
    return None


def _rdflib_place(text: str, refusal: Exception | None = None) -> tuple[int, str] | None:
    """Where rdflib's parser stops reading the text, and a short word on why; from its
    `refusal` when the caller has it, else by parsing."""
    from pyparsing import ParseException

    if refusal is None:
        from rdflib.plugins.sparql.parser import parseQuery

        try:
            parseQuery(text)
            return None
        except Exception as exc:  # noqa: BLE001 (rdflib raises plain exceptions for some input)
            refusal = exc
    if not isinstance(refusal, ParseException):
        return None
    near = text[refusal.loc :].split(None, 1)
    if not near:
        return refusal.loc, "the query ends too soon"
    if "end of text" in str(refusal.msg):
        return refusal.loc, f"unexpected `{near[0][:30]}`: the query could end before it"
    return refusal.loc, f"syntax error at `{near[0][:30]}`"


def caret(text: str, at: int) -> tuple[int, int, str]:
    """Line and column (1-based) of offset `at`, and the line with a caret under it."""
    line_no = text.count("\n", 0, at) + 1
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].replace("\t", " ")
    column = at - start + 1
    left = max(0, min(column - 1 - SHOWN // 2, len(line) - SHOWN))
    cut = line[left : left + SHOWN]
    return line_no, column, f"  {cut}\n  {' ' * (column - 1 - left)}^"


def _engine_words(message: str) -> str:
    """What Oxigraph's message says to a person: its own sentences ("The SELECT
    contains a variable that is unbound") among the grammar tokens it expected."""
    if not message:
        return "syntax error"
    if not message.startswith("expected"):
        return message if len(message) <= 100 else message[:97] + "..."
    items = message.removeprefix("expected one of ").removeprefix("expected ").split(", ")
    said = [item for item in items if " " in item and item[:1].isupper()]
    return said[0] if said else "syntax error"


def explain(
    text: str,
    engine_message: str = "",
    declared: Iterable[str] = PREFIXES,
    refusal: Exception | None = None,
) -> str:
    """The message for a query a parser refused: `malformed SPARQL: error at L:C: what`,
    then the query line and a caret under the place."""
    found = _mistake(text, declared) or _rdflib_place(text, refusal)
    if found is None:
        # Only the engine refused it: keep its human words, at its place.
        line = engine_message.splitlines()[0] if engine_message else ""
        place = _ENGINE_AT.search(line)
        what = _engine_words(_ENGINE_AT.sub("", line))
        if place is None:
            return f"malformed SPARQL: {what}"
        row, col = int(place.group(1)), int(place.group(2))
        lines = text.split("\n")
        offset = sum(len(x) + 1 for x in lines[: row - 1]) + col - 1
        found = (min(offset, len(text)), what)
    at, what = found
    row, col, shown = caret(text, at)
    return f"malformed SPARQL: error at {row}:{col}: {what}\n{shown}"
