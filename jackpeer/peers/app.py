"""The web room: FastAPI + one WebSocket per client + one static page.

Access: creating a room needs the server's facilitator key (facilitator_key.py) unless the server
listens only on loopback; the facilitator gets a token (facilitator link); learners join with a short
join code and a display name (rate-limited per address and per code) and get a member key. Every WebSocket needs a key or the token.
Every message is screened, committed to SQLite, and only then broadcast (room_server.py); Jack runs as
one asyncio task per room (jack_turns.py); the facilitator's calls are in facilitator_api.py.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

from fastapi import FastAPI, Request, WebSocket, WebSocketDisconnect
from fastapi.responses import HTMLResponse, JSONResponse

from jackpeer.errors import ConfigError, JackError
from jackpeer.guard.actions import ActionPolicy
from jackpeer.peers.client_input import client_json
from jackpeer.peers.facilitator_api import error_response, facilitator_router
from jackpeer.peers.facilitator_key import key_matches, listens_on_loopback_only, load_or_create_key
from jackpeer.peers.policy import PolicyConfig
from jackpeer.peers.rate_limit import JoinLimiter, JoinLimits, Limits
from jackpeer.peers.room_labels import RoomLabeler, labels_path, load_labeler
from jackpeer.peers.room_server import RETENTION_DAYS, RoomServer
from jackpeer.peers.say_route import say_router
from jackpeer.peers.session import ROLES, SAMPLE_TASK, Member, Session, parse_phases
from jackpeer.peers.speech_routes import SOCKET_MESSAGES as SPEECH_MESSAGES
from jackpeer.peers.speech_routes import socket_message as speech_socket_message
from jackpeer.peers.speech_routes import speech_router, speech_state
from jackpeer.peers.store import RoomDeleted, Store
from jackpeer.speech.room_speech import RoomSpeech
from jackpeer.torch_threads import CORES, use_cores

PAGE = Path(__file__).with_name("static") / "room.html"


# What a socket may send only from the facilitator's page, and what a learner's page that sends it is told they cannot do.
FACILITATOR_ONLY = {"start": "do that", "next_phase": "do that", "extend": "do that", "mark_alert": "mark alerts",
                    "show_held": "show a held-back message"}


def create_app(store: Store, backend, screen, labeler: RoomLabeler | None = None, limits: Limits | None = None,
               policy_overrides: dict | None = None, tick_s: float = 0.5, warm: bool = True,
               retention_days: float = RETENTION_DAYS, purge_every_s: float = 3600.0,
               persist_labels: bool = True, speech: RoomSpeech | None = None, facilitator_key: str | None = None,
               require_key: bool = False, join_limits: JoinLimits | None = None) -> FastAPI:
    """The room's FastAPI app. The backend is warmed at start-up, not on the first message. Rooms idle
    longer than `retention_days` are deleted at start-up and every `purge_every_s` (0 days: keep forever).
    With `persist_labels`, what the labeler learned (new kinds, their names) is kept next to the database
    (`<db>.labels.pt`) and resumed from there. `speech` adds the talk button and read-aloud (jackpeer.speech);
    its models load on first use. With `require_key`, POST /api/rooms needs `facilitator_key` (header
    X-Facilitator-Key) from every client; without it, a key that is sent must still be right."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        # Screen checks, labels and the rest run off the event loop on one core each: the model's
        # thread keeps every core to itself (jackpeer/torch_threads.py).
        loop = asyncio.get_running_loop()
        loop.set_default_executor(ThreadPoolExecutor(thread_name_prefix="jack-room", initializer=use_cores,
                                                     initargs=(1,)))
        purger = None
        if retention_days > 0:
            await server.purge(retention_days)
            purger = asyncio.get_running_loop().create_task(server.purge_loop(retention_days, purge_every_s))
        if warm and hasattr(backend, "warm"):
            await asyncio.to_thread(backend.warm)
        yield
        if purger is not None:
            purger.cancel()
        for rt in list(server.rooms.values()):
            if rt.task:
                rt.task.cancel()
        if speech is not None:
            speech.close()
        if server.labels.path is not None:
            with server.labels.lock:
                server.labels.save()  # also keeps the utterances queued for the next learning step

    app = FastAPI(title="Jack room", lifespan=lifespan)
    labeler_path = labels_path(store.path) if persist_labels else None
    server = RoomServer(store, backend, screen, labeler, limits, policy_overrides, tick_s, labeler_path, speech)
    server.labels.restore()
    joins = JoinLimiter(join_limits)
    join_lock = asyncio.Lock()
    app.state.server = server
    app.include_router(facilitator_router(server))
    app.include_router(speech_router(server))
    app.include_router(say_router(server))

    @app.get("/", response_class=HTMLResponse)
    async def page() -> HTMLResponse:
        return HTMLResponse(PAGE.read_text(encoding="utf-8"))

    @app.get("/api/info")
    async def info() -> dict:
        return {"screen": screen.name, "backend": getattr(backend, "short_name", "backend"),
                "remote": bool(getattr(backend, "remote", False)), "roles": list(ROLES), "sample_task": SAMPLE_TASK,
                "labeler": labeler is not None, "facilitator_key_required": require_key,
                "speech": speech.capabilities() if speech else None}

    @app.post("/api/rooms")
    async def create_room(request: Request) -> JSONResponse:
        given = request.headers.get("x-facilitator-key")
        if (require_key or given) and not (facilitator_key and key_matches(given, facilitator_key)):
            return error_response(401, "Creating a room needs this server's facilitator key: it is printed when "
                                       "`jack room` starts and kept in facilitator.key next to the room database.")
        try:
            body = client_json(await request.body())
        except ValueError:
            body = None
        if not isinstance(body, dict):  # a list or a number raised AttributeError below: a 500
            return error_response(400, "Send the room settings as JSON.")
        task = str(body.get("task") or SAMPLE_TASK).strip()[:500]
        role = str(body.get("role", "moderator"))
        language = str(body.get("language") or "English").strip()[:40]
        agent_name = str(body.get("agent_name") or "Jack").strip()[:24]
        try:
            phases = parse_phases(body.get("phases"))
            Session(task=task, role=role, phases=phases)
            policy = body.get("policy") or {}
            PolicyConfig.for_role(role, **{**server.policy_overrides, **policy})
            guard_actions = body.get("guard_actions") or {}  # e.g. {"C1": "show_alert"} (guard/actions.py)
            ActionPolicy(guard_actions)
        except (JackError, TypeError, ValueError) as err:
            return error_response(400, str(err))
        if getattr(backend, "remote", False) and not body.get("allow_remote"):
            return error_response(400, "This server sends Jack's prompts to a remote model endpoint; tick 'allow "
                                       "the remote model' to confirm that is acceptable for this group.")
        room_id, code, token = await asyncio.to_thread(  # the commit is fsynced: off the event loop
            store.create_room, task, role, language, [asdict(p) for p in phases], agent_name,
            {"policy": policy, "consent": bool(body.get("consent")), "guard_actions": guard_actions})
        return JSONResponse({"room_id": room_id, "join_code": code, "facilitator_token": token,
                             "facilitator_url": f"/?room={room_id}#token={token}"})

    @app.post("/api/join")
    async def join(request: Request) -> JSONResponse:
        try:
            body = client_json(await request.body())
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return error_response(400, "Send the join code and your name as JSON.")
        code = str(body.get("code", "")).strip().upper()[:16]
        name = " ".join(str(body.get("name") or "").split())
        address = request.client.host if request.client else "unknown"
        wait = joins.check(address, code)
        if wait > 0:
            return error_response(429, f"Too many tries to join from this device. Wait {math.ceil(wait)} seconds, "
                                       f"then type the code your facilitator gave you.",
                                  headers={"Retry-After": str(math.ceil(wait))})
        row = store.room_by_code(code) if code else None
        if row is None:
            joins.failed_try(address)
            return error_response(404, "No room has that join code. Check the code with your facilitator.")
        limits = server.limits
        if not name or len(name) > limits.max_name:
            return error_response(400, f"Choose a display name of 1 to {limits.max_name} characters.")
        async with join_lock:  # the name and room-size checks and the insert, with no other join between
            return await add_learner(row, name)

    async def add_learner(row: dict, name: str) -> JSONResponse:
        limits = server.limits
        members = store.members(row["id"])
        if any(m["display_name"].lower() == name.lower() for m in members):
            return error_response(409, f"The name {name!r} is already used in this room. Choose another name.")
        if sum(1 for m in members if m["kind"] == "learner") >= limits.max_learners:
            return error_response(403, f"This room is full ({limits.max_learners} learners). Ask your facilitator.")
        rt = server.live_room(row["id"])
        try:
            if rt is None:
                raise RoomDeleted("This room was deleted.")
            mid, key = await server.write(rt, store.add_member, row["id"], name)  # fsynced: off the event loop
        except RoomDeleted:
            return error_response(404, "No room has that join code. Check the code with your facilitator.")
        rt.session.members[mid] = Member(mid, name, "learner", time.time())
        return JSONResponse({"room_id": row["id"], "member_id": mid, "key": key, "name": name})

    @app.websocket("/ws/{room_id}")
    async def socket(ws: WebSocket, room_id: str) -> None:
        await ws.accept()
        row = store.member_by_key(room_id, ws.query_params.get("key", ""))
        rt = server.live_room(room_id) if row else None
        if row is None or rt is None:
            await server.send(ws, {"type": "error", "code": "auth",
                                   "text": "This link or key is not valid for this room. Join again with the code."})
            await ws.close(code=4401)
            return
        member = rt.session.members[row["id"]]
        fac = member.kind == "facilitator"
        rt.sockets.setdefault(member.id, []).append(ws)
        member.online = True
        try:
            since = int(ws.query_params.get("since", "0") or 0)
        except ValueError:
            since = 0
        await server.send(ws, {"type": "welcome", "you": {"id": member.id, "name": member.name, "kind": member.kind},
                               "room": {"id": room_id, "task": rt.session.task, "role": rt.session.role,
                                        "language": rt.session.language, "agent_name": rt.session.agent_name,
                                        "screen": screen.name, "backend": getattr(backend, "short_name", ""),
                                        "remote": bool(getattr(backend, "remote", False)),
                                        "join_code": store.room(room_id)["join_code"] if fac else None,
                                        "limits": asdict(server.limits)}})
        labels = {lab["seq"]: lab for lab in store.labels(room_id) if lab["source"] == "auto"} if fac else {}
        history = [server.message_view(m, fac, labels.get(m["seq"]))
                   for m in store.messages(room_id, since, include_blocked=fac)]
        await server.send(ws, {"type": "history", "messages": history})
        await server.send(ws, speech_state(server, rt, member.id))
        await server.broadcast(rt, server.state(rt))
        if fac:
            for ev in store.events(room_id):
                if ev["kind"] in ("blocked", "alert", "handover"):
                    await server.send(ws, {"type": ev["kind"] if ev["kind"] != "handover" else "alert", **ev})
            await server.send(ws, {"type": "guard_alerts", "alerts": store.alerts(room_id)})
        rt.wake.set()
        try:
            while True:
                # receive(), not receive_text(): once a send to this socket has failed (the page closed), starlette's
                # receive_text() refuses to read on, and what the page had sent before closing, still unread here,
                # was never stored. Three messages, the page closing while the first is committed: the third was lost
                # in the one run of the old loop, and still in 2 of 13 runs of this one (a second race, not found yet; the page
                # sends what it has no ack for again as it closes, over HTTP: say_route.py).
                frame = await ws.receive()
                if frame["type"] == "websocket.disconnect":
                    break
                raw = frame.get("text")
                if raw is None:  # a binary frame: the page sends none
                    continue
                try:
                    data = client_json(raw)
                except ValueError:
                    await server.send(ws, {"type": "error", "code": "bad_json", "text": "Messages must be JSON."})
                    continue
                if not isinstance(data, dict) or not isinstance(data.get("type"), str):
                    continue
                kind = data["type"]
                if kind == "say":
                    await server.say(rt, member, ws, data)
                elif kind == "typing":
                    rt.session.typing[member.id] = time.time()
                elif kind in FACILITATOR_ONLY and not fac:
                    await server.send(ws, {"type": "error", "code": "not_facilitator",
                                           "text": f"Only the facilitator can {FACILITATOR_ONLY[kind]}."})
                elif kind == "mark_alert":
                    await server.mark_alert(rt, ws, data)
                elif kind == "show_held":
                    await server.show_held(rt, ws, data)
                elif kind in FACILITATOR_ONLY:
                    await server.facilitator_action(rt, data)
                elif kind in SPEECH_MESSAGES:
                    await speech_socket_message(server, rt, member, ws, data)
                elif kind == "ping":
                    await server.send(ws, {"type": "pong"})
        except (WebSocketDisconnect, RuntimeError, RoomDeleted):
            # RuntimeError: starlette's WebSocketDisconnected, after a send to a client that had gone;
            # RoomDeleted: the room was deleted under this socket (delete() told it and closes it)
            pass
        finally:
            socks = rt.sockets.get(member.id, [])
            if ws in socks:
                socks.remove(ws)
            if not socks and room_id in server.rooms:
                rt.sockets.pop(member.id, None)
                member.online = False
                with contextlib.suppress(RoomDeleted):
                    for ins in rt.agent.tracker.withdraw_for(member.id, time.time()):
                        await server.write(rt, store.save_instruction, room_id, ins.as_dict())
            await server.broadcast(rt, server.state(rt))

    return app


