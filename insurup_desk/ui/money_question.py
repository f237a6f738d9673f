"""The one question the desk asks before anything that would take a payment off the screen while money may move.

Window-modal and non-blocking (the purchase and its checks carry on while it is open). "Stay" is the default
and Esc's answer: leaving is the choice that must be made on purpose.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_while_money_moves(parent: QWidget, name: str, consequence: str, go_text: str, stay_text: str,
                          on_go: Callable[[], None]) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MoneyQuestion", "Ödeme sürüyor"))
    box.setText(QCoreApplication.translate("MoneyQuestion", "Bu satışın ödeme sonucu henüz belli değil."))
    box.setInformativeText(consequence)
    go = box.addButton(go_text, QMessageBox.ButtonRole.AcceptRole)
    stay = box.addButton(stay_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)

    def answered(_result: int) -> None:
        box.deleteLater()
        if box.clickedButton() is go:
            on_go()

    box.finished.connect(answered)
    box.open()
    return box
