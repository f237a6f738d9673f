"""The loopback redirect listener of a browser sign-in (RFC 8252 §7.3): one ephemeral port, one callback.

It answers every request on ``/callback`` with a small Turkish page and hands the first one carrying ``code``
or ``error`` (and, once ``expect_state`` is set, the attempt's ``state``) to the waiting sign-in. A callback
with another state is answered but ignored, so another local program cannot end the wait with a forged
redirect; anything else (a favicon request, a port scanner) gets a 404. It reads
no more than a request line and headers, and never keeps a connection open.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

MAX_REQUEST_BYTES = 16 * 1024
CALLBACK_PATH = "/callback"

PageText = Callable[[bool], tuple[str, str]]


def default_page(ok: bool) -> tuple[str, str]:
    # The UI passes translated text; this fallback keeps the listener usable without Qt.
    if ok:
        return "Giriş tamamlandı", "Bu sekmeyi kapatıp InsurUp Desk'e dönebilirsiniz."
    return "Giriş tamamlanamadı", "Bu sekmeyi kapatıp InsurUp Desk'e dönün."


class LoopbackListener:
    def __init__(self, host: str = "127.0.0.1", *, page_text: PageText = default_page) -> None:
        self.host = host
        self.port = 0
        self._page_text = page_text
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[str] | None = None
        self._state: str | None = None

    def expect_state(self, state: str) -> None:
        self._state = state

    @property
    def redirect_uri(self) -> str:
        return f"http://{self.host}:{self.port}{CALLBACK_PATH}"

    async def start(self) -> LoopbackListener:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._serve, self.host, 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def wait(self, timeout_s: float) -> str:
        """The full callback URL the browser brought; ``TimeoutError`` after ``timeout_s``."""
        assert self._result is not None, "start() first"
        return await asyncio.wait_for(asyncio.shield(self._result), timeout_s)

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def __aenter__(self) -> LoopbackListener:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10.0)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
            await self._close(writer)
            return
        if len(head) > MAX_REQUEST_BYTES:
            await self._close(writer)
            return
        parts = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
        target = parts[1] if len(parts) == 3 and parts[0] == "GET" else ""
        url = urlsplit(target)
        query = parse_qs(url.query)
        if url.path != CALLBACK_PATH or not ("code" in query or "error" in query):
            await self._answer(writer, 404, "Not Found", b"")
            return
        matches = self._state is None or query.get("state") == [self._state]
        title, text = self._page_text("code" in query and matches)
        page = (f"<!doctype html><html lang='tr'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
                f"</head><body style='font-family:sans-serif;margin:3em'><h1>{html.escape(title)}</h1>"
                f"<p>{html.escape(text)}</p></body></html>").encode()
        await self._answer(writer, 200 if matches else 400, "OK" if matches else "Bad Request", page)
        if matches and self._result is not None and not self._result.done():
            self._result.set_result(f"http://{self.host}:{self.port}{target}")

    async def _answer(self, writer: asyncio.StreamWriter, status: int, reason: str, body: bytes) -> None:
        head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n")
        with contextlib.suppress(ConnectionError):
            writer.write(head.encode("ascii") + body)
            await writer.drain()
        await self._close(writer)

    @staticmethod
    async def _close(writer: asyncio.StreamWriter) -> None:
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()
