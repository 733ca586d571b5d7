"""Issue 15: browser SPARQL clients on another origin read `kzkg serve` only when
`--cors` names their origin; tested with the headers and with a real cross-origin
`fetch` from a page in headless Chromium."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from loopback import running_serve
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.errors import InputError
from kzkg.server.cors import origins

SEED = Path(__file__).with_name("fixtures") / "seed.trig"
LIGHT = ("--graph", str(SEED), "--workers", "1", "--saved-workers", "0", "--spare-workers", "0")
CITIES = "SELECT ?l WHERE { ?c a kz:City ; rdfs:label ?l } ORDER BY ?l"
PAGE = b"""<!doctype html><meta charset="utf-8"><title>client</title>
<script>
// What a browser SPARQL client does: GET with Accept, or POST a query body
// (whose Content-Type makes the browser ask a preflight first).
window.ask = async (endpoint, query, method) => {
  const init = {method, headers: {Accept: "application/sparql-results+json"}};
  let url = endpoint;
  if (method === "GET") url += "?query=" + encodeURIComponent(query);
  else { init.body = query; init.headers["Content-Type"] = "application/sparql-query"; }
  try {
    const reply = await fetch(url, init);
    const data = await reply.json();
    return {
      status: reply.status,
      truncated: reply.headers.get("X-Kzkg-Truncated"),
      rows: data.results.bindings.map(b => b.l.value),
    };
  } catch (e) {
    return {error: e.name + ": " + e.message};
  }
};
window.ready = true;
</script>"""


def test_origins_are_checked_and_written_as_browsers_send_them() -> None:
    assert origins(["https://Yasgui.Triply.cc:443/", "http://localhost:8888"]) == (
        "https://yasgui.triply.cc",
        "http://localhost:8888",
    )
    assert origins(["http://[::1]:9000"]) == ("http://[::1]:9000",)
    assert origins(["http://a.example", "*"]) == ("*",)
    assert origins([]) == ()


@pytest.mark.parametrize(
    "value", ["null", "ftp://example.org", "https://x.example/path", "x.example", "http://x:99999"]
)
def test_a_value_that_is_not_an_origin_is_refused(value: str) -> None:
    with pytest.raises(InputError, match="--cors"):
        origins([value])


def test_serve_refuses_a_bad_cors_value_in_one_line() -> None:
    result = CliRunner().invoke(app, ["serve", "--cors", "https://x.example/sparql"])
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "error: --cors 'https://x.example/sparql' is not an origin: "
        "write scheme://host[:port], or *"
    ]


def preflight(base: str, origin: str) -> httpx.Response:
    return httpx.options(
        base + "/sparql",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, accept",
        },
    )


@pytest.mark.server
def test_named_origins_get_preflights_and_answers_others_do_not() -> None:
    allowed, other = "http://client.example:8080", "http://elsewhere.example"
    with running_serve(*LIGHT, "--cors", allowed + "/") as (_process, base):
        answer = preflight(base, allowed)
        assert answer.status_code == 204 and answer.content == b""
        assert answer.headers["access-control-allow-origin"] == allowed
        assert answer.headers["access-control-allow-methods"] == "GET, POST, OPTIONS"
        allowed_headers = answer.headers["access-control-allow-headers"].lower()
        assert {"content-type", "accept"} <= set(allowed_headers.split(", "))
        assert int(answer.headers["access-control-max-age"]) > 0
        rows = httpx.get(base + "/sparql", params={"query": CITIES}, headers={"Origin": allowed})
        assert rows.status_code == 200
        assert rows.headers["access-control-allow-origin"] == allowed
        assert "x-kzkg-truncated" in rows.headers["access-control-expose-headers"].lower()
        # An error is readable too: a client can show why its query was refused.
        bad = httpx.get(base + "/sparql", params={"query": "SELEC"}, headers={"Origin": allowed})
        assert bad.status_code == 400 and bad.headers["access-control-allow-origin"] == allowed
        refused = preflight(base, other)
        assert refused.status_code == 400 and "--cors" in refused.text
        assert "access-control-allow-origin" not in refused.headers
        plain = httpx.get(base + "/sparql", params={"query": CITIES}, headers={"Origin": other})
        assert "access-control-allow-origin" not in plain.headers
        # The Host check still comes first: no preflight for a rebinding page's Host.
        rebound = httpx.options(
            base + "/sparql",
            headers={
                "Host": "attacker.example",
                "Origin": allowed,
                "Access-Control-Request-Method": "POST",
            },
        )
        assert rebound.status_code == 400 and "host names" in rebound.text


@pytest.mark.server
def test_without_cors_no_origin_is_allowed_and_star_allows_any() -> None:
    with running_serve(*LIGHT) as (_process, base):
        refused = preflight(base, "http://client.example")
        assert refused.status_code == 400
        assert "start kzkg serve with --cors http://client.example" in refused.text
        plain = httpx.get(
            base + "/sparql", params={"query": CITIES}, headers={"Origin": "http://x.example"}
        )
        assert plain.status_code == 200 and "access-control-allow-origin" not in plain.headers
        options = httpx.options(base + "/sparql")
        assert options.status_code == 204 and options.headers["allow"] == "GET, POST, OPTIONS"
    with running_serve(*LIGHT, "--cors", "*") as (_process, base):
        answer = preflight(base, "http://any.example")
        assert answer.status_code == 204
        assert answer.headers["access-control-allow-origin"] == "*"


# -- a real browser ----------------------------------------------------------------


@contextmanager
def client_page() -> Iterator[str]:
    """A loopback HTTP server on its own port (another origin) serving the client page."""

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def chromium() -> str:
    path = os.environ.get("KZKG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is not installed: the browser tests must run in CI")
        pytest.skip("Chromium is not installed (bash scripts/setup.sh --test)")
    return path


def ask_from_the_page(page_origin: str, endpoint: str) -> list[dict]:
    """Open the client page in headless Chromium and let it query `endpoint` by GET
    and by POST; what each fetch got."""
    answers: list[dict] = []

    def visit() -> None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(page_origin + "/client.html")
            page.wait_for_function("() => window.ready === true")
            for method in ("GET", "POST"):
                answers.append(page.evaluate("(a) => ask(...a)", [endpoint, CITIES, method]))
            browser.close()

    # Its own thread: another test may hold a Playwright session in this one.
    thread = threading.Thread(target=visit)
    thread.start()
    thread.join(120)
    return answers


@pytest.mark.server
@pytest.mark.browser
def test_a_page_on_another_origin_queries_the_endpoint_only_when_allowed() -> None:
    chromium()
    with client_page() as page_origin:
        # Two rows at most: the page must also be able to read X-Kzkg-Truncated.
        with running_serve(*LIGHT, "--row-cap", "2", "--cors", page_origin) as (_process, base):
            answers = ask_from_the_page(page_origin, base + "/sparql")
        cut = {"status": 200, "truncated": "true", "rows": ["Almaty", "Nur-Sultan"]}
        assert answers == [cut, cut]
        with running_serve(*LIGHT) as (_process, base):
            answers = ask_from_the_page(page_origin, base + "/sparql")
        assert len(answers) == 2
        assert all(answer.get("error", "").startswith("TypeError") for answer in answers)
