"""The payment step's optional campaign code / free tag, checked as the operator leaves it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QWidget

from insurup_desk.services.sale_tags import MAX_LENGTH, MIN_LENGTH, TagInvalid, TagProblem, check_tag
from insurup_desk.ui.wizard.common import FieldErrors, add_row, hint

TAG = "metadata"  # the purchase field it feeds, so a server complaint about it lands here too


def tag_message(problem: TagInvalid) -> str:
    if problem.problem is TagProblem.TOO_SHORT:
        return QCoreApplication.translate("CampaignTag", "Kampanya kodu en az %1 karakter olmalı.").replace(
            "%1", str(MIN_LENGTH))
    if problem.problem is TagProblem.TOO_LONG:
        return QCoreApplication.translate("CampaignTag", "Kampanya kodu en fazla %1 karakter olabilir.").replace(
            "%1", str(MAX_LENGTH))
    return QCoreApplication.translate(
        "CampaignTag", "Kampanya kodunda \u201c%1\u201d kullanılamaz; harf, rakam, boşluk ve - _ . / # % + & "
        "kullanın.").replace("%1", problem.character)


class CampaignTagField(QWidget):
    kept = Signal(str)  # a valid tag (or "") the operator left the field with: the sale records it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("campaignTag")
        self.edit.setPlaceholderText(self.tr("isteğe bağlı, ör. BAHAR-2026"))
        self.edit.setToolTip(self.tr("Satışın kampanya kodu ya da serbest etiketi; poliçeyle birlikte kaydedilir "
                                     "ve poliçe listesinde görünür."))
        self.errors = FieldErrors()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        add_row(grid, 0, self.tr("Kampanya kodu / e&tiket"), self.edit, self.errors, TAG)
        note = hint(self.tr("İsteğe bağlı. Poliçeyle birlikte kaydedilir; Poliçeler listesinde Kampanya "
                            "sütununda görünür."), self)
        grid.addWidget(note, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.edit.editingFinished.connect(self._left)

    def set_tag(self, tag: str) -> None:
        self.edit.setText(tag)
        self.errors.clear()

    def checked(self) -> str | None:
        """The tag to send ("" for none), or None after showing why it cannot be sent."""
        try:
            tag = check_tag(self.edit.text())
        except TagInvalid as problem:
            self.errors.show({TAG: tag_message(problem)})
            return None
        self.errors.clear()
        return tag

    def _left(self) -> None:
        # Shown on leaving, but the keyboard stays where the operator sent it; the payment asks again before sending.
        went_to = QApplication.focusWidget()
        tag = self.checked()
        if went_to is not None and went_to is not self.edit:
            went_to.setFocus()
        if tag is not None:
            if tag != self.edit.text():
                self.edit.setText(tag)
            self.kept.emit(tag)
