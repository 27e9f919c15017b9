"""Who may create rooms and how often a join code may be guessed (issue 16 items 1 and 3). Network
checks talk to a real server on 127.0.0.1, bounded in count."""

import os
import stat

import httpx
import pytest
from test_room_support import ScriptedBackend, served

from jackpeer.errors import ConfigError
from jackpeer.peers.app import create_app, load_screen
from jackpeer.peers.facilitator_key import listens_on_loopback_only, load_or_create_key
from jackpeer.peers.rate_limit import JoinLimiter, JoinLimits
from jackpeer.peers.store import CODE_ALPHABET, Store

pytestmark = pytest.mark.timeout(120)
KEY = "k3y-for-tests-only-123"
ROOM = {"task": "Design a playground game.", "role": "moderator", "phases": [{"name": "ideas", "minutes": 10}]}


def app_for(tmp_path, **kw):
    return create_app(Store(tmp_path / "rooms.sqlite3"), ScriptedBackend(), load_screen(), None, warm=False, **kw)


def test_a_server_beyond_loopback_refuses_room_creation_without_the_key_even_from_loopback(tmp_path):
    with served(app_for(tmp_path, facilitator_key=KEY, require_key=True)) as url, httpx.Client(base_url=url) as c:
        assert c.get("/api/info").json()["facilitator_key_required"] is True
        r = c.post("/api/rooms", json=ROOM)
        assert r.status_code == 401 and "facilitator key" in r.json()["error"]
        assert c.post("/api/rooms", json=ROOM, headers={"X-Facilitator-Key": KEY[:-1] + "4"}).status_code == 401
        r = c.post("/api/rooms", json=ROOM, headers={"X-Facilitator-Key": KEY})
        assert r.status_code == 200 and r.json()["join_code"]


def test_a_loopback_only_server_lets_its_page_create_rooms_without_the_key(tmp_path):
    with served(app_for(tmp_path, facilitator_key=KEY, require_key=False)) as url, httpx.Client(base_url=url) as c:
        assert c.get("/api/info").json()["facilitator_key_required"] is False
        assert c.post("/api/rooms", json=ROOM).status_code == 200
        assert c.post("/api/rooms", json=ROOM, headers={"X-Facilitator-Key": "wrong-key-wrong"}).status_code == 401


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                                ("127.0.0.2", True), ("0.0.0.0", False), ("::", False),
                                                ("192.168.1.20", False), ("school-server.local", False)])
def test_which_listen_addresses_count_as_loopback_only(host, loopback):
    assert listens_on_loopback_only(host) is loopback


def test_the_key_is_kept_in_the_data_folder_owner_only(tmp_path):
    key = load_or_create_key(tmp_path)
    path = tmp_path / "facilitator.key"
    assert path.read_text().strip() == key and len(key) >= 20
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_or_create_key(tmp_path) == key  # kept across restarts
    assert load_or_create_key(tmp_path, "given-key-0123") == "given-key-0123"
    with pytest.raises(ConfigError, match="at least 12 characters"):
        load_or_create_key(tmp_path, "short")


def _codes_around(live: str, n: int) -> list[str]:
    """n wrong codes with the live one at position n // 2: a guesser that would find it unthrottled."""
    wrong = []
    for i in range(n):
        code = "".join(CODE_ALPHABET[(i * 7 + j * 3) % len(CODE_ALPHABET)] for j in range(6))
        if code != live:
            wrong.append(code)
    return wrong[: n // 2] + [live] + wrong[n // 2: n - 1]


def test_brute_forcing_join_codes_from_127_0_0_1_does_not_find_the_live_code(tmp_path):
    with served(app_for(tmp_path)) as url, httpx.Client(base_url=url) as c:
        live = c.post("/api/rooms", json=ROOM).json()["join_code"]
        answers = [c.post("/api/join", json={"code": code, "name": f"guess{i}"})
                   for i, code in enumerate(_codes_around(live, 60))]
        statuses = [r.status_code for r in answers]
        assert 200 not in statuses  # the live code (try 31) was refused like every try after the 10th wrong one
        assert statuses.count(404) == JoinLimits().failed_burst and statuses[30] == 429
        refused = answers[30]
        assert "Wait" in refused.json()["error"] and int(refused.headers["Retry-After"]) >= 1


def test_a_class_behind_one_address_can_still_join(tmp_path):
    with served(app_for(tmp_path)) as url, httpx.Client(base_url=url) as c:
        live = c.post("/api/rooms", json=ROOM).json()["join_code"]
        assert c.post("/api/join", json={"code": "WRONG2", "name": "Ann"}).status_code == 404  # one typo
        joined = [c.post("/api/join", json={"code": live, "name": f"learner {i}"}).status_code for i in range(30)]
        assert joined == [200] * 30


def test_one_code_is_limited_across_addresses_and_wrong_codes_per_address():
    lim = JoinLimiter(JoinLimits(code_burst=3, code_every_s=10.0, failed_burst=2, failed_every_s=30.0))
    assert [lim.check(f"10.0.0.{i}", "ABCDEF", now=0.0) for i in range(4)][:3] == [0.0, 0.0, 0.0]
    assert lim.check("10.0.0.9", "ABCDEF", now=0.0) > 0  # a fourth address, same code: refused
    assert lim.check("10.0.0.9", "ABCDEF", now=10.0) == 0.0  # one more try after code_every_s
    for _ in range(2):
        assert lim.check("10.0.0.5", "ZZZZZZ", now=0.0) == 0.0
        lim.failed_try("10.0.0.5", now=0.0)
    assert lim.check("10.0.0.5", "QQQQQQ", now=1.0) == pytest.approx(29.0)
    assert lim.check("10.0.0.6", "QQQQQQ", now=1.0) == 0.0  # another address is not affected
    small = JoinLimiter(JoinLimits(max_keys=8))
    for i in range(100):
        small.check(f"10.1.0.{i}", f"C{i}", now=0.0)
    assert len(small.tries.buckets) == 8 and len(small.codes.buckets) == 8  # memory stays bounded
