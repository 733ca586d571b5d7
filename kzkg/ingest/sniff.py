"""Tell what a source's bytes are: a PDF, an HTML page or plain text, by content first.

Saved pages keep odd names (`article.php`, no suffix at all) and servers send
wrong content types, so the bytes decide; the name only separates Markdown
or text from HTML when the content could be either.
"""

from __future__ import annotations

import re

from kzkg.errors import InputError

_HTML = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|p|div)[\s>]", re.IGNORECASE)
_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def sniff(raw: bytes, name: str = "") -> str:
    """'pdf', 'html' or 'text'; InputError for anything else."""
    head = raw[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if raw[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if not raw.strip():
        raise InputError("the file is empty")
    looks_html = bool(_HTML.search(raw[:65536]))
    if looks_html and not name.lower().endswith(_TEXT_SUFFIXES):
        return "html"
    if b"\x00" in raw[:65536] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("not HTML, PDF or text: the file holds binary data")
    try:
        decode_text(raw)
    except UnicodeDecodeError:
        raise InputError("not HTML, PDF or text: not UTF-8 and not any known encoding") from None
    return "html" if looks_html and head.startswith(b"<") else "text"


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with one, else a detected encoding."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise UnicodeDecodeError("utf-8", raw, 0, 1, "no encoding fits")
    return str(best)
