from __future__ import annotations

import os
import re
import shutil
import threading
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from typer.testing import CliRunner

from kzkg.cli.main import app
from kzkg.ontology.docs import ontology_html
from kzkg.paths import ontology_file

runner = CliRunner()


def test_docs_are_written_offline_with_every_class(tmp_path: Path) -> None:
    out = tmp_path / "new" / "docs"
    result = runner.invoke(app, ["docs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(page, "html.parser")
    for tag in soup.find_all(["script", "link", "img"]):
        source = tag.get("src") or tag.get("href") or ""
        assert not re.match(r"https?://", source), f"remote resource: {tag}"
    text = soup.get_text(" ")
    for label in ("tenure", "claim", "evidence", "communications shutdown"):
        assert label in text


def test_docs_into_an_impossible_folder_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = runner.invoke(app, ["docs", "--out", str(blocker / "docs")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "cannot create the output folder" in result.output


HOSTILE_DEFINITION = (
    '<img src=x onerror=\\"window.__pwned=1;alert(1)\\"> '
    "[markdown](javascript:window.__pwned=2) "
    "[spaced]( JaVaScRiPt:window.__pwned=3) "
    "[data](data:text/html,<script>alert(4)</script>) "
    "[reference][evil]\\n\\n[evil]: javascript:window.__pwned=5\\n\\n"
    "</script><script>window.__pwned=6</script> "
    "A physical, digital or conceptual thing (PROV-O)."
)
HOSTILE_LABEL = '<svg onload=\\"window.__pwned=7\\">entity (PROV)'


@pytest.fixture(scope="module")
def hostile_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ontology with a curator's definition and label full of markup (issue 13, #16)."""
    text = ontology_file().read_text(encoding="utf-8")
    definition = 'skos:definition "A physical, digital or conceptual thing (PROV-O)."'
    assert definition in text
    text = text.replace(definition, f'skos:definition "{HOSTILE_DEFINITION}"')
    text = text.replace('rdfs:label "entity (PROV)"', f'rdfs:label "{HOSTILE_LABEL}"')
    source = tmp_path_factory.mktemp("hostile") / "kzkg.ttl"
    source.write_text(text, encoding="utf-8")
    page = tmp_path_factory.mktemp("docs") / "index.html"
    page.write_text(ontology_html(source), encoding="utf-8")
    return page


def test_definitions_show_as_text_and_nothing_can_run(hostile_docs: Path) -> None:
    soup = BeautifulSoup(hostile_docs.read_text(encoding="utf-8"), "html.parser")
    scripts = soup.find_all("script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    for tag in soup.find_all(True):
        assert not [name for name in tag.attrs if name.lower().startswith("on")], tag
        for name in ("href", "src", "xlink:href", "action"):
            link = " ".join(tag.get(name)) if isinstance(tag.get(name), list) else tag.get(name)
            if link:
                assert re.match(r"^(https?:|mailto:|#|[^:]*$)", link.strip()), tag
    policy = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert policy is not None and "script-src 'none'" in policy["content"]
    assert "default-src 'none'" in policy["content"]
    text = soup.get_text(" ")
    assert '<img src=x onerror="window.__pwned=1;alert(1)">' in text
    assert "A physical, digital or conceptual thing" in text


@pytest.mark.browser
def test_hostile_docs_run_nothing_in_chromium(hostile_docs: Path) -> None:
    chromium = os.environ.get("KZKG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).is_file():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("Chromium is not installed: the browser tests must run in CI")
        pytest.skip("Chromium is not installed (bash scripts/setup.sh --test)")
    dialogs: list[str] = []
    requests: list[str] = []
    pwned: list[object] = []

    def visit() -> None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: requests.append(r.url))
            page.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
            )
            page.goto(hostile_docs.resolve().as_uri())
            for name in ("markdown", "spaced", "data", "reference"):
                link = page.get_by_text(name, exact=True)
                if link.count():
                    link.first.click()
                    page.wait_for_timeout(100)
                    if page.url != hostile_docs.resolve().as_uri():
                        page.go_back()
            pwned.append(page.evaluate("() => window.__pwned"))
            browser.close()

    # Its own thread: the view tests may hold a Playwright session in this one.
    thread = threading.Thread(target=visit)
    thread.start()
    thread.join(120)
    assert pwned == [None]
    assert dialogs == []
    assert [u for u in requests if u.endswith("/x")] == []


def test_the_page_heading_is_the_title_alone(tmp_path: Path) -> None:
    result = runner.invoke(app, ["docs", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    soup = BeautifulSoup((tmp_path / "index.html").read_text(encoding="utf-8"), "html.parser")
    heading = soup.find("h1").get_text()
    assert heading.endswith("unrest in Kazakhstan"), heading


def test_a_pylode_failure_exits_non_zero_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pylode

    def broken(self):
        raise ValueError("no ontology found\nin the graph")

    monkeypatch.setattr(pylode.OntPub, "make_html", broken)
    result = runner.invoke(app, ["docs", "--out", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert result.output.strip() == (
        "error: pyLODE could not document the ontology: no ontology found"
    )
    assert not (tmp_path / "out" / "index.html").exists()
