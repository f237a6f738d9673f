"""Staged updates on disk: the desk's update folder, unpacking a verified archive, and the swap into place.

No network and no TUF here (the start-up path imports this module, and must stay quick): :mod:`updates` hands
over archives it has verified.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path

from packaging.version import InvalidVersion, Version

from insurup_desk.resource_files import RESOURCES_DIR

TRUSTED_ROOT = RESOURCES_DIR / "updates" / "root.json"


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
