"""A signed update repository built with the publishing tools in packaging/, served by the sandbox on loopback.

A module with its own name, not conftest: every test folder has a conftest and a bare import of it would pick
whichever was imported first."""

from __future__ import annotations

import importlib.util
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from insurup_desk.sandbox.update_repo import UpdateRepoServer

PACKAGING_DIR = Path(__file__).resolve().parents[2] / "packaging"
CURRENT = "1.4.0"
NEXT = "1.5.0"


def load_update_repo() -> ModuleType:
    name = "insurup_packaging_update_repo"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, PACKAGING_DIR / "update_repo.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def make_bundle(folder: Path, version: str) -> Path:
    """A small stand-in for the one-folder bundle: a version file, an 'executable', some data in a subfolder."""
    folder.mkdir(parents=True)
    (folder / "VERSION").write_text(version, encoding="utf-8")
    (folder / "insurup-desk").write_text(f"#!/bin/sh\necho {version}\n", encoding="utf-8")
    (folder / "_internal").mkdir()
    # Seeded, incompressible: the archive stays ~100 kB, several chunks of progress.
    (folder / "_internal" / "data.bin").write_bytes(random.Random(version).randbytes(102_400))
    return folder


@dataclass
class Repo:
    tools: ModuleType
    folder: Path
    keys: Path
    root: Path  # the trust anchor a bundle ships with
    server: UpdateRepoServer
    work: Path

    def publish(self, version: str) -> Path:
        bundle = make_bundle(self.work / f"bundle-{version}", version)
        archive: Path = self.tools.add_bundle(self.folder, self.keys, bundle, version)
        return archive
