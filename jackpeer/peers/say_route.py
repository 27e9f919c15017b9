"""A chat message sent over HTTP: POST /api/rooms/{room_id}/say?key=KEY with {"text", "client_id"}.

The page sends what the room has not confirmed this way as it closes (navigator.sendBeacon on pagehide): a
message typed and sent as the laptop lid shuts, or the tab closes, still reaches the room, where its socket
copy may or may not have. It goes through RoomServer.say as a socket message does (limits, screen, SQLite,
labels, Jack's policy), so a copy of a message the room already has is only acked, never stored twice.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from jackpeer.peers.client_input import client_json
from jackpeer.peers.live_room import LiveRoom
from jackpeer.peers.session import Member

if TYPE_CHECKING:  # room_server imports the speech routes, which import Replies from here
    from jackpeer.peers.room_server import RoomServer

MAX_BODY_BYTES = 16 * 1024  # a message is at most a few hundred characters; its JSON, far less than this


class Replies:
    """Collects what RoomServer.say answers the sender (ack, error, notice) for an HTTP response; it stands in
    for the sender's socket, of which say uses only send_text."""

    def __init__(self) -> None:
        self.items: list[dict] = []

    async def send_text(self, text: str) -> None:
        """Keep one answer."""
        self.items.append(json.loads(text))

    def first(self, kind: str) -> dict | None:
        """The first answer of this type, or None."""
        return next((r for r in self.items if r.get("type") == kind), None)


async def read_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None once it passes `limit` bytes (read no further)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def refuse(status: int, code: str, text: str) -> JSONResponse:
    """A route's answer when the message was not posted."""
    return JSONResponse({"posted": False, "code": code, "error": text}, status_code=status)


def sender_of(server: RoomServer, room_id: str, request: Request) -> tuple[LiveRoom, Member] | JSONResponse:
    """The live room and the member whose key the request carries (?key=), or the 401 answer."""
    row = server.store.member_by_key(room_id, request.query_params.get("key", ""))
    rt = server.live_room(room_id) if row else None
    if row is None or rt is None:
        return refuse(401, "auth", "This link or key is not valid for this room. Join again with the code.")
    return rt, rt.session.members[row["id"]]


def say_router(server: RoomServer) -> APIRouter:
    """The POST route; its answer says whether the message is in the room (`seq`) and shown (`shown`)."""
    router = APIRouter()

    @router.post("/api/rooms/{room_id}/say")
    async def say(room_id: str, request: Request) -> JSONResponse:
        sender = sender_of(server, room_id, request)
        if isinstance(sender, JSONResponse):
            return sender
        rt, member = sender
        raw = await read_body(request, MAX_BODY_BYTES)
        if raw is None:
            return refuse(413, "too_large", "That message is too long. Send it in shorter parts.")
        try:
            data = client_json(raw)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return refuse(400, "bad_json", 'Send a JSON object with the message as "text".')
        replies = Replies()
        await server.say(rt, member, replies, {"text": data["text"], "client_id": data.get("client_id")})
        ack, error = replies.first("ack"), replies.first("error")
        return JSONResponse({"posted": bool(ack), "seq": ack["seq"] if ack else None,
                             "shown": bool(ack and ack["shown"]), "code": error["code"] if error else None,
                             "replies": replies.items})

    return router
