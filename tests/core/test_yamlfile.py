"""kzkg/yamlfile.py reads with libyaml where it can: the same data and lines as the
pure-Python loader, whose words still tell what is wrong in a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

import kzkg.yamlfile as yamlfile
from kzkg.errors import InputError
from kzkg.paths import lexicon_dir, ontology_dir

ROOT = Path(__file__).resolve().parents[2]


def _lines(value: object) -> list:
    """Every mapping's line and key lines, depth first."""
    if isinstance(value, yamlfile.Mapping):
        here = [(value.line, sorted(value.key_lines.items(), key=str))]
        return here + [line for v in value.values() for line in _lines(v)]
    if isinstance(value, list):
        return [line for v in value for line in _lines(v)]
    return []


def _front_matters() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "graph" / "corpus").glob("*"))]
    return [t[4 : t.index("\n---", 4)] for t in texts if t.startswith("---\n")]


def _shipped() -> list[str]:
    files = sorted(lexicon_dir().rglob("*.yaml")) + sorted(ontology_dir().glob("*.yaml"))
    return [p.read_text(encoding="utf-8") for p in files] + _front_matters()


def test_libyaml_is_used_here() -> None:
    assert yamlfile._FAST is not None  # PyYAML's wheels carry libyaml 0.2.5 or later


@pytest.mark.parametrize("first_line", [1, 5])
def test_both_loaders_give_the_same_data_and_lines(first_line: int) -> None:
    texts = _shipped() + [
        "a: 2022-01-05\nb: [1, 'x', {c: d}]\n? complex\n: key\n",
        "title: 'It''s'\nwhen: 2022-02-30\nids: !!set {a, b}\n",
        "- &anchor {x: 1}\n- *anchor\n- !!str 12\n- ~\n- 0x1F\n- .inf\n",
    ]
    assert len(texts) > 10
    for text in texts:
        fast = yamlfile._read(yamlfile._FAST, text, first_line)
        pure = yamlfile._read(yamlfile._Loader, text, first_line)
        assert fast == pure and type(fast) is type(pure)
        assert _lines(fast) == _lines(pure)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: [a\n", "x.yaml:2: front matter is not valid YAML"),  # the pure loader's line
        ('title: "bad \\ud800"', "\\ud800 is half of a surrogate pair"),
        ("x: " + "[" * 2000 + "]" * 2000, "nested too deeply"),
        ("d: !!int abc\n", "'abc' is not a valid int"),
        ("a: 1\nb: x\x01y\n", "x.yaml:2: front matter is not valid YAML: unacceptable character"),
    ],
)
def test_a_bad_file_is_told_in_the_pure_loaders_words(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        yamlfile.load_yaml(text, Path("x.yaml"), what="front matter")
    assert message in str(info.value) and "\n" not in str(info.value)
