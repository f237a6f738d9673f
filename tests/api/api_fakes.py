"""A scriptable fake InsurUp server on httpx.MockTransport, for tests that need exact wire control."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from insurup_desk.api import InsurUpClient

Handler = Callable[[httpx.Request], httpx.Response]
ORIGIN = "https://api.test.example"


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class FakeApi:
    """Routes ``(METHOD, path-after-/api/)`` to handlers and records every request it sees."""

    routes: dict[tuple[str, str], Handler | list[Handler]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    access_tokens: set[str] = field(default_factory=set)
    refresh_tokens: set[str] = field(default_factory=set)
    refresh_calls: int = 0
    expires_in: int = 600
    issued: int = 0
    require_auth: bool = True

    def on(self, method: str, path: str, *handlers: Handler) -> None:
        self.routes[(method, path)] = list(handlers) if len(handlers) > 1 else handlers[0]

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and _path(r) == path]

    def issue(self) -> dict[str, Any]:
        self.issued += 1
        access, refresh = f"acc-{self.issued}", f"ref-{self.issued}"
        self.access_tokens = {access}
        self.refresh_tokens = {refresh}
        return {
            "accessToken": access,
            "refreshToken": refresh,
            "expiresIn": self.expires_in,
            "requiresTwoFactor": False,
            "userId": "u-1",
        }

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = _path(request)
        if path == "authentication:agent-user/login":
            body = json.loads(request.content)
            if body.get("password") != "Demo1234!":
                return problem(401, "unauthorized", "E-posta veya parola hatalı.")
            if body.get("email", "").startswith("mudur"):
                return httpx.Response(200, json={"requiresTwoFactor": True, "userId": "u-2"})
            return httpx.Response(200, json=self.issue())
        if path == "authentication:agent-user/verify-mfa":
            body = json.loads(request.content)
            if body.get("code") != "123456":
                return problem(401, "unauthorized", "Doğrulama kodu hatalı.")
            return httpx.Response(200, json=self.issue())
        if path == "authentication:agent-user/refresh":
            self.refresh_calls += 1
            token = json.loads(request.content).get("refreshToken")
            if token not in self.refresh_tokens:
                return problem(401, "unauthorized", "Yenileme anahtarı geçersiz.")
            return httpx.Response(200, json=self.issue())
        if self.require_auth:
            auth = request.headers.get("authorization", "")
            if not auth.startswith("Bearer ") or auth[7:] not in self.access_tokens:
                return problem(401, "unauthorized", "Yetkisiz.")
        handler = self.routes.get((request.method, path))
        if handler is None:
            return problem(404, "endpoint-not-found", "Uç nokta bulunamadı.")
        if isinstance(handler, list):
            current = handler.pop(0) if len(handler) > 1 else handler[0]
            return current(request)
        return handler(request)


def _path(request: httpx.Request) -> str:
    raw = request.url.raw_path.decode().split("?", 1)[0]
    return raw.split("/api/", 1)[1] if "/api/" in raw else raw.lstrip("/")


def problem(status: int, slug: str, detail: str, **extra: Any) -> httpx.Response:
    body = {
        "type": f"https://api.insurup.com/problems/{slug}",
        "title": slug,
        "status": status,
        "detail": detail,
        "traceId": "trace-1",
        **extra,
    }
    return httpx.Response(status, json=body, headers={"content-type": "application/problem+json"})


def ok(body: Any = None, status: int = 200) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status)
        return httpx.Response(status, json=body)

    return handler


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


async def signed_in(client: InsurUpClient) -> InsurUpClient:
    await client.auth.login("gise@demo.acente", "Demo1234!")
    return client
