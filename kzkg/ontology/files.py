"""Parse the hand-edited RDF files, turning syntax errors into one line: FILE:LINE: problem."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.plugins.parsers.notation3 import BadSyntax

from kzkg.errors import InputError

_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads"}


def _syntax_error(path: Path, exc: Exception) -> InputError:
    if isinstance(exc, BadSyntax):
        line = exc.lines + 1
        problem = exc._why  # rdflib keeps the reason apart from its long excerpt
        return InputError(f"{path}:{line}: Turtle syntax error: {problem}")
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return InputError(f"{path}: cannot parse: {first}")


def parse_graph(path: Path) -> Graph:
    """Parse a Turtle (or N-Triples) file into a Graph."""
    if not path.is_file():
        raise InputError(f"{path}: file does not exist")
    graph = Graph()
    try:
        graph.parse(path, format=_FORMATS.get(path.suffix.lower(), "turtle"))
    except Exception as exc:  # rdflib raises many types for bad input
        raise _syntax_error(path, exc) from None
    return graph


def parse_data(path: Path) -> Graph:
    """Parse a data file (TriG or Turtle); named graphs are merged into one graph."""
    if path.suffix.lower() not in (".trig", ".nq"):
        return parse_graph(path)
    if not path.is_file():
        raise InputError(f"{path}: file does not exist")
    dataset = Dataset()
    try:
        dataset.parse(path, format=_FORMATS[path.suffix.lower()])
    except Exception as exc:
        raise _syntax_error(path, exc) from None
    merged = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def oxigraph_syntax_error(path: Path, exc: SyntaxError) -> InputError:
    """pyoxigraph's parse error as the same one line: FILE:LINE: problem."""
    text = (exc.msg or str(exc)).strip()  # str() would add "(file, line N)" again
    first = text.splitlines()[0] if text else "cannot parse"
    if match := re.match(r"Parser error at line (\d+) column \d+: (.*)", first):
        return InputError(f"{path}:{match.group(1)}: Turtle syntax error: {match.group(2)}")
    return InputError(f"{path}: cannot parse: {first}")
