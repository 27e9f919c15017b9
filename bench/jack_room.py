"""A room server for the benches: started in its own process on a free port, waited for until it answers; and a
room on it with learners joined."""

import subprocess
import sys
import time
from pathlib import Path

import httpx

from jackpeer.ports import free_port

IDEAS_HOUR = [{"name": "ideas", "minutes": 60}]  # one phase, longer than any bench


def start_room_process(args: list[str], env: dict[str, str] | None = None,
                       output: int | None = subprocess.DEVNULL) -> tuple[subprocess.Popen, str]:
    """Start a room server (`args` without the port, which is added) on a free 127.0.0.1 port; the process
    and its base URL. output: where its stdout and stderr go (subprocess.PIPE to read its lines)."""
    port = free_port()
    proc = subprocess.Popen([*args, "--port", str(port)], env=env, stdout=output,
                            stderr=subprocess.STDOUT if output is not None else None, text=True)
    return proc, f"http://127.0.0.1:{port}"


def start_jack_room(db_folder: str, env: dict[str, str] | None = None,
                    output: int | None = subprocess.DEVNULL) -> tuple[subprocess.Popen, str]:
    """The real `jack room`, as `make run` starts it, with its rooms in db_folder."""
    jack = Path(sys.executable).with_name("jack")
    return start_room_process([str(jack), "room", "--db", f"{db_folder}/rooms.sqlite3"], env, output)


def wait_until_answers(proc: subprocess.Popen, base: str, limit_s: float, every_s: float = 0.1) -> bool:
    """Poll the server's /api/info every every_s until it answers 200 (True), the process exits or limit_s
    passes (False)."""
    deadline = time.perf_counter() + limit_s
    while proc.poll() is None and time.perf_counter() < deadline:
        try:
            if httpx.get(base + "/api/info", timeout=2).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(every_s)
    return False


async def new_room(http: httpx.AsyncClient, names: list[str], task: str, phases: list[dict] | None = None
                   ) -> tuple[dict, list[str]]:
    """A moderated room with `task` (and `phases`, else the server's) and a learner of each name joined: the room
    as created, and the learners' keys."""
    spec = {"role": "moderator", "task": task} | ({"phases": phases} if phases else {})
    room = (await http.post("/api/rooms", json=spec)).json()
    keys = [(await http.post("/api/join", json={"code": room["join_code"], "name": n})).json()["key"] for n in names]
    return room, keys
