"""The address walk: il → ilçe → bucak/köy → mahalle → sokak → bina → daire, each a list with type-ahead.

Choosing an entry (Enter or a click on a match) clears the levels below it and asks for the next level's list;
choosing the flat ends the walk with its UAVT code (the flat entry's value).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from insurup_desk.api.models import ParameterItem
from insurup_desk.api.models.properties import PropertyAddress
from insurup_desk.services.property_service import WALK_LEVELS
from insurup_desk.ui.wizard.vehicle_form_widget import TypeAheadCombo


class WalkCombo(TypeAheadCombo):
    """Enter chooses the typed entry and stays here (the form's Enter would save the property)."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activated.connect(self.chosen.emit)
        self.entries: list[ParameterItem] = []

    def fill(self, items: Sequence[ParameterItem]) -> None:
        self.blockSignals(True)
        self.clear()
        self.entries = list(items)
        for item in items:
            self.addItem(item.text or item.value or "", item.value or item.reference or "")
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(False)
        self.setEnabled(bool(items))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
            if index < 0:
                # Part of a name: the one entry that contains it is meant (the completer shows which).
                typed = self.currentText().strip().casefold()
                matches = [i for i in range(self.count()) if typed and typed in self.itemText(i).casefold()]
                index = matches[0] if len(matches) == 1 else -1
            event.accept()
            if index >= 0:
                self.setCurrentIndex(index)
                self.chosen.emit(index)
            return
        super().keyPressEvent(event)

    def chosen_item(self) -> ParameterItem | None:
        index = self.currentIndex()
        if index < 0 or index >= len(self.entries) or self.itemText(index) != self.currentText():
            return None
        return self.entries[index]


class AddressWalk(QWidget):
    level_wanted = Signal(int, str)  # level index, the chosen parent's value
    finished = Signal(str)  # the flat's UAVT code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        captions = (self.tr("İl"), self.tr("İlçe"), self.tr("Bucak / köy"), self.tr("Mahalle"),
                    self.tr("Cadde / sokak"), self.tr("Bina no"), self.tr("Daire"))
        self.combos: list[WalkCombo] = []
        self.empty = QLabel(self)
        self.empty.setObjectName("infoLabel")
        self.empty.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for index, caption in enumerate(captions):
            combo = WalkCombo(self)
            combo.setObjectName(f"walk_{WALK_LEVELS[index]}")
            combo.setEnabled(False)
            combo.chosen.connect(lambda _i, level=index: self._chosen(level))
            label = QLabel(caption, self)
            label.setBuddy(combo)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            self.combos.append(combo)
        grid.addWidget(self.empty, 4, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for first, second in zip(self.combos, self.combos[1:], strict=False):
            self.setTabOrder(first, second)

    def set_level(self, index: int, items: Sequence[ParameterItem]) -> None:
        """The list of one level arrived: offer it and put the keyboard there."""
        combo = self.combos[index]
        combo.fill(items)
        if items:
            self.empty.hide()
            combo.setFocus()
        else:
            self.empty.setText(self.tr("Bu seçim için %1 kaydı bulunamadı.").replace(
                "%1", self.level_name(index)))
            self.empty.show()

    def level_name(self, index: int) -> str:
        names = (self.tr("il"), self.tr("ilçe"), self.tr("bucak/köy"), self.tr("mahalle"), self.tr("sokak"),
                 self.tr("bina"), self.tr("daire"))
        return names[index]

    def reset(self) -> None:
        for combo in self.combos:
            combo.fill([])
        self.empty.hide()

    def chosen_address(self) -> PropertyAddress:
        parts = {WALK_LEVELS[i]: c.chosen_item() for i, c in enumerate(self.combos)}
        return PropertyAddress(**{k: v for k, v in parts.items() if v is not None})

    def _chosen(self, level: int) -> None:
        item = self.combos[level].chosen_item()
        if item is None:
            return
        for below in self.combos[level + 1:]:
            below.fill([])
        value = item.value or item.reference or ""
        if level == len(self.combos) - 1:
            self.finished.emit(value)
        else:
            self.level_wanted.emit(level + 1, value)
