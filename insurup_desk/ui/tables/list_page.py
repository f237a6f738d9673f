"""The frame every list page shares: search and filters, the paged table, total, export and a detail pane.

Keyboard: Ctrl+F jumps to the search box, F5 reloads, Enter (or a double-click) opens the selected row's
detail. Rows served from the local cache (line down) are marked "çevrimdışı — HH:MM verisi"; when the line
comes back such a list reloads itself. Pages subclass this, add their filter widgets and say how filters
become a ``ListQuery``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypedDict, Unpack

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.api.errors import ApiError
from insurup_desk.services.api_ports import SaleClient
from insurup_desk.services.cached_reads import CachedReads, page_fetcher
from insurup_desk.services.connectivity import LineState
from insurup_desk.services.export import ExportFormat
from insurup_desk.services.home_addresses import HomeAddressReader
from insurup_desk.services.list_queries import ListQuery
from insurup_desk.services.list_sources import ListSource
from insurup_desk.ui.background import ErrorBanner, stop_with_ops
from insurup_desk.ui.keys import with_key
from insurup_desk.ui.tables.column_chooser import ColumnChooser
from insurup_desk.ui.tables.columns import TableSpec
from insurup_desk.ui.tables.export_dialog import ExportRun, ask_export_path, visible_export_columns
from insurup_desk.ui.tables.filter_bar import BranchPicker, ChoiceButton, DateRange, SearchBox
from insurup_desk.ui.tables.formatting import format_count
from insurup_desk.ui.tables.list_view import ListTableView, configure_list_view
from insurup_desk.ui.tables.offline_marker import OfflineMarker
from insurup_desk.ui.tables.paged_model import PagedTableModel

Row = tuple[Any, ...]


NOTICE_MS = 20_000  # how long a passing notice stays beside the list's title
HOMES_REDRAW_MS = 150  # addresses learnt within this long are drawn in one repaint


class ListOptions(TypedDict, total=False):
    """What the window hands every list page alike (ui/pages/factories.py)."""

    settings: QSettings | None  # where the column choices are kept
    profile: str  # whose column choices (per signed-in user)
    page_size: int
    reads: CachedReads | None  # through the local cache, so the list still shows (marked) when the line is down


class ListPage(QWidget):
    def __init__(
        self,
        spec: TableSpec,
        client: SaleClient,
        source: ListSource,
        *,
        entity: str,
        title: str,
        search_placeholder: str,
        order: tuple[tuple[str, str], ...] = (),
        parent: QWidget | None = None,
        **options: Unpack[ListOptions],
    ) -> None:
        """``entity`` names the list in the local cache; ``source`` is the GraphQL list its rows come from."""
        super().__init__(parent)
        self.spec = spec
        self.reads = options.get("reads")
        fetch_page = page_fetcher(client, self.reads, source, entity)
        self.model = PagedTableModel(spec, fetch_page, page_size=options.get("page_size", 100), parent=self)
        # Rows of homes show their address: the homes of the rows drawn are read beside the list, and the
        # addresses learnt within a moment are drawn together.
        self._redraw_homes = QTimer(self)
        self._redraw_homes.setSingleShot(True)
        self._redraw_homes.setInterval(HOMES_REDRAW_MS)
        self._redraw_homes.timeout.connect(self.model.reformat)
        self.homes = HomeAddressReader(client.properties, source.fields, learned=self._redraw_homes.start)
        if self.homes.reads_homes:
            self.model.row_formatted = self.homes.row_shown
        stop_with_ops(self, self.homes.close)  # with the page's own requests, on closing and at sign-out
        self._order = order
        self._loaded_once = False
        self.last_export: ExportRun | None = None

        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("listTotal")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("listStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A passing notice (export saved, a column that cannot be sorted) goes after a while, not 40 minutes later.
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(NOTICE_MS)
        self.notice_timer.timeout.connect(self._clear_notice)
        self.offline_marker = OfflineMarker(self)

        self.search = SearchBox(search_placeholder, self)
        self.search.changed.connect(lambda _t: self.apply_filters())
        self.refresh_button = QPushButton(with_key(self.tr("Yenile"), "F5"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Dışa aktar"), self)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Excel (.xlsx)…"), lambda: self.ask_and_export(ExportFormat.XLSX))
        export_menu.addAction(self.tr("CSV (;) …"), lambda: self.ask_and_export(ExportFormat.CSV))
        self.export_button.setMenu(export_menu)

        self.banner = ErrorBanner(self)
        self.banner.hide()

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self._preview_current)

        self.view = ListTableView(self)
        configure_list_view(self.view)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._on_header_clicked)
        self._show_order()
        self.view.activated.connect(lambda index: self.open_detail(index.row()))
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._preview_timer.start())
        self.columns = ColumnChooser(self.view, spec, options.get("settings"), options.get("profile", "default"))

        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("emptyState")
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.view)
        self.table_stack.addWidget(self.empty_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table_stack)
        self.splitter.setChildrenCollapsible(False)

        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search)
        self._filter_end = QHBoxLayout()
        self._filter_end.addStretch(1)
        self._filter_end.addWidget(self.refresh_button)
        self._filter_end.addWidget(self.export_button)

        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.total_label)
        top.addStretch(1)
        top.addWidget(self.offline_marker)
        top.addWidget(self.status_label)
        filters = QHBoxLayout()
        filters.addLayout(self.filter_row)
        filters.addLayout(self._filter_end, 1)
        self._second_row_host = QWidget(self)
        self.second_row = QHBoxLayout(self._second_row_host)
        self.second_row.setContentsMargins(0, 0, 0, 0)
        self.second_row.addStretch(1)
        self._second_row_host.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self._second_row_host)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.model.totalCountChanged.connect(lambda _n: self._update_total())
        self.model.loadingChanged.connect(lambda _b: self._update_total())
        self.model.fetchFailed.connect(self._on_fetch_failed)
        self.model.modelReset.connect(self.banner.hide)
        self.model.modelReset.connect(self._expect_first_page)
        self.model.pageInserted.connect(self._fit_columns_once)
        self.model.dataAgeChanged.connect(self._show_data_age)
        connectivity = self.reads.monitor if self.reads is not None else None
        if connectivity is not None:
            listener = self._on_line_state
            connectivity.add_listener(listener)
            # A closure without ``self``: the wrapper may already be gone when ``destroyed`` fires.
            self.destroyed.connect(lambda: connectivity.remove_listener(listener))
        self._fit_pending = True
        self._update_total()

    # --- to override --------------------------------------------------------------------------------

    def build_query(self) -> ListQuery:
        """The current filters as a query (without order)."""
        return ListQuery()

    def count_text(self, count: int) -> str:
        return self.tr("%1 kayıt").replace("%1", format_count(count))

    def empty_text(self) -> str:
        return self.tr("Bu filtrelerle eşleşen kayıt yok. Aramayı veya filtreleri değiştirin.")

    def show_detail(self, row: Row, *, focus: bool) -> None:
        """Show one row's detail (the default does nothing)."""

    # --- behaviour ----------------------------------------------------------------------------------

    def filter_by(self, *filters: ChoiceButton | DateRange | BranchPicker, second_row: bool = False) -> None:
        """Show these filters (on the first or the second row) and reload the list whenever one changes."""
        for widget in filters:
            self.add_filter(widget, second_row=second_row)
            widget.changed.connect(self.apply_filters)

    def add_filter(self, widget: QWidget, *, second_row: bool = False) -> None:
        if second_row:
            self.second_row.insertWidget(self.second_row.count() - 1, widget)
            self._second_row_host.show()
        else:
            self.filter_row.addWidget(widget)

    def set_detail_pane(self, pane: QWidget) -> None:
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 360])  # the list keeps the larger share at 1366×768

    def current_query(self) -> ListQuery:
        base = self.build_query()
        return ListQuery(filter=base.filter, search=base.search, order=self._order)

    def apply_filters(self) -> None:
        query = self.current_query()
        if self._loaded_once and query == self.model.query:
            return
        self._loaded_once = True
        self.model.set_query(query)

    def refresh(self) -> None:
        self._loaded_once = True
        self.model.set_query(self.current_query())

    def ensure_loaded(self) -> None:
        if not self._loaded_once:
            self.apply_filters()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Pages load when first shown, so an app with five lists does not ask five queries at sign-in.
        self.ensure_loaded()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def open_detail(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._preview_timer.stop()
            self.show_detail(self.model.row(row), focus=True)

    def _preview_current(self) -> None:
        row = self.selected_row()
        if row is not None and row < self.model.rowCount():
            self.show_detail(self.model.row(row), focus=False)

    def sort_by(self, key: str, direction: str) -> None:
        column = self.spec.columns[self.spec.column_index(key)]
        if column.sort_field is None:
            raise ValueError(f"{key} is not sortable on the server")
        self._order = ((column.sort_field, direction),)
        self._show_order()
        self.refresh()

    def _on_header_clicked(self, section: int) -> None:
        column = self.spec.columns[section]
        if column.sort_field is None:
            self._show_order()  # the server cannot sort this column; keep the indicator honest
            self.notice(self.tr("“%1” sütununa göre sıralanamıyor.").replace("%1", str(column.title)))
            return
        direction = "ASC"
        if self._order and self._order[0][0] == column.sort_field and self._order[0][1] == "ASC":
            direction = "DESC"
        self.status_label.clear()
        self.sort_by(column.key, direction)

    def _show_order(self) -> None:
        header = self.view.horizontalHeader()
        if not self._order:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return
        sort_field, direction = self._order[0]
        for i, column in enumerate(self.spec.columns):
            if column.sort_field == sort_field:
                order = Qt.SortOrder.AscendingOrder if direction == "ASC" else Qt.SortOrder.DescendingOrder
                header.setSortIndicator(i, order)
                return

    def _expect_first_page(self) -> None:
        self._fit_pending = True

    def _fit_columns_once(self, rows: int, _when: float) -> None:
        # Fit widths to the first page only: later pages must not make columns jump under the operator.
        if not self._fit_pending or rows == 0:
            return
        self._fit_pending = False
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for i in range(header.count()):
            header.resizeSection(i, min(max(header.sectionSize(i) + 12, 70), 220))

    def _update_total(self) -> None:
        total = self.model.total_count
        if total is None:
            self.total_label.setText(self.tr("Yükleniyor…") if self.model.is_loading else "")
        else:
            self.total_label.setText(self.count_text(total))
        empty = total == 0 and not self.model.is_loading
        if empty:
            self.empty_label.setText(self.empty_text())
        self.table_stack.setCurrentWidget(self.empty_label if empty else self.view)

    def _show_data_age(self, fetched_at: float) -> None:
        self.offline_marker.set_fetched_at(None if fetched_at < 0 else fetched_at)

    def _on_line_state(self, state: LineState) -> None:
        # Cached rows are replaced by live ones as soon as the line is back; live lists are left alone.
        if state is not LineState.OFFLINE and self.model.fetched_at is not None and self._loaded_once:
            self.refresh()

    def _on_fetch_failed(self, error: object) -> None:
        if isinstance(error, ApiError):
            self.banner.show_error(error)
        else:
            self.banner.show_message(self.tr("Liste yüklenemedi: %1").replace("%1", str(error)))
        self.status_label.setText(self.tr("Liste eksik olabilir; F5 ile yeniden deneyin."))

    # --- export -------------------------------------------------------------------------------------

    def export_name(self) -> str:
        return self.spec.name

    def ask_and_export(self, fmt: ExportFormat) -> None:
        path = ask_export_path(self, self.export_name(), fmt)
        if path is not None:
            self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: ExportFormat) -> ExportRun:
        run = ExportRun(
            self,
            self.model.fetch_page,
            self.current_query(),
            visible_export_columns(self.view, self.spec),
            path,
            fmt,
            sheet_name=self.title_label.text(),
            total_hint=self.model.total_count,
        )
        run.finished.connect(self._export_finished)
        run.failed.connect(self._export_failed)
        run.cancelled.connect(lambda: self.notice(self.tr("Dışa aktarma iptal edildi.")))
        self.last_export = run
        return run

    def _export_failed(self, error: object) -> None:
        if isinstance(error, ApiError):
            self.banner.show_error(error)
        else:
            self.banner.show_message(self.tr("Dışa aktarma başarısız: %1").replace("%1", str(error)))
        self.notice(self.tr("Dosya oluşturulmadı."))

    def _export_finished(self, rows: int, path: str) -> None:
        self.notice(self.tr("%1 satır kaydedildi: %2").replace("%1", format_count(rows)).replace("%2", Path(path).name),
                    tooltip=path)

    def notice(self, text: str, *, tooltip: str = "") -> None:
        """A short-lived line beside the list's title; it clears itself after ``NOTICE_MS``."""
        self.status_label.setText(text)
        self.status_label.setToolTip(tooltip)
        self.notice_timer.start()

    def _clear_notice(self) -> None:
        self.status_label.clear()
        self.status_label.setToolTip("")
