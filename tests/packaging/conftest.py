"""Loads the build helpers from packaging/ (not an importable package: the name would clash with PyPI's)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING_DIR = Path(__file__).resolve().parents[2] / "packaging"


def load_packaging_module(name: str) -> ModuleType:
    qualified = f"insurup_packaging_{name}"
    if qualified in sys.modules:
        return sys.modules[qualified]
    if str(PACKAGING_DIR) not in sys.path:
        # build.py imports spec_support by its plain name, as it does when run as a script.
        sys.path.insert(0, str(PACKAGING_DIR))
    spec = importlib.util.spec_from_file_location(qualified, PACKAGING_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[qualified] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def spec_support() -> ModuleType:
    return load_packaging_module("spec_support")


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    return load_packaging_module("build")


@pytest.fixture(scope="session")
def make_icon() -> ModuleType:
    return load_packaging_module("make_icon")


@pytest.fixture(scope="session")
def update_repo() -> ModuleType:
    return load_packaging_module("update_repo")
