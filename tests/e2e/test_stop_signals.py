"""A signed-in desk process stopped from outside ends at once, cleanly, with the session kept in the keyring.

SIGTERM is how a service manager or a session logout stops the desk: exit code 0. Ctrl+C in a terminal (SIGINT)
ends it the same clean way with the shell's conventional 130.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from desk_process import desk_env, start_desk, wait_for_prefix

MARK = "INSURUP_DESK_MARK main_window_shown "


def _start(home: Path, keyring_file: Path) -> subprocess.Popen[str]:
    return start_desk(desk_env(home, keyring_file, INSURUP_DESK_TIMING="1"), driver="signed_in_driver")


def _wait_for_main_window(proc: subprocess.Popen[str], timeout_s: float = 30.0) -> None:
    wait_for_prefix(proc, MARK, timeout_s)


def _stop(proc: subprocess.Popen[str], signum: int, within_s: float = 5.0) -> tuple[int, str]:
    proc.send_signal(signum)
    try:
        _, err = proc.communicate(timeout=within_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate(timeout=10)
        pytest.fail(f"still running {within_s}s after signal {signum}; stderr tail: {err[-2000:]!r}")
    return proc.returncode, err


def _stored_session(keyring_file: Path) -> dict[str, str]:
    entries: dict[str, str] = json.loads(keyring_file.read_text(encoding="utf-8"))
    return {key: value for key, value in entries.items() if "refresh" in key.lower() and value}


@pytest.mark.timeout(60)
@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes and POSIX signals")
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 0), (signal.SIGINT, 130)])
def test_a_stop_signal_ends_the_signed_in_desk_cleanly(tmp_path: Path, signum: int, code: int) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    home.mkdir()
    proc = _start(home, keyring_file)
    try:
        _wait_for_main_window(proc)
        returncode, err = _stop(proc, signum)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert returncode == code, err[-2000:]
    assert "Traceback" not in err and "RecursionError" not in err
    assert _stored_session(keyring_file), "the refresh token must be in the keyring after the stop"
