"""Export a whole list (every matching row) with a progress dialog that can be cancelled."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QTableView, QWidget

from insurup_desk.services.export import ExportColumn, ExportFormat, export_list
from insurup_desk.services.list_queries import CellKind, FetchPage, ListQuery
from insurup_desk.ui.save_dialog import ask_save_path
from insurup_desk.ui.tables.columns import TableSpec
from insurup_desk.ui.tables.formatting import format_count, make_formatter


def visible_export_columns(view: QTableView, spec: TableSpec) -> list[ExportColumn]:
    """The columns the operator sees, in the order they see them."""
    header = view.horizontalHeader()
    columns: list[ExportColumn] = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if view.isColumnHidden(logical) or logical >= len(spec.columns):
            continue
        column = spec.columns[logical]
        columns.append(
            ExportColumn(
                title=column.title,
                kind=column.kind,
                index=spec.index_of(column.key),
                companion=spec.index_of(column.companion) if column.companion else None,
                labels=column.labels,
                text=make_formatter(spec, column) if column.kind is CellKind.ASSET else None,
            )
        )
    return columns


def ask_export_path(parent: QWidget, suggested: str, fmt: ExportFormat) -> Path | None:
    if fmt is ExportFormat.XLSX:
        wanted = QCoreApplication.translate("Export", "Excel çalışma kitabı (*.xlsx)")
    else:
        wanted = QCoreApplication.translate("Export", "CSV, noktalı virgülle ayrılmış (*.csv)")
    title = QCoreApplication.translate("Export", "Listeyi dışa aktar")
    name = ask_save_path(parent, title, f"{suggested}.{fmt.value}", wanted)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == f".{fmt.value}" else path.with_suffix(f".{fmt.value}")


class ExportRun(QObject):
    """One export in progress: owns the task and the progress dialog."""

    finished = Signal(int, str)  # rows written, file path
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        fetch_page: FetchPage,
        query: ListQuery,
        columns: Sequence[ExportColumn],
        path: Path,
        fmt: ExportFormat,
        *,
        sheet_name: str,
        total_hint: int | None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(self.tr("Dışa aktarılıyor"))
        self.dialog.setCancelButtonText(self.tr("Vazgeç"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setRange(0, max(total_hint or 0, 0))
        self.dialog.setLabelText(self.tr("Satırlar alınıyor…"))
        self.dialog.canceled.connect(self.cancel)
        self.dialog.show()
        self.task: asyncio.Task[int] = asyncio.ensure_future(
            export_list(fetch_page, query, columns, path, fmt, sheet_name=sheet_name, progress=self._progress)
        )
        self.task.add_done_callback(self._done)

    def cancel(self) -> None:
        if not self.task.done():
            self.task.cancel()

    def _progress(self, written: int, total: int | None) -> None:
        if not shiboken6.isValid(self.dialog):
            return
        if total is not None and total != self.dialog.maximum():
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(written, self.dialog.maximum()) if self.dialog.maximum() else 0)
        if total is not None:
            text = self.tr("%1 / %2 satır yazıldı").replace("%1", format_count(written)).replace(
                "%2", format_count(total))
        else:
            text = self.tr("%1 satır yazıldı").replace("%1", format_count(written))
        self.dialog.setLabelText(text)

    def _done(self, task: asyncio.Task[int]) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        if task.cancelled():
            self.cancelled.emit()
        elif (error := task.exception()) is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(task.result(), str(self.path))
        self.deleteLater()


ExportStarter = Callable[[Path, ExportFormat], ExportRun]
