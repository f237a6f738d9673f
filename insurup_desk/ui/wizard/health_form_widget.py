"""The TSS health form: height, weight, the two health questions and the family members taken along.

It only draws and collects: the rules are ``services.health_form``'s, the saving is the page's. Whatever was
typed stays in the fields whatever the server answers; its complaints are shown beside the fields they are about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError
from insurup_desk.services import health_form as hf
from insurup_desk.services.health_sale import HealthFile, Relative
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.common import FieldErrors, add_row, hint
from insurup_desk.ui.wizard.health_texts import disease_labels, health_problem_text, relation_label, surgery_labels


def _measure_edit(parent: QWidget, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(7)  # "172 cm"; longer is never a height or a weight
    edit.setMaximumWidth(110)
    return edit


class HealthQuestion(QWidget):
    """A yes/no question with the boxes saying which, open only after a "yes"."""

    changed = Signal()

    def __init__(self, question: str, options: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.yes = QRadioButton(self.tr("Evet"), self)
        self.no = QRadioButton(self.tr("Hayır"), self)
        self.answers = QButtonGroup(self)
        self.answers.addButton(self.yes)
        self.answers.addButton(self.no)
        self.boxes: dict[str, QCheckBox] = {}
        self._grid = QGridLayout()
        self._grid.setContentsMargins(24, 0, 0, 0)
        for code, label in options.items():
            self._add_box(code, label)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.yes.toggled.connect(self._answered)
        self.no.toggled.connect(self._answered)
        top = QHBoxLayout()
        top.addWidget(self.question, 1)
        top.addWidget(self.yes)
        top.addWidget(self.no)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._grid)
        layout.addWidget(self.error)
        self._answered()

    def _add_box(self, code: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.toggled.connect(lambda _on: self.changed.emit())
        index = len(self.boxes)
        self.boxes[code] = box
        self._grid.addWidget(box, index // 4, index % 4)  # two rows at most: the step fits a 768-line screen
        return box

    def answer(self) -> bool | None:
        return True if self.yes.isChecked() else False if self.no.isChecked() else None

    def picked(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_answer(self, answer: bool | None, picked: Sequence[str]) -> None:
        self.answers.setExclusive(False)  # an exclusive group cannot go back to "not answered"
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)
        self.answers.setExclusive(True)
        for code in picked:
            if code not in self.boxes:  # a value this desk has no words for is kept, under its own name
                self._add_box(code, code.replace("_", " ").capitalize())
        for code, box in self.boxes.items():
            box.setChecked(code in picked)
        self._answered()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.setProperty("invalid", bool(text))

    def _answered(self) -> None:
        # The boxes keep their ticks under a "no" (a slip is undone by "yes" again); a "no" sends none of them.
        for box in self.boxes.values():
            box.setEnabled(self.yes.isChecked())
        self.show_problem("")
        self.changed.emit()


class RelativeRow(QWidget):
    """A family member: taken along or not, with the height and weight the proposal needs of them."""

    def __init__(self, relative: Relative, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.relative = relative
        self.take = QCheckBox(f"{relative.name} · {relation_label(relative.relation)}", self)
        self.height_edit = _measure_edit(self, self.tr("boy, cm"))
        self.weight_edit = _measure_edit(self, self.tr("kilo, kg"))
        known = relative.health
        if known is not None and known.height is not None:
            self.height_edit.setText(str(known.height))
        if known is not None and known.weight is not None:
            self.weight_edit.setText(str(known.weight))
        prefix = f"relative:{relative.customer_id}:"
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnMinimumWidth(0, 320)
        layout.setColumnStretch(3, 1)  # the measures sit by the name, not at the far edge
        layout.addWidget(self.take, 0, 0)
        layout.addWidget(self.height_edit, 0, 1)
        layout.addWidget(self.weight_edit, 0, 2)
        layout.addWidget(errors.add(prefix + "height", self.height_edit, self), 1, 1)
        layout.addWidget(errors.add(prefix + "weight", self.weight_edit, self), 1, 2)
        self.take.toggled.connect(self._taken)
        self._taken()

    def _taken(self) -> None:
        for edit in (self.height_edit, self.weight_edit):
            edit.setEnabled(self.take.isChecked())

    def draft(self) -> hf.RelativeDraft:
        known = self.relative.health
        return hf.RelativeDraft(
            self.relative.customer_id, self.relative.name, self.relative.relation,
            self.height_edit.text(), self.weight_edit.text(),
            tuple(known.surgeries) if known else (), tuple(known.diseases) if known else ())


class HealthFormWidget(QWidget):
    save_requested = Signal()
    add_relative_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.height_edit = _measure_edit(self, self.tr("örnek: 172"))
        self.weight_edit = _measure_edit(self, self.tr("örnek: 68"))
        measures = QGridLayout()
        measures.setHorizontalSpacing(12)
        measures.setColumnStretch(4, 1)
        self._measures = measures
        add_row(measures, 0, self.tr("&Boy (cm)"), self.height_edit, self.errors, "height")
        add_row(measures, 0, self.tr("&Kilo (kg)"), self.weight_edit, self.errors, "weight", column=1)

        self.surgery = HealthQuestion(self.tr("Daha önce ameliyat oldu mu (organ/kemik iliği nakli, kalp ya da "
                                              "beyin ameliyatı…)?"), surgery_labels(), self)
        self.disease = HealthQuestion(self.tr("Tanı konmuş ciddi ya da süreğen bir hastalığı var mı (böbrek, "
                                              "karaciğer, kalp, kanser, bağışıklık sistemi…)?"),
                                      disease_labels(), self)
        questions = QGroupBox(self.tr("Sağlık soruları"), self)
        q_layout = QVBoxLayout(questions)
        q_layout.addWidget(self.surgery)
        q_layout.addWidget(self.disease)

        self.family_box = QGroupBox(self.tr("Aynı poliçeye eklenecek aile bireyleri"), self)
        self.family_layout = QVBoxLayout(self.family_box)
        self.family_note = hint("", self.family_box)
        self.family_error = QLabel(self.family_box)
        self.family_error.setObjectName("fieldError")
        self.family_error.setWordWrap(True)
        self.family_error.hide()
        # Linking another customer as a spouse or child, by identity number (the server adds the other links).
        self.relative_identity = QLineEdit(self.family_box)
        self.relative_identity.setPlaceholderText(self.tr("aile bireyinin TC kimlik no"))
        self.relative_identity.setMaxLength(14)
        self.relative_identity.setMinimumWidth(260)
        self.relative_relation = QComboBox(self.family_box)
        for code in hf.LINKABLE_RELATIONS:
            self.relative_relation.addItem(relation_label(code), code)
        self.add_relative_button = QPushButton(self.tr("Aile bireyi &ekle"), self.family_box)
        self.add_relative_button.clicked.connect(self.add_relative_requested)
        adding = QGridLayout()
        adding.setContentsMargins(0, 0, 0, 0)
        adding.addWidget(self.relative_identity, 0, 0)
        adding.addWidget(self.relative_relation, 0, 1)
        adding.addWidget(self.add_relative_button, 0, 2)
        adding.setColumnStretch(3, 1)
        adding.addWidget(self.errors.add("relative_identity", self.relative_identity, self.family_box), 1, 0, 1, 3)
        self.family_layout.addWidget(self.family_note)
        self.family_layout.addWidget(self.family_error)
        self.family_layout.addLayout(adding)
        self.relatives: list[RelativeRow] = []
        # The rows' own field errors: made again with the rows, so none points at a row that is gone.
        self.family_errors = FieldErrors()

        # The button is the form's, but the page places it (below the scrolling part, always in sight).
        self.save_button = QPushButton(self.tr("Kaydet ve de&vam et"), self)
        mark_primary(self.save_button)
        self.save_button.clicked.connect(self.save_requested)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(measures)
        self._layout.addWidget(questions)
        self._layout.addWidget(self.family_box)
        self._layout.addStretch(1)
        self.set_file(HealthFile(None, ()))

    def add_beside_measures(self, widget: QWidget) -> None:
        """Another part of the step (the coverage choice) on the height and weight's line, at its far end."""
        self._measures.addWidget(widget, 0, 5, Qt.AlignmentFlag.AlignTop)

    # --- filling ----------------------------------------------------------------------------------------
    def set_file(self, file: HealthFile) -> None:
        """Prefill from what the server keeps for the customer (a first visit leaves the questions open)."""
        draft = hf.draft_from(file.info)
        self.height_edit.setText(draft.height)
        self.weight_edit.setText(draft.weight)
        self.surgery.set_answer(draft.had_surgery, draft.surgeries)
        self.disease.set_answer(draft.has_disease, draft.diseases)
        self.errors.clear()
        self.relative_identity.clear()
        self.set_relatives(file.relatives, keep_typed=False)

    def set_relatives(self, relatives: Sequence[Relative] | None, *, keep_typed: bool = True,
                      take: str | None = None) -> None:
        """The family rows; a row already on screen keeps what was typed into it, ``take`` is ticked."""
        typed = {row.relative.customer_id: (row.take.isChecked(), row.height_edit.text(), row.weight_edit.text())
                 for row in self.relatives} if keep_typed else {}
        for row in self.relatives:
            self.family_layout.removeWidget(row)
            row.deleteLater()
        self.relatives = []
        self.family_errors = FieldErrors()
        self._family_problem("")
        linkable = relatives is not None
        for widget in (self.relative_identity, self.relative_relation, self.add_relative_button):
            widget.setVisible(linkable)
        if relatives is None:
            self.family_note.setText(self.tr("Aile bağları bu sunucuda tutulmuyor; teklif yalnızca sigortalı için "
                                             "alınır."))
        elif not relatives:
            self.family_note.setText(self.tr("Müşterinin kayıtlı aile bireyi yok; teklif yalnızca sigortalı için "
                                             "alınır."))
        else:
            self.family_note.setText(self.tr("İşaretlenen kişiler aynı teklife girer; her biri için boy ve kilo "
                                             "gerekir (en çok %1 kişi).").replace("%1", str(hf.MAX_ADDITIONAL)))
            for index, relative in enumerate(relatives):
                row = RelativeRow(relative, self.family_errors, self.family_box)
                if relative.customer_id in typed:
                    checked, height, weight = typed[relative.customer_id]
                    row.height_edit.setText(height)
                    row.weight_edit.setText(weight)
                    row.take.setChecked(checked)
                elif relative.customer_id == take:
                    row.take.setChecked(True)
                self.relatives.append(row)
                self.family_layout.insertWidget(index, row)

    # --- reading ----------------------------------------------------------------------------------------
    def draft(self) -> hf.HealthDraft:
        return hf.HealthDraft(self.height_edit.text(), self.weight_edit.text(), self.surgery.answer(),
                              self.surgery.picked(), self.disease.answer(), self.disease.picked())

    def entry(self, customer_id: str) -> hf.HealthEntry:
        family = tuple(row.draft() for row in self.relatives if row.take.isChecked())
        return hf.HealthEntry(customer_id, self.draft(), family)

    def validate(self, customer_id: str) -> bool:
        found = hf.problems(self.entry(customer_id))
        self.show_problems(found)
        return not found

    # --- complaints -------------------------------------------------------------------------------------
    def show_problems(self, codes: Mapping[str, str]) -> None:
        """Rule codes (ours or the server's) beside their fields; the first field with one takes the focus."""
        texts = {key: health_problem_text(code) for key, code in codes.items()}
        self.surgery.show_problem(texts.pop("surgeries", ""))
        self.disease.show_problem(texts.pop("diseases", ""))
        self._family_problem(texts.pop("family", ""))
        rows = {k: v for k, v in texts.items() if k.startswith("relative:")}
        unplaced = self.family_errors.show(rows)
        unplaced += self.errors.show({k: v for k, v in texts.items() if k not in rows})
        if unplaced:
            self._family_problem(" ".join(texts[k] for k in unplaced))
        if not texts:
            target = self.surgery if codes.get("surgeries") else self.disease if codes.get("diseases") else None
            if target is not None:
                target.yes.setFocus()

    def show_server_problems(self, error: ApiError) -> bool:
        """Put a refusal's field errors and known rule codes on the form; False when it named nothing here."""
        codes: dict[str, str] = {}
        known = hf.known_codes()
        for code in error.codes:
            if code in known:
                codes.setdefault(known[code], code)
        placed: dict[str, str] = {}
        for name, messages in error.field_errors.items():
            key = hf.server_field(name)
            if key in ("height", "weight") and messages:
                placed[key] = " ".join(messages)
        if not codes and not placed:
            return False
        self.show_problems(codes)
        if placed:
            self.errors.show({**{k: health_problem_text(v) for k, v in codes.items()
                                 if k in ("height", "weight")}, **placed})
        return True

    def relative_to_add(self) -> tuple[str, str] | None:
        """The identity number and relation typed for linking, once they pass the rules (else shown)."""
        identity, relation = self.relative_identity.text(), str(self.relative_relation.currentData() or "")
        found = hf.relative_problems(identity, relation)
        self.errors.show({k: health_problem_text(v) for k, v in found.items()})
        return None if found else (identity, relation)

    def _family_problem(self, text: str) -> None:
        self.family_error.setText(text)
        self.family_error.setVisible(bool(text))
