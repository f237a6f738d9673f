"""Writes docs/screenshots/send_dialog.png, consent_customer_step.png and consent_history.png at 1366×768,
offscreen, against a quick in-process sandbox.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_send_consent.py
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxConfig, create_app
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import QUOTES, VEHICLE
from insurup_desk.ui.pages.customer_detail import CustomerDetailPane
from insurup_desk.ui.theme import apply_theme
from insurup_desk.ui.wizard.wizard import SaleWizard

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


async def until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    end = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > end:
            raise TimeoutError("screen did not reach the expected state")
        await asyncio.sleep(0.02)


async def shoot(widget: QWidget, name: str, over: QWidget | None = None) -> None:
    """The window at 1366×768; a dialog (``over``) is painted centred on it, as the operator sees it."""
    await asyncio.sleep(0.15)  # let layouts settle and pending paints happen
    image = widget.grab()
    if over is not None:
        top = over.grab()
        painter = QPainter(image)
        painter.drawPixmap(QPoint((image.width() - top.width()) // 2, (image.height() - top.height()) // 2), top)
        painter.end()
    path = OUT / f"{name}.png"
    image.save(str(path))
    print(path)


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_app(SandboxConfig.for_tests())
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    wizard = SaleWizard(SaleService(client))
    wizard.setWindowTitle("InsurUp Desk — Yeni satış")
    wizard.resize(1366, 768)
    wizard.show()
    try:
        page = wizard.customer_page
        page.search.setText("11111111110")
        page._run_search()
        await until(lambda: page.results.count() > 0 and page.consents.view is not None)
        await shoot(wizard, "consent_customer_step")

        customer = await client.customers.get("11111111110")
        wizard.open_new_sale(customer.id)
        await until(lambda: wizard.flow.current == VEHICLE and wizard.vehicle_page.vehicles.count() > 0)
        wizard.vehicle_page._pick()
        await until(lambda: wizard.flow.current == QUOTES)
        quotes = wizard.quotes_page
        quotes.ask()
        await until(lambda: quotes.collector is not None and not quotes.collector.running
                    and quotes.progress.isHidden())
        quotes.table.selectAll()
        quotes.documents.send()
        dialog = quotes.documents.send_dialog
        assert dialog is not None
        await until(lambda: dialog.contact is not None)
        dialog.send()  # no ETK consent: the dialog asks first
        await until(dialog.consent_box.isVisible)
        await shoot(wizard, "send_dialog", over=dialog)
        dialog.reject()
        quotes.leave()

        pane = CustomerDetailPane(client)
        pane.resize(1366, 768)
        pane.show()
        pane.show_customer(customer.id, customer.full_name or "")
        pane.tabs.setCurrentWidget(pane.consents)
        await until(lambda: pane.consents.view is not None)
        panel = pane.consents

        def history_rows() -> int:
            return len(panel.view.history) if panel.view is not None else 0

        for kind in ("ETK", "KVKK", "KVKK"):
            rows = history_rows()
            panel.buttons[kind].click()
            await until(lambda: history_rows() > rows)  # noqa: B023 - awaited within the iteration
        await until(lambda: pane.customer is not None)
        await shoot(pane, "consent_history")
        pane.close()
    finally:
        wizard.close()
        await client.aclose()


if __name__ == "__main__":
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    apply_theme(qt_app)
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main())
