"""The dashboard's building blocks: a KPI tile and a chart card (chart or table, PNG and Excel export)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from insurup_desk.domain.numbers import format_change
from insurup_desk.ui.background import ErrorBanner, run_op

from .dashboard_charts import ChartView
from .dashboard_tables import FigureTable, export_table


class KpiTile(QFrame):
    """One figure of the period, its change against the previous period, and the previous value."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.title = QLabel(title, self)
        self.title.setObjectName("kpiTitle")
        self.value = QLabel("—", self)
        self.value.setObjectName("kpiValue")
        self.change = QLabel("", self)
        self.change.setObjectName("kpiChange")
        self.previous = QLabel("", self)
        self.previous.setObjectName("kpiPrevious")
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(2)
        for label in (self.title, self.value, self.change, self.previous):
            column.addWidget(label)

    def show_figure(self, value: str, change: float | None, previous: str) -> None:
        self.value.setText(value)
        self.change.setText(format_change(change) if change is not None else self.tr("karşılaştırma yok"))
        # The style sheet colours a rise and a fall (QLabel#kpiChange[trend="up"] / [trend="down"]).
        self.change.setProperty("trend", "flat" if not change else ("up" if change > 0 else "down"))
        self.change.style().unpolish(self.change)
        self.change.style().polish(self.change)
        self.previous.setText(self.tr("önceki dönem: %1").replace("%1", previous))

    def clear_figure(self) -> None:
        self.value.setText("—")
        self.change.clear()
        self.previous.clear()


class ChartCard(QFrame):
    """A titled chart with its table one click away, and both exports."""

    exported = Signal(str)  # the file written

    def __init__(self, title: str, file_stem: str, model: FigureTable, chart: ChartView | None,
                 banner: ErrorBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.model = model
        self.chart = chart
        self.file_stem = file_stem
        self._banner = banner
        self.title = QLabel(title, self)
        self.title.setObjectName("chartTitle")
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setObjectName("chartTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.stack = QStackedWidget(self)
        if chart is not None:
            chart.setParent(self.stack)
            self.stack.addWidget(chart)
        self.stack.addWidget(self.table)
        self.toggle = QPushButton(self.tr("Tablo"), self)
        self.toggle.setToolTip(self.tr("Grafik ile tablo arasında geçiş"))
        self.toggle.setEnabled(chart is not None)
        self.toggle.clicked.connect(self.toggle_table)
        self.png_button = QPushButton(self.tr("PNG"), self)
        self.png_button.setToolTip(self.tr("Grafiği resim olarak kaydet"))
        self.png_button.setEnabled(chart is not None)
        self.png_button.clicked.connect(self._ask_png)
        self.excel_button = QPushButton(self.tr("Excel"), self)
        self.excel_button.setToolTip(self.tr("Tabloyu Excel dosyası olarak kaydet"))
        self.excel_button.clicked.connect(self._ask_excel)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for button in (self.toggle, self.png_button, self.excel_button):
            button.setObjectName("chartButton")
            head.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 10)
        column.addLayout(head)
        column.addWidget(self.stack, 1)

    def showing_table(self) -> bool:
        return self.stack.currentWidget() is self.table

    def toggle_table(self) -> None:
        if self.chart is None:
            return
        table = not self.showing_table()
        self.stack.setCurrentWidget(self.table if table else self.chart)
        self.toggle.setText(self.tr("Grafik") if table else self.tr("Tablo"))

    # --- exports ------------------------------------------------------------------------------------

    def save_png(self, path: Path) -> bool:
        if self.chart is None:
            return False
        return self.chart.image(2.0).save(str(path))  # the format follows the .png suffix

    def save_excel(self, path: Path) -> None:
        run_op(self, export_table(self.model, path, self.title.text()), banner=self._banner,
               on_success=lambda _rows: self.exported.emit(str(path)))

    def _ask(self, suffix: str, wanted: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Dışa aktar"), f"{self.file_stem}.{suffix}", wanted)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{suffix}" else path.with_suffix(f".{suffix}")

    def _ask_png(self) -> None:
        path = self._ask("png", self.tr("PNG resmi (*.png)"))
        if path is None:
            return
        if self.save_png(path):
            self.exported.emit(str(path))
        else:
            self._banner.show_message(self.tr("Resim kaydedilemedi: %1").replace("%1", str(path)))

    def _ask_excel(self) -> None:
        path = self._ask("xlsx", self.tr("Excel çalışma kitabı (*.xlsx)"))
        if path is not None:
            self.save_excel(path)

