"""The network side of the update check: TUF downloads over httpx, with progress and a clean close.

python-tuf fetches with ``requests`` unless given a fetcher; this one makes update downloads use the same HTTP
stack (and TLS verification) as everything else, report progress per chunk, and leave no socket open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import httpx
from tuf.api.exceptions import DownloadError, DownloadHTTPError
from tuf.ngclient.fetcher import FetcherInterface

Progress = Callable[[int], None]  # bytes received so far in the current download

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 30.0


class HttpxFetcher(FetcherInterface):
    """Streams one URL at a time; ``cancel()`` from another thread stops the running download."""

    def __init__(self, *, transport: httpx.BaseTransport | None = None) -> None:
        self._client = httpx.Client(
            timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
            follow_redirects=False,  # a static host answering with a redirect is a misconfiguration, not a hint
            transport=transport,
            headers={"Cache-Control": "no-cache"},
        )
        self.progress: Progress | None = None
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    def close(self) -> None:
        self._client.close()

    def _fetch(self, url: str) -> Iterator[bytes]:
        return self._stream(url)

    def _stream(self, url: str) -> Iterator[bytes]:
        received = 0
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise DownloadHTTPError(f"HTTP {response.status_code} for {url}", response.status_code)
                for chunk in response.iter_bytes():
                    if self._cancelled.is_set():
                        raise DownloadError(f"download of {url} cancelled")
                    received += len(chunk)
                    if self.progress is not None:
                        self.progress(received)
                    yield chunk
        except httpx.HTTPError as exc:
            # Raised while iterating, where tuf's own wrapping no longer applies: say it in tuf's terms.
            raise DownloadError(f"download of {url} failed: {type(exc).__name__}") from exc
