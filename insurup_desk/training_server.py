"""The embedded training sandbox, started beside the GUI instead of before it (composition-root helper).

Importing and seeding the sandbox takes about a second; the login dialog does not wait for it. Its two loopback
ports are chosen first, so the API client and the authorization server's address are known at once, and the
servers start on a worker thread. Whatever needs them (the sign-in, a stored session's refresh) waits for
``needed``. The worker holds back until ``begin`` (the dialog's first frame is on screen) or ``needed``:
importing and seeding in Python beside the GUI's own start would share one interpreter lock and delay the
dialog by as much. Asked by nobody after ``START_ANYWAY_S``, it starts anyway.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

HOST = "127.0.0.1"
START_ANYWAY_S = 3.0  # nobody asked (a dialog that never painted): start all the same


def free_loopback_ports(count: int) -> list[int]:
    """Ports nothing listens on now; held together while asked so the two differ."""
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((HOST, 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def sandbox_config() -> Any:
    """The training sandbox's settings: the realistic, human-paced insurers counter staff train against."""
    from insurup_desk.sandbox import SandboxConfig

    return SandboxConfig()


def _start(go: threading.Event, api_port: int, auth_port: int) -> Any:
    go.wait(START_ANYWAY_S)
    from insurup_desk.sandbox import SandboxServer, create_app
    from insurup_desk.sandbox.oauth import create_auth_app

    server = SandboxServer(create_app(sandbox_config()), host=HOST, port=api_port)
    server.start()
    try:
        # "InsurUp ile giriş" against the sandbox's own authorization server, on the port chosen for it.
        auth = SandboxServer(create_auth_app(server.app.state.sandbox), host=HOST, port=auth_port)
        server.auth_server = auth.start()
    except BaseException:
        server.stop()
        raise
    return server


class PendingSandbox:
    """A sandbox on its way up: its addresses now, the running servers once ``ready`` is done."""

    def __init__(self) -> None:
        self.api_port, self.auth_port = free_loopback_ports(2)
        starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sandbox-start")
        self._go = threading.Event()
        self._starting: Future[Any] = starter.submit(_start, self._go, self.api_port, self.auth_port)
        starter.shutdown(wait=False)
        self._ready: asyncio.Future[Any] | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.api_port}"

    @property
    def auth_url(self) -> str:
        return f"http://{HOST}:{self.auth_port}"

    def begin(self) -> None:
        """Start now (the GUI has shown what it had to show first)."""
        self._go.set()

    def needed(self) -> asyncio.Future[Any]:
        """Start now if not yet, and return ``ready``."""
        self.begin()
        return self.ready()

    def ready(self) -> asyncio.Future[Any]:
        """Done (with the server) once both servers listen; failed with the reason if they could not start.

        One future for every caller (call it on the running loop), so its callbacks run in the order added.
        """
        if self._ready is None:
            self._ready = asyncio.wrap_future(self._starting)
        return self._ready

    def stop(self) -> None:
        self._go.set()
        if self._starting.cancel():
            return
        try:
            server = self._starting.result(timeout=60)
        except Exception:  # it never started: nothing to stop
            return
        server.stop()
