"""The project builds from pyproject.toml alone, and its wheel carries every resource the desk reads at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)
@pytest.mark.skipif(sys.platform == "win32", reason="the wheel is pure Python: it is built and checked on Linux")
def test_the_wheel_carries_every_module_and_resource(tmp_path: Path) -> None:
    assert not (ROOT / "setup.py").exists()  # nothing but pyproject.toml decides the build
    # Built from a copy, so the checkout gets no build/ or egg-info folders.
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for folder in ("insurup_desk", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
    out = tmp_path / "dist"
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                           "-q", "-w", str(out)], capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr[-2000:]
    [wheel] = list(out.glob("insurup_desk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    # the top-level resources/ folder lands inside the package, where the desk's resource locator looks first
    expected = {f"insurup_desk/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / "resources").rglob("*")
                if p.is_file() and p.suffix in (".ts", ".qss", ".css", ".graphql", ".png", ".ico", ".svg")}
    assert expected and expected <= names, sorted(expected - names)
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "insurup_desk").rglob("*.py")
               if "__pycache__" not in p.parts}
    assert modules <= names, sorted(modules - names)  # every sub-package, namespace ones too
