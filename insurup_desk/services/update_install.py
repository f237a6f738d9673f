"""Installing a staged update at start-up, and restarting the desk.

The swap happens before anything of the desk is loaded from the bundle's data, then the new executable takes
over the process. On Windows the running executable's folder cannot be renamed, so tufup's installer script
moves the files once this process has exited and starts the desk again.
"""

from __future__ import annotations

import atexit
import logging
import os
import subprocess
import sys
from pathlib import Path

from .update_staging import UpdateError, UpdateLayout, discard_pending, install_staged, pending_update

log = logging.getLogger(__name__)

_WINDOWS_SCRIPT = """@echo off
{log_lines}
echo Waiting for InsurUp Desk to close...
:wait
tasklist /fi "PID eq {pid}" | find "{pid}" >nul && (timeout /t 1 /nobreak >nul & goto wait)
robocopy "{src_dir}" "{dst_dir}" {robocopy_options}
start "" "{exe}" {args}
{delete_self}
"""


def running_bundle() -> Path | None:
    """The folder of the frozen bundle this process runs from; None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def layout_for(data_dir: Path) -> UpdateLayout:
    return UpdateLayout(data_dir / "updates")


def apply_pending_update(
    layout: UpdateLayout, current_version: str, install_dir: Path | None, *, relaunch: bool = True
) -> str | None:
    """Install the staged update, if any; returns its version (or None when nothing was installed).

    With ``relaunch`` the new executable replaces this process (and this function does not return).
    A failure is logged and leaves the installed version as it was; the staged copy is dropped so a broken
    one is not retried at every start (the next check downloads it again).
    """
    staged = pending_update(layout, current_version)
    if staged is None or install_dir is None:
        return None
    if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build, not this suite
        _install_on_windows(staged.folder, install_dir)
    try:
        install_staged(staged, install_dir, layout)
    except UpdateError as exc:
        log.error("the update to %s could not be installed: %s", staged.version, exc.detail)
        discard_pending(layout)
        return None
    log.info("installed update %s into %s", staged.version, install_dir)
    if relaunch:
        exe = install_dir / Path(sys.executable).name
        os.execv(exe, [str(exe), *sys.argv[1:]])
    return staged.version


def _install_on_windows(src: Path, dst: Path) -> None:  # pragma: no cover - Windows only
    from tufup.utils.platform_specific import install_update

    install_update(
        src_dir=src,
        dst_dir=dst,
        purge_dst_dir=True,  # the bundle has its own folder (per-user install); stale files would linger
        batch_template=_WINDOWS_SCRIPT,
        batch_template_extra_kwargs={
            "pid": os.getpid(),
            "exe": str(dst / Path(sys.executable).name),
            "args": subprocess.list2cmdline(sys.argv[1:]),
        },
        log_file_name="insurup-desk-update.log",
        process_creation_flags=subprocess.CREATE_NO_WINDOW,  # type: ignore[attr-defined]
    )  # exits this process


def restart_command() -> list[str]:
    """How to start this desk again with the same arguments."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "insurup_desk", *sys.argv[1:]]


def restart_after_exit() -> None:
    """Start the desk again once this process has finished shutting down (store closed, keyring flushed)."""

    def spawn() -> None:
        try:
            subprocess.Popen(restart_command(), close_fds=True, start_new_session=sys.platform != "win32")
        except OSError:
            log.exception("could not start the desk again")

    atexit.register(spawn)
