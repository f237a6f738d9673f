"""The real command line in a subprocess: ``insurup-desk --sandbox --self-test`` and its failure line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(90)


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSURUP_DESK_HOME": str(tmp_path), **env}
    return subprocess.run(
        [sys.executable, "-m", "insurup_desk", *args],
        capture_output=True,
        text=True,
        timeout=80,
        env=environ,
        check=False,
    )


def test_sandbox_self_test_passes_and_logs_to_the_home_folder(tmp_path: Path) -> None:
    done = _run(tmp_path, "--sandbox", "--self-test", INSURUP_DESK_TIMING="1")
    assert done.returncode == 0, done.stderr
    assert "self-test passed" in done.stdout
    marks = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("INSURUP_DESK_MARK")]
    marks = [mark for mark in marks if mark != "login_dialog_painted"]  # whether it paints before sign-in varies
    assert marks[:2] == ["login_dialog_shown", "main_window_shown"]
    # The policy list page may or may not have drawn its first rows before the self-test ends.
    assert marks[2:] in ([], ["first_list_rows"])
    assert done.stderr == ""
    log_text = (tmp_path / "logs" / "insurup-desk.log").read_text(encoding="utf-8")
    assert "starting InsurUp Desk" in log_text
    assert "Demo1234!" not in log_text


def test_sandbox_self_test_signs_in_with_insurup(tmp_path: Path) -> None:
    done = _run(tmp_path, "--sandbox", "--self-test", INSURUP_DESK_LOGIN="oauth",
                INSURUP_DESK_EMAIL="mudur@demo.acente")
    assert done.returncode == 0, done.stderr
    assert "self-test passed: signed in as Murat Kaya" in done.stdout
    log_text = (tmp_path / "logs" / "insurup-desk.log").read_text(encoding="utf-8")
    assert "Demo1234!" not in log_text and "/connect/token" not in done.stderr


def test_self_test_failure_is_one_line_on_stderr(tmp_path: Path) -> None:
    done = _run(tmp_path, "--sandbox", "--self-test", INSURUP_DESK_PASSWORD="yanlis-sifre")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("insurup-desk: self-test failed: sign-in failed: E-posta adresi veya şifre hatalı.")


def test_two_factor_account_needs_the_code(tmp_path: Path) -> None:
    done = _run(tmp_path, "--sandbox", "--self-test", INSURUP_DESK_EMAIL="mudur@demo.acente")
    assert done.returncode == 1
    assert "INSURUP_DESK_2FA_CODE" in done.stderr
    done = _run(
        tmp_path, "--sandbox", "--self-test", INSURUP_DESK_EMAIL="mudur@demo.acente", INSURUP_DESK_2FA_CODE="123456"
    )
    assert done.returncode == 0, done.stderr
