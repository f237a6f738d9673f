"""The quotes step's "Belgeler" menu: the offer's documents, the comparison PDF, printing and sending behind one
button, each entry with the key it had as a button, live from the table without opening the menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from wizard_steps import collect_quotes, to_quotes

from insurup_desk.ui.theme import apply_theme
from insurup_desk.ui.wizard.wizard import SaleWizard

OFFSCREEN_MENUS = "This plugin does not support (raise|grabbing the keyboard)"  # offscreen popups, harmless


# Each entry and the key it answers, as the buttons it replaces had them (the save keys were hidden ones).
KEYS = {"document": "Ctrl+D", "save_document": "Ctrl+Shift+D", "form": "Ctrl+I", "save_form": "Ctrl+Shift+I",
        "pdf": "Ctrl+P", "send": "Ctrl+E", "print": "Alt+Z"}


def test_belgeler_entries_carry_their_keys_and_follow_the_current_offer(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    page = wizard.quotes_page
    menu = page.belgeler
    entries = {name: getattr(menu, f"{name}_action") for name in KEYS}
    assert menu.button.isVisible() and menu.button.isEnabled() and menu.button.text() == "&Belgeler"
    assert not any(action.isEnabled() for action in entries.values()), "nothing to show before the quotes"

    collect_quotes(qtbot, wizard)
    assert all(action.isEnabled() for action in entries.values())
    for name, keys in KEYS.items():
        action = entries[name]
        assert action.shortcut() == QKeySequence(keys), name
        assert action in page.actions() and action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    listed = [a for a in menu.menu.actions() if not a.isSeparator()]
    assert listed == [entries[n] for n in ("document", "save_document", "form", "save_form", "pdf", "print", "send")]
    assert menu.print_action.text().endswith("\tAlt+Z"), "the submenu entry shows its key as the others do"

    # A failed offer has no document to open or print; the comparison and sending still have the priced ones.
    failed = next((r for r in range(page.proxy.rowCount())
                   if (row := page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)))) is not None
                   and row.status == "failed"), None)
    if failed is None:
        pytest.skip("the seeded insurers all priced this vehicle")
    page.table.selectAll()
    page.table.selectionModel().setCurrentIndex(page.proxy.index(failed, 0),
                                                page.table.selectionModel().SelectionFlag.NoUpdate)
    assert not any(entries[n].isEnabled() for n in ("document", "save_document", "form", "save_form", "print"))
    assert entries["pdf"].isEnabled() and entries["send"].isEnabled()


@pytest.mark.qt_log_ignore(OFFSCREEN_MENUS)
def test_document_keys_work_from_the_table_and_alt_b_opens_the_menu(
        qtbot: Any, wizard: SaleWizard) -> None:
    opened: list[Path] = []
    wizard.quotes_page.open_file = opened.append
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    menu = page.belgeler.menu
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].name.startswith("bilgilendirme-formu-") and opened[0].read_bytes().startswith(b"%PDF")
    assert not menu.isVisible(), "the key did its work without the menu"
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened[1].name.startswith("teklif-")

    # The button's menu runs its own event loop while open: a timer looks at it from inside and closes it.
    seen: list[list[str]] = []

    def look() -> None:
        if menu.isVisible():
            seen.append([a.text() for a in menu.actions() if not a.isSeparator()])
            menu.close()

    watcher = QTimer(page)
    watcher.setInterval(10)
    watcher.timeout.connect(look)
    watcher.start()
    qtbot.keyClick(page.table, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen))
    watcher.stop()
    assert seen[0][0] == "Teklif &belgesi" and seen[0][-1] == "Müşteriye &gönder…"


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The desk's own font and style sheet, as the counter sees them (their sizes decide what fits)."""
    font, style, sheet = qapp.font(), qapp.style().name(), qapp.styleSheet()
    apply_theme(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setFont(font)


@pytest.mark.usefixtures("themed")
def test_priced_quotes_fit_across_the_counter_screen(qtbot: Any, wizard: SaleWizard) -> None:
    """Once every answer is in, the columns are measured; a failure's long reason must not push the discounts
    and warnings out of sight behind a horizontal scroll bar at 1366 px."""
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    page = wizard.quotes_page
    # The measuring pass runs when the collector has finished and the progress bar is gone.
    qtbot.waitUntil(lambda: page.collector is not None and not page.collector.running and page.progress.isHidden())
    assert any(row.status == "failed" for row in page.model.board.rows), "the seeded vehicle has a refusing insurer"
    table = page.table
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
