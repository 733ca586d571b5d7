"""Fetch a URL for `kzkg add`: http and https only, bounded in time, size and redirects.

Only the content types a reader exists for are accepted; the body is read
in chunks and given up on as soon as it passes the size cap, so a huge or
endless response costs at most the cap.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from kzkg import __version__
from kzkg.errors import InputError

MAX_BYTES = 50_000_000
MAX_REDIRECTS = 5
TIMEOUT = 20.0  # seconds to connect, and between two chunks of the response
DEADLINE = 120.0  # seconds for the whole response
ACCEPTED = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "text/plain": "text",
    "text/markdown": "text",
}


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    kind: str  # html, pdf or text, from the content type
    raw: bytes


@dataclass(frozen=True)
class Limits:
    max_bytes: int = MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    timeout: float = TIMEOUT
    deadline: float = DEADLINE


def is_url(source: str) -> bool:
    return "://" in source[:12]


def fetch(url: str, limits: Limits | None = None) -> Fetched:
    limits = limits or Limits()
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"only http and https URLs can be added, not {scheme}:")
    headers = {"User-Agent": f"kzkg/{__version__} (kzkg add)", "Accept": ", ".join(ACCEPTED)}
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=limits.max_redirects,
                timeout=limits.timeout,
                headers=headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            return _read(response, limits)
    except httpx.TooManyRedirects:
        raise InputError(f"more than {limits.max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise InputError(f"timed out (no answer within {limits.timeout:g} s)") from None
    except httpx.UnsupportedProtocol as exc:
        raise InputError(f"redirected to a URL that is not http or https ({exc})") from None
    except httpx.HTTPError as exc:
        raise InputError(f"cannot fetch: {exc or type(exc).__name__}") from None


def _read(response: httpx.Response, limits: Limits) -> Fetched:
    if response.status_code >= 400:
        raise InputError(f"HTTP {response.status_code} {response.reason_phrase}")
    if response.status_code != 200:
        raise InputError(f"HTTP {response.status_code} {response.reason_phrase}: no document")
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    kind = ACCEPTED.get(media)
    if kind is None:
        raise InputError(f"content type '{media or 'none'}' is not HTML, PDF or text")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise InputError(_too_big(int(declared), limits))
    began, chunks, size = time.monotonic(), [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_bytes:
            raise InputError(_too_big(size, limits))
        if time.monotonic() - began > limits.deadline:
            raise InputError(f"timed out (response not complete after {limits.deadline:g} s)")
        chunks.append(chunk)
    return Fetched(str(response.url), kind, b"".join(chunks))


def _too_big(size: int, limits: Limits) -> str:
    return f"larger than the {limits.max_bytes / 1e6:g} MB limit ({size / 1e6:.1f} MB or more)"
