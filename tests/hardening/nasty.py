"""A corpus of nasty documents: what anyone could drop into graph/corpus/.

Each entry is (file name, bytes, expected outcome): "ok" reads as a document,
"skip" is an empty body (a warning), or a substring of the one-line error.
"""

from __future__ import annotations

from pathlib import Path


def _doc(doc_id: str, body: str, extra: str = "") -> bytes:
    return f"---\nid: {doc_id}\ntitle: {doc_id}\ndate: 2022-01\n{extra}---\n{body}".encode()


def nasty_documents() -> list[tuple[str, bytes, str]]:
    deep = "[" * 30_000 + "]" * 30_000
    return [
        ("binary.md", bytes(range(256)) * 8, "not UTF-8"),
        (
            "invalid-utf8.md",
            _doc("bad-utf8", "Tokayev said \xff.").replace(b"\xc3\xbf", b"\xff"),
            "not UTF-8",
        ),
        ("one-long-line.md", _doc("long", "Protests spread to Almaty. " * 400_000), "ok"),
        (
            "deep-front-matter.md",
            f"---\nid: deep\nx: {deep}\n---\nText.\n".encode(),
            "nested too deeply",
        ),
        (
            "huge-front-matter.md",
            (
                "---\nid: huge\n" + "".join(f"k{i}: v\n" for i in range(20_000)) + "---\nText.\n"
            ).encode(),
            "front matter is larger than",
        ),
        (
            "control-chars.md",
            _doc("ctrl", "Tokayev\x00 said\x07 the\x1b[31m unrest\x0c ended."),
            "ok",
        ),
        (
            "rtl.md",
            _doc("rtl", "\u202eTokayev\u202c said \u05e9\u05dc\u05d5\u05dd in Almaty."),
            "ok",
        ),
        (
            "cyrillic.md",
            _doc("cyr", "Токаев и Назарбаев. Қасым-Жомарт Тоқаев сказал в Алматы."),
            "ok",
        ),
        (
            "html.md",
            _doc(
                "html",
                "<script>alert(1)</script><img src=x onerror=alert(1)> "
                '<a href="javascript:alert(1)">Tokayev</a> said protests spread.',
                extra="url: javascript:alert(1)\n",
            ),
            "ok",
        ),
        ("empty-body.md", _doc("empty", "   \n\n"), "skip"),
        ("no-id.md", b"---\ntitle: x\n---\nText.\n", "front matter has no 'id'"),
        ("not-a-mapping.md", b"---\njust a string\n---\nText.\n", "must be a YAML mapping"),
        ("unclosed.md", b"---\nid: open\nText.\n", "not closed"),
        ("crlf.md", b"---\r\nid: crlf\r\n---\r\nTokayev said it.\r\n", "ok"),
        ("bom.md", b"\xef\xbb\xbf---\nid: bom\n---\nText.\n", "ok"),
    ]


def write_nasty_corpus(folder: Path) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    for name, raw, outcome in nasty_documents():
        (folder / name).write_bytes(raw)
        expected[name] = outcome
    return expected
