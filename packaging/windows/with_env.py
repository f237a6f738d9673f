"""Run by the Windows Python: start a Windows program with extra environment variables.

    python with_env.py NAME=VALUE ... -- PROGRAM ARG ...

Wine 8 does not hand Unix environment variables named QT_* (QT_QPA_PLATFORM, QT_QPA_FONTDIR) to Windows
programs, so the Wine build sets them here, on the Windows side. The program inherits this process's output
handles (the caller's pipe) and its exit status is returned.
"""

from __future__ import annotations

import os
import subprocess
import sys


def main(argv: list[str]) -> int:
    split = argv.index("--")
    env = dict(os.environ)
    for pair in argv[:split]:
        name, _, value = pair.partition("=")
        env[name] = value
    return subprocess.call(argv[split + 1 :], env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
