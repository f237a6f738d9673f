"""Qt's own dialogs speak Turkish, while shortcuts keep the names printed on the keys, in menus and buttons alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from insurup_desk.ui import i18n
from insurup_desk.ui.keys import key_text, with_key


@pytest.fixture
def turkish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    installed = i18n.install_language(qapp, "tr", tmp_path)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def test_standard_dialog_words_are_turkish(turkish: Any) -> None:
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Arama konumu:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "İptal"


def test_menus_and_buttons_spell_a_shortcut_the_same_way(turkish: Any) -> None:
    menu_text = QKeySequence("Ctrl+Shift+L").toString(QKeySequence.SequenceFormat.NativeText)
    assert menu_text == key_text("Ctrl+Shift+L") == "Ctrl+Shift+L"  # not "Kontrol+Üst Karakter+L"
    assert key_text("Esc") == "Esc" and key_text("Alt+1") == "Alt+1"
    assert with_key("Yeni satış", "Ctrl+Shift+N") == "Yeni satış (Ctrl+Shift+N)"
