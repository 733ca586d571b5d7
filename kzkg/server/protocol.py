"""Reading a SPARQL 1.1 Protocol request: which query, over which dataset.

Only queries are read: an update, however it arrives, is refused (the endpoint is
read-only). Text is UTF-8, as the protocol says, and is decoded strictly: a body
declared in another charset is refused (415) and bytes that are not UTF-8 are
refused (400), so no character of a query is ever silently replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from kzkg.queries.engines import Dataset
from kzkg.queries.guard import UPDATES_REFUSED as READ_ONLY

QUERY_TYPE = "application/sparql-query"
FORM_TYPE = "application/x-www-form-urlencoded"
UPDATE_TYPE = "application/sparql-update"
UTF8_NAMES = {"utf-8", "utf8", "us-ascii", "ascii"}


class Refused(Exception):
    """A request the endpoint will not run: its HTTP status and one line saying why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class QueryRequest:
    query: str
    dataset: Dataset | None  # None: the endpoint's own (default graph = union of documents)
    format: str | None  # the `format=` override of content negotiation
    # A GET with no query at all asks what the endpoint is (description.py).
    service_description: bool = False


def media_type(content_type: str) -> tuple[str, str | None]:
    """The media type and declared charset (lower case) of a Content-Type value."""
    media, *params = [part.strip() for part in content_type.split(";")]
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def _utf8(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(400, f"{what} is not valid UTF-8 (byte {exc.start})") from None


def _pairs(encoded: bytes, what: str) -> list[tuple[str, str]]:
    """Percent-decoded name/value pairs, their octets read strictly as UTF-8."""
    text = _utf8(encoded, what)
    try:
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise Refused(400, f"{what} holds percent-encoded bytes that are not UTF-8") from None
    except ValueError as exc:
        raise Refused(400, f"{what} cannot be read: {exc}") from None


def _check_charset(charset: str | None) -> None:
    if charset is not None and charset not in UTF8_NAMES:
        raise Refused(415, f"charset '{charset}' refused: send SPARQL requests in UTF-8")


def read_request(
    method: str, query_string: bytes, content_type: str, body: bytes | None
) -> QueryRequest:
    """The query a GET or POST asks to run (none, for a GET with no `query`: the
    service description); Refused when it cannot or must not run."""
    pairs = _pairs(query_string, "the query string")
    if method == "POST":
        media, charset = media_type(content_type)
        if media == UPDATE_TYPE:
            raise Refused(403, READ_ONLY)
        if media == QUERY_TYPE:
            _check_charset(charset)
            pairs.append(("query", _utf8(body or b"", "the query")))
        elif media == FORM_TYPE:
            _check_charset(charset)
            pairs += _pairs(body or b"", "the form")
        else:
            shown = media or "none"
            raise Refused(
                415, f"unsupported content type '{shown}': use {QUERY_TYPE} or {FORM_TYPE}"
            )
    names = [name for name, _ in pairs]
    if "update" in names:
        raise Refused(403, READ_ONLY)
    formats = [v for n, v in pairs if n == "format"]
    override = formats[-1] if formats else None
    if method != "POST" and "query" not in names:
        return QueryRequest("", None, override, service_description=True)
    queries = [value for name, value in pairs if name == "query"]
    if len(queries) > 1:
        raise Refused(400, f"{len(queries)} 'query' parameters: send exactly one")
    if not queries or not queries[0]:
        raise Refused(400, "missing 'query' parameter")
    defaults = tuple(v for n, v in pairs if n == "default-graph-uri")
    named = tuple(v for n, v in pairs if n == "named-graph-uri")
    dataset = Dataset(defaults, named) if defaults or named else None
    return QueryRequest(queries[0], dataset, override)
