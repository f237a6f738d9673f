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

import contextlib
import enum
import json
import os
import shutil
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
from packaging.version import InvalidVersion, Version
from tuf.api.exceptions import DownloadError, RepositoryError
from tufup.client import Client

from .update_fetch import HttpxFetcher

#: The archive name in the repository: ``insurup-desk-<version>.tar.gz``.
ARCHIVE_NAME = "insurup-desk"
UPDATE_CHANNELS: tuple[str, ...] = ("stable", "beta")
#: tufup's pre-release filter per channel: "beta" also takes 1.2.0b1 (and release candidates).
_PRE_RELEASES: dict[str, str | None] = {"stable": None, "beta": "b"}
TRUSTED_ROOT = Path(__file__).resolve().parents[1] / "resources" / "updates" / "root.json"


class UpdateFailure(enum.Enum):
    UNREACHABLE = "unreachable"  # the repository did not answer
    UNTRUSTED = "untrusted"  # metadata failed verification (tampered, rolled back, expired)
    DOWNLOAD = "download"  # the archive download failed or was cut
    DAMAGED = "damaged"  # the archive verified but does not unpack into a bundle
    INSTALL = "install"  # the staged bundle could not be moved into place


class UpdateError(Exception):
    def __init__(self, failure: UpdateFailure, detail: str) -> None:
        super().__init__(f"{failure.value}: {detail}")
        self.failure = failure
        self.detail = detail


@dataclass(frozen=True, slots=True)
class UpdateOffer:
    version: str
    size: int


@dataclass(frozen=True, slots=True)
class StagedUpdate:
    version: str
    folder: Path


@dataclass(frozen=True, slots=True)
class UpdateLayout:
    """The desk's own update folder (in the data folder): trusted metadata, downloads, staged bundles."""

    root: Path

    @property
    def metadata_dir(self) -> Path:
        return self.root / "metadata"

    @property
    def targets_dir(self) -> Path:
        return self.root / "targets"

    @property
    def staging_dir(self) -> Path:
        return self.root / "staged"

    @property
    def pending_file(self) -> Path:
        return self.root / "pending.json"

    def ensure(self, trusted_root: Path) -> None:
        for folder in (self.metadata_dir, self.targets_dir, self.staging_dir):
            folder.mkdir(parents=True, exist_ok=True)
        # The first trusted root comes from the bundle; later ones arrive signed by it and tuf keeps them here.
        if not (self.metadata_dir / "root.json").is_file():
            shutil.copyfile(trusted_root, self.metadata_dir / "root.json")


def is_newer(candidate: str, current: str) -> bool:
    try:
        return Version(candidate) > Version(current)
    except InvalidVersion:
        return False


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
        self._channel = channel if channel in UPDATE_CHANNELS else UPDATE_CHANNELS[0]
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


# --- staging and installing ------------------------------------------------------------------------------


def stage(archive: Path, version: str, layout: UpdateLayout) -> StagedUpdate:
    """Unpack a verified archive into ``staged/<version>`` and record it as the update to install next."""
    folder = layout.staging_dir / version
    partial = layout.staging_dir / f"{version}.partial"
    for leftover in (partial, folder):
        shutil.rmtree(leftover, ignore_errors=True)
    try:
        with tarfile.open(archive, "r:gz") as tar:
            # "data": no absolute paths, no links out of the folder, no device files (a signed archive still
            # must not be able to write outside its folder).
            tar.extractall(partial, filter="data")
        if not any(partial.iterdir()):
            raise UpdateError(UpdateFailure.DAMAGED, "the archive is empty")
        partial.rename(folder)
    except (tarfile.TarError, OSError, EOFError) as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise UpdateError(UpdateFailure.DAMAGED, f"{type(exc).__name__}: {exc}") from exc
    except UpdateError:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    staged = StagedUpdate(version, folder)
    _write_json(layout.pending_file, {"version": version, "folder": folder.name})
    return staged


def pending_update(layout: UpdateLayout, current_version: str) -> StagedUpdate | None:
    """The staged update waiting for the next start, if it is complete and newer than what runs now."""
    try:
        record = json.loads(layout.pending_file.read_text(encoding="utf-8"))
        version, name = str(record["version"]), str(record["folder"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    folder = layout.staging_dir / Path(name).name
    if not folder.is_dir() or not is_newer(version, current_version):
        return None
    return StagedUpdate(version, folder)


def discard_pending(layout: UpdateLayout) -> None:
    with contextlib.suppress(FileNotFoundError):
        layout.pending_file.unlink()


def install_staged(staged: StagedUpdate, install_dir: Path, layout: UpdateLayout) -> Path:
    """Swap the staged bundle into ``install_dir``; the old bundle is kept as ``<install_dir>.previous``.

    Two renames on one volume: if the second fails the first is undone, so the installed version keeps
    working. Returns the folder the previous version was moved to.
    """
    previous = install_dir.with_name(install_dir.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    try:
        os.replace(install_dir, previous)
    except OSError as exc:
        raise UpdateError(UpdateFailure.INSTALL, f"cannot move the installed bundle aside: {exc}") from exc
    try:
        os.replace(staged.folder, install_dir)
    except OSError as exc:
        os.replace(previous, install_dir)
        raise UpdateError(UpdateFailure.INSTALL, f"cannot move the new bundle into place: {exc}") from exc
    discard_pending(layout)
    return previous


def _write_json(path: Path, data: dict[str, str]) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temporary, path)
