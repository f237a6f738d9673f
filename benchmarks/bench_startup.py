"""Start-up time of the real app, measured in fresh processes.

For each run the app is started offscreen with ``--sandbox --self-test`` and INSURUP_DESK_TIMING=1, so it
prints ``INSURUP_DESK_MARK <state> <unix time>`` when the login dialog is shown and when the main window is
shown after the sandbox sign-in. The figures are those wall-clock times minus the moment just before the
process was spawned. The sign-in types the demo account programmatically, so no human delay is included;
the sandbox seeding (default data size) is part of the start-up, as it is for an operator in training mode.

Usage: python benchmarks/bench_startup.py [runs]     (last line: one JSON object)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


def one_run() -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="insurup-bench-") as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSURUP_DESK_HOME": home, "INSURUP_DESK_TIMING": "1"}
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-m", "insurup_desk", "--sandbox", "--self-test"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(f"app failed: {done.stderr.strip()}")
    marks: dict[str, float] = {}
    for line in done.stdout.splitlines():
        if line.startswith("INSURUP_DESK_MARK "):
            _, state, stamp = line.split()
            marks[state] = float(stamp) - started
    return marks


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    one_run()  # warm the file cache so the first figure is not an outlier from cold disk reads
    login: list[float] = []
    window: list[float] = []
    for i in range(runs):
        marks = one_run()
        login.append(marks["login_dialog_shown"])
        window.append(marks["main_window_shown"])
        print(f"run {i + 1}: login dialog {login[-1]:.3f} s, main window {window[-1]:.3f} s")
    print(
        json.dumps(
            {
                "login_dialog_s_median": round(statistics.median(login), 3),
                "main_window_s_median": round(statistics.median(window), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
