"""Without a display the desk says so in one line and exits, instead of aborting silently."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from insurup_desk.display_check import missing_display

ROOT = Path(__file__).resolve().parents[2]


def test_which_environments_have_no_display() -> None:
    assert missing_display({}, "linux")
    assert missing_display({"DISPLAY": " "}, "linux")
    assert not missing_display({"DISPLAY": ":0"}, "linux")
    assert not missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert missing_display({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not missing_display({}, "win32") and not missing_display({}, "darwin")


def test_the_desk_prints_one_clear_line_and_exits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"INSURUP_DESK_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)})
    done = subprocess.run([sys.executable, "-m", "insurup_desk", "--sandbox"], env=env, capture_output=True,
                          text=True, timeout=60, check=False, cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "ekran bulunamadı" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]
