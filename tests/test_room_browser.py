"""The room in headless Chromium with the real default model: a facilitator and two learners.

Screenshots go to test-artifacts/. Needs Debian's chromium (`make browser` installs it).
"""

import time
from pathlib import Path

import pytest
from test_room_support import CHROMIUM, CHROMIUM_ARGS, join_on_page, screenshot, served

pytestmark = [pytest.mark.browser, pytest.mark.timeout(540)]
# Short waits for Jack: the default model on 2 busy cores can take a while per reply.
JACK_WAIT_MS = 150_000

playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A room server on 127.0.0.1 with the real default model, loaded and warmed before the test."""
    from jackpeer.peers.app import create_app, load_screen
    from jackpeer.peers.backends import LocalBackend
    from jackpeer.peers.room_labels import load_labeler
    from jackpeer.peers.store import Store

    db = tmp_path_factory.mktemp("room") / "rooms.sqlite3"
    # Thresholds scaled down so a browser test sees each behaviour within a minute or two. Idea feedback
    # stays due for longer than the test waits for it: with a 60 s window the staleness guard may drop it
    # as late on loaded cores (the likely cause of one timeout in a loaded run); lateness itself is
    # tested in test_room_staleness.py.
    policy = {"quiet_turns": 2, "min_gap_s": 0, "max_share": 1.0, "stall_s": 1e6, "quiet_s": 1e6,
              "idea_window_s": 2 * JACK_WAIT_MS / 1000}
    app = create_app(Store(db), LocalBackend(), load_screen(), load_labeler(), policy_overrides=policy, tick_s=0.2)
    with served(app, start_timeout_s=300) as base:  # model load + warm-up
        yield base, app


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def _create(browser, base, role, phases):
    fac = browser.new_context().new_page()
    fac.goto(base + "/")
    fac.fill("#create-task", "Design a new game for the school playground.")
    fac.select_option("#create-role", role)
    fac.fill("#create-phases", phases)
    fac.check("#create-consent")
    fac.click("#create-btn")
    fac.wait_for_function("document.getElementById('code-display').textContent.length === 6")
    return fac, fac.text_content("#code-display")


def _send(page, text, idea=False):
    page.fill("#msg-input", text)
    if idea:
        page.check("#idea-check")
    page.click("#send-btn")
    page.wait_for_function(f"[...document.querySelectorAll('#log .msg .text')].some(e => e.textContent === {text!r})")


def _agent_texts(page):
    return page.eval_on_selector_all("#log .msg.agent:not(.streaming) .text", "els => els.map(e => e.textContent)")


def _wait_agent(page, count):
    page.wait_for_function(f"document.querySelectorAll('#log .msg.agent:not(.streaming)').length >= {count}",
                           timeout=JACK_WAIT_MS)
    return _agent_texts(page)


def test_moderator_opens_invites_the_quiet_one_and_moves_on_time(server, browser):
    base, app = server
    fac, code = _create(browser, base, "moderator", "ideas 1, choose 5")
    mia = join_on_page(browser, base, code, "Mia")
    leo = join_on_page(browser, base, code, "Leo")
    assert "safety screen:" in fac.text_content("#screen") and fac.text_content("#screen") != "safety screen: …"
    assert not mia.is_visible("#screen") and not mia.is_visible("#backend")  # a child's page shows no machinery
    fac.click("#start-btn")
    opening = _wait_agent(mia, 1)
    assert opening[0].strip()
    screenshot(fac, "moderator-1-opening-facilitator.png")
    # HTML typed by a learner shows as text and runs nothing. (The screen's tuned head blocks most markup with a
    # script handler as S14, code abuse; this one reads as task talk and is shown.)
    attack = "<i>our team name</i> <img src=x onerror=\"window.pwned=1\">"
    _send(mia, attack)
    leo.wait_for_function(f"[...document.querySelectorAll('#log .msg .text')].some(e => e.textContent === {attack!r})")
    assert leo.evaluate("window.pwned === undefined && !document.querySelector('#log img, #log i')")
    _send(mia, "I think a treasure hunt with clues around the playground would be fun")
    # Leo has not said anything: Jack invites him by name (after the opening, which greets everyone by name)
    leo.wait_for_function("[...document.querySelectorAll('#log .msg.agent:not(.streaming) .text')].slice(1)"
                          ".some(e => e.textContent.includes('Leo'))", timeout=JACK_WAIT_MS)
    room = app.state.server
    rid = next(iter(r for r in room.rooms.values() if r.session.role == "moderator")).id
    deadline = time.time() + JACK_WAIT_MS / 1000
    while not any(i["kind"] == "invite_member" and i["target_name"] == "Leo" for i in room.store.instructions(rid)):
        assert time.time() < deadline, room.store.instructions(rid)
        time.sleep(0.2)
    screenshot(leo, "moderator-2-invites-leo.png")
    _send(leo, "Maybe the clues could be riddles")
    # the 1-minute ideas phase ends and Jack moves the group on, and says so
    mia.wait_for_function("document.getElementById('phase').textContent.includes('choose')", timeout=JACK_WAIT_MS)
    while not any(t["trigger"] == "phase_end" for t in room.store.agent_turns(rid)):
        assert time.time() < deadline, room.store.agent_turns(rid)
        time.sleep(0.5)
    time.sleep(0.5)
    screenshot(mia, "moderator-3-next-phase-mia.png")
    screenshot(fac, "moderator-4-facilitator.png")
    phases = room.store.phase_events(rid)
    assert [p["phase"] for p in phases][:2] == ["ideas", "choose"]
    ins = room.store.instructions(rid)
    assert any(i["kind"] == "invite_member" and i["target_name"] == "Leo" for i in ins)
    assert any(i["status"] == "followed" for i in ins if i["target_name"] == "Leo")
    turns = [t for t in room.store.agent_turns(rid) if not t["dropped_reason"]]
    assert turns and all(t["t_first_token_ms"] for t in turns)


def test_participant_gives_feedback_on_a_posted_idea(server, browser):
    base, app = server
    fac, code = _create(browser, base, "participant", "ideas 10, choose 5")
    mia = join_on_page(browser, base, code, "Mia")
    join_on_page(browser, base, code, "Leo")
    fac.click("#start-btn")
    before = len(_wait_agent(mia, 1))  # Jack says hi and that he is an AI
    idea = "What if we build a rope bridge between the two slides?"
    _send(mia, idea, idea=True)
    mia.wait_for_function(f"[...document.querySelectorAll('#board .idea')].some(e => e.textContent.includes({idea!r}))")
    texts = _wait_agent(mia, before + 1)
    screenshot(mia, "participant-1-feedback.png")
    screenshot(fac, "participant-2-facilitator.png")
    room = app.state.server
    rid = next(iter(r for r in room.rooms.values() if r.session.role == "participant")).id
    turns = room.store.agent_turns(rid)
    feedback = [t for t in turns if t["trigger"] == "idea_feedback" and not t["dropped_reason"]]
    assert feedback, turns
    idea_seq = next(m["seq"] for m in room.store.messages(rid) if m["text"] == idea)
    assert feedback[0]["trigger_seq"] == idea_seq and texts[-1].strip()
