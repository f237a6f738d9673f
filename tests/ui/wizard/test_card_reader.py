"""An ID-card reader types the TCKN and Enter in one burst: the desk picks that customer when the answer comes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from insurup_desk.services.sales_flow import CUSTOMER, VEHICLE
from insurup_desk.ui.wizard.wizard import SaleWizard


def test_tckn_and_enter_in_one_burst_open_the_customer(qtbot: Any, wizard: SaleWizard) -> None:
    page = wizard.customer_page
    page.search.setFocus()
    qtbot.keyClicks(page.search, "11111111110")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # well inside the search's typing pause
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE, timeout=5_000)
    assert wizard.flow.data.customer_label.startswith("Ayşe Yılmaz")


def test_a_name_and_enter_in_one_burst_show_the_matches_without_guessing(qtbot: Any, wizard: SaleWizard) -> None:
    page = wizard.customer_page
    page.search.setFocus()
    qtbot.keyClicks(page.search, "an")  # a part of many names
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.results.count() > 1, timeout=5_000)
    assert wizard.flow.current == CUSTOMER  # several people: the operator chooses, nothing is guessed
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # the list now answers what is typed: Enter picks the first
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE, timeout=5_000)
