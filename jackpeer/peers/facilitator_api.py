"""The facilitator's HTTP calls for one room: exports, figures, deleting the room, transcript coding for
thematic analysis (spec §12), feedback on Jack's turns, and naming the auto-labeler's new kinds of talk.
Each needs the room's facilitator token."""

from __future__ import annotations

import asyncio
import inspect
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from jackpeer.errors import InputError
from jackpeer.peers.client_input import client_json
from jackpeer.peers.coding import Coding, codebook_csv, parse_codebook
from jackpeer.peers.room_server import RoomServer

# A message's seq in a route: SQLite holds 64-bit integers, and a larger number in a hand-typed URL raised OverflowError.
Seq = Annotated[int, Path(ge=0, lt=2**63)]


def error_response(status: int, text: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """A JSON error the page shows as it is."""
    return JSONResponse({"error": text}, status_code=status, headers=headers)


def facilitator_refusal(server: RoomServer, request: Request, room_id: str) -> JSONResponse | None:
    """None if the request carries this room's facilitator token, else the response that refuses it."""
    if server.store.room(room_id) is None:
        return error_response(404, "No such room.")
    token = request.headers.get("x-facilitator-token") or request.query_params.get("token") or ""
    m = server.store.member_by_key(room_id, token)
    if m is None or m["kind"] != "facilitator":
        return error_response(401, "This needs the facilitator token (open the facilitator link again).")
    return None


async def json_body(request: Request) -> dict:
    """The request's JSON object; InputError otherwise."""
    try:
        body = client_json(await request.body())
    except ValueError as err:
        raise InputError("send a JSON object") from err
    if not isinstance(body, dict):
        raise InputError("send a JSON object")
    return body


async def text_body(request: Request, what: str) -> str:
    """The request's body as UTF-8 text; InputError otherwise."""
    try:
        return (await request.body()).decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"the {what} is not UTF-8 text; save it as CSV UTF-8") from err


def code_names(body: dict) -> list[str]:
    """The "codes" list of a request body."""
    codes = body.get("codes") or []
    if not isinstance(codes, list):
        raise InputError('"codes" must be a list of code names')
    return [str(c) for c in codes]


