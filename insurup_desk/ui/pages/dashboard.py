"""The "Pano" page: production at a glance for the branch (tiles first, then the charts).

It only draws ``DashboardService`` state: the period buttons ask the service for figures, the service tells
the page after the tiles and again after the charts. Offline, the cached figures are shown with the
"çevrimdışı — HH:MM verisi" marker; a finished sale reloads the shown period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError
from insurup_desk.domain.formats import format_date, format_money
from insurup_desk.domain.numbers import compact_money, format_count, format_percent
from insurup_desk.services.context import AppContext
from insurup_desk.services.dashboard import (
    Dashboard,
    DashboardService,
    Kpis,
    Period,
    Span,
    Stage,
    change_percent,
    is_manager,
)
from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op
from insurup_desk.ui.tables.labels import branch_labels
from insurup_desk.ui.tables.offline_marker import OfflineMarker

from .dashboard_cards import ChartCard, KpiTile
from .dashboard_charts import BarChart, LineChart, StackedBarChart, StackRow, by_week
from .dashboard_tables import Column, FigureTable, Kind


def branch_label(branch: str) -> str:
    """The lists' label for a branch; one the desk has no name for is shown as the server spells it."""
    return branch_labels().get(branch, branch.title())


class DashboardPage(QWidget):
    """``manager``: the account leads a branch (the page comes first and shows representatives' earnings)."""

    def __init__(self, service: DashboardService, *, manager: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.service = service
        self.manager = manager
        self.navigation_first = manager  # the main window puts the page first in the side menu
        self._loaded_once = False

        self.banner = ErrorBanner(self)
        self.busy = BusyBar(self)
        self.offline = OfflineMarker(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("dashboardSpan")
        self.empty = QLabel(self.tr("Bu dönemde poliçe ya da teklif yok. Başka bir dönem seçin."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.period_buttons: dict[Period, QPushButton] = {}
        group = QButtonGroup(self)
        bar = QHBoxLayout()
        for period, text in ((Period.TODAY, self.tr("Bugün")), (Period.WEEK, self.tr("Bu hafta")),
                             (Period.MONTH, self.tr("Bu ay")), (Period.RANGE, self.tr("Aralık"))):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setObjectName("periodButton")
            group.addButton(button)
            button.clicked.connect(lambda _c=False, p=period: self.choose(p))
            self.period_buttons[period] = button
            bar.addWidget(button)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.apply_button = QPushButton(self.tr("Uygula"), self)
        self.apply_button.clicked.connect(lambda: self.choose(Period.RANGE))
        for widget in (self.start_edit, QLabel("–", self), self.end_edit, self.apply_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.offline)
        self.refresh_button = QPushButton(self.tr("Yenile"), self)
        self.refresh_button.setToolTip("F5")
        self.refresh_button.clicked.connect(self.refresh)
        bar.addWidget(self.refresh_button)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.tiles = {
            "policies": KpiTile(self.tr("Poliçe"), self),
            "premium": KpiTile(self.tr("Brüt prim"), self),
            "commission": KpiTile(self.tr("Komisyon"), self),
            "conversion": KpiTile(self.tr("Tekliften poliçeye"), self),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        self.cards = self._cards()
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 2, i % 2)
            card.setMinimumHeight(250)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setObjectName("dashboardScroll")

        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 6)
        column.addLayout(bar)
        column.addWidget(self.caption)
        column.addWidget(self.busy)
        column.addWidget(self.banner)
        column.addLayout(tiles)
        column.addWidget(self.empty)
        column.addWidget(scroll, 1)

        self.service.add_listener(self.draw)
        self._sync_period(service.period)
        self.draw(service.state)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        today = self.service.spans(Period.TODAY)[0].start
        edit.setDate(QDate(today.year, today.month, today.day))
        edit.setMaximumDate(QDate(today.year, today.month, today.day))
        return edit

    def _cards(self) -> dict[str, ChartCard]:
        day, money, count, pct = Kind.DATE, Kind.MONEY, Kind.COUNT, Kind.PERCENT
        specs: list[tuple[str, str, str, list[Column], object]] = [
            ("premium", self.tr("Zaman içinde brüt prim"), "prim-zaman",
             [Column(self.tr("Tarih"), day), Column(self.tr("Poliçe"), count), Column(self.tr("Brüt prim"), money)],
             LineChart(compact_money)),
            ("insurers", self.tr("Sigorta şirketine göre prim"), "prim-sirket",
             [Column(self.tr("Sigorta şirketi")), Column(self.tr("Poliçe"), count),
              Column(self.tr("Brüt prim"), money)],
             BarChart(format_money)),
            ("branches", self.tr("Ürün branşına göre prim"), "prim-brans",
             [Column(self.tr("Branş")), Column(self.tr("Poliçe"), count), Column(self.tr("Brüt prim"), money),
              Column(self.tr("Pay"), pct)],
             BarChart(format_money)),
            ("conversion", self.tr("Tekliften poliçeye dönüşüm"), "donusum",
             [Column(self.tr("Tarih"), day), Column(self.tr("Teklif"), count), Column(self.tr("Poliçe"), count),
              Column(self.tr("Dönüşüm"), pct)],
             LineChart(lambda v: format_percent(v, 0))),
            ("renewals", self.tr("Yaklaşan yenilemeler"), "yenilemeler",
             [Column(self.tr("Süre")), Column(self.tr("Vadesi gelen"), count), Column(self.tr("Yenilenen"), count),
              Column(self.tr("Kaybedilen"), count), Column(self.tr("Açık"), count)],
             StackedBarChart(format_count, [self.tr("Yenilenen"), self.tr("Kaybedilen"), self.tr("Açık")])),
        ]
        if self.manager:
            specs.append(("earnings", self.tr("Temsilci kazançları"), "temsilci-kazanclari",
                          [Column(self.tr("Temsilci")), Column(self.tr("Poliçe"), count),
                           Column(self.tr("Kazanç (komisyon)"), money)],
                          None))
        cards: dict[str, ChartCard] = {}
        for key, title, stem, columns, chart in specs:
            assert chart is None or isinstance(chart, LineChart | BarChart | StackedBarChart)
            card = ChartCard(title, stem, FigureTable(columns, self), chart, self.banner, self)
            card.setObjectName("chartCard")
            if chart is None:
                card.toggle_table()
            cards[key] = card
        return cards

    # --- asking -------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()

    def chosen_span(self) -> Span | None:
        start, end = (dt.date(d.year(), d.month(), d.day()) for d in (self.start_edit.date(), self.end_edit.date()))
        if end < start:
            return None
        return Span(start, end)

    def choose(self, period: Period) -> None:
        chosen = None
        if period is Period.RANGE:
            chosen = self.chosen_span()
            if chosen is None:
                self.banner.show_message(self.tr("Bitiş tarihi başlangıçtan önce olamaz."))
                return
        self._sync_period(period)
        self._loaded_once = True
        run_op(self, self.service.load(period, chosen), busy=self.busy, banner=self.banner,
               caption=self.tr("Pano yükleniyor…"))

    def choose_span(self, span: Span) -> None:
        """Show ``span`` as the chosen range (the date fields follow)."""
        for edit, day in ((self.start_edit, span.start), (self.end_edit, span.end)):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.choose(Period.RANGE)

    def refresh(self) -> None:
        self._loaded_once = True
        run_op(self, self.service.load(), busy=self.busy, banner=self.banner, caption=self.tr("Pano yükleniyor…"))

    def sale_finished(self) -> None:
        """Called when a sale issued a policy: the shown figures are out of date."""
        if self._loaded_once:
            run_op(self, self.service.sale_finished(), busy=self.busy, banner=self.banner,
                   caption=self.tr("Pano yükleniyor…"))

    def _sync_period(self, period: Period) -> None:
        self.period_buttons[period].setChecked(True)

    def follow_sales(self, wizard: QObject | None) -> None:
        """Reload when the sale wizard reports a policy it had not reported before."""
        signal = getattr(wizard, "state_changed", None)
        if signal is None:
            return
        seen: set[str] = set()

        def sale_state(state: dict[str, Any]) -> None:
            policy_id = (state.get("data") or {}).get("policy_id")
            if policy_id and policy_id not in seen:
                seen.add(policy_id)
                self.sale_finished()

        signal.connect(sale_state)

    # --- drawing ------------------------------------------------------------------------------------

    def draw(self, state: Dashboard) -> None:
        span = state.span
        self.caption.setText(self.tr("%1 – %2 (önceki dönem %3 – %4)")
                             .replace("%1", format_date(span.start)).replace("%2", format_date(span.end))
                             .replace("%3", format_date(state.previous_span.start))
                             .replace("%4", format_date(state.previous_span.end)))
        self.offline.set_fetched_at(state.fetched_at)
        if state.stage is Stage.FAILED and state.error is not None:
            if isinstance(state.error, ApiError):
                self.banner.show_error(state.error)
            else:
                self.banner.show_message(self.tr("Pano yüklenemedi."))
        if state.kpis is None:
            for tile in self.tiles.values():
                tile.clear_figure()
        else:
            self._draw_tiles(state.kpis, state.previous)
        self.empty.setVisible(state.stage is Stage.READY and state.is_empty)
        if state.stage is Stage.READY:
            self._draw_charts(state)

    def _draw_tiles(self, now: Kpis, before: Kpis | None) -> None:
        def tile(key: str, value: Decimal | float | int, previous: Decimal | float | int | None,
                 text: Callable[[Any], str]) -> None:
            change = None if previous is None else change_percent(value, previous)
            self.tiles[key].show_figure(text(value), change, "—" if previous is None else text(previous))

        tile("policies", now.policies, before.policies if before else None, format_count)
        tile("premium", now.premium, before.premium if before else None, format_money)
        tile("commission", now.commission, before.commission if before else None, format_money)
        tile("conversion", now.conversion_rate, before.conversion_rate if before else None, format_percent)

    def _draw_charts(self, state: Dashboard) -> None:
        cards = self.cards
        points = state.premium_over_time
        cards["premium"].model.set_rows([(p.date, p.count, p.premium) for p in points])
        premium_chart = cards["premium"].chart
        assert isinstance(premium_chart, LineChart)
        premium_chart.set_points(*by_week([p.date for p in points], [float(p.premium) for p in points]))

        cards["insurers"].model.set_rows([(g.group_key, g.count, g.premium) for g in state.by_insurer])
        insurers = cards["insurers"].chart
        assert isinstance(insurers, BarChart)
        insurers.set_bars([g.group_key for g in state.by_insurer], [float(g.premium) for g in state.by_insurer])

        by_branch = sorted(state.by_branch, key=lambda b: -b.premium)
        cards["branches"].model.set_rows([(branch_label(b.branch), b.count, b.premium, b.percentage)
                                          for b in by_branch])
        branches = cards["branches"].chart
        assert isinstance(branches, BarChart)
        branches.set_bars([branch_label(b.branch) for b in by_branch], [float(b.premium) for b in by_branch])

        trend = state.conversion
        cards["conversion"].model.set_rows([(p.date, p.proposal_count, p.policy_count, p.conversion_rate)
                                            for p in trend])
        conversion = cards["conversion"].chart
        assert isinstance(conversion, LineChart)
        weeks, proposals = by_week([p.date for p in trend], [p.proposal_count for p in trend])
        _weeks, bought = by_week([p.date for p in trend], [p.policy_count for p in trend])
        conversion.set_points(weeks, [100 * b / n if n else 0.0 for b, n in zip(bought, proposals, strict=True)])

        windows = state.renewals
        days = self.tr("%1 gün")
        cards["renewals"].model.set_rows([(days.replace("%1", str(w.days)), w.due, w.renewed, w.lost, w.open)
                                          for w in windows])
        renewals = cards["renewals"].chart
        assert isinstance(renewals, StackedBarChart)
        renewals.set_rows([StackRow(days.replace("%1", str(w.days)), (w.renewed, w.lost, w.open)) for w in windows])

        if "earnings" in cards:
            cards["earnings"].model.set_rows([(e.representative_name or "—", e.policy_count, e.earnings)
                                              for e in state.earnings])


def dashboard_page(ctx: AppContext) -> QWidget | None:
    """None for a client without the analytics routes (a test stand-in of the desk's client)."""
    from insurup_desk.api.analytics import AnalyticsApi
    from insurup_desk.services.cached_reads import CachedReads

    analytics = getattr(ctx.client, "analytics", None)
    if not isinstance(analytics, AnalyticsApi):
        return None
    manager = is_manager(ctx.session.user)
    reads = CachedReads(ctx.client, ctx.store, ctx.connectivity)
    service = DashboardService(analytics, ctx.client.graphql, reads, with_earnings=manager)
    return DashboardPage(service, manager=manager)
