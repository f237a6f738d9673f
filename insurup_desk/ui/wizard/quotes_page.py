"""Step 3: ask every insurer at once and watch the prices arrive; compare, pick an offer and a plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError, NetworkError, NotFound, RequestTimeout
from insurup_desk.api.models import CoverageGroup, Proposal
from insurup_desk.domain.formats import format_money
from insurup_desk.services.property_service import PropertyService
from insurup_desk.services.quote_board import QuoteRow
from insurup_desk.services.quote_collector import PollSchedule, QuoteCollector
from insurup_desk.services.renewals import OutsideRenewalPeriod
from insurup_desk.services.revise import ProductChoices, Reviser, revised_coverage
from insurup_desk.services.sale import Sale
from insurup_desk.services.sales_flow import SaleData
from insurup_desk.ui.background import run_op
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.no_viewer import Opener, open_with_system
from insurup_desk.ui.tables.cut_text import show_cut_text
from insurup_desk.ui.theme import mark_primary
from insurup_desk.ui.wizard.branch_words import asset_line
from insurup_desk.ui.wizard.common import needs_line_text, page_title
from insurup_desk.ui.wizard.documents_menu import DocumentsMenu
from insurup_desk.ui.wizard.imm_choice_widget import ImmQuotesChoice
from insurup_desk.ui.wizard.konut_options import KonutOptions
from insurup_desk.ui.wizard.page_base import WizardPage
from insurup_desk.ui.wizard.quotes_documents import OfferDocuments
from insurup_desk.ui.wizard.quotes_model import CHANGE, INSURER, PLANS, PREMIUM, PRODUCT, SORT_ROLE, STATUS, QuotesModel
from insurup_desk.ui.wizard.revise_dialogs import ChoicesDialog, GroupsDialog

# The status column's width before any answer ("Bekleniyor (12 sn)", a failure's reason).
STATUS_WIDTH = 300
# When measured columns are wider than the table: which give room back, in turn, and down to what width. A status
# of "Fiyat geldi · ödenemez (robot)", the plans up to 6 installments and a robot product's name stay whole.
GIVES_ROOM = ((STATUS, 220), (PLANS, 190), (PRODUCT, 190))
# The branches this step switches between (both price the same vehicle).
MOTOR_PAIR = ("TRAFIK", "KASKO")


class QuotesPage(WizardPage):
    def __init__(self, sale: Sale, parent: QWidget | None = None, *,
                 schedule: PollSchedule | None = None) -> None:
        super().__init__(sale, parent)
        self.schedule = schedule
        self.open_file: Opener = open_with_system
        self.collector: QuoteCollector | None = None
        self.awaiting_line = False  # a request for quotes is waiting for the line to return
        self.reviser = Reviser(sale)
        # Open while the operator decides: outside the renewal period, or which groups/options to revise with.
        self.renewal_question: QMessageBox | None = None
        self.revise_dialog: GroupsDialog | ChoicesDialog | None = None
        self._asked_by_itself = False  # a renewal sale asks once by itself when it reaches this step
        self._revise_note = ""  # what the last revise did, kept on screen once its prices are in
        self.documents = OfferDocuments(self)
        self.model = QuotesModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)

        self.trafik = QRadioButton(self.tr("&Trafik"), self)
        self.kasko = QRadioButton(self.tr("Ka&sko"), self)
        self.trafik.setChecked(True)
        branches = QButtonGroup(self)
        branches.addButton(self.trafik)
        branches.addButton(self.kasko)
        self.kasko.toggled.connect(self._branch_changed)
        self.group = QComboBox(self)
        self.group.setEnabled(False)
        self.group.setMinimumWidth(220)
        self.start_date = QDateEdit(self)
        self.start_date.setDisplayFormat("dd.MM.yyyy")
        self.start_date.setCalendarPopup(True)
        self.ask_button = QPushButton(self.tr("T&eklifleri al"), self)
        self.ask_button.clicked.connect(self.ask)
        # Konut's declared values and options (shown for a Konut sale only).
        self.konut = KonutOptions(self)
        self.konut.hide()
        self._scopes_asked = False

        self.progress_line = QLabel(self)
        self.progress_line.setObjectName("hint")
        # How quotes reach the table: live hub events, or polling when the hub is not there.
        self.feed_mode = QLabel(self)
        self.feed_mode.setObjectName("feedMode")
        self.feed_mode.hide()
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.outcome_line = QLabel(self)
        self.outcome_line.setObjectName("infoLabel")
        self.outcome_line.setWordWrap(True)
        self.outcome_line.hide()

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PREMIUM, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # One tab stop: Tab leaves the table (moving across cells would silently change the insurer); ↑/↓ move
        # between offers and the number keys pick the plan with that many installments.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        # Fixed widths: measuring contents on every live update would stall the UI while prices arrive.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((INSURER, 200), (PRODUCT, 210), (STATUS, STATUS_WIDTH), (PREMIUM, 120), (PLANS, 190)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setColumnHidden(CHANGE, True)  # shown on a renewal sale only
        header.moveSection(header.visualIndex(CHANGE), header.visualIndex(PREMIUM) + 1)  # the change by the price
        self.table.setColumnWidth(CHANGE, 130)
        show_cut_text(self.table)
        # Which row is current is the sale's (sale.offers); this flag only tells our own moves from the operator's.
        self._selecting = False
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._current_moved())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.primary())

        self.sort_price = QPushButton(with_key(self.tr("Fiyata göre"), "Alt+1"), self)
        self.sort_insurer = QPushButton(with_key(self.tr("Şirkete göre"), "Alt+2"), self)
        self.sort_price.clicked.connect(lambda: self.table.sortByColumn(PREMIUM, Qt.SortOrder.AscendingOrder))
        self.sort_insurer.clicked.connect(lambda: self.table.sortByColumn(INSURER, Qt.SortOrder.AscendingOrder))
        self.plan = QComboBox(self)
        self.plan.setMinimumWidth(280)
        self.plan.currentIndexChanged.connect(lambda _i: self._name_continue())
        self.plan.currentIndexChanged.connect(lambda _i: self.plan.setToolTip(self.plan.currentText()))
        # "3 taksit × ₺5.052,84 (toplam ₺15.158,51)" in full.
        self.plan.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.retry_button = QPushButton(with_key(self.tr("Tekrar de&ne"), "F5"), self)
        self.coverage_button = QPushButton(with_key(self.tr("Te&minatlar / karşılaştır"), "Ctrl+T"), self)
        # The offer's documents, the comparison PDF, printing and sending: one menu, each entry with its own key.
        self.belgeler = DocumentsMenu(self, self.documents)
        self.continue_button = QPushButton(self.tr("Bu teklifle de&vam et"), self)
        mark_primary(self.continue_button)
        self.retry_button.clicked.connect(self.retry_selected)
        self.coverage_button.clicked.connect(self.documents.show_comparison)
        self.continue_button.clicked.connect(self.primary)
        for keys, slot in (("F5", self.retry_selected), ("Ctrl+T", self.documents.show_comparison),
                           ("Alt+1", self.sort_price.click), ("Alt+2", self.sort_insurer.click)):
            QShortcut(QKeySequence(keys), self, slot)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.model.tick)

        request = QHBoxLayout()
        request.addWidget(self.trafik)
        request.addWidget(self.kasko)
        self.group_label = QLabel(self.tr("Teminat grubu:"), self)
        request.addWidget(self.group_label)
        request.addWidget(self.group)
        request.addWidget(QLabel(self.tr("Başlangıç:"), self))
        request.addWidget(self.start_date)
        request.addStretch(1)
        request.addWidget(self.ask_button)
        self._build_revise_actions()

        sorting = QHBoxLayout()
        sorting.addWidget(self.progress_line, 1)
        sorting.addWidget(self.revise_groups_button)
        sorting.addWidget(self.revise_product_button)
        sorting.addWidget(self.feed_mode)
        sorting.addWidget(self.sort_price)
        sorting.addWidget(self.sort_insurer)
        actions = QHBoxLayout()
        for button in (self.retry_button, self.coverage_button, self.belgeler.button):
            actions.addWidget(button)
        actions.addStretch(1)
        choose = QHBoxLayout()
        plan_label = QLabel(self.tr("Ödeme p&lanı:"), self)
        plan_label.setBuddy(self.plan)  # Alt+L reaches the plan box; so does Tab from the table
        choose.addWidget(plan_label)
        choose.addWidget(self.plan)
        choose.addStretch(1)
        choose.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        self.context_line = QLabel(self)
        self.context_line.setObjectName("hint")
        # A renewal: last year's insurer, policy and premium; each offer's change is in its own column.
        self.renewal_line = QLabel(self)
        self.renewal_line.setObjectName("renewalLine")
        self.renewal_line.hide()
        layout.addWidget(page_title(self.tr("Teklifler"), self))
        layout.addWidget(self.context_line)
        layout.addWidget(self.renewal_line)
        layout.addLayout(request)
        layout.addWidget(self.konut)
        # İMM's own coverage choice (limit, rental car, load, assistance), shown for an İMM sale only.
        self.imm_choice = ImmQuotesChoice(self)
        layout.addWidget(self.imm_choice)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy)
        layout.addLayout(sorting)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome_line)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(choose)
        # From the offers straight to the plan and the button that buys: the document actions come after.
        self.setTabOrder(self.table, self.plan)
        self.setTabOrder(self.plan, self.continue_button)
        self._selection_changed()

    # --- WizardPage -------------------------------------------------------------------------------
    def enter(self, sale: SaleData) -> None:
        super().enter(sale)
        word, label = asset_line(sale)
        self.context_line.setText(self.tr("Müşteri: %1 · %2: %3").replace("%1", sale.customer_label or "—")
                                  .replace("%2", word).replace("%3", label or "—"))
        (self.kasko if sale.branch == "KASKO" else self.trafik).setChecked(True)
        self._show_branch(sale)
        today = dt.date.today()
        self.start_date.setMinimumDate(QDate(today.year, today.month, today.day))
        start = dt.date.fromisoformat(sale.policy_start_date) if sale.policy_start_date else today
        self.start_date.setDate(QDate(start.year, start.month, start.day))
        self._show_renewal(sale)
        if sale.proposal_id:
            if self.collector is None or self.collector.proposal_id != sale.proposal_id:
                self._watch(sale.proposal_id)
        else:
            self._clear()
            if sale.renewal_of and not self._asked_by_itself:
                self._asked_by_itself = True
                self.ask()  # renew in one action: the sale arrives here to be priced
        self.table.setFocus()

    def _show_renewal(self, sale: SaleData) -> None:
        baseline = _decimal(sale.renewal_premium) if sale.renewal_of else None
        self.model.set_baseline(baseline)
        self.table.setColumnHidden(CHANGE, baseline is None)
        if not sale.renewal_of:
            self.renewal_line.hide()
            return
        last = format_money(baseline) if baseline is not None else "—"
        self.renewal_line.setText(self.tr("Yenileme · geçen yıl: %1 · brüt prim %2 · her teklifin değişimi "
                                          "'Geçen yıla göre' sütununda").replace("%1", sale.renewal_label or "—")
                                  .replace("%2", last))
        self.renewal_line.show()

    def leave(self) -> None:
        self.awaiting_line = False
        self._stop()

    def line_returned(self) -> None:
        """The line is back: a request that waited for it goes out now, from where the operator was."""
        if self.awaiting_line:
            self.ask()

    def primary(self) -> None:
        if self.data.proposal_id is None or self.collector is None:
            self.ask()
            return
        row = self.current_row()
        if row is None or not row.payable:
            self.outcome_line.setText(self.tr("Ödenebilir bir teklif seçin (robot ürünler ve başarısız "
                                              "teklifler bu kanaldan satın alınamaz)."))
            self.outcome_line.show()
            return
        installments = int(self.plan.currentData() or 1)
        self.finish(proposal_id=self.data.proposal_id, proposal_product_id=row.id,
                    offer_label=f"{row.insurer} · {row.product}", installment_number=installments)

    def take_focus(self) -> None:
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and Qt.Key.Key_1.value <= event.key() <= Qt.Key.Key_9.value
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.pick_plan(event.key() - Qt.Key.Key_0.value)
            return True
        return super().eventFilter(watched, event)

    def pick_plan(self, installments: int) -> None:
        """A number key: the current offer's plan with that many installments (1 is cash)."""
        index = self.plan.findData(installments)
        if index >= 0:
            self.plan.setCurrentIndex(index)
            return
        if self.plan.count():
            self.outcome_line.setText(self.tr("Bu teklifte %1 taksitli plan yok.").replace("%1", str(installments)))
            self.outcome_line.show()

    # --- asking -----------------------------------------------------------------------------------
    def _show_branch(self, sale: SaleData) -> None:
        """Trafik and Kasko switch on this step; another branch was chosen on the asset step and is asked as it is."""
        motor = sale.branch in MOTOR_PAIR
        for widget in (self.trafik, self.kasko, self.group_label, self.group):
            widget.setVisible(motor)
        self.konut.setVisible(sale.branch == "KONUT")
        if sale.branch == "KONUT":
            if not self._scopes_asked:
                self._scopes_asked = True
                # Without the list the three contract scopes stay offered; the quotes do not depend on it.
                run_op(self, PropertyService(self.service.client).konut_scopes(), on_success=self.konut.offer_scopes,
                       on_error=lambda _e: True)
            self.konut.load(sale)
        self.imm_choice.enter(sale)

    def ask(self) -> None:
        branch = self.data.branch
        if branch in MOTOR_PAIR:
            branch = "KASKO" if self.kasko.isChecked() else "TRAFIK"
        options = None
        if branch == "KONUT":
            if not self.konut.validate():
                return
            options = self.konut.options()
        elif branch == "IMM":
            options = self.imm_choice.sale_fields()
        start = self.start_date.date().toPython()
        group_data = self.group.currentData() if branch == "KASKO" else None
        # The group list may still be loading: the sale's own group (e.g. last year's, on a renewal) stands.
        group = str(group_data) if group_data else (self.data.coverage_group_id if branch == "KASKO" else None)
        start_iso = start.isoformat() if isinstance(start, dt.date) else None
        self._stop()
        self._revise_note = ""
        if self.line_down():
            self._wait_for_line()
            return
        self.awaiting_line = False
        self.outcome_line.hide()

        def created(proposal_id: str) -> None:
            self.data = self.sale.data
            self._watch(proposal_id)

        def line_failed(error: ApiError) -> bool:
            if isinstance(error, NetworkError | RequestTimeout):
                self._wait_for_line()
                return True
            if isinstance(error, OutsideRenewalPeriod):
                self._ask_outside_renewal_period(error)
                return True
            return False

        run_op(self, self.sale.ask_for_quotes(branch, group, start_iso, options), on_success=created,
               on_error=line_failed, banner=self.banner, busy=self.busy, caption=self.tr("Teklif isteniyor…"),
               disable=[self.ask_button])

    def _ask_outside_renewal_period(self, error: ApiError) -> None:
        """The server's renewal-period precheck refused: the operator decides whether to ask anyway."""
        # The server's own words name the current policy and its end date.
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Yenileme dönemi dışında"), error.detail, parent=self)
        box.setObjectName("renewalPeriodQuestion")
        box.setInformativeText(self.tr("Sigorta şirketleri yine de fiyat verebilir; mevcut poliçe bitmeden yeni "
                                       "poliçe başlayabilir. Teklifler yine de istensin mi?"))
        go = box.addButton(self.tr("Yine de teklif al"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Vazgeç"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)

        def answered(_result: int) -> None:
            self.renewal_question = None
            if box.clickedButton() is go:
                self.sale.flow.update(bypass_renewal_period=True)  # kept for this vehicle until it changes
                self.ask()
            else:
                self.outcome_line.setText(self.tr("Yenileme dönemi dışında olduğu için teklif istenmedi."))
                self.outcome_line.show()

        box.finished.connect(answered)
        self.renewal_question = box
        box.open()

    def _wait_for_line(self) -> None:
        self.awaiting_line = True
        self.outcome_line.setText(needs_line_text(self.tr("Teklif almak")) + " " + self.tr(
            "Teklifler hat gelince kendiliğinden istenecek."))
        self.outcome_line.show()

    def _watch(self, proposal_id: str) -> None:
        self._stop()
        self.model.reset(self.sale.offers.restart())
        self.outcome_line.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_line.setText(self.tr("Sigorta şirketlerine soruluyor…"))
        self.collector = QuoteCollector(self.service.proposal, proposal_id, self._on_proposal, self._on_poll_error,
                                        schedule=self.schedule, live=self.service.live, on_mode=self._show_mode)
        self._show_mode(self.collector.mode)
        self.collector.start()
        self._ticker.start()
        self._watch_end()

    def _watch_end(self) -> None:
        collector = self.collector
        if collector is None:
            return

        async def wait_end() -> None:
            await collector.wait()

        run_op(self, wait_end(), on_success=lambda _r: self._collector_finished(collector))

    def _on_proposal(self, proposal: Proposal) -> None:
        if self.collector is None or proposal.proposal_id != self.collector.proposal_id:
            return  # a late answer about a proposal this board no longer shows (e.g. before a revise)
        self.model.apply(proposal)
        board = self.model.board
        self.progress.setRange(0, max(1, board.total))
        self.progress.setValue(board.answered)
        self.progress_line.setText(self.tr("%1/%2 şirket yanıt verdi").replace("%1", str(board.answered))
                                   .replace("%2", str(board.total)))
        target = self.sale.offers.target
        if self.sale.offers.following_best and target is not None:
            self._select_row_id(target)
        self._selection_changed()

    def _show_mode(self, mode: str) -> None:
        live = mode == "live"
        self.feed_mode.setText(self.tr("● canlı") if live else self.tr("yoklama"))
        self.feed_mode.setToolTip(self.tr("Fiyatlar sigorta şirketi yanıt verdiği anda geliyor.") if live else self.tr(
            "Anlık bağlantı yok; fiyatlar birkaç saniyede bir sorularak alınıyor."))
        self.feed_mode.setProperty("live", live)
        self.feed_mode.style().unpolish(self.feed_mode)
        self.feed_mode.style().polish(self.feed_mode)
        self.feed_mode.show()

    def _on_poll_error(self, error: ApiError) -> None:
        if isinstance(error, NotFound):
            self._proposal_gone()
            return
        self.banner.show_error(error)

    def _proposal_gone(self) -> None:
        """The proposal is no longer on the server (a restarted training sandbox, a resumed old sale): the saved
        customer and vehicle are still the sale's, so Enter asks every insurer again for them."""
        self._stop()
        self.collector = None
        self.model.reset(self.sale.offers.restart())
        self.progress.hide()
        self.changed.emit({"proposal_id": None, "proposal_product_id": None})
        self.data = self.sale.data
        self.progress_line.setText("")
        self.outcome_line.setText(self.tr("Bu teklif artık sunucuda yok (eğitim sunucusu yeniden başlamış olabilir). "
                                          "Aynı müşteri ve araç için teklifleri yeniden istemek için Enter'a basın."))
        self.outcome_line.show()
        self.table.setFocus()

    def _collector_finished(self, collector: QuoteCollector) -> None:
        if collector is not self.collector:
            return
        board = self.model.board
        self._ticker.stop()
        self.progress.hide()
        self._measure_columns()
        if collector.timed_out:
            self.outcome_line.setText(self.tr("5 dakika içinde yanıt vermeyen şirketler oldu. Satırı seçip F5 "
                                              "ile yeniden sorabilirsiniz."))
        elif board.all_failed:
            self.outcome_line.setText(self.tr("Hiçbir sigorta şirketi fiyat veremedi. Araç ve müşteri bilgilerini "
                                              "kontrol edin ya da başarısız satırları F5 ile yeniden deneyin."))
        elif board.best_row is None and board.total:
            self.outcome_line.setText(self.tr("Ödenebilir fiyat gelmedi; robot ürünler bu kanaldan "
                                              "satın alınamaz."))
        else:
            self.outcome_line.setText(self._revise_note)
        self.outcome_line.setVisible(bool(self.outcome_line.text()))

    def _measure_columns(self) -> None:
        """Every answer is in: one measuring pass so warnings and discounts ("⚠ Şirket…") are read in full. A
        failure's long reason, or a renewal's extra column in the main window, would widen the table past the
        screen and push the discounts out of sight: the widest texts give the room back first (a cut text stays
        readable on hover)."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, floor in GIVES_ROOM:
            over = header.length() - self.table.viewport().width()
            if over <= 0:
                return
            width = header.sectionSize(column)
            header.resizeSection(column, max(min(floor, width), width - over))

    def _stop(self) -> None:
        if self.collector is not None:
            self.collector.cancel()
        self._ticker.stop()

    def _clear(self) -> None:
        self._stop()
        self.collector = None
        self.model.reset(self.sale.offers.restart())
        self.progress.hide()
        self.outcome_line.hide()
        self.progress_line.setText(self.tr("Branşı ve başlangıç tarihini seçip Enter'a basın."))

    # --- selection --------------------------------------------------------------------------------
    def current_row(self) -> QuoteRow | None:
        return self.model.row_at(self.proxy.mapToSource(self.table.currentIndex()))

    def selected_rows(self) -> list[QuoteRow]:
        rows = []
        for index in self.table.selectionModel().selectedRows():
            row = self.model.row_at(self.proxy.mapToSource(index))
            if row is not None:
                rows.append(row)
        return rows

    def _select_row_id(self, row_id: str) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            row = self.model.row_at(self.proxy.mapToSource(index))
            if row is not None and row.id == row_id:
                self.sale.offers.showing(row_id)
                self._selecting = True
                try:
                    self.table.setCurrentIndex(index)
                    self.table.selectRow(r)
                finally:
                    self._selecting = False
                return

    def _current_moved(self) -> None:
        """The current row is the offer Enter buys: it is always highlighted, and it is the operator's choice."""
        current = self.table.currentIndex()
        row = self.current_row()
        if not self._selecting and row is not None:
            self.sale.offers.moved_to(row.id)
        if not self._selecting and current.isValid():
            selection = self.table.selectionModel()
            if not selection.isRowSelected(current.row(), current.parent()):
                # Ctrl+Home or Ctrl+click move the current row without selecting it; the highlight follows.
                selection.select(current, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.current_row()
        # Prices arrive while the operator looks: the plan they picked stays picked when the list is redrawn.
        kept = self.plan.currentData()
        self.plan.blockSignals(True)
        self.plan.clear()
        if row is not None:
            for plan in row.plans:
                if plan.installments == 1:
                    text = self.tr("Peşin: %1").replace("%1", format_money(plan.gross, plan.currency))
                else:
                    text = self.tr("%1 taksit × %2 (toplam %3)").replace("%1", str(plan.installments)).replace(
                        "%2", format_money(plan.gross / plan.installments, plan.currency)).replace(
                        "%3", format_money(plan.gross, plan.currency))
                self.plan.addItem(text, plan.installments)
        self.plan.setCurrentIndex(max(0, self.plan.findData(kept)) if self.plan.count() else -1)
        self.plan.blockSignals(False)
        self.plan.setToolTip(self.plan.currentText())
        priced = row is not None and row.status == "priced"
        self.retry_button.setEnabled(row is not None and row.status == "failed")
        quoted = self.collector is not None and self.data.proposal_id is not None
        self.revise_groups_button.setEnabled(quoted and self.data.branch == "KASKO")
        self.revise_product_button.setEnabled(quoted and self.data.branch == "KASKO" and row is not None
                                              and row.status in ("priced", "failed") and not row.is_robot)
        self.continue_button.setEnabled(row is not None and row.payable)
        self._name_continue()
        self.coverage_button.setEnabled(priced)
        self.belgeler.refresh()

    def _name_continue(self) -> None:
        """The button says exactly what Enter buys: insurer, plan and total."""
        row = self.current_row()
        installments = self.plan.currentData()
        plan = next((p for p in row.plans if p.installments == installments), None) if row is not None else None
        if row is None or not row.payable or plan is None:
            self.continue_button.setText(self.tr("Bu teklifle de&vam et"))
            return
        when = self.tr("peşin") if plan.installments == 1 else self.tr("%1 taksit").replace(
            "%1", str(plan.installments))
        self.continue_button.setText(self.tr("%1 · %2 · %3 ile de&vam et").replace("%1", row.insurer).replace(
            "%2", when).replace("%3", format_money(plan.gross, plan.currency)))

    # --- actions ----------------------------------------------------------------------------------
    def retry_selected(self) -> None:
        row = self.current_row()
        pid = self.data.proposal_id
        if row is None or row.status != "failed" or pid is None:
            return

        def retried(_none: None) -> None:
            self.model.mark_retrying(row.id)
            self._selection_changed()
            if self.collector is not None:
                was_running = self.collector.running
                self.collector.poke()
                self._ticker.start()
                self.progress.show()
                if not was_running:
                    self._watch_end()

        run_op(self, self.service.retry(pid, row.id), on_success=retried, banner=self.banner,
               busy=self.busy, caption=self.tr("Yeniden soruluyor…"))

    def _branch_changed(self) -> None:
        kasko = self.kasko.isChecked()
        self.group.setEnabled(kasko)
        if kasko and self.group.count() == 0:
            def fill(groups: list[CoverageGroup]) -> None:
                self.group.clear()
                for group in groups:
                    self.group.addItem(group.name, group.id)
                default = next((i for i, g in enumerate(groups) if g.is_default), 0)
                own = self.group.findData(self.data.coverage_group_id) if self.data.coverage_group_id else -1
                self.group.setCurrentIndex(own if own >= 0 else default)

            run_op(self, self.service.coverage_groups("KASKO"), on_success=fill, banner=self.banner)

    # --- revise -----------------------------------------------------------------------------------
    def _build_revise_actions(self) -> None:
        self.revise_groups_button = QPushButton(with_key(self.tr("Gruplarla yeniden çalış"), "F6"), self)
        self.revise_groups_button.setToolTip(self.tr("Tüm şirketleri başka teminat gruplarıyla yeniden fiyatlat"))
        self.revise_product_button = QPushButton(with_key(self.tr("Teminatları değiştir"), "F7"), self)
        self.revise_product_button.setToolTip(self.tr("Seçili Kasko teklifini başka teminat seçenekleriyle "
                                                      "yeniden fiyatlat"))
        self.revise_groups_button.clicked.connect(self.revise_groups)
        self.revise_product_button.clicked.connect(self.revise_product)
        QShortcut(QKeySequence("F6"), self, self.revise_groups)
        QShortcut(QKeySequence("F7"), self, self.revise_product)

    def revise_groups(self) -> None:
        """F6: price the whole proposal again with other coverage groups (a revised proposal, a new board)."""
        if self.data.proposal_id is None or self.collector is None or self.data.branch != "KASKO":
            self._say(self.tr("Önce Kasko teklifleri alın; teminat grubuyla yeniden çalışma Kasko içindir."))
            return

        def pick(groups: list[CoverageGroup]) -> None:
            chosen = [self.data.coverage_group_id] if self.data.coverage_group_id else []
            dialog = GroupsDialog(groups, chosen, self)
            dialog.accepted.connect(lambda: self._send_groups(dialog.selected()))
            dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
            self.revise_dialog = dialog
            dialog.open()

        run_op(self, self.reviser.groups(), on_success=pick, banner=self.banner)

    def _send_groups(self, group_ids: list[str]) -> None:
        def revised(new_id: str) -> None:
            self.data = self.sale.data
            shown = self.group.findData(self.data.coverage_group_id)
            if shown >= 0:
                self.group.setCurrentIndex(shown)
            self._watch(new_id)
            self._revise_note = self.tr("Teklif seçilen teminat gruplarıyla yeniden çalışıldı; önceki teklifler "
                                        "listeden kaldırıldı.")
            self._say(self._revise_note)

        run_op(self, self.reviser.revise_proposal(group_ids), on_success=revised, banner=self.banner,
               busy=self.busy, caption=self.tr("Teklif yeniden çalışılıyor…"), disable=[self.revise_groups_button])

    def revise_product(self) -> None:
        """F7: price the current Kasko offer again with other coverage choices."""
        row = self.current_row()
        if (row is None or self.data.proposal_id is None or self.data.branch != "KASKO"
                or row.status not in ("priced", "failed") or row.is_robot):
            self._say(self.tr("Teminatlarını değiştirmek için fiyatı gelmiş ya da başarısız bir Kasko teklifi "
                              "seçin."))
            return

        def pick(choices: ProductChoices) -> None:
            if not choices.fields:
                self._say(self.tr("%1 bu ürün için teminat seçeneği sunmuyor.").replace("%1", row.insurer))
                return
            dialog = ChoicesDialog(f"{row.insurer} · {row.product}", choices.fields, self)
            dialog.accepted.connect(lambda: self._send_choices(row, revised_coverage(choices.coverage,
                                                                                     dialog.picked())))
            dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
            self.revise_dialog = dialog
            dialog.open()

        run_op(self, self.reviser.product_choices(row.id), on_success=pick, banner=self.banner, busy=self.busy,
               caption=self.tr("Teminat seçenekleri okunuyor…"))

    def _send_choices(self, row: QuoteRow, coverage: dict[str, object]) -> None:
        def revised(_none: None) -> None:
            self.model.mark_revising(row.id)
            self.sale.offers.operator_choice = None  # Enter buys the best offer shown, not one being re-priced
            target = self.sale.offers.target
            if target is not None:
                self._select_row_id(target)
            self._selection_changed()
            if self.collector is not None:
                was_running = self.collector.running
                self.collector.poke()
                self._ticker.start()
                self.progress.show()
                if not was_running:
                    self._watch_end()

        run_op(self, self.reviser.revise_product(row.id, coverage), on_success=revised, banner=self.banner,
               busy=self.busy, caption=self.tr("Yeniden fiyatlanıyor…"))

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.revise_dialog is dialog:
            self.revise_dialog = None
        dialog.deleteLater()

    def _say(self, text: str) -> None:
        self.outcome_line.setText(text)
        self.outcome_line.show()


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except InvalidOperation:
        return None
