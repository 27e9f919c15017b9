"""Speech in the room's web API: the talk upload, the read-aloud and keep-recordings switches, and
sending Jack's spoken sentences to the members who switched read-aloud on.

A transcript goes through RoomServer.say exactly as a typed message does (limits, screen, SQLite,
labels, Jack's policy); only the talk route's own checks (audio, clip rate, transcriber queue) come first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request, WebSocket
from fastapi.responses import JSONResponse, Response

from jackpeer.errors import AudioInputError, SpeechBusy, SpeechUnavailable
from jackpeer.peers.live_room import LiveRoom
from jackpeer.peers.say_route import Replies, read_body, refuse, sender_of
from jackpeer.peers.session import Member
from jackpeer.speech.audio import MAX_UPLOAD_BYTES
from jackpeer.speech.room_speech import RoomSpeech, Send

if TYPE_CHECKING:  # room_server imports this module (through jack_turns) for listener_sender
    from jackpeer.peers.room_server import RoomServer

# Room languages as the facilitator types them -> Whisper's codes (a multilingual model needs one;
# anything else is detected from the clip).
WHISPER_LANGUAGES = {"english": "en", "french": "fr", "german": "de", "spanish": "es", "italian": "it",
                     "dutch": "nl", "portuguese": "pt", "polish": "pl", "swedish": "sv", "danish": "da",
                     "norwegian": "no", "finnish": "fi", "turkish": "tr", "greek": "el", "welsh": "cy",
                     "irish": "ga", "arabic": "ar", "chinese": "zh", "japanese": "ja", "korean": "ko",
                     "hindi": "hi", "urdu": "ur", "ukrainian": "uk", "russian": "ru", "romanian": "ro"}
SCRIPT = Path(__file__).with_name("static") / "speech.js"
# What a learner's socket may send about speech, and who may send it.
SOCKET_MESSAGES = ("read_aloud", "keep_audio")


def whisper_language(room_language: str) -> str | None:
    """The Whisper language code of a room's language ('English' -> 'en'), or None to detect it."""
    name = room_language.strip().lower()
    return name if len(name) == 2 else WHISPER_LANGUAGES.get(name)


def listener_sender(server: RoomServer, rt: LiveRoom) -> Send:
    """Sends a read-aloud message to the room's members who have read-aloud on (decided at each send)."""

    async def send(data: dict) -> None:
        for mid in server.speech.listening(rt.id) if server.speech else ():
            for ws in list(rt.sockets.get(mid, ())):
                await server.send(ws, data)

    return send


def speech_state(server: RoomServer, rt: LiveRoom, member_id: int | None = None) -> dict:
    """What the page needs to show the speech controls: each one's availability, the room's setting, and
    (for one member's page) whether that member has read-aloud on, so a reloaded page shows it."""
    caps = server.speech.capabilities() if server.speech else {
        "talk": {"available": False, "why": "speech is off on this server"},
        "read_aloud": {"available": False, "why": "speech is off on this server"}}
    state = {"type": "speech", **caps, "keep_audio": bool(rt.settings.get("keep_audio"))}
    if member_id is not None:
        state["read_aloud_on"] = bool(server.speech) and member_id in server.speech.listening(rt.id)
    return state


async def socket_message(server: RoomServer, rt: LiveRoom, member: Member, ws: WebSocket, data: dict) -> None:
    """A speech switch sent over a member's socket: read_aloud (own), keep_audio (facilitator only)."""
    on = bool(data.get("on"))
    if data.get("type") == "read_aloud":
        why = server.speech.set_read_aloud(rt.id, member.id, on) if server.speech else "speech is off on this server"
        await server.send(ws, {"type": "read_aloud", "on": on and why is None, "why": why})
        return
    if member.id != rt.facilitator_id:
        await server.send(ws, {"type": "error", "code": "not_facilitator", "text": "Only the facilitator can do that."})
        return
    rt.settings["keep_audio"] = on
    await server.write(rt, server.store.update_settings, rt.id, rt.settings)
    await server.write(rt, server.store.add_event, rt.id, "keep_audio", {"on": on})
    # Everyone sees whether recordings are kept: the children and their facilitator should both know.
    await server.broadcast(rt, speech_state(server, rt))


def speech_router(server: RoomServer) -> APIRouter:
    """POST /api/rooms/{room_id}/talk?key=KEY: a learner's recording (the body, as recorded)."""
    router = APIRouter()

    @router.get("/speech.js")
    async def script() -> Response:
        return Response(SCRIPT.read_text(encoding="utf-8"), media_type="text/javascript")

    @router.post("/api/rooms/{room_id}/talk")
    async def talk(room_id: str, request: Request) -> JSONResponse:
        sender = sender_of(server, room_id, request)
        if isinstance(sender, JSONResponse):
            return sender
        rt, member = sender
        speech: RoomSpeech | None = server.speech
        if speech is None:
            return refuse(503, "unavailable", "Talking is not available on this server. Type your message instead.")
        audio = await read_body(request, MAX_UPLOAD_BYTES)
        if audio is None:
            return refuse(413, "too_large", f"The recording is too large (the limit is "
                                            f"{MAX_UPLOAD_BYTES // 1024 // 1024} MB). Say it in shorter parts.")
        mime = request.headers.get("content-type", "application/octet-stream")[:80]
        try:
            clip = await speech.transcribe_clip(room_id, member.id, audio, mime,
                                                whisper_language(rt.session.language))
        except AudioInputError as err:
            return refuse(400, "bad_audio", str(err))
        except SpeechBusy as err:
            return refuse(429, "busy", str(err))
        except SpeechUnavailable as err:
            return refuse(503, "unavailable", str(err))
        text = clip.transcript.text
        why = clip.transcript.why_not_posted()
        if why:
            return JSONResponse({"posted": False, "code": "not_understood", "why": why, "transcript": text})
        replies = Replies()
        client_id = request.query_params.get("client_id")
        await server.say(rt, member, replies, {"text": text, "client_id": client_id}, spoken=clip)
        ack, error = replies.first("ack"), replies.first("error")
        return JSONResponse({"posted": bool(ack and ack["shown"]), "transcript": text,
                             "seq": ack["seq"] if ack else None, "duration_s": round(clip.transcript.duration_s, 2),
                             "transcribe_s": round(clip.transcript.elapsed_s, 3),
                             "code": error["code"] if error else None, "replies": replies.items})

    return router
