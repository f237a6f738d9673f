"""The desk process is killed mid-sale; started again, it offers the sale back and reopens it at that step.

Two real processes of ``insurup_desk.app.main --sandbox`` (driven by ``desk_driver``), one profile folder and one
file-backed keyring shared between them, so the store's key survives the restart as it would in the OS keyring.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCREENSHOTS = ROOT / "docs" / "screenshots"


def _env(home: Path, keyring_file: Path, script: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "INSURUP_DESK_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "INSURUP_TEST_KEYRING_FILE": str(keyring_file),
        "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT), env.get("PYTHONPATH", "")]),
        "DESK_DRIVER_SCRIPT": script,
    })
    if os.environ.get("INSURUP_DESK_SCREENSHOTS"):
        env["DESK_DRIVER_SCREENSHOTS"] = str(SCREENSHOTS)
    return env


def _start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", "import desk_driver; desk_driver.main()"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(proc: subprocess.Popen[str], tag: str, timeout_s: float = 20.0) -> dict[str, Any]:
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
        if line.startswith(tag + " "):
            parsed: dict[str, Any] = json.loads(line[len(tag) + 1:])
            return parsed
        if line.startswith("DRIVER_FAILED "):
            break
    proc.kill()
    _, err = proc.communicate(timeout=10)
    pytest.fail(f"no {tag} line; output: {seen!r}; stderr tail: {err[-2000:]!r}")


@pytest.mark.timeout(60)
@pytest.mark.skipif(sys.platform == "win32", reason="select() on pipes and SIGKILL are POSIX")
def test_a_killed_desk_offers_the_sale_back_at_the_vehicle_step(tmp_path: Path) -> None:
    home, keyring_file = tmp_path / "home", tmp_path / "keyring.json"
    home.mkdir()

    first = _start(_env(home, keyring_file, "to_vehicle"))
    try:
        before = _wait_for(first, "AT_VEHICLE")
    finally:
        if first.poll() is None:
            first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
    assert first.returncode == -signal.SIGKILL
    assert before["customer_label"].startswith("Ayşe Yılmaz") and before["vehicles"] > 0
    database = home / "data" / "desk.sqlite"
    assert database.exists()
    on_disk = b"".join(p.read_bytes() for p in database.parent.glob("desk.sqlite*"))
    assert "Ayşe".encode() not in on_disk  # the saved sale is encrypted

    second = _start(_env(home, keyring_file, "resume"))
    try:
        after = _wait_for(second, "RESUMED")
        assert second.wait(timeout=15) == 0
    finally:
        if second.poll() is None:
            second.kill()
            second.wait(timeout=10)
    assert after["question"] == "Yarım kalan satışa devam edilsin mi?"
    assert "Araç" in after["details"] and "Ayşe Yılmaz" in after["details"]
    assert after["page"] == "new_sale" and after["step"] == "vehicle"
    assert after["customer_id"] == before["customer_id"]
    assert after["customer_label"] == before["customer_label"]
    assert before["customer_label"] in after["customer_line"]
    assert after["vehicles"] == before["vehicles"] and after["can_go_back"]
