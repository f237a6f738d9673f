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

from screenshot_desk import out_dir, run_desk, save, until

from insurup_desk.ui.shell import Shell


async def shoot(shell: Shell, out: Path) -> None:
    await shell.start()
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText("gise@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    dialog.submit()
    await until(lambda: shell.window is not None, "main window")
    window = shell.window
    assert window is not None
    window.resize(1366, 768)
    for key in ("policies", "proposals", "customers", "renewals"):
        window.show_page(key)
        page: Any = window.page(key)
        await until(lambda p=page: p.model.total_count is not None and not p.model.is_loading, f"{key} list")
        if key == "customers":
            page.search.setText("Yılmaz")
            page.search.returnPressed.emit()
            await until(lambda p=page: p.model.query.search is not None and not p.model.is_loading, "search")
        if key == "renewals":
            page.days.setValue(60)
            await until(lambda p=page: not p.model.is_loading, "renewals")
        if page.model.rowCount():
            row = min(1, page.model.rowCount() - 1)
            page.view.setFocus()
            page.view.selectRow(row)
            page.open_detail(row)
            detail = page.detail
            loaded = {"policies": "policy", "renewals": "policy", "proposals": "proposal", "customers": "customer"}
            await until(lambda d=detail, a=loaded[key]: getattr(d, a) is not None, f"{key} detail")
        await asyncio.sleep(0.6)  # let the customer tabs' lists arrive and the window repaint
        path = out / f"{key}.png"
        save(window, path)


def main() -> int:
    out = out_dir()
    return run_desk(lambda shell: shoot(shell, out))


if __name__ == "__main__":
    sys.exit(main())
