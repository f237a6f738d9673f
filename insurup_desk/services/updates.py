"""Signed updates: find a newer bundle in a TUF repository, download and verify it, and stage it.

The repository is a tufup one (The Update Framework for PyInstaller bundles; packaging/update_repo.py publishes
it) and the desk reads it with python-tuf's client: the metadata is signed (root, targets, snapshot and
timestamp roles), so a tampered file, an old version replayed (rollback) or a repository frozen at an old state
(expired timestamp) is refused. The trust anchor is the ``root.json`` shipped inside the bundle; nothing
downloaded is trusted before it verifies against that chain. tufup's own client is not used on the desk: it
imports its publishing half (and setuptools with it), which the frozen bundle leaves out.

Everything here is blocking and Qt-free; :mod:`update_service` runs it in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from packaging.version import InvalidVersion, Version
from tuf.api.exceptions import DownloadError, RepositoryError
from tuf.api.metadata import Metadata, TargetFile, Targets
from tuf.ngclient import Updater

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
           "UpdateLayout", "UpdateOffer", "archive_version"]

#: The archive name in the repository, tufup's convention: ``insurup-desk-<version>.tar.gz``.
ARCHIVE_NAME = "insurup-desk"
_SUFFIX = ".tar.gz"
#: Pre-releases each channel takes (settings.UPDATE_CHANNELS): "beta" also takes 1.2.0b1 and candidates.
_PRE_RELEASES: dict[str, tuple[str, ...]] = {"stable": (), "beta": ("b", "rc")}


def archive_version(target_path: str) -> Version | None:
    """The version in an archive's name, or None for anything else in the repository (patches, other apps)."""
    prefix = f"{ARCHIVE_NAME}-"
    if not (target_path.startswith(prefix) and target_path.endswith(_SUFFIX)):
        return None
    try:
        return Version(target_path[len(prefix) : -len(_SUFFIX)])
    except InvalidVersion:
        return None


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
        self._accepts = _PRE_RELEASES.get(channel, ())
        self._current = Version(current_version)
        self._layout = layout
        layout.ensure(trusted_root)
        metadata_url, targets_url = _repo_urls(repo_url)
        self._fetcher = HttpxFetcher(transport=transport)
        try:
            self._updater = Updater(
                metadata_dir=str(layout.metadata_dir),
                metadata_base_url=metadata_url,
                target_dir=str(layout.targets_dir),
                target_base_url=targets_url,
                fetcher=self._fetcher,
            )
        except (RepositoryError, ValueError, OSError) as exc:  # the local trust anchor itself is broken
            self._fetcher.close()
            raise UpdateError(UpdateFailure.UNTRUSTED, f"local root metadata unusable: {exc}") from exc
        self._offer: tuple[UpdateOffer, TargetFile] | None = None

    def close(self) -> None:
        self._fetcher.close()

    def cancel(self) -> None:
        self._fetcher.cancel()

    def check(self) -> UpdateOffer | None:
        """The newest version on this channel above the current one, or None; raises :class:`UpdateError`."""
        try:
            self._updater.refresh()  # root -> timestamp -> snapshot -> targets, each verified
            candidates = self._newer_archives()
            newest = max(candidates, default=None, key=lambda pair: pair[0])
            info = None if newest is None else self._updater.get_targetinfo(newest[1])
        except DownloadError as exc:
            raise UpdateError(UpdateFailure.UNREACHABLE, f"{type(exc).__name__}: {exc}") from exc
        except (RepositoryError, ValueError, OSError) as exc:
            raise UpdateError(UpdateFailure.UNTRUSTED, f"{type(exc).__name__}: {exc}") from exc
        if newest is None or info is None:
            self._offer = None
            return None
        offer = UpdateOffer(str(newest[0]), int(info.length))
        self._offer = (offer, info)
        return offer

    def _newer_archives(self) -> list[tuple[Version, str]]:
        # The targets file refresh() has just verified and saved (tuf keeps the trusted copy here).
        targets = Metadata[Targets].from_file(str(self._layout.metadata_dir / "targets.json")).signed
        found = []
        for path in targets.targets:
            version = archive_version(path)
            if version is None or version <= self._current:
                continue
            if version.is_devrelease or (version.pre is not None and version.pre[0] not in self._accepts):
                continue
            found.append((version, path))
        return found

    def download(self, progress: Callable[[int, int], None] | None = None) -> StagedUpdate:
        """Download the offered archive, verify length and hashes against signed metadata, and stage it."""
        if self._offer is None:
            raise RuntimeError("check() found no update to download")
        offer, info = self._offer
        if progress is not None:
            self._fetcher.progress = lambda received: progress(received, offer.size)
        try:
            archive = Path(self._updater.find_cached_target(info) or self._updater.download_target(info))
        except (DownloadError, RepositoryError, OSError) as exc:
            raise UpdateError(UpdateFailure.DOWNLOAD, f"{type(exc).__name__}: {exc}") from exc
        finally:
            self._fetcher.progress = None
        return stage(archive, offer.version, self._layout)
