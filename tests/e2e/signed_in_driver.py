"""Runs the real desk (``insurup_desk.app.main --sandbox``), signs in once and then leaves it alone.

Used by the stop-signal tests as ``python -c "import signed_in_driver; signed_in_driver.main()"`` with this
folder on ``PYTHONPATH``: once signed in the desk is exactly as an operator left it, and the test stops it
from outside (SIGTERM, SIGINT). A failure prints ``DRIVER_FAILED <reason>`` and exits 3.
"""

from __future__ import annotations

import asyncio
import sys

from desk_driver import emit, sign_in


def main() -> None:
    import insurup_desk.ui.shell as shell_module
    from insurup_desk import app

    base = shell_module.Shell

    class SignedInShell(base):  # type: ignore[misc, valid-type]
        async def start(self) -> None:
            self._driver = asyncio.ensure_future(self._drive())
            await super().start()

        async def _drive(self) -> None:
            try:
                await sign_in(self)
            except Exception as exc:  # reported on stdout so the test shows the reason
                emit("DRIVER_FAILED", {"reason": f"{type(exc).__name__}: {exc}"})
                self.quit(3)

    shell_module.Shell = SignedInShell  # type: ignore[misc]
    sys.exit(app.main(["--sandbox"]))
