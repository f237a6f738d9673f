"""KVKK and ETK consent of one customer: the state, give / revoke (recorded as MANUAL), and the history.

Used on the customer step (state and buttons for the highlighted customer) and in the customer detail (with the
history). Answers for a customer the operator has already moved away from are dropped.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError
from insurup_desk.api.models.consents import CONSENT_TYPES, ConsentEvent, ConsentType
from insurup_desk.domain.formats import format_datetime
from insurup_desk.services.consents import ConsentService, ConsentView
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op


def consent_names() -> dict[str, str]:
    return {
        "KVKK": QCoreApplication.translate("ConsentPanel", "KVKK (kişisel verilerin işlenmesi)"),
        "ETK": QCoreApplication.translate("ConsentPanel", "ETK (ticari elektronik ileti)"),
    }


def action_labels() -> dict[str, str]:
    return {"GIVEN": QCoreApplication.translate("ConsentPanel", "Verildi"),
            "REVOKED": QCoreApplication.translate("ConsentPanel", "Geri alındı")}


def channel_labels() -> dict[str, str]:
    return {
        "MANUAL": QCoreApplication.translate("ConsentPanel", "Elle (gişe)"),
        "WEB": QCoreApplication.translate("ConsentPanel", "Web"),
        "CHATBOT": QCoreApplication.translate("ConsentPanel", "Sohbet robotu"),
        "SMS": QCoreApplication.translate("ConsentPanel", "SMS"),
        "EMAIL": QCoreApplication.translate("ConsentPanel", "E-posta"),
        "EXTERNAL": QCoreApplication.translate("ConsentPanel", "Dış kaynak (İYS)"),
    }


def history_cells(event: ConsentEvent) -> list[str]:
    who = event.performed_by
    return [
        action_labels().get(event.action, event.action),
        event.consent_type,
        format_datetime(event.performed_at) if event.performed_at else "",
        (who.name or who.email or who.id or "") if who is not None else "",
        channel_labels().get(event.channel or "", event.channel or "—"),
    ]


class ConsentPanel(QGroupBox):
    changed = Signal(object)  # the ConsentView now on screen

    def __init__(self, service: ConsentService, *, with_history: bool, parent: QWidget | None = None) -> None:
        super().__init__(panel_title(), parent)
        self.service = service
        self.view: ConsentView | None = None
        self._customer_id: str | None = None
        self.busy = BusyBar(self)
        self.banner = ErrorBanner(self)
        self.states: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        names = consent_names()
        for row, kind in enumerate(CONSENT_TYPES):
            state = QLabel(self)
            state.setObjectName("consentState")
            button = QPushButton(self)
            button.clicked.connect(partial(self._toggle, kind))
            button.setEnabled(False)
            grid.addWidget(QLabel(names[kind], self), row, 0)
            grid.addWidget(state, row, 1)
            grid.addWidget(button, row, 2)
            self.states[kind] = state
            self.buttons[kind] = button
        grid.setColumnStretch(0, 1)
        self.history: QTableWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        if with_history:
            table = QTableWidget(0, 5, self)
            table.setHorizontalHeaderLabels([self.tr("İşlem"), self.tr("İzin"), self.tr("Tarih"), self.tr("Yapan"),
                                             self.tr("Kanal")])
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setAlternatingRowColors(True)
            table.horizontalHeader().setStretchLastSection(True)
            layout.addWidget(QLabel(self.tr("Geçmiş"), self))
            layout.addWidget(table, 1)
            self.history = table
        self._draw(None)

    def show_customer(self, customer_id: str | None) -> None:
        """Read and show this customer's consents (``None`` clears the panel)."""
        self._customer_id = customer_id
        self._draw(None)
        if customer_id:
            run_op(self, self.service.view(customer_id), on_success=partial(self._shown, wanted=customer_id),
                   on_error=partial(self._unread, wanted=customer_id), banner=self.banner, busy=self.busy,
                   caption=self.tr("İzinler alınıyor…"))

    def _unread(self, error: ApiError, wanted: str) -> bool:
        """Not being able to read consents (e.g. working offline) is said in place, without an error box."""
        if wanted == self._customer_id:
            for state in self.states.values():
                state.setText(self.tr("okunamadı"))
                state.setToolTip(error.detail)
        return True

    def _shown(self, view: ConsentView, wanted: str) -> None:
        if wanted == self._customer_id:
            self._draw(view)
            self.changed.emit(view)

    def _draw(self, view: ConsentView | None) -> None:
        self.view = view
        for kind in CONSENT_TYPES:
            state, button = self.states[kind], self.buttons[kind]
            if view is None:
                state.setText("…" if self._customer_id else "—")
                state.setProperty("active", None)
                button.setText(self.tr("Ver"))
                button.setEnabled(False)
            else:
                active = view.is_active(kind)
                state.setText(self.tr("Var") if active else self.tr("Yok"))
                state.setProperty("active", active)
                button.setText(self.tr("Geri al") if active else self.tr("Ver"))
                button.setToolTip(self.tr("Kanal: elle (gişe)"))
                button.setEnabled(True)
            state.style().unpolish(state)
            state.style().polish(state)
        if self.history is not None:
            events = view.history if view is not None else ()
            self.history.setRowCount(len(events))
            for r, event in enumerate(events):
                for c, text in enumerate(history_cells(event)):
                    self.history.setItem(r, c, QTableWidgetItem(text))
            for c in range(4):
                self.history.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)

    def _toggle(self, kind: ConsentType) -> None:
        view, customer_id = self.view, self._customer_id
        if view is None or customer_id is None:
            return
        give = not view.is_active(kind)
        caption = self.tr("İzin kaydediliyor…") if give else self.tr("İzin geri alınıyor…")
        run_op(self, self.service.set(customer_id, kind, give), on_success=partial(self._shown, wanted=customer_id),
               banner=self.banner, busy=self.busy, caption=caption, disable=list(self.buttons.values()))


def panel_title() -> str:
    return QCoreApplication.translate("ConsentPanel", "İzinler (KVKK / ETK)")
