"""Save the "Pano" screenshot in the real main window, signed in as the demo branch manager.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_dashboard.py [OUT_DIR]

Starts the embedded sandbox, signs in as mudur@demo.acente (2FA code 123456), waits until the dashboard (first
page for a manager) has drawn its charts, and writes dashboard.png at 1366×768 (default OUT_DIR: docs/screenshots).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from pathlib import Path

from screenshot_desk import out_dir, run_desk, save, until

from insurup_desk.services.dashboard import Period, Span, Stage
from insurup_desk.ui.login_dialog import CREDENTIALS_STEP
from insurup_desk.ui.pages.dashboard import DashboardPage
from insurup_desk.ui.shell import Shell


async def shoot(shell: Shell, out: Path) -> None:
    await shell.start()
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText("mudur@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    dialog.submit()
    await until(lambda: dialog.step != CREDENTIALS_STEP and not dialog.busy, "2FA step")
    dialog.code_edit.setText("123456")
    dialog.submit()
    await until(lambda: shell.window is not None, "main window")
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    assert window.current_page_key() == "dashboard", "the dashboard leads the menu for a manager"
    page = window.page("dashboard")
    assert isinstance(page, DashboardPage)
    await until(lambda: page.service.state.stage is Stage.READY and page.busy.isHidden(), "dashboard")
    today = dt.date.today()
    page.choose_span(Span(today - dt.timedelta(days=364), today))  # a year: the seed's seasons show
    await until(lambda: page.service.state.period is Period.RANGE and page.service.state.stage is Stage.READY
                and page.busy.isHidden(), "dashboard for a year")
    await asyncio.sleep(0.3)  # let the window repaint
    path = out / "dashboard.png"
    save(window, path)


def main() -> int:
    out = out_dir()
    return run_desk(lambda shell: shoot(shell, out))


if __name__ == "__main__":
    sys.exit(main())
