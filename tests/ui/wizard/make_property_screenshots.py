"""Writes docs/screenshots/wizard_3*.png and wizard_6b_konut_quotes.png: the "what we insure" step (vehicles and
homes), the new-home form after a UAVT look-up, the address walk, and Konut quotes, at 1366×768 offscreen.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/wizard/make_property_screenshots.py
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
from PySide6.QtWidgets import QApplication, QWidget

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.sandbox import SandboxConfig, create_app
from insurup_desk.services.sales_flow import ASSET, QUOTES
from insurup_desk.ui.theme import apply_theme
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
    config = SandboxConfig(seed=7, customers=40, policies=150, proposals=30, cases=6, latency_min_s=0.2,
                           latency_max_s=2.0, purchase_latency_s=0.2)
    app = create_app(config)
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=app))
    await client.auth.login("gise@demo.acente", "Demo1234!")
    from insurup_desk.services.sale_service import SaleService

    wizard = SaleWizard(SaleService(client))
    wizard.setWindowTitle("InsurUp Desk — Yeni satış")
    wizard.resize(1366, 768)
    wizard.show()
    try:
        customer = await client.customers.get("11111111110")
        wizard.open_new_sale(customer.id)
        await until(lambda: wizard.flow.current == ASSET and wizard.vehicle_page.vehicles.count() > 0)
        await shoot(wizard, "3_vehicle_list")
        asset = wizard.asset_page
        asset.branch.setCurrentIndex(asset.branch.findData("DASK"))
        homes = wizard.property_page.homes
        await until(lambda: homes.count() > 0)
        await shoot(wizard, "3a_asset_homes")

        page = wizard.property_page
        page._open_form()
        form = page.form
        mine = homes.item(0).text()
        address = await client.properties.address_by_number(int(str((await client.properties.list(customer.id))[0]
                                                                   .number)))
        assert address.building is not None and mine
        flats = await client.addresses.level(6, address.building.value)
        form.number.setText(str(flats[2].value))
        page._lookup()
        await until(form.address_line.isVisible)
        form.square_meter.setText("110")
        form.construction_year.setText("2009")
        form.floors.setCurrentIndex(form.floors.findData(1))
        form.current_floor.setText("2")
        await shoot(wizard, "3b_property_form")

        form.clear()
        page._open_walk()
        walk = form.walk
        for level, name in enumerate(("İstanbul", "Kadıköy", "Merkez", "Caferağa Mahallesi", "Moda Caddesi")):
            combo = walk.combos[level]
            await until(lambda c=combo: c.count() > 0)  # type: ignore[misc]
            combo.setCurrentIndex(combo.findText(name))
            combo.chosen.emit(combo.currentIndex())
        await until(lambda: walk.combos[5].count() > 0)
        walk.combos[5].setFocus()
        await shoot(wizard, "3c_address_walk")

        page._close_form()
        asset.branch.setCurrentIndex(asset.branch.findData("KONUT"))
        await until(lambda: homes.count() > 0)
        page._pick()
        await until(lambda: wizard.flow.current == QUOTES)
        quotes = wizard.quotes_page
        quotes.konut.prices["konut_furniture_price"].setText("120000")
        quotes.konut.scope.setCurrentIndex(quotes.konut.scope.findData("KONUT_VE_ESYA"))
        quotes.ask()
        await until(lambda: quotes.collector is not None and not quotes.collector.running
                    and quotes.progress.isHidden())
        await shoot(wizard, "6b_konut_quotes")
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
