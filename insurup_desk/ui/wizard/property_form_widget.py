"""The new-property form: the address found the fast way, then the building facts with their Turkish names.

The address comes from the UAVT code (typed, then looked up), from the address walk (its flat is the code) or
from an earlier DASK policy (which also fills what it knows of the building).
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.models.properties import PropertyAddress
from insurup_desk.services import property_form as pf
from insurup_desk.services.property_text import address_text
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.address_walk import AddressWalk
from insurup_desk.ui.wizard.common import FieldErrors, add_row, hint
from insurup_desk.ui.wizard.property_labels import (
    damage_names,
    floor_band_names,
    ownership_names,
    problem_text,
    structure_names,
    usage_names,
    year_band_name,
)


def _combo(parent: QWidget, names: dict[str, str]) -> QComboBox:
    combo = QComboBox(parent)
    for code, name in names.items():
        combo.addItem(name, code)
    return combo


def _select(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


class PropertyFormWidget(QWidget):
    lookup_requested = Signal()  # the typed UAVT code's address
    dask_lookup_requested = Signal()  # the building of the typed DASK policy number
    walk_requested = Signal()  # open the address lists
    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address: PropertyAddress | None = None  # the address the typed code names, once looked up
        self.number = QLineEdit(self)
        self.number.setObjectName("uavtNumber")
        self.number.setPlaceholderText(self.tr("10 haneli UAVT adres kodu"))
        self.number.setMaxLength(14)
        self.number.textEdited.connect(lambda _t: self._forget_address())
        self.lookup_button = QPushButton(with_key(self.tr("Adres&i getir"), "Ctrl+L"), self)
        self.walk_button = QPushButton(with_key(self.tr("Adres &listesinden seç"), "Ctrl+W"), self)
        self.dask_number = QLineEdit(self)
        self.dask_number.setObjectName("daskOldPolicy")
        self.dask_number.setPlaceholderText(self.tr("Önceki DASK poliçe no"))
        self.dask_number.setMaxLength(18)
        self.dask_button = QPushButton(with_key(self.tr("DASK poliçesinden &bul"), "Ctrl+K"), self)
        self.lookup_button.clicked.connect(self.lookup_requested)
        self.walk_button.clicked.connect(self.walk_requested)
        self.dask_button.clicked.connect(self.dask_lookup_requested)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lookup_requested.emit)
        QShortcut(QKeySequence("Ctrl+W"), self, self.walk_requested.emit)
        QShortcut(QKeySequence("Ctrl+K"), self, self.dask_lookup_requested.emit)

        self.walk = AddressWalk(self)
        self.walk.hide()
        self.address_line = QLabel(self)
        self.address_line.setObjectName("addressLine")
        self.address_line.setWordWrap(True)
        self.address_line.hide()

        self.square_meter = QLineEdit(self)
        self.square_meter.setValidator(QIntValidator(0, pf.MAX_SQUARE_METER, self))
        self.square_meter.setPlaceholderText("120")
        self.construction_year = QLineEdit(self)
        self.construction_year.setValidator(QIntValidator(0, dt.date.today().year, self))
        self.construction_year.setPlaceholderText("2005")
        self.construction_year.textChanged.connect(lambda _t: self._show_year_band())
        self.year_band = QLabel(self)
        self.year_band.setObjectName("hint")
        self.floors = QComboBox(self)
        self.floors.addItem(self.tr("— seçin —"), -1)
        for index, name in enumerate(floor_band_names()):
            self.floors.addItem(name, index)
        self.current_floor = QLineEdit(self)
        self.current_floor.setValidator(QIntValidator(pf.LOWEST_FLOOR, 99, self))
        self.current_floor.setPlaceholderText("3")
        self.structure = _combo(self, structure_names())
        self.usage = _combo(self, usage_names())
        self.damage = _combo(self, damage_names())
        self.ownership = _combo(self, ownership_names())

        self.errors = FieldErrors()
        find = QGridLayout()
        find.setHorizontalSpacing(12)
        find.setColumnStretch(1, 1)
        add_row(find, 0, self.tr("UAVT adres kodu"), self.number, self.errors, pf.NUMBER)
        find.addWidget(self.lookup_button, 0, 2)
        find.addWidget(self.walk_button, 0, 3)
        add_row(find, 1, self.tr("Önceki DASK poliçesi"), self.dask_number, self.errors, pf.DASK_POLICY)
        find.addWidget(self.dask_button, 1, 2)

        facts = QGridLayout()
        facts.setHorizontalSpacing(12)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)
        add_row(facts, 0, self.tr("Brüt alan (m²)"), self.square_meter, self.errors, pf.SQUARE_METER)
        year_box = QWidget(self)
        year_row = QHBoxLayout(year_box)
        year_row.setContentsMargins(0, 0, 0, 0)
        year_row.addWidget(self.construction_year, 1)
        year_row.addWidget(self.year_band)
        add_row(facts, 0, self.tr("Yapım yılı"), year_box, self.errors, pf.CONSTRUCTION_YEAR, column=1)
        add_row(facts, 1, self.tr("Binanın kat sayısı"), self.floors, self.errors, pf.TOTAL_FLOORS)
        add_row(facts, 1, self.tr("Bulunduğu kat"), self.current_floor, self.errors, pf.CURRENT_FLOOR, column=1)
        add_row(facts, 2, self.tr("Yapı tarzı"), self.structure, self.errors, pf.STRUCTURE)
        add_row(facts, 2, self.tr("Kullanım şekli"), self.usage, self.errors, pf.USAGE, column=1)
        add_row(facts, 3, self.tr("Hasar durumu"), self.damage, self.errors, pf.DAMAGE)
        add_row(facts, 3, self.tr("Sahiplik durumu"), self.ownership, self.errors, pf.OWNERSHIP, column=1)

        self.cancel_button = QPushButton(with_key(self.tr("Vazgeç"), "Esc"), self)
        self.save_button = QPushButton(self.tr("Kaydet ve de&vam et"), self)
        mark_primary(self.save_button)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.save_button.clicked.connect(self.save_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(self.tr("Adresi UAVT adres koduyla, adres listesinden ya da önceki DASK poliçesinden "
                                      "bulun; sonra binanın bilgilerini girin."), self))
        layout.addLayout(find)
        layout.addWidget(self.walk)
        layout.addWidget(self.address_line)
        layout.addLayout(facts)
        layout.addStretch(1)
        layout.addLayout(buttons)
        order = (self.number, self.lookup_button, self.walk_button, self.dask_number, self.dask_button,
                 self.square_meter, self.construction_year, self.floors, self.current_floor, self.structure,
                 self.usage, self.damage, self.ownership, self.save_button)
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    # --- reading and filling -------------------------------------------------------------------------
    def clear(self) -> None:
        for edit in (self.number, self.dask_number, self.square_meter, self.construction_year, self.current_floor):
            edit.clear()
        self.floors.setCurrentIndex(0)
        for combo in (self.structure, self.usage, self.damage, self.ownership):
            combo.setCurrentIndex(0)
        self.walk.reset()
        self.walk.hide()
        self._forget_address()
        self.errors.clear()

    def draft(self) -> pf.PropertyDraft:
        return pf.PropertyDraft(
            number=self.number.text(), dask_old_policy=self.dask_number.text(),
            square_meter=self.square_meter.text(), construction_year=self.construction_year.text(),
            floor_band=int(self.floors.currentData()), current_floor=self.current_floor.text(),
            structure=str(self.structure.currentData() or ""), usage=str(self.usage.currentData() or ""),
            damage=str(self.damage.currentData() or ""), ownership=str(self.ownership.currentData() or ""))

    def validate(self) -> bool:
        problems = pf.field_problems(self.draft())
        self.errors.show({k: problem_text(v) for k, v in problems.items()})
        return not problems

    def number_ready(self) -> bool:
        """The typed UAVT code can be looked up (else its problem is shown on the field)."""
        problems = pf.field_problems(self.draft())
        shown = {pf.NUMBER: problem_text(problems[pf.NUMBER])} if pf.NUMBER in problems else {}
        self.errors.show(shown)
        return not shown

    def dask_ready(self) -> bool:
        text = self.dask_number.text()
        problem = "required" if not pf.digits(text) else (
            None if pf.dask_policy_number(text) is not None else "dask_policy_invalid")
        self.errors.show({pf.DASK_POLICY: problem_text(problem)} if problem else {})
        return problem is None

    def show_address(self, number: str, address: PropertyAddress) -> None:
        """The address the code names (found by look-up, walk or DASK policy): the code goes in the field."""
        self.number.setText(number)
        self.address = address
        self.address_line.setText(self.tr("Adres: %1").replace(
            "%1", address_text(address.model_dump(mode="json")) or number))
        self.address_line.show()
        self.errors.clear_field(pf.NUMBER)

    def show_problem(self, key: str, code: str) -> None:
        self.errors.show({key: problem_text(code)})

    def apply_draft(self, draft: pf.PropertyDraft) -> None:
        """What an earlier DASK policy knows of the building; facts it does not know keep what was typed."""
        for edit, value in ((self.dask_number, draft.dask_old_policy), (self.square_meter, draft.square_meter),
                            (self.construction_year, draft.construction_year),
                            (self.current_floor, draft.current_floor)):
            if value:
                edit.setText(value)
        if draft.floor_band >= 0:
            self.floors.setCurrentIndex(self.floors.findData(draft.floor_band))
        for combo, code in ((self.structure, draft.structure), (self.usage, draft.usage),
                            (self.damage, draft.damage), (self.ownership, draft.ownership)):
            _select(combo, code)

    def _forget_address(self) -> None:
        self.address = None
        self.address_line.clear()
        self.address_line.hide()

    def _show_year_band(self) -> None:
        text = self.construction_year.text().strip()
        if len(text) == 4 and text.isdigit():
            self.year_band.setText(f"({year_band_name(pf.year_band(int(text)))})")
        else:
            self.year_band.clear()
