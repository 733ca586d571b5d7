"""Read the YAML people write (front matter, lexicons, curated facts) without surprises.

PyYAML's safe loader still turns some values into exceptions that are not
YAML errors: `date: 2022-02-30` is a ValueError from `datetime.date`,
`id: !!int abc` one from `int()`, and `"\\ud800"` gives a string that cannot
be written as UTF-8 later. Here every such value is one InputError naming the
file and line. Dates stay text (`2022-01-05` is the string "2022-01-05"), so
a title that looks like a date is still a title, and each date field is
checked by `PartialDate` with the precision it was written in. Mappings
remember their lines (`line_of`), so a bad value found later is reported
where it stands too.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode
from yaml.reader import ReaderError

from kzkg.errors import InputError, shown

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SURROGATE = re.compile("[\ud800-\udfff]")


class Mapping(dict[Any, Any]):
    """A YAML mapping that knows the file line it starts on, and each of its keys."""

    def __init__(self, line: int, key_lines: dict[Any, int]) -> None:
        super().__init__()
        self.line = line
        self.key_lines = key_lines


def line_of(value: Any, key: Any = None) -> int | None:
    """The file line of a mapping read by `load_yaml` (of its `key` when given)."""
    if not isinstance(value, Mapping):
        return None
    return value.key_lines.get(key, value.line) if key is not None else value.line


class _Reading(yaml.constructor.SafeConstructor):
    """Safe construction that keeps timestamps as text and reports bad values with
    their line; shared by both loaders below."""

    first_line = 1  # of the text in its file

    def construct_yaml_map(self, node: MappingNode) -> Any:
        key_lines = {
            key.value: self.first_line + key.start_mark.line
            for key, _ in node.value
            if isinstance(key, ScalarNode)
        }
        data = Mapping(self.first_line + node.start_mark.line, key_lines)
        yield data
        data.update(self.construct_mapping(node))

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        if isinstance(node, ScalarNode):
            half = _SURROGATE.search(node.value)
            if half is not None:
                problem = f"\\u{ord(half.group()):04x} is half of a surrogate pair, not a character"
                raise ConstructorError(None, None, problem, node.start_mark)
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, OverflowError) as exc:
            kind = node.tag.rsplit(":", 1)[-1]
            value = f"{shown(node.value)[:40]!r} " if isinstance(node, ScalarNode) else ""
            problem = f"{value}is not a valid {kind} ({exc})"
            raise ConstructorError(None, None, problem, node.start_mark) from None


_Reading.add_constructor("tag:yaml.org,2002:map", _Reading.construct_yaml_map)  # type: ignore[type-var]


class _Resolving(yaml.resolver.Resolver):
    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
        for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
    }


class _Loader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.composer.Composer,
    _Reading,
    _Resolving,
):
    """PyYAML's pure-Python parser: it reads what libyaml cannot read safely (see
    `_libyaml_loader`) and says what is wrong, and where, in its own words."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _Reading.__init__(self)
        _Resolving.__init__(self)


def _libyaml_loader() -> type | None:
    """libyaml's parser with our construction: the same data and lines, read about
    five times faster (the lexicon's YAML in 0.04 s instead of 0.2 s at every start).
    Versions before 0.2.5 set no limit on nesting and crash on deep nesting."""
    try:
        from yaml._yaml import CParser, get_version
    except ImportError:
        return None
    if get_version() < (0, 2, 5):
        return None

    class _FastLoader(CParser, _Reading, _Resolving):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _Reading.__init__(self)
            _Resolving.__init__(self)

    return _FastLoader


_FAST = _libyaml_loader()


def _read(loader_class: type, text: str, first_line: int) -> Any:
    loader = loader_class(text)
    loader.first_line = first_line
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def load_yaml(text: str, path: Path, first_line: int = 1, what: str = "") -> Any:
    """The data of `text`, read from `path` where it starts at line `first_line`; for
    anything unreadable an InputError of one line naming file and line. `what` names
    the part of the file ("front matter") in the message."""
    if _FAST is not None:
        try:
            return _read(_FAST, text, first_line)
        except Exception:  # read again below, for the pure-Python loader's words
            pass
    subject = f"{what} is " if what else ""
    try:
        return _read(_Loader, text, first_line)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark is not None else None
        if isinstance(exc, ReaderError):  # a control character: where, by its position
            line = first_line + text.count("\n", 0, exc.position)
        where = f"{shown(path)}:{line}" if line is not None else shown(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{where}: {subject}not valid YAML: {shown(problem)}") from None
    except (ValueError, TypeError, OverflowError) as exc:  # not tied to one node
        raise InputError(f"{shown(path)}: {subject}not valid YAML: {shown(exc)}") from None
    except RecursionError:
        raise InputError(f"{shown(path)}:{first_line}: {subject}nested too deeply") from None
