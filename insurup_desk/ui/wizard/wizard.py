"""The sales wizard: a stacked widget that draws whichever step the flow says is current.

Enter triggers the current page's main action, Esc steps back (first inside a page, then to the
previous step); every other action has its own shortcut on its page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError
from insurup_desk.api.models import Customer
from insurup_desk.services.autosave import WizardAutosave
from insurup_desk.services.connectivity import ConnectivityMonitor, LineState
from insurup_desk.services.purchase_watch import PurchaseWatch
from insurup_desk.services.quote_collector import PollSchedule
from insurup_desk.services.renewal_sale import RenewalError, renewal_sale
from insurup_desk.services.renewals import RenewalTarget
from insurup_desk.services.sale import Sale, SaleTools
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import ASSET, CUSTOMER, DONE, PAYMENT, QUOTES, FlowError, SalesFlow
from insurup_desk.ui.background import ErrorBanner, run_op
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.money_question import ask_while_money_moves
from insurup_desk.ui.no_viewer import Opener
from insurup_desk.ui.wizard.asset_page import AssetPage
from insurup_desk.ui.wizard.customer_page import CustomerPage
from insurup_desk.ui.wizard.done_page import DonePage
from insurup_desk.ui.wizard.page_base import WizardPage
from insurup_desk.ui.wizard.payment_page import PaymentPage
from insurup_desk.ui.wizard.quotes_page import QuotesPage
from insurup_desk.ui.wizard.step_bar import StepBar

ORDER = (CUSTOMER, ASSET, QUOTES, PAYMENT, DONE)


class SaleWizard(QWidget):
    state_changed = Signal(dict)  # the JSON-safe sale (no card data), for autosave

    def __init__(self, service: SaleService | SaleTools, parent: QWidget | None = None, *,
                 schedule: PollSchedule | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleWizard")
        # What every sale here shares (API work, purchase journal and watch); each sale is its own ``Sale``.
        self.tools = service if isinstance(service, SaleTools) else SaleTools(service)
        self.service = self.tools.service
        self.sale = Sale(self.tools)
        self._shown: str | None = None
        self.autosave: WizardAutosave | None = None
        self.connectivity: ConnectivityMonitor | None = None
        self._schedule = schedule
        # "Leave a sale whose money may be moving?" while it is being asked.
        self.leave_question: QMessageBox | None = None
        self.stack = QStackedWidget(self)
        self.pages: dict[str, WizardPage] = {}
        self._build_pages()

        self.steps = StepBar([self.tr("Müşteri"), self.tr("Ne sigortalanacak?"), self.tr("Teklifler"), self.tr("Ödeme"),
                              self.tr("Poliçe")], self)
        self.notice = QLabel(self)
        self.notice.setObjectName("infoLabel")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.banner = ErrorBanner(self)
        self.back_button = QPushButton(with_key(self.tr("◀ Ge&ri"), "Esc"), self)
        self.back_button.clicked.connect(self.go_back)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.escape,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self._attach(self.sale)

    @property
    def flow(self) -> SalesFlow:
        return self.sale.flow

    @property
    def watch(self) -> PurchaseWatch | None:
        return self.tools.watch

    def _build_pages(self) -> None:
        """Fresh pages for every sale: no field, choice or answer of the previous sale can reach the next one."""
        # How files are opened is the desk's, not the sale's: it carries over to the new pages.
        openers: tuple[Opener, Opener] | None = None
        if self.pages:
            quotes, done = self.pages[QUOTES], self.pages[DONE]
            assert isinstance(quotes, QuotesPage) and isinstance(done, DonePage)
            openers = (quotes.open_file, done.open_file)
        for old in self.pages.values():
            old.leave()
            self.stack.removeWidget(old)
            old.deleteLater()
        sale = self.sale
        self.customer_page = CustomerPage(sale, self)
        self.asset_page = AssetPage(sale, self)
        # The vehicle and property parts of the asset step, by the names the rest of the desk reaches them.
        self.vehicle_page = self.asset_page.vehicle_page
        self.property_page = self.asset_page.property_page
        self.quotes_page = QuotesPage(sale, self, schedule=self._schedule)
        self.payment_page = PaymentPage(sale, self)
        self.done_page = DonePage(sale, self)
        self.pages = {CUSTOMER: self.customer_page, ASSET: self.asset_page, QUOTES: self.quotes_page,
                      PAYMENT: self.payment_page, DONE: self.done_page}
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.completed.connect(self._advance)
            page.changed.connect(self._record)
            page.notice.connect(self.show_notice)
            page.line_down = self._line_down
        if openers is not None:
            self.quotes_page.open_file, self.done_page.open_file = openers
        self.done_page.new_sale_requested.connect(lambda: self.open_new_sale())

    # --- offline and autosave ---------------------------------------------------------------------------
    def attach_autosave(self, autosave: WizardAutosave) -> None:
        """Every state from now on is saved; the sale on screen is not, so a left-behind sale survives."""
        self.autosave = autosave
        self.state_changed.connect(autosave.record)
        self.tools.before_send = autosave.flush

    def follow_line(self, monitor: ConnectivityMonitor) -> None:
        """Steps that need the line say so while it is down and carry on by themselves when it returns."""
        self.connectivity = monitor

        def changed(state: LineState) -> None:
            if not shiboken6.isValid(self):
                monitor.remove_listener(changed)  # the window is gone; the monitor outlives it
                return
            if state is LineState.OFFLINE:
                return
            if self.flow.current == QUOTES:
                self.quotes_page.line_returned()
            elif self.flow.current == ASSET:
                self.asset_page.line_returned()

        monitor.add_listener(changed)

    # --- public API ---------------------------------------------------------------------------------
    @property
    def current_page(self) -> WizardPage:
        return self.pages[self.flow.current]

    def _line_down(self) -> bool:
        return self.connectivity is not None and self.connectivity.state is LineState.OFFLINE

    def money_may_move(self) -> bool:
        """A purchase is being paid, its answer was lost or it is being checked."""
        return self.sale.money_may_move

    def open_new_sale(self, customer_id: str | None = None, vehicle_id: str | None = None) -> None:
        """A fresh sale; with a customer it opens on the vehicle step (navigator contract)."""
        self.leave_sale_then(lambda: self._open_new_sale(customer_id, vehicle_id))

    def _open_new_sale(self, customer_id: str | None, vehicle_id: str | None) -> None:
        self.notice.hide()
        self.banner.hide()
        if customer_id is None:
            self._start(Sale.new(self.tools))
            return

        def start(customer: Customer) -> None:
            self._start(Sale.new(self.tools, customer, vehicle_id))

        run_op(self, self.service.customer(customer_id), on_success=start, banner=self.banner)

    def start_sale(self, customer_id: str | None = None, vehicle_id: str | None = None) -> None:
        """Navigator hook (pages_registry contract)."""
        self.open_new_sale(customer_id, vehicle_id)

    def open_proposal(self, proposal_id: str) -> None:
        """Navigator hook: reopen an existing proposal on the quotes step."""

        def load() -> None:
            run_op(self, Sale.for_proposal(self.tools, proposal_id), on_success=self._start, banner=self.banner)

        self.leave_sale_then(load)

    def open_renewal(self, target: RenewalTarget) -> None:
        """Navigator hook: renew last year's policy in one action — a sale on the quotes step, asking at once."""

        def refused(error: ApiError) -> bool:
            if not isinstance(error, RenewalError):
                return False
            texts = {
                "branch": self.tr("Bu branşın yenilemesi masadan yapılamıyor; yalnızca Trafik ve Kasko "
                                  "yenilenebilir."),
                "no_vehicle": self.tr("Poliçenin aracı bilinmiyor; satışı müşteriden başlatıp aracı seçin."),
                "vehicle_gone": self.tr("Poliçenin aracı müşterinin araçları arasında yok; satışı müşteriden "
                                        "başlatıp aracı seçin."),
            }
            self.banner.show_message(texts.get(error.reason, error.detail))
            return True

        def load() -> None:
            self.notice.hide()
            self.banner.hide()
            run_op(self, renewal_sale(self.tools, target, dt.date.today()), on_success=self._start,
                   on_error=refused, banner=self.banner)

        self.leave_sale_then(load)

    def restore(self, state: dict[str, Any]) -> None:
        """Resume a saved sale (card data is never part of it)."""
        self._start(Sale.restored(self.tools, state))

    def leave_sale_then(self, then: Callable[[], None]) -> QMessageBox | None:
        """Run ``then`` (another sale takes the screen) — after asking, when this sale's money may be moving.

        Leaving is allowed only with a watch that keeps checking the purchase and tells the operator its outcome.
        """
        if not self.money_may_move():
            then()
            return None
        if self.watch is None:
            self.show_notice(self.tr("Önceki satışın ödeme sonucu henüz belli değil; önce onu tamamlayın."))
            return None
        if self.leave_question is not None:
            return self.leave_question  # already asking

        def answered(_result: int) -> None:
            self.leave_question = None

        box = ask_while_money_moves(
            self, "leavePayingSale",
            self.tr("Başka bir işleme geçerseniz sonuç arka planda sigorta şirketinden sorulmaya devam eder; poliçe "
                    "düzenlenirse size bildirilir ve 'Bekleyen işlemler' sayfasında görünür. Bu satış için tekrar "
                    "ödeme almayın."),
            self.tr("&Yeni işleme geç"), self.tr("Bu &satışta kal"), then)  # the old sale is left as it goes
        box.finished.connect(answered)
        self.leave_question = box
        return box

    def snapshot(self) -> dict[str, Any]:
        return self.flow.to_dict()

    def take_focus(self) -> None:
        """The main window shows this page: the keyboard goes where the current step's work starts."""
        self.current_page.take_focus()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def escape(self) -> None:
        if not self.current_page.escape():
            self.go_back()

    def go_back(self) -> None:
        if self.flow.can_go_back():
            self.notice.hide()
            self.flow.back()

    # --- plumbing ----------------------------------------------------------------------------------
    def _start(self, sale: Sale) -> None:
        """Another sale takes the screen: the old one is left, then new pages draw the new one."""
        if sale is self.sale:
            return
        self.sale.leave()
        self.sale.flow.remove_listener(self._flow_changed)
        self.sale = sale
        self._shown = None
        self._build_pages()
        self._attach(sale)

    def _attach(self, sale: Sale) -> None:
        self._shown = None
        sale.flow.add_listener(self._flow_changed)
        self._render()

    def _flow_changed(self, flow: SalesFlow) -> None:
        if flow is self.sale.flow:
            self._render()

    def _advance(self, changes: dict[str, Any]) -> None:
        page = self.sender()
        if page is not self.current_page:
            return  # a late answer from a page that is no longer on screen
        try:
            self.flow.advance(**changes)
        except FlowError as exc:
            self.banner.show_message(str(exc))

    def _record(self, changes: dict[str, Any]) -> None:
        self.flow.update(**changes)

    def _render(self) -> None:
        current = self.flow.current
        if current != self._shown:
            if self._shown is not None:
                self.pages[self._shown].leave()
                self.notice.hide()  # a notice belongs to the step it was given on
                self.banner.hide()
            self._shown = current
            page = self.pages[current]
            self.stack.setCurrentWidget(page)
            page.enter(self.flow.data)
        else:
            self.pages[current].data = self.flow.data
        self.back_button.setEnabled(self.flow.can_go_back())
        self.steps.show_current(ORDER.index(self.flow.current))
        self.state_changed.emit(self.flow.to_dict())
