"""Start-up of the real desk, measured in fresh processes: spawn -> first paint of the login dialog.

Figures (last line, JSON, with ``targets``; exit 1 when one is missed), medians over ``--runs`` starts:
  sandbox_warm_s / sandbox_cold_s   ``insurup-desk --sandbox`` (the embedded training sandbox starts beside it)
  api_url_warm_s / api_url_cold_s   ``insurup-desk --api-url URL`` against a sandbox in a separate process
  floor_s                           a bare PySide6 + qasync process showing a small dialog (what any Qt
                                    start costs on this machine, measured in the same run)
  sandbox_vs_floor, api_url_vs_floor   the warm figures over the floor
Each round starts the floor, then ``--sandbox`` cold and warm, then ``--api-url`` cold and warm, so that a
busy moment of a shared machine weighs on the floor and the desk alike; ``load_average`` (1-minute, at the start
and the end) says how busy it was.
"Cold" is the first start in a fresh home folder (no settings, store, keyring entries or compiled
translations yet); "warm" starts again in that folder, as every later start does. Both run with the
operating system's file cache warm (one throw-away start first). The moment is the end of the dialog's first
painted frame (``INSURUP_DESK_MARK login_dialog_painted`` with INSURUP_DESK_TIMING=1), minus the moment just
before the process was spawned; the desk is then asked to stop (SIGTERM) and the next start begins.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

TARGETS: dict[str, tuple[str, float]] = {
    "sandbox_warm_s": ("<=", 1.0),
    "sandbox_vs_floor": ("<=", 2.5),
    "api_url_vs_floor": ("<=", 2.5),
}
MARK = "INSURUP_DESK_MARK login_dialog_painted "

FLOOR = r"""
import asyncio, sys, time
import qasync
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton

app = QApplication(sys.argv)
dialog = QDialog()
form = QFormLayout(dialog)
form.addRow(QLabel("Giriş yap"))
form.addRow("E-posta", QLineEdit())
form.addRow("Şifre", QLineEdit())
form.addRow(QPushButton("Giriş yap"))

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"INSURUP_DESK_MARK login_dialog_painted {time.time():.6f}",
                                                flush=True), app.quit()))
        return False

painted = FirstPaint()
dialog.installEventFilter(painted)
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
dialog.show()
with loop:
    loop.run_forever()
"""


def time_to_paint(command: list[str], env: dict[str, str], *, stop: bool) -> float:
    started = time.time()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    stamp = None
    deadline = time.monotonic() + 120
    try:
        for line in child.stdout:
            if line.startswith(MARK):
                stamp = float(line[len(MARK):])
                break
            if time.monotonic() > deadline:
                break
    finally:
        if stop:
            child.terminate()
        try:
            child.wait(30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    if stamp is None:
        assert child.stderr is not None
        raise SystemExit(f"no painted login dialog from {' '.join(command)}: {child.stderr.read().strip()}")
    return stamp - started


def desk_start_pair(extra: list[str]) -> tuple[float, float]:
    """A cold start in a fresh home folder, then a warm one in the same folder."""
    command = [sys.executable, "-m", "insurup_desk", *extra]
    with tempfile.TemporaryDirectory(prefix="insurup-bench-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "INSURUP_DESK_HOME": home, "INSURUP_DESK_TIMING": "1"}
        cold = time_to_paint(command, env, stop=True)
        warm = time_to_paint(command, env, stop=True)
    return cold, warm


def start_separate_sandbox() -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-c", "import sys; from insurup_desk.sandbox.cli import main; sys.exit(main())",
               "--port", "0", "--log-level", "warning"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    url = None
    for line in child.stdout:
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            url = found.group(1)
        if line.startswith("seed ") and url is not None:
            break
    if url is None:
        child.kill()
        raise SystemExit("the separate sandbox did not start")
    return child, url


def missed_targets(figures: dict[str, Any]) -> list[str]:
    return [f"{name} {figures[name]} (target {op} {target})" for name, (op, target) in TARGETS.items()
            if not figures[name] <= target]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    floor_command = [sys.executable, "-c", FLOOR]
    server, url = start_separate_sandbox()
    floor: list[float] = []
    sandbox_cold: list[float] = []
    sandbox_warm: list[float] = []
    api_cold: list[float] = []
    api_warm: list[float] = []
    try:
        time_to_paint(floor_command, env, stop=False)  # the file cache warm for what every start reads
        desk_start_pair(["--sandbox"])
        # Rounds interleave the floor with the desk's starts, so that a busy moment on a shared machine
        # weighs on both sides of a ratio alike.
        for _ in range(args.runs):
            floor.append(time_to_paint(floor_command, env, stop=False))
            cold, warm = desk_start_pair(["--sandbox"])
            sandbox_cold.append(cold)
            sandbox_warm.append(warm)
            cold, warm = desk_start_pair(["--api-url", url])
            api_cold.append(cold)
            api_warm.append(warm)
    finally:
        server.terminate()
        server.wait(30)
    for name, values in (("floor", floor), ("--sandbox cold", sandbox_cold), ("--sandbox warm", sandbox_warm),
                         ("--api-url cold", api_cold), ("--api-url warm", api_warm)):
        print(f"{name}: " + ", ".join(f"{v:.3f}" for v in values) + " s", file=sys.stderr)
    median = statistics.median
    figures: dict[str, Any] = {
        "floor_s": round(median(floor), 3),
        "sandbox_cold_s": round(median(sandbox_cold), 3),
        "sandbox_warm_s": round(median(sandbox_warm), 3),
        "api_url_cold_s": round(median(api_cold), 3),
        "api_url_warm_s": round(median(api_warm), 3),
    }
    figures["sandbox_vs_floor"] = round(figures["sandbox_warm_s"] / figures["floor_s"], 2)
    figures["api_url_vs_floor"] = round(figures["api_url_warm_s"] / figures["floor_s"], 2)
    figures["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]  # 1-minute, start and end
    missed = missed_targets(figures)
    for key, value in figures.items():
        target = TARGETS.get(key)
        print(f"{key}: {value}" + (f"  (target {target[0]} {target[1]})" if target else ""), file=sys.stderr)
    for line in missed:
        print(f"missed: {line}", file=sys.stderr)
    print(json.dumps({**figures, "targets": {k: f"{op} {v}" for k, (op, v) in TARGETS.items()}}))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
