"""Running the desk as a real process for end-to-end tests: its environment, its start, its printed events."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCREENSHOTS = ROOT / "docs" / "screenshots"


def desk_env(home: Path, keyring_file: Path, script: str | None = None, **extra: str) -> dict[str, str]:
    """The desk's environment: its own home folder, a file keyring, offscreen Qt; ``script`` for desk_driver."""
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "INSURUP_DESK_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "INSURUP_TEST_KEYRING_FILE": str(keyring_file),
        "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT), env.get("PYTHONPATH", "")]),
        **extra,
    })
    if script is not None:
        env["DESK_DRIVER_SCRIPT"] = script
    if os.environ.get("INSURUP_DESK_SCREENSHOTS"):
        env["DESK_DRIVER_SCREENSHOTS"] = str(SCREENSHOTS)
    return env


def start_desk(env: dict[str, str], driver: str = "desk_driver") -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", f"import {driver}; {driver}.main()"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_prefix(proc: subprocess.Popen[str], prefix: str, timeout_s: float = 20.0) -> str:
    """The first line the desk prints that starts with ``prefix``; fails the test with its output otherwise."""
    assert proc.stdout is not None
    end = time.monotonic() + timeout_s
    seen: list[str] = []
    while time.monotonic() < end:
        ready, _, _ = select.select([proc.stdout], [], [], 0.2)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line.rstrip())
        if line.startswith(prefix):
            return line.rstrip("\n")
        if line.startswith("DRIVER_FAILED "):
            break
    proc.kill()
    _, err = proc.communicate(timeout=10)
    pytest.fail(f"no {prefix!r} line; output: {seen!r}; stderr tail: {err[-2000:]!r}")


def wait_for_line(proc: subprocess.Popen[str], tag: str, timeout_s: float = 20.0) -> dict[str, Any]:
    """The JSON a desk_driver event line ``TAG {json}`` carries."""
    line = wait_for_prefix(proc, tag + " ", timeout_s)
    parsed: dict[str, Any] = json.loads(line[len(tag) + 1:])
    return parsed


def files_under(*roots: Path) -> list[Path]:
    """Every file the desk may have written under these folders (for leak scans)."""
    return sorted(p for root in roots for p in root.rglob("*") if p.is_file())


def is_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in data


def stop_desk(proc: subprocess.Popen[str]) -> None:
    """Kill the desk if it still runs, reap it and close its pipes (a test must not leave either behind)."""
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=10)
