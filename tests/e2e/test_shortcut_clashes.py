"""Every page and dialog of the desk, walked as an operator meets them: no key is bound twice in one window.

A key bound twice does nothing (Qt logs "Ambiguous shortcut overload"); an underlined letter used twice only
hops between the two. The walk covers the sign-in dialog, every page of the main window, every step of a sale
(with its forms open and closed) and the dialogs those pages open.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from desk_shell import sign_in
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from key_clashes import clashes


class Walk:
    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.found: dict[str, dict[str, list[str]]] = {}
        self.seen: list[str] = []

    def look(self, where: str, window: QWidget) -> None:
        self.qtbot.waitUntil(window.isVisible)
        self.seen.append(where)
        if found := clashes(window):
            self.found[where] = found

    def dialogs(self, where: str) -> None:
        """Every dialog or message box open right now, then closed."""
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog | QMessageBox) and top.isVisible():
                self.look(f"{where}: {type(top).__name__}", top)
                top.reject()


def test_no_key_is_bound_twice_on_any_page_or_dialog(qtbot: Any, desk_shell: Shell) -> None:
    walk = Walk(qtbot)
    window = sign_in(qtbot, desk_shell, look=lambda dialog: walk.look("sign-in dialog", dialog))
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    window.resize(1366, 768)

    for key in window.page_keys():
        window.show_page(key)
        walk.look(f"page {key}", window)
    window.open_settings()
    walk.dialogs("settings")
    window.open_about()
    walk.dialogs("about")
    for key in ("policies", "proposals", "customers", "renewals"):
        page: Any = window.page(key)
        window.show_page(key)
        qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0, timeout=10_000)
        page.view.setCurrentIndex(page.model.index(0, 0))
        walk.look(f"page {key} with a row chosen", window)

    window.show_page("new_sale")
    customer = wizard.customer_page
    walk.look("sale: customer search", window)
    qtbot.keyClick(customer.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    walk.look("sale: new customer form", window)
    qtbot.keyClick(customer.form.identity, Qt.Key.Key_Escape)
    qtbot.keyClicks(customer.search, "11111111110")
    qtbot.keyClick(customer.search, Qt.Key.Key_Return)
    vehicle = wizard.vehicle_page
    qtbot.waitUntil(lambda: wizard.flow.current == "asset" and vehicle.vehicles.count() > 0, timeout=10_000)
    walk.look("sale: vehicle list", window)
    qtbot.keyClick(vehicle.vehicles, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    walk.look("sale: new vehicle form", window)
    qtbot.keyClick(vehicle.form.plate, Qt.Key.Key_Escape)
    branch = wizard.asset_page.branch
    homes = wizard.property_page
    branch.setCurrentIndex(branch.findData("DASK"))
    qtbot.waitUntil(lambda: homes.homes.count() > 0, timeout=10_000)
    walk.look("sale: the customer's homes", window)
    homes.new_button.click()
    qtbot.waitUntil(homes.form.isVisible)
    walk.look("sale: new home form", window)
    homes.form.walk_button.click()
    qtbot.waitUntil(lambda: homes.form.walk.combos[0].count() > 0, timeout=10_000)
    walk.look("sale: address walk", window)
    qtbot.keyClick(homes.form.walk.combos[0], Qt.Key.Key_Escape)
    qtbot.keyClick(homes.form.number, Qt.Key.Key_Escape)
    branch.setCurrentIndex(branch.findData("TRAFIK"))
    qtbot.waitUntil(vehicle.isVisible)
    qtbot.keyClick(vehicle.vehicles, Qt.Key.Key_Return)
    quotes = wizard.quotes_page
    qtbot.waitUntil(lambda: wizard.flow.current == "quotes")
    walk.look("sale: quotes, before asking", window)
    qtbot.keyClick(quotes.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: quotes.collector is not None and not quotes.collector.running
                    and bool(getattr(quotes.current_row(), "payable", False)), timeout=15_000)
    walk.look("sale: quotes", window)
    quotes.coverage_button.click()
    qtbot.waitUntil(lambda: getattr(quotes.documents, "comparison_dialog", None) is not None, timeout=10_000)
    walk.dialogs("sale: coverage comparison")
    qtbot.keyClick(quotes.table, Qt.Key.Key_Return)
    payment = wizard.payment_page
    qtbot.waitUntil(lambda: wizard.flow.current == "payment" and payment.amount is not None, timeout=10_000)
    walk.look("sale: card form", window)
    card = payment.card
    for edit, text in ((card.number, "4242424242424242"), (card.holder, "AYSE YILMAZ"), (card.expiry, "11/29"),
                       (card.cvc, "958")):
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(card.cvc, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: payment.stack.currentIndex() == 1)
    walk.look("sale: confirmation", window)
    qtbot.keyClick(payment.confirm_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.flow.current == "done", timeout=10_000)
    walk.look("sale: policy issued", window)

    assert {"sign-in dialog", "settings: SettingsDialog", "about: AboutDialog",
            "sale: coverage comparison: ComparisonDialog"} <= set(walk.seen)
    assert walk.found == {}, "\n".join(f"{where}: {key} → {owners}" for where, found in walk.found.items()
                                       for key, owners in found.items())
