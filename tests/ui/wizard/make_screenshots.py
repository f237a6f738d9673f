"""Writes docs/screenshots/wizard_*.png: each step of a sale at 1366×768, offscreen, against the sandbox.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/wizard/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import qasync
from PySide6.QtWidgets import QApplication, QWidget

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxConfig, create_app
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import PAYMENT, QUOTES, VEHICLE
from insurup_desk.ui.theme import apply_theme
from insurup_desk.ui.wizard.payment_page import CHECKING
from insurup_desk.ui.wizard.wizard import SaleWizard

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


async def until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    end = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > end:
            raise TimeoutError("screen did not reach the expected state")
        await asyncio.sleep(0.02)


async def shoot(widget: QWidget, name: str) -> None:
    await asyncio.sleep(0.15)  # let layouts settle and pending paints happen
    path = OUT / f"wizard_{name}.png"
    widget.grab().save(str(path))
    print(path)


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    config = SandboxConfig(seed=7, customers=40, policies=150, proposals=30, cases=6, latency_min_s=0.4,
                           latency_max_s=6.0, purchase_latency_s=0.2)
    app = create_app(config)
    sandbox = app.state.sandbox
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    wizard = SaleWizard(SaleService(client))
    wizard.setWindowTitle("InsurUp Desk — Yeni satış")
    wizard.resize(1366, 768)
    wizard.show()
    try:
        page = wizard.customer_page
        page.search.setText("Ay")
        page._run_search()
        await until(lambda: page.results.count() > 0)
        await shoot(wizard, "1_customer_search")

        page._open_form()
        form = page.form
        form.identity.setText("12345678901")
        form.full_name.setText("Deniz Kaya")
        form.birth_date.setText("14.03.1988")
        form.phone.setText("0532 111 22 33")
        form.email.setText("deniz@ornek")
        form.city.setCurrentIndex(form.city.findData("34"))
        form.validate()
        await shoot(wizard, "2_customer_form_errors")

        customer = await client.customers.get("11111111110")
        wizard.open_new_sale(customer.id)
        await until(lambda: wizard.flow.current == VEHICLE and wizard.vehicle_page.vehicles.count() > 0)
        await shoot(wizard, "3_vehicle_list")
        vpage = wizard.vehicle_page
        vpage._open_form()
        await until(lambda: vpage.form.brand.count() > 0)
        vpage.form.plate.setText("06 XYZ 42")
        vpage.form.serial.setText("AZ 654321")
        vpage._lookup()
        await until(lambda: bool(vpage.form.model.reference()))
        await shoot(wizard, "4_vehicle_form_lookup")
        vpage._close_form()
        vpage._pick()
        await until(lambda: wizard.flow.current == QUOTES)

        quotes = wizard.quotes_page
        quotes.ask()
        await until(lambda: 3 <= quotes.model.board.answered < quotes.model.board.total)
        await shoot(wizard, "5_quotes_arriving")
        await until(lambda: quotes.collector is not None and not quotes.collector.running
                    and quotes.progress.isHidden())
        await shoot(wizard, "6_quotes_priced")
        priced = [r for r in quotes.model.board.rows if r.payable][:3]
        for row in priced:
            for r in range(quotes.proxy.rowCount()):
                if quotes.model.row_at(quotes.proxy.mapToSource(quotes.proxy.index(r, 0))) is row:
                    quotes.table.selectionModel().select(
                        quotes.proxy.index(r, 0), quotes.table.selectionModel().SelectionFlag.Select
                        | quotes.table.selectionModel().SelectionFlag.Rows)
        quotes.documents.show_comparison()
        await until(lambda: quotes.documents.comparison_dialog is not None)
        dialog = quotes.documents.comparison_dialog
        assert dialog is not None
        await shoot(dialog, "7_comparison")
        dialog.close()
        pdf = Path(tempfile.mkdtemp()) / "karsilastirma.pdf"
        quotes.documents.save_comparison_pdf(str(pdf))
        await until(pdf.exists)
        if shutil.which("pdftoppm"):
            target = OUT / "wizard_7b_comparison_pdf"
            command = ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(target)]
            await asyncio.to_thread(subprocess.run, command, check=True)
            print(f"{target}.png")
        if quotes.model.board.best_row is not None:
            quotes._select_row_id(quotes.model.board.best_row.id)
        quotes.plan.setCurrentIndex(min(1, quotes.plan.count() - 1))
        quotes.primary()
        await until(lambda: wizard.flow.current == PAYMENT and wizard.payment_page.amount is not None)

        pay = wizard.payment_page
        pay.card.number.setText("4000 0000 0000 9995")
        pay.card.holder.setText("AYSE YILMAZ")
        pay.card.expiry.setText("12/30")
        pay.card.cvc.setText("123")
        pay.primary()
        pay.primary()
        await until(lambda: pay.banner.isVisible())
        await shoot(wizard, "8a_payment_declined")
        pay.card.number.setText("4242 4242 4242 4242")
        pay.card.holder.setText("AYSE YILMAZ")
        pay.card.expiry.setText("12/30")
        pay.card.cvc.setText("123")
        await shoot(wizard, "8_payment_card")
        pay.primary()
        await shoot(wizard, "9_payment_confirm")
        sandbox.faults.add(FaultRule(route="/api/proposals/*/purchase/sync", lose_response=True, count=1))
        sandbox.faults.add(FaultRule(route="/api/proposals/*", latency_s=2.5, count=2))
        pay.primary()
        await until(lambda: pay.stack.currentIndex() == CHECKING)
        await shoot(wizard, "10_payment_checking")
        await until(lambda: wizard.flow.current == "done")
        await until(lambda: wizard.done_page.policy is not None)
        await shoot(wizard, "11_policy_done")
    finally:
        wizard.quotes_page.leave()
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
