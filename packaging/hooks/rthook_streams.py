"""Runtime hook: give the windowed executable real (discarding) stdout/stderr.

A Windows GUI program has no console, so Python starts it with sys.stdout and sys.stderr set to None and
any direct write (a one-line failure reason, a library's warning) would raise AttributeError. The log
file keeps the details; the console twin insurup-desk-debug shows the output instead.
"""

import os
import sys


def _discard_missing_streams() -> None:
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


_discard_missing_streams()
