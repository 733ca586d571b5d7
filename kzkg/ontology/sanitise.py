"""Making the ontology's HTML documentation safe to open, whatever a curator wrote.

pyLODE renders every definition and comment through Markdown as raw HTML, so
a `skos:definition` holding `<img src=x onerror=...>` or a `javascript:` link
ran script in the reader's browser. Three layers, each enough on its own for
what it covers: the text pyLODE receives has its markup escaped
(`escape_markup`); the page it returns loses every script, event handler and
non-web link (`sanitise_page`); and the page carries a Content-Security-Policy
that allows no script at all, as the network views do.
"""

from __future__ import annotations

import html
import re

from rdflib import RDFS, SKOS, Graph, Literal
from rdflib.namespace import DC, DCTERMS

CSP = (
    "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
)
# pyLODE prints these as text (dominate escapes them): escaping here would show "&amp;".
AS_TEXT = {RDFS.label, SKOS.prefLabel, DCTERMS.title, DC.title, SKOS.example}
DROP = {"script", "iframe", "frame", "frameset", "object", "embed", "form", "base"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster"}
SAFE_SCHEMES = {"http", "https", "mailto"}
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def escape_markup(graph: Graph) -> Graph:
    """A copy of the graph whose literals pyLODE renders as HTML have `<`, `>`, `&` escaped."""
    safe = Graph()
    for prefix, namespace in graph.namespaces():
        safe.bind(prefix, namespace)
    for s, p, o in graph:
        if isinstance(o, Literal) and p not in AS_TEXT and re.search(r"[<>&]", str(o)):
            o = Literal(html.escape(str(o), quote=False), lang=o.language, datatype=o.datatype)
        safe.add((s, p, o))
    return safe


def safe_url(value: str) -> bool:
    """True for a relative link, a fragment or an http(s)/mailto address."""
    cleaned = _INVISIBLE.sub("", html.unescape(value)).lower()
    scheme = _SCHEME.match(cleaned)
    return scheme is None or scheme.group(1) in SAFE_SCHEMES


def sanitise_page(page: str) -> str:
    """The page without scripts (but its JSON-LD data block), event handlers and
    non-web links, with the Content-Security-Policy at the top of its head."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "html.parser")
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        data_block = tag.name == "script" and tag.get("type") == "application/ld+json"
        refresh = tag.name == "meta" and tag.has_attr("http-equiv")
        if (tag.name in DROP and not data_block) or refresh:
            tag.decompose()
            continue
        for name in list(tag.attrs):
            value = tag.attrs[name]
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on"):
                del tag.attrs[name]
            elif name.lower() in URL_ATTRIBUTES and not safe_url(text):
                del tag.attrs[name]
    policy = soup.new_tag("meta", attrs={"http-equiv": "Content-Security-Policy", "content": CSP})
    charset = soup.find("meta", attrs={"charset": True})
    if charset is not None:
        charset.insert_after(policy)
    else:
        (soup.head or soup).insert(0, policy)
    return str(soup)