def load_screen():
    """The project's offline default safety screen (jackpeer.guard)."""
    from jackpeer.guard import default_screen

    return default_screen() if callable(default_screen) and not hasattr(default_screen, "check_user") else default_screen


def serve(host: str = "127.0.0.1", port: int = 8000, db: str = "rooms.sqlite3", model: str | None = None,
          backend_url: str | None = None, backend_model: str = "default", backend_key: str | None = None,
          retention_days: float = RETENTION_DAYS, asr_model: str | None = None, voice: str | None = None,
          facilitator_key: str | None = None, adapter: str | None = None) -> None:
    """Load the model and screen, then run the room server until interrupted. Speech models (the bundled ones,
    or `asr_model` / `voice`) load when first used. The facilitator key (given, or kept next to `db`) is
    printed; it is required to create rooms unless `host` is loopback."""
    import uvicorn

    from jackpeer.speech.synthesizer import Synthesizer
    from jackpeer.speech.transcriber import Transcriber

    if retention_days < 0:
        raise ConfigError(f"--retention-days must be 0 (keep forever) or more, got {retention_days}")
    key = load_or_create_key(Path(db).parent, facilitator_key)
    require_key = not listens_on_loopback_only(host)
    when = "to create rooms" if require_key else "to create rooms once the room listens beyond this machine"
    print(f"Facilitator key (needed {when}; kept in {Path(db).parent / 'facilitator.key'}): {key}", flush=True)
    backend, screen, labeler = load_room_parts(model, backend_url, backend_model, backend_key, adapter)
    speech = RoomSpeech(Transcriber(asr_model), Synthesizer(voice))
    app = create_app(Store(db), backend, screen, labeler, retention_days=retention_days, speech=speech,
                     facilitator_key=key, require_key=require_key)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    threading.Thread(target=announce_ready, args=(server, f"http://{shown}:{port}/"), daemon=True).start()
    server.run()


