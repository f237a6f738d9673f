"""scripts/bootstrap installs once: again only when pyproject.toml changes (so a second start is immediate)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _fake_checkout(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "bootstrap", tmp_path / "scripts" / "bootstrap")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bin_dir = tmp_path / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    calls = tmp_path / "calls.txt"
    # A stand-in interpreter that only records what it was asked to do.
    (bin_dir / "python").write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    (bin_dir / "insurup-desk").write_text("#!/bin/sh\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return tmp_path, calls


def _installs(calls: Path) -> int:
    return sum("install" in line for line in calls.read_text().splitlines()) if calls.exists() else 0


@pytest.mark.skipif(sys.platform == "win32", reason="scripts/bootstrap is a POSIX shell script")
def test_a_second_bootstrap_installs_nothing_until_pyproject_changes(tmp_path: Path) -> None:
    checkout, calls = _fake_checkout(tmp_path)
    run = [str(checkout / "scripts" / "bootstrap"), "test"]
    subprocess.run(run, check=True, timeout=60)
    first = _installs(calls)
    assert first > 0
    subprocess.run(run, check=True, timeout=60)
    assert _installs(calls) == first  # nothing installed the second time
    with (checkout / "pyproject.toml").open("a") as pyproject:
        pyproject.write("\n# a changed dependency list\n")
    subprocess.run(run, check=True, timeout=60)
    assert _installs(calls) > first
