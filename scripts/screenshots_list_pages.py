"""Save screenshots of the list pages (policies, proposals, customers, renewals) in the real main window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_list_pages.py [OUT_DIR]

Starts the embedded sandbox, signs in with the demo account through the login dialog, opens each list
page at 1366×768 with a row's detail shown, and writes <key>.png (default OUT_DIR: docs/screenshots).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

from screenshot_desk import out_dir, run_desk, save, sign_in, until

from insurup_desk.ui.main_window import MainWindow
from insurup_desk.ui.shell import Shell


async def shoot_page(window: MainWindow, key: str, out: Path) -> None:
    window.show_page(key)
    page: Any = window.page(key)
    await until(lambda: page.model.total_count is not None and not page.model.is_loading, f"{key} list")
    if key == "customers":
        page.search.setText("Yılmaz")
        page.search.returnPressed.emit()
        await until(lambda: page.model.query.search is not None and not page.model.is_loading, "search")
    if key == "renewals":
        page.days.setValue(60)
        await until(lambda: not page.model.is_loading, "renewals")
    if page.model.rowCount():
        row = min(1, page.model.rowCount() - 1)
        page.view.setFocus()
        page.view.selectRow(row)
        page.open_detail(row)
        detail = page.detail
        loaded = {"policies": "policy", "renewals": "policy", "proposals": "proposal", "customers": "customer"}[key]
        await until(lambda: getattr(detail, loaded) is not None, f"{key} detail")
    await asyncio.sleep(0.6)  # let the customer tabs' lists arrive and the window repaint
    save(window, out / f"{key}.png")


async def shoot(shell: Shell, out: Path) -> None:
    await sign_in(shell)
    window = shell.window
    assert window is not None
    for key in ("policies", "proposals", "customers", "renewals"):
        await shoot_page(window, key, out)


def main() -> int:
    out = out_dir()
    return run_desk(lambda shell: shoot(shell, out))


if __name__ == "__main__":
    sys.exit(main())
