"""Run the sandbox on a real loopback socket: uvicorn in a daemon thread."""

from __future__ import annotations

import threading
import time
from typing import Any

import uvicorn


class SandboxServer:
    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning") -> None:
        self.app = app
        self.host = host
        # log_config=None: uvicorn's own logging setup would give its loggers a stderr handler of their own and
        # stop them propagating, so its lines would bypass the host's handlers and their redaction.
        self._config = uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="off",
                                      access_log=False, log_config=None)
        self._server = uvicorn.Server(self._config)
        self._thread: threading.Thread | None = None
        self.port = port
        # The authorization server on its own origin (sandbox.oauth), stopped together with this one.
        self.auth_server: SandboxServer | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout_s: float = 10.0) -> SandboxServer:
        self._thread = threading.Thread(target=self._server.run, name="insurup-sandbox", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout_s
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("sandbox server failed to start")
            if time.monotonic() > deadline:
                raise TimeoutError("sandbox server did not start in time")
            time.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self, timeout_s: float = 5.0) -> None:
        if self.auth_server is not None:
            self.auth_server.stop(timeout_s)
            self.auth_server = None
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
