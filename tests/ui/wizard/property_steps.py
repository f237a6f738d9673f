"""Keyboard-level helpers for the property part of the asset step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from wizard_steps import enter, run

from insurup_desk.services.sales_flow import ASSET
from insurup_desk.ui.wizard.wizard import SaleWizard

AYSE = "11111111110"


def ayse_uavt(qtbot: Any, w: SaleWizard) -> str:
    """The UAVT code of the flat Ayşe has on record (read from the server)."""
    customer = run(qtbot, w.service.client.customers.get(AYSE))
    homes = run(qtbot, w.service.client.properties.list(customer.id))
    assert homes and homes[0].number is not None
    return str(homes[0].number)


def free_flat(qtbot: Any, w: SaleWizard) -> str:
    """A flat of Ayşe's building she has not registered (read from the address walk's last list)."""
    mine = ayse_uavt(qtbot, w)
    service = w.property_page.properties
    address = run(qtbot, service.address_by_number(mine))
    assert address.building is not None
    flats = run(qtbot, service.level(6, address.building.value))
    return next(str(f.value) for f in flats if f.value != mine)


def open_asset_step(qtbot: Any, w: SaleWizard, branch: str, identity: str = AYSE) -> None:
    """A known customer's sale on the asset step with ``branch`` chosen there."""
    customer = run(qtbot, w.service.client.customers.get(identity))
    w.open_new_sale(customer.id)
    qtbot.waitUntil(lambda: w.flow.current == ASSET and w.vehicle_page.vehicles.count() > 0)
    combo = w.asset_page.branch
    combo.setCurrentIndex(combo.findData(branch))
    qtbot.waitUntil(lambda: w.flow.data.branch == branch)


def open_new_property(qtbot: Any, w: SaleWizard) -> None:
    page = w.property_page
    qtbot.waitUntil(lambda: page.homes.count() > 0 or page.form.isVisible())
    if not page.form.isVisible():
        qtbot.keyClick(page.homes, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.form.isVisible)


def fill_building(qtbot: Any, w: SaleWizard, square_meter: str = "95", year: str = "2012") -> None:
    form = w.property_page.form
    form.square_meter.setFocus()
    qtbot.keyClicks(form.square_meter, square_meter)
    qtbot.keyClicks(form.construction_year, year)
    form.floors.setCurrentIndex(form.floors.findData(1))  # 4–7 floors
    qtbot.keyClicks(form.current_floor, "2")


def lookup(qtbot: Any, w: SaleWizard, number: str) -> None:
    form = w.property_page.form
    form.number.setFocus()
    form.number.clear()
    qtbot.keyClicks(form.number, number)
    enter(qtbot, form.number)
