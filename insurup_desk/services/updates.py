"""Signed updates: find a newer bundle in a TUF repository, download and verify it, stage it, install it.

Built on tufup (The Update Framework for PyInstaller bundles, on python-tuf): the repository's metadata is
signed (root, targets, snapshot, timestamp roles), so a tampered file, an old version replayed (rollback) or a
repository frozen at an old state (expired timestamp) is refused. The trust anchor is the ``root.json`` shipped
inside the bundle; nothing downloaded is trusted before it verifies against that chain.

Everything here is blocking and Qt-free; :mod:`update_service` runs it in a worker thread. An update is staged
as a complete folder next to the metadata and only swapped into place at the next start, so a failed or cut
download leaves the installed version untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from tuf.api.exceptions import DownloadError, RepositoryError
from tufup.client import Client

from .update_fetch import HttpxFetcher
from .update_staging import (
    TRUSTED_ROOT,
    StagedUpdate,
    UpdateError,
    UpdateFailure,
    UpdateLayout,
    UpdateOffer,
    stage,
)

__all__ = ["ARCHIVE_NAME", "TRUSTED_ROOT", "StagedUpdate", "UpdateClient", "UpdateError", "UpdateFailure",
           "UpdateLayout", "UpdateOffer"]

#: The archive name in the repository: ``insurup-desk-<version>.tar.gz``.
ARCHIVE_NAME = "insurup-desk"
#: tufup's pre-release filter per channel (settings.UPDATE_CHANNELS): "beta" also takes 1.2.0b1 and candidates.
_PRE_RELEASES: dict[str, str | None] = {"stable": None, "beta": "b"}


class _TrackedClient(Client):  # type: ignore[misc]  # tufup ships no type information
    """tufup's client with the desk's fetcher, keeping the reason a metadata refresh failed.

    tufup's ``check_for_updates`` turns a failed refresh into "no update"; the desk must tell the operator
    (and the log) that the repository could not be trusted, so the reason is kept here.
    """

    def __init__(self, fetcher: HttpxFetcher, **kwargs: object) -> None:
        super().__init__(**kwargs)
        # tufup hard-wires a requests fetcher; tuf reads it from this attribute (both pinned in pyproject).
        self._fetcher = fetcher
        self.refresh_error: Exception | None = None

    def refresh(self) -> None:
        try:
            super().refresh()
        except (DownloadError, RepositoryError, OSError) as exc:
            self.refresh_error = exc
            raise


def _repo_urls(repo_url: str) -> tuple[str, str]:
    base = repo_url.strip()
    if not base.endswith("/"):
        base += "/"
    return base + "metadata/", base + "targets/"


class UpdateClient:
    """One check (and, if asked, one download) against the repository; blocking."""

    def __init__(
        self,
        *,
        repo_url: str,
        channel: str,
        current_version: str,
        layout: UpdateLayout,
        trusted_root: Path = TRUSTED_ROOT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._channel = channel if channel in _PRE_RELEASES else "stable"
        self._current = current_version
        self._layout = layout
        layout.ensure(trusted_root)
        metadata_url, targets_url = _repo_urls(repo_url)
        self._fetcher = HttpxFetcher(transport=transport)
        try:
            self._client = _TrackedClient(
                self._fetcher,
                app_name=ARCHIVE_NAME,
                app_install_dir=layout.staging_dir,  # unused: the desk installs staged folders itself
                current_version=current_version,
                metadata_dir=layout.metadata_dir,
                metadata_base_url=metadata_url,
                target_dir=layout.targets_dir,
                target_base_url=targets_url,
            )
        except (RepositoryError, ValueError, OSError) as exc:  # the local trust anchor itself is broken
            self._fetcher.close()
            raise UpdateError(UpdateFailure.UNTRUSTED, f"local root metadata unusable: {exc}") from exc
        self._offer: UpdateOffer | None = None

    def close(self) -> None:
        self._fetcher.close()

    def cancel(self) -> None:
        self._fetcher.cancel()

    def check(self) -> UpdateOffer | None:
        """The newest version on this channel above the current one, or None; raises :class:`UpdateError`."""
        try:
            meta = self._client.check_for_updates(pre=_PRE_RELEASES[self._channel], patch=False)
        except (DownloadError, RepositoryError, OSError) as exc:
            raise _failure_of(exc) from exc
        error = self._client.refresh_error
        if error is not None:
            raise _failure_of(error) from error
        if meta is None:
            self._offer = None
            return None
        info = self._client.new_archive_info
        self._offer = UpdateOffer(str(meta.version), int(info.length))
        return self._offer

    def download(self, progress: Callable[[int, int], None] | None = None) -> StagedUpdate:
        """Download the offered archive, verify length and hashes against signed metadata, and stage it."""
        offer = self._offer
        if offer is None:
            raise RuntimeError("check() found no update to download")
        info = self._client.new_archive_info
        if progress is not None:
            self._fetcher.progress = lambda received: progress(received, offer.size)
        try:
            cached = self._client.find_cached_target(info)
            archive = Path(cached or self._client.download_target(info))
        except (DownloadError, RepositoryError, OSError) as exc:
            raise UpdateError(UpdateFailure.DOWNLOAD, f"{type(exc).__name__}: {exc}") from exc
        finally:
            self._fetcher.progress = None
        return stage(archive, offer.version, self._layout)


def _failure_of(exc: Exception) -> UpdateError:
    if isinstance(exc, DownloadError):
        return UpdateError(UpdateFailure.UNREACHABLE, f"{type(exc).__name__}: {exc}")
    return UpdateError(UpdateFailure.UNTRUSTED, f"{type(exc).__name__}: {exc}")


