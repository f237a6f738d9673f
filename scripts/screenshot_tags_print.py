"""Save the payment step with its campaign tag and the print preview of a policy, at 1366×768, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_tags_print.py [OUT_DIR]

Runs a sale on the in-process sandbox to the payment step (wizard_8b_payment_tag.png, the tag refused for a
character it cannot carry in wizard_8c_payment_tag_error.png), buys it, then opens the policy's print preview
(print_preview.png). Qt's own Turkish catalogue is loaded, as the desk does.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxConfig, create_app
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import PAYMENT, QUOTES, VEHICLE
from insurup_desk.ui.i18n import install_language
from insurup_desk.ui.pages.policy_detail import PolicyDetailPane
from insurup_desk.ui.theme import apply_theme
from insurup_desk.ui.wizard.wizard import SaleWizard

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots"


async def until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    end = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > end:
            raise TimeoutError("screen did not reach the expected state")
        await asyncio.sleep(0.02)


async def shoot(widget: QWidget, name: str) -> None:
    await asyncio.sleep(0.2)  # let layouts settle and pending paints happen
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_app(SandboxConfig(seed=7, customers=40, policies=150, proposals=30, cases=6, latency_min_s=0.05,
                                   latency_max_s=0.3, purchase_latency_s=0.1))
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    wizard = SaleWizard(SaleService(client))
    wizard.setWindowTitle("InsurUp Desk — Yeni satış")
    wizard.resize(1366, 768)
    wizard.show()
    try:
        customer = await client.customers.get("11111111110")
        wizard.open_new_sale(customer.id)
        await until(lambda: wizard.flow.current == VEHICLE and wizard.vehicle_page.vehicles.count() > 0)
        wizard.vehicle_page._pick()
        await until(lambda: wizard.flow.current == QUOTES)
        quotes = wizard.quotes_page
        quotes.ask()
        await until(lambda: quotes.collector is not None and not quotes.collector.running
                    and quotes.progress.isHidden())
        if quotes.model.board.best_row is not None:
            quotes._select_row_id(quotes.model.board.best_row.id)
        quotes.primary()
        await until(lambda: wizard.flow.current == PAYMENT and wizard.payment_page.amount is not None)
        pay = wizard.payment_page
        pay.card.number.setText("4242 4242 4242 4242")
        pay.card.holder.setText("AYSE YILMAZ")
        pay.card.expiry.setText("12/30")
        pay.card.cvc.setText("123")
        pay.tag.edit.setText("Bahar;2026")
        pay.primary()
        await shoot(wizard, "wizard_8c_payment_tag_error")
        pay.tag.edit.setText("BAHAR-2026 Öğrenci")
        pay.tag.checked()
        await shoot(wizard, "wizard_8b_payment_tag")
        pay.primary()
        pay.primary()
        await until(lambda: wizard.flow.current == "done")
        policy_id = wizard.flow.data.policy_id or ""

        pane = PolicyDetailPane(client)
        pane.resize(1366, 768)
        pane.show()
        pane.show_policy(policy_id)
        await until(lambda: pane.policy is not None and pane.print_button.isEnabled())
        pane.print_button.printer.setOutputFileName(str(Path(tempfile.mkdtemp()) / "onizleme.pdf"))
        pane.print_button.preview_action.trigger()
        await until(lambda: pane.print_button.job is not None and pane.print_button.job.dialog is not None)
        job = pane.print_button.job
        assert job is not None and job.dialog is not None
        job.dialog.resize(1366, 768)
        preview = job.dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        await until(lambda: preview.pageCount() >= 2)
        preview.setViewMode(QPrintPreviewWidget.ViewMode.AllPagesView)
        preview.fitInView()
        await shoot(job.dialog, "print_preview")
        job.dialog.close()
        pane.close()
    finally:
        wizard.quotes_page.leave()
        wizard.close()
        await client.aclose()


if __name__ == "__main__":
    existing = QApplication.instance()
    qt_app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    apply_theme(qt_app)
    install_language(qt_app, "tr", Path(tempfile.mkdtemp()))
    loop = qasync.QEventLoop(qt_app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(main())
