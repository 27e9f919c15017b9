"""The facilitator's label view in headless Chromium: each message shows its label, a new kind of talk
appears with its examples and can be renamed (a refused name shows why) or dismissed, and the labels
already shown follow. A small stand-in labeler keeps this about the page (the real labeler in the
room is covered by test_room_labels.py)."""

from pathlib import Path

import pytest
from test_room_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ScriptedBackend, StandInLabeler, served

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)


class DinosaurKinds(StandInLabeler):
    """Labels talk about dinosaurs as a new kind (new_1), everything else as an idea; naming and dismissing
    the kind is the room's (per room, peers.room_labels), not the labeler's."""

    def __init__(self) -> None:
        super().__init__()
        self.said = []

    def label(self, text, key=None):
        """(label, confidence)."""
        if "dinosaur" not in text:
            return "idea", 0.8
        self.said.append(text)
        return "new_1", 0.9

    def labels(self):
        """Every label."""
        return ["idea", "new_1"]

    def candidates(self, room=None):
        """The new kind, with what was said of it."""
        return [{"label": "new_1", "members": 9, "examples": self.said[:3]}]


@pytest.fixture
def server(tmp_path):
    """A room server on 127.0.0.1 with the scripted backend and the stand-in labeler; yields the base URL."""
    from jackpeer.peers.app import create_app, load_screen
    from jackpeer.peers.store import Store

    policy = {"stall_s": 1e6, "quiet_turns": 1000, "quiet_s": 1e6, "min_gap_s": 0}
    app = create_app(Store(tmp_path / "rooms.sqlite3"), ScriptedBackend(), load_screen(), DinosaurKinds(),
                     policy_overrides=policy, tick_s=0.1)
    with served(app) as base:
        yield base


def labels_shown(page):
    """The label text under each message of the log."""
    return page.eval_on_selector_all("#log .msg .label", "els => els.map(e => e.textContent)")


def test_facilitator_names_and_dismisses_a_new_kind(server):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        fac = browser.new_context().new_page()
        fac.goto(server + "/")
        fac.fill("#create-phases", "ideas 10, choose 5")
        fac.click("#create-btn")
        fac.wait_for_function("document.getElementById('code-display').textContent.length === 6")
        mia = browser.new_context().new_page()
        mia.goto(server + "/")
        mia.fill("#join-code", fac.text_content("#code-display"))
        mia.fill("#join-name", "Mia")
        mia.click("#join-btn")
        mia.wait_for_function("document.getElementById('me').textContent === 'Mia'")
        for text in ("my dinosaur has big teeth", "we could build a ramp"):
            mia.fill("#msg-input", text)
            mia.click("#send-btn")
            fac.wait_for_function(f"[...document.querySelectorAll('#log .msg .text')].some(e => e.textContent === {text!r})")
        fac.wait_for_function("document.querySelectorAll('#log .msg .label')[1]?.textContent.startsWith('idea')")
        assert labels_shown(fac) == ["new_1 0.90", "idea 0.80"]
        assert mia.eval_on_selector_all("#log .msg .label", "els => els.length") == 0  # learners never see labels
        fac.wait_for_selector(".candidate[data-label='new_1']")
        row = fac.locator(".candidate[data-label='new_1']")
        assert "1 here" in row.locator(".summary").text_content()
        assert "my dinosaur has big teeth" in row.locator(".examples").text_content()

        row.locator(".cand-name").fill("Idea")  # taken: the reason shows, nothing changes
        row.locator(".cand-rename").click()
        fac.wait_for_function("document.getElementById('label-error').textContent.includes('already a label')")
        assert labels_shown(fac)[0] == "new_1 0.90"
        row.locator(".cand-name").fill("dinosaur facts")
        row.locator(".cand-rename").click()
        fac.wait_for_selector(".candidate[data-label='dinosaur facts']")
        fac.wait_for_function("document.querySelector('#log .msg .label').textContent === 'dinosaur facts 0.90'")
        assert fac.text_content("#label-error") == "" and fac.locator(".candidate").count() == 1
        fac.wait_for_function("document.getElementById('labels').textContent.includes('dinosaur facts: 1')")
        ARTIFACTS.mkdir(exist_ok=True)
        fac.screenshot(path=str(ARTIFACTS / "facilitator-labels.png"), full_page=True)

        # a reloaded page shows the stored (renamed) labels from the history
        fac.reload()
        fac.wait_for_function("document.querySelectorAll('#log .msg .label').length === 2")
        assert labels_shown(fac) == ["dinosaur facts 0.90", "idea 0.80"]

        fac.on("dialog", lambda d: d.accept())
        fac.wait_for_selector(".candidate[data-label='dinosaur facts']")
        fac.locator(".candidate[data-label='dinosaur facts'] .cand-dismiss").click()
        fac.wait_for_function("document.querySelectorAll('.candidate').length === 0")
        fac.wait_for_function("document.querySelector('#log .msg .label').textContent === 'unknown 0.90'")
        browser.close()
