"""One document on its way to paper: page setup, the system print dialog and the print preview (Qt's own
dialogs, in Turkish through Qt's catalogue), all opened window-modal without blocking the event loop."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QPaintEngine
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPageSetupDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QDialog, QWidget

from insurup_desk.services.printing import NothingToPrint
from insurup_desk.ui.printing.pdf_pages import PREVIEW_DPI, PdfPages, PrintFailed

D = TypeVar("D", bound=QDialog)


def print_error_text(error: Exception, page_count: int) -> str:
    if isinstance(error, NothingToPrint):
        return QCoreApplication.translate(
            "PrintJob", "Seçilen sayfa aralığında yazdırılacak sayfa yok; belge %1 sayfa.").replace(
            "%1", str(page_count))
    return QCoreApplication.translate(
        "PrintJob", "Yazıcı işi başlatamadı. Yazıcının açık ve bağlı olduğunu ya da seçilen dosyanın "
        "yazılabilir olduğunu kontrol edin.")


class PdfPrintJob(QObject):
    printed = Signal(int)  # pages sent to the printer
    failed = Signal(str)  # why nothing (or not everything) was printed, worded for the operator

    def __init__(self, pages: PdfPages, printer: QPrinter, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        pages.setParent(self)
        self.pages = pages
        self.printer = printer
        self.title = title
        self._window = parent
        self.dialog: QDialog | None = None  # the dialog open now (tests and the next action look at it)
        printer.setDocName(title)

    # --- the three ways in -------------------------------------------------------------------------------
    def print_dialog(self) -> QPrintDialog:
        # The printer, paper and margins carry over from the last document; its page range and copies do not.
        self.printer.setPrintRange(QPrinter.PrintRange.AllPages)
        self.printer.setCopyCount(1)
        dialog = QPrintDialog(self.printer, self._window)
        dialog.setWindowTitle(self.tr("Yazdır: %1").replace("%1", self.title))
        dialog.setMinMax(1, self.pages.page_count)
        dialog.setFromTo(1, self.pages.page_count)
        for option in (QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
                       QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies,
                       QAbstractPrintDialog.PrintDialogOption.PrintToFile):
            dialog.setOption(option, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.accepted.connect(self.print_now)
        return self._open(dialog)

    def preview(self) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(self.printer, self._window)
        dialog.setWindowTitle(self.tr("Baskı önizleme: %1").replace("%1", self.title))
        dialog.resize(900, 700)
        dialog.paintRequested.connect(self._paint_requested)
        return self._open(dialog)

    def page_setup(self) -> QPageSetupDialog:
        dialog = QPageSetupDialog(self.printer, self._window)
        dialog.setWindowTitle(self.tr("Sayfa yapısı: %1").replace("%1", self.title))
        return self._open(dialog)

    # --- painting ----------------------------------------------------------------------------------------
    def print_now(self) -> int:
        """Paint onto the printer as it is set up now; 0 when the printer or the range refused."""
        try:
            sent = self.pages.paint(self.printer)
        except (NothingToPrint, PrintFailed) as error:
            self.failed.emit(print_error_text(error, self.pages.page_count))
            return 0
        self.printed.emit(sent)
        return sent

    def _paint_requested(self, printer: QPrinter) -> None:
        # The preview records pictures (screen-like detail is enough); its "Yazdır" button asks for real pages.
        engine = printer.paintEngine()
        recording = engine is not None and engine.type() is QPaintEngine.Type.Picture
        if not recording:
            self.print_now()
            return
        try:
            self.pages.paint(printer, max_dpi=PREVIEW_DPI)
        except (NothingToPrint, PrintFailed) as error:
            self.failed.emit(print_error_text(error, self.pages.page_count))

    def _open(self, dialog: D) -> D:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        # QDialog.open, not the print dialogs' own open(receiver, member) overloads: shown without blocking.
        QDialog.open(dialog)
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