def facilitator_router(server: RoomServer) -> APIRouter:
    """The facilitator's routes under /api/rooms/{room_id}/."""
    router = APIRouter()
    store = server.store
    coding = Coding(store)
    coding_lock = asyncio.Lock()  # first come, first served: the facilitator's coding writes land in order

    async def coding_write(fn, *args, **kw):
        # fsynced commits: in a thread, so a slow disk does not stall the rooms' event loop
        async with coding_lock:
            return await asyncio.to_thread(fn, *args, **kw)

    async def call(request: Request, room_id: str, fn) -> JSONResponse | PlainTextResponse:
        refused = facilitator_refusal(server, request, room_id)
        if refused:
            return refused
        try:
            out = fn()
            if inspect.isawaitable(out):  # calls that read the request body are async
                out = await out
        except InputError as err:
            return error_response(400, str(err))
        if isinstance(out, str):
            return PlainTextResponse(out, media_type="text/csv")
        return JSONResponse(out)

    @router.get("/api/rooms/{room_id}/export.json")
    async def export_json(room_id: str, request: Request):
        return facilitator_refusal(server, request, room_id) or JSONResponse(
            store.export(room_id), headers={"Content-Disposition": f'attachment; filename="room-{room_id}.json"'})

    @router.get("/api/rooms/{room_id}/export.csv")
    async def export_csv(room_id: str, request: Request):
        return facilitator_refusal(server, request, room_id) or PlainTextResponse(
            store.export_csv(room_id), media_type="text/csv",
            headers={"Content-Disposition": f'attachment; filename="room-{room_id}.csv"'})

    @router.get("/api/rooms/{room_id}/stats")
    async def stats(room_id: str, request: Request):
        # in a thread: the label candidates wait for the labeler's lock, which a learning step may hold
        return facilitator_refusal(server, request, room_id) or JSONResponse(
            await asyncio.to_thread(server.stats, room_id))

    @router.delete("/api/rooms/{room_id}")
    async def delete_room(room_id: str, request: Request):
        refused = facilitator_refusal(server, request, room_id)
        if refused:
            return refused
        await server.delete([room_id], "The facilitator closed this room.")
        return JSONResponse({"deleted": room_id})

    # --- transcript coding for thematic analysis (spec §12) ----------------------------------
    @router.get("/api/rooms/{room_id}/codebook.csv")
    async def codebook_export(room_id: str, request: Request):
        return await call(request, room_id, lambda: codebook_csv(coding.codebook(room_id)))

    @router.post("/api/rooms/{room_id}/codebook.csv")
    async def codebook_import(room_id: str, request: Request, replace: bool = False):
        async def run() -> dict:
            codes = parse_codebook(await text_body(request, "codebook"), "the uploaded codebook")
            return {"imported": await coding_write(coding.import_codebook, room_id, codes, replace=replace),
                    "codebook": coding.codebook_dicts(room_id)}
        return await call(request, room_id, run)

    @router.get("/api/rooms/{room_id}/codebook")
    async def codebook_json(room_id: str, request: Request):
        return await call(request, room_id, lambda: coding.codebook_dicts(room_id))

    @router.get("/api/rooms/{room_id}/coding")
    async def coding_get(room_id: str, request: Request, coder: str | None = None):
        return await call(request, room_id, lambda: (
            {"coders": coding.coders(room_id),
             "coding": {str(k): v for k, v in coding.coding(room_id, coder).items()} if coder else {}}))

    @router.put("/api/rooms/{room_id}/coding/{seq}")
    async def coding_put(room_id: str, seq: Seq, request: Request):
        async def run() -> dict:
            body = await json_body(request)
            return await coding_write(coding.code_message, room_id, seq, str(body.get("coder", "")),
                                      code_names(body), str(body.get("memo") or ""))
        return await call(request, room_id, run)

    @router.get("/api/rooms/{room_id}/coding.csv")
    async def coding_sheet(room_id: str, request: Request, coder: str | None = None):
        return await call(request, room_id, lambda: coding.coding_sheet(room_id, coder))

    @router.post("/api/rooms/{room_id}/coding.csv")
    async def coding_apply(room_id: str, request: Request, coder: str = ""):
        async def run() -> dict:
            n = await coding_write(coding.apply_sheet, room_id, await text_body(request, "coding sheet"), coder,
                                   "the uploaded sheet")
            return {"coded": n, "coder": coder}
        return await call(request, room_id, run)

    @router.get("/api/rooms/{room_id}/kappa")
    async def kappa(room_id: str, request: Request, a: str = "", b: str = ""):
        return await call(request, room_id, lambda: coding.agreement(room_id, a, b))

    @router.get("/api/rooms/{room_id}/themes")
    async def themes_get(room_id: str, request: Request):
        return await call(request, room_id, lambda: coding.themes(room_id))

    @router.put("/api/rooms/{room_id}/themes/{name}")
    async def theme_put(room_id: str, name: str, request: Request):
        async def run() -> dict:
            body = await json_body(request)
            return await coding_write(coding.set_theme, room_id, name, code_names(body),
                                      str(body.get("definition") or ""))
        return await call(request, room_id, run)

    @router.delete("/api/rooms/{room_id}/themes/{name}")
    async def theme_delete(room_id: str, name: str, request: Request):
        async def run() -> dict:
            await coding_write(coding.delete_theme, room_id, name)
            return {"deleted": name}
        return await call(request, room_id, run)

    @router.get("/api/rooms/{room_id}/themes.csv")
    async def theme_review(room_id: str, request: Request):
        return await call(request, room_id, lambda: coding.theme_review_csv(room_id))

    # --- the facilitator's 👍 / 👎 / rewrite on Jack's turns (issue 13 §3) -----------------------
    @router.get("/api/rooms/{room_id}/feedback")
    async def feedback_get(room_id: str, request: Request):
        return await call(request, room_id, lambda: {"feedback": store.turn_feedback(room_id, mask=True)})

    @router.get("/api/rooms/{room_id}/feedback.csv")
    async def feedback_csv(room_id: str, request: Request):
        return await call(request, room_id, lambda: store.turn_feedback_csv(room_id))

    @router.put("/api/rooms/{room_id}/feedback/{seq}")
    async def feedback_put(room_id: str, seq: Seq, request: Request):
        async def run() -> dict:
            body = await json_body(request)
            rating, rewrite = body.get("rating"), body.get("rewrite")
            if rewrite is not None and not isinstance(rewrite, str):
                raise InputError('"rewrite" must be text: what Jack should have said')
            return await asyncio.to_thread(store.set_turn_feedback, room_id, seq, rating, rewrite)
        return await call(request, room_id, run)

    # --- the auto-labeler's new kinds of talk -------------------------------------------------
    @router.get("/api/rooms/{room_id}/labels")
    async def labels_get(room_id: str, request: Request):
        def listing() -> dict:
            return {**server.labels.names(room_id), "candidates": server.labels.candidates(room_id)}
        # in a thread: the labeler's lock may be held by a learning step for a moment
        return await call(request, room_id, lambda: asyncio.to_thread(listing))

    @router.patch("/api/rooms/{room_id}/labels/{label}")
    async def label_rename(room_id: str, label: str, request: Request):
        async def run() -> dict:
            name = (await json_body(request)).get("name")
            if not isinstance(name, str):
                raise InputError('send the new name as JSON: {"name": "..."}')
            out = await asyncio.to_thread(server.labels.rename, room_id, label, name)
            await server.announce_label(room_id, {"type": "label_renamed", "old": label, "label": out["label"]})
            return {**out, "candidates": await asyncio.to_thread(server.labels.candidates, room_id)}
        return await call(request, room_id, run)

    @router.delete("/api/rooms/{room_id}/labels/{label}")
    async def label_dismiss(room_id: str, label: str, request: Request):
        async def run() -> dict:
            out = await asyncio.to_thread(server.labels.dismiss, room_id, label)
            await server.announce_label(room_id, {"type": "label_dismissed", "label": label})
            return {**out, "candidates": await asyncio.to_thread(server.labels.candidates, room_id)}
        return await call(request, room_id, run)

    return router
