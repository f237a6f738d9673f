"""A wait that comes and goes does not move the fields under the operator's mouse."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from insurup_desk.ui.background import BusyBar


def test_the_fields_stay_put_while_a_wait_begins_and_ends(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    busy = BusyBar(page)
    field = QLineEdit(page)
    layout.addWidget(busy)
    layout.addWidget(field)
    layout.addStretch(1)
    page.resize(600, 300)
    page.show()
    qtbot.waitExposed(page)
    before = field.geometry()

    busy.begin("Müşteri aranıyor…")
    qtbot.waitUntil(busy.isVisible)
    layout.activate()
    assert field.geometry() == before

    busy.end()
    assert not busy.isVisible()
    layout.activate()
    assert field.geometry() == before
