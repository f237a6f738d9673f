"""A bare SignalR JSON-protocol peer for the sandbox hub's tests: raw frames over a real socket, nothing more."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
from httpx_ws import AsyncWebSocketSession, aconnect_ws

RS = "\x1e"
HANDSHAKE = json.dumps({"protocol": "json", "version": 1}) + RS


def frame(message: dict[str, Any]) -> str:
    return json.dumps(message) + RS


def register(proposal_id: str, invocation_id: str | None = None) -> str:
    message: dict[str, Any] = {"type": 1, "target": "Register", "arguments": [{"proposalId": proposal_id}]}
    if invocation_id is not None:
        message["invocationId"] = invocation_id
    return frame(message)


class Peer:
    def __init__(self, ws: AsyncWebSocketSession) -> None:
        self.ws = ws
        self._buffer: list[dict[str, Any]] = []

    async def next(self, timeout: float = 5.0) -> dict[str, Any]:
        while not self._buffer:
            text = await self.ws.receive_text(timeout=timeout)
            assert text.endswith(RS), text
            self._buffer += [json.loads(part) for part in text.split(RS)[:-1]]
        return self._buffer.pop(0)

    async def next_event(self, timeout: float = 5.0) -> dict[str, Any]:
        """The next invocation, skipping pings."""
        while True:
            message = await self.next(timeout)
            if message.get("type") != 6:
                return message

    async def events(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        return [await self.next_event(timeout) for _ in range(count)]


@contextlib.asynccontextmanager
async def hub_peer(origin: str, token: str | None, *, header: bool = False,
                   handshake: str = HANDSHAKE) -> AsyncIterator[Peer]:
    url = origin + "/hubs/proposal-detail"
    headers = {}
    if token is not None and header:
        headers["Authorization"] = f"Bearer {token}"
    elif token is not None:
        url += f"?access_token={token}"
    async with httpx.AsyncClient() as http:
        ws: AsyncWebSocketSession
        async with aconnect_ws(url, http, headers=headers) as ws:
            await ws.send_text(handshake)
            yield Peer(ws)


async def login(origin: str, email: str = "gise@demo.acente") -> str:
    async with httpx.AsyncClient(base_url=origin) as http:
        r = await http.post("/api/authentication:agent-user/login", json={"email": email, "password": "Demo1234!"})
        assert r.status_code == 200, r.text
        return str(r.json()["accessToken"])
