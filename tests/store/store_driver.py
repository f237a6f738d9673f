"""Runs the real desk (``insurup_desk.app.main``) against a sandbox outside it, signs in, waits for the start-up
replay of the outbox, and prints ``STARTED {json}``: the store notice shown (if any), whether the status bar
says nothing is kept, and what is left in the outbox. Used by ``test_desk_starts`` as
``python -c "import store_driver; store_driver.main()"`` with this folder and ``tests/e2e`` on ``PYTHONPATH``.
"""

from __future__ import annotations

import os
from typing import Any

from desk_driver import emit, run_driven, sign_in, until  # tests/e2e on PYTHONPATH


async def started(shell: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = await sign_in(shell)
    assert shell.outbox is not None
    await until("the start-up replay", lambda: shell.outbox.last_report is not None)
    pending = await shell.outbox.pending()
    boxes = [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]
    emit("STARTED", {"notices": boxes, "not_kept": window.status.store_label.isVisible(),
                     "pending": len(pending)})
    shell.quit(0)


def main() -> None:
    run_driven(started, ["--api-url", os.environ["DESK_DRIVER_API_URL"]])