def load_room_parts(model: str | None = None, backend_url: str | None = None, backend_model: str = "default",
                    backend_key: str | None = None, adapter: str | None = None):
    """The backend, the screen and the labeler, loaded side by side on threads that end afterwards.

    From here on this thread computes on one core: the model computes on the engine's own thread with
    every core, and threads that end take their OpenMP teams with them (jackpeer/torch_threads.py).
    Loaded one after the other, the room first answered 15 s after the command; side by side, 4 s sooner
    on two cores.
    """
    from jackpeer.peers.backends import make_backend

    use_cores(1)
    with ThreadPoolExecutor(3, thread_name_prefix="jack-load", initializer=use_cores, initargs=(CORES,)) as pool:
        screen, labeler = pool.submit(load_screen), pool.submit(load_labeler)
        backend = pool.submit(make_backend, model, backend_url, backend_model, backend_key, adapter)
        return backend.result(), screen.result(), labeler.result()


def announce_ready(server, url: str, poll_s: float = 0.05) -> None:
    """Print one line once the server listens: from then on the room answers (replies stay eager while
    the compiled decode step warms up in the background, so they come right away too)."""
    while not server.started:
        if server.should_exit:
            return
        time.sleep(poll_s)
    print(f"Jack's room is ready: open {url}", flush=True)
