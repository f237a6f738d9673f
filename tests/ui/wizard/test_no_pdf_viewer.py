"""Ctrl+O on a computer without a PDF program: the desk says so and offers to save the policy instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from wizard_steps import choose_best, collect_quotes, confirm_payment, to_quotes, type_card, wait_done

from insurup_desk.ui.wizard.wizard import SaleWizard


def _box() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "noPdfViewer" and w.isVisible()), None)


def test_without_a_pdf_program_the_policy_is_offered_for_saving(qtbot: Any, wizard: SaleWizard, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    opened: list[Path] = []

    def no_program(path: Path) -> bool:
        opened.append(path)
        return False

    wizard.done_page.open_file = no_program
    target = tmp_path / "police.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    qtbot.keyClick(wizard.done_page, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _box() is not None, timeout=5_000)
    box = _box()
    assert box is not None and "PDF açacak bir program bulunamadı" in box.text() and opened
    box.buttons()[0].click()  # "Kaydet…"
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().startswith(b"%PDF") and str(target) in wizard.notice.text()
