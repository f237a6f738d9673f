"""A static update repository served over loopback, for training and for testing the desk's update path.

It serves a folder laid out as a TUF repository (``metadata/`` and ``targets/``) the way any static file host
would: GET and HEAD of files, nothing else. Two faults imitate what goes wrong in the field: a download that is
cut part-way (the connection drops after some bytes) and a file that is not there. Only the standard library is
used, so the sandbox stays independent of the desk.
"""

from __future__ import annotations

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHUNK = 16 * 1024


class UpdateRepoServer:
    """Serves ``root`` on ``http://127.0.0.1:<port>/``; ``start()`` returns once it accepts connections."""

    def __init__(self, root: Path, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.root = root.resolve()
        self._cuts: dict[str, int] = {}
        self._lock = threading.Lock()
        self.requests: list[str] = []
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> UpdateRepoServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="update-repo", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> UpdateRepoServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def cut_after(self, name: str, size: int) -> None:
        """Every download of a file called ``name`` drops the connection after ``size`` bytes."""
        with self._lock:
            self._cuts[name] = size

    def heal(self) -> None:
        with self._lock:
            self._cuts.clear()

    def _cut_for(self, name: str) -> int | None:
        with self._lock:
            return self._cuts.get(name)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._serve(body=True)

            def do_HEAD(self) -> None:
                self._serve(body=False)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the request list is the log; nothing goes to stderr

            def _serve(self, *, body: bool) -> None:
                rel = unquote(urlsplit(self.path).path).lstrip("/")
                with server._lock:
                    server.requests.append(rel)
                target = (server.root / rel).resolve()
                if not target.is_file() or server.root not in target.parents:
                    self.send_error(HTTPStatus.NOT_FOUND)
                    return
                data = target.read_bytes()
                self.send_response(HTTPStatus.OK)
                self.send_header("Content-Type", "application/json" if rel.endswith(".json") else
                                 "application/octet-stream")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                if not body:
                    return
                cut = server._cut_for(target.name)
                if cut is not None:
                    self.wfile.write(data[:cut])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                for start in range(0, len(data), CHUNK):
                    self.wfile.write(data[start : start + CHUNK])

        return Handler
