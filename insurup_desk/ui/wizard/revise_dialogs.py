"""The two revise dialogs of the quotes step: other coverage groups for the whole proposal, other Kasko options
for one offer. They only collect the choice; the quotes page sends it (``services.revise``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.models import CoverageGroup
from insurup_desk.services.revise import ChoiceField
from insurup_desk.ui.wizard.coverage_text import label_for, value_text

MAX_GROUPS = 3  # a proposal takes at most three coverage groups


class GroupsDialog(QDialog):
    """Tick up to three coverage groups; every insurer is asked again with them."""

    def __init__(self, groups: Sequence[CoverageGroup], chosen: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviseGroupsDialog")
        self.setWindowTitle(self.tr("Teklifi yeniden çalış: teminat grupları"))
        self.hint = QLabel(self.tr("Tüm şirketler seçilen gruplarla yeniden fiyatlanır (en çok %1 grup). Eski "
                                   "teklif olduğu gibi kalır.").replace("%1", str(MAX_GROUPS)), self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        for group in groups:
            text = group.name + (f" — {group.description}" if group.description else "")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if group.id in chosen else Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(lambda _i: self._check())
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Yeniden çalış"), self)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Vazgeç"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.list.setFocus()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._check()

    def selected(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_selected(self, ids: Sequence[str]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            wanted = str(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _check(self) -> None:
        count = len(self.selected())
        self.ok_button.setEnabled(1 <= count <= MAX_GROUPS)
        self.ok_button.setToolTip("" if count <= MAX_GROUPS else self.tr("En çok %1 grup seçilebilir.").replace(
            "%1", str(MAX_GROUPS)))


class ChoicesDialog(QDialog):
    """One box per Kasko option the insurer's product offers, preset to the offer's coverage now."""

    def __init__(self, title: str, fields: Sequence[ChoiceField], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviseChoicesDialog")
        self.setWindowTitle(self.tr("Teminatları değiştir: %1").replace("%1", title))
        self.fields = tuple(fields)
        self.boxes: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field in self.fields:
            box = QComboBox(self)
            if field.current is None:
                box.addItem(self.tr("(değiştirme)"), None)
            for option in field.options:
                box.addItem(value_text(option), option)
            box.setCurrentIndex(0 if field.current is None else field.current)
            self.boxes[field.key] = box
            form.addRow(label_for(field.key) if field.key != "ferdiKazaBundle" else self.tr(
                "Ferdi kaza (vefat / sakatlık / tedavi)"), box)
        self.hint = QLabel(self.tr("Bu şirket seçilen teminatlarla yeniden fiyatlanır; yeni fiyat gelene kadar "
                                   "teklif satın alınamaz."), self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Yeniden fiyatla"), self)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Vazgeç"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for box in self.boxes.values():
            box.currentIndexChanged.connect(lambda _i: self._check())
        self._check()

    def choose(self, key: str, option: Any) -> None:
        box = self.boxes[key]
        box.setCurrentIndex(next(i for i in range(box.count()) if box.itemData(i) == option))

    def picked(self) -> dict[str, Any]:
        """The options changed from what the offer has now."""
        out: dict[str, Any] = {}
        for field in self.fields:
            box = self.boxes[field.key]
            value = box.currentData()
            unchanged = box.currentIndex() == (0 if field.current is None else field.current)
            if value is not None and not unchanged:
                out[field.key] = value
        return out

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.picked()))
