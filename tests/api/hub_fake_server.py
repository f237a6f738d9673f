"""A scripted hub for the client's protocol tests: whatever frames a test wants, on a real loopback socket."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

RS = "\x1e"


@dataclass
class Script:
    #: Sent as one WebSocket message after the handshake answer and the first Register.
    after_register: list[str] = field(default_factory=list)
    ping_after_register: bool = False
    received: list[dict[str, object]] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)


def app(script: Script) -> Starlette:
    async def hub(ws: WebSocket) -> None:
        script.tokens.append(ws.headers.get("authorization", ""))
        await ws.accept()
        try:
            await ws.receive_text()
            await ws.send_text("{}" + RS)
            registered = False
            while True:
                text = await ws.receive_text()
                for part in text.split(RS)[:-1]:
                    message = json.loads(part)
                    script.received.append(message)
                    if message.get("target") == "Register" and not registered:
                        registered = True
                        if script.after_register:
                            await ws.send_text("".join(script.after_register))
                        if script.ping_after_register:
                            await ws.send_text(json.dumps({"type": 6}) + RS)
                await asyncio.sleep(0)
        except WebSocketDisconnect:
            return

    return Starlette(routes=[WebSocketRoute("/hubs/proposal-detail", hub)])


def event(target: str, payload: dict[str, object]) -> str:
    return json.dumps({"type": 1, "target": target, "arguments": [payload]}) + RS
