"""Shared constants and helpers of the view tests (imported by name: the
conftest puts this folder on sys.path, as pytest runs with importlib mode)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seed.trig"
HOSTILE = FIXTURES / "hostile.trig"
SUCCESSION_RQ = FIXTURES / "succession.rq"
TOKAYEV = "https://w3id.org/kzkg/id/person/kassym-jomart-tokayev"
NAZARBAYEV = "https://w3id.org/kzkg/id/person/nursultan-nazarbayev"
SC_POST = "https://w3id.org/kzkg/id/post/head-of-the-security-council"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


class Offline:
    """A page with every non-local request blocked and every request recorded."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

        def on_dialog(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        self.page.on("dialog", on_dialog)

        def route(r) -> None:
            if r.request.url.startswith(LOCAL_SCHEMES):
                r.continue_()
            else:
                r.abort()

        self.page.route("**/*", route)

    def open(self, path: Path) -> None:
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("() => window.kzkgReady === true", timeout=30_000)

    def remote_requests(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(LOCAL_SCHEMES)]

    def click_node(self, node_id: str) -> None:
        """Click where vis-network draws the node (closing the side panel first)."""
        if self.page.is_visible("#panel"):
            self.page.click("#panel-close")
        point = self.page.evaluate(
            """(id) => {
                const net = window.kzkg.network;
                const p = net.canvasToDOM(net.getPositions([id])[id]);
                const box = document.querySelector('#network canvas').getBoundingClientRect();
                return {x: box.left + p.x, y: box.top + p.y};
            }""",
            node_id,
        )
        self.page.mouse.move(point["x"], point["y"])
        self.page.wait_for_timeout(300)  # let the hover tooltip show, if it would run anything
        selected = "(id) => window.kzkg.network.getSelectedNodes().includes(id)"
        for _ in range(3):
            # vis-network takes a press longer than 250 ms for a hold, not a tap;
            # on a loaded machine one click can be that slow, so try again.
            self.page.mouse.click(point["x"], point["y"])
            if self.page.evaluate(selected, node_id):
                return
        raise AssertionError(f"clicking at {point} did not select {node_id}")

    def close(self) -> None:
        self.context.close()
