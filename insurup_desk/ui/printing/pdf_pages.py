"""A downloaded PDF opened with Qt PDF and painted page by page onto a printer at the printer's resolution.

Each page is rendered in horizontal bands, so a 600 dpi A4 page never needs its whole 100 MB bitmap at once.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from insurup_desk.services.printing import PrintPlan

BAND_PX = 512
# Printing renders at the printer's resolution up to this: text is not visibly sharper beyond, bitmaps grow 4x.
MAX_PRINT_DPI = 600
# The preview records every page; screen-like detail keeps it quick and small (it still zooms well).
PREVIEW_DPI = 150


class DamagedDocument(ValueError):
    """The server's answer is not a PDF this desk can open (truncated, damaged, or another format)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the document cannot be opened: {reason}")
        self.reason = reason


class PrintFailed(RuntimeError):
    """The printer refused to start the job (no such printer, the output file cannot be written)."""


class PdfPages(QObject):
    """One PDF held in memory (it never touches disk) and opened for rendering."""

    def __init__(self, content: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not content.startswith(b"%PDF"):
            raise DamagedDocument("no PDF header")
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        error = self.document.error()
        if error is not QPdfDocument.Error.None_ or self.document.status() is not QPdfDocument.Status.Ready:
            raise DamagedDocument(error.name)
        if self.document.pageCount() < 1:
            raise DamagedDocument("no pages")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def plan_for(self, printer: QPrinter) -> PrintPlan:
        """What the print dialog chose, as a plan; copies the driver makes itself are not repeated here."""
        ranges = printer.printRange() is QPrinter.PrintRange.PageRange
        driver_copies = printer.supportsMultipleCopies()
        return PrintPlan(
            page_count=self.page_count,
            first=printer.fromPage() if ranges else 0,
            last=printer.toPage() if ranges else 0,
            copies=1 if driver_copies else printer.copyCount(),
            collate=printer.collateCopies(),
            last_page_first=printer.pageOrder() is QPrinter.PageOrder.LastPageFirst,
        )

    def paint(self, printer: QPrinter, *, max_dpi: int = MAX_PRINT_DPI) -> int:
        """Paint the planned pages; returns how many sheets' worth of pages were sent."""
        pages = self.plan_for(printer).pages()
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(printer.printerName() or printer.outputFileName())
        try:
            for n, index in enumerate(pages):
                if n and not printer.newPage():
                    raise PrintFailed("new page refused")
                self._paint_page(painter, printer, index, min(printer.resolution(), max_dpi))
        finally:
            painter.end()
        return len(pages)

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int, dpi: int) -> None:
        # The painter's origin is the printable area's corner, in the printer's device pixels.
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        points = self.document.pagePointSize(index)
        scale = printer.resolution() / 72.0
        fit = min(area.width() / (points.width() * scale), area.height() / (points.height() * scale))
        width, height = points.width() * scale * fit, points.height() * scale * fit
        left, top = (area.width() - width) / 2, (area.height() - height) / 2
        # Rendered at ``dpi`` (the printer's own, or less for the preview), drawn over the page's place.
        ratio = dpi / printer.resolution()
        full = QSize(max(round(width * ratio), 1), max(round(height * ratio), 1))
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        for y in range(0, full.height(), BAND_PX):
            # Always a whole band: Qt PDF misplaces a clip shorter than the image it was asked for, so the last
            # band is rendered full height too and only its part on the page is drawn.
            options.setScaledClipRect(QRect(0, y, full.width(), BAND_PX))
            image = self.document.render(index, QSize(full.width(), BAND_PX), options)
            rows = min(BAND_PX, full.height() - y)
            # Band edges computed from the same formula, so neighbours meet exactly (no seam, no overlap).
            upper, lower = round(top + y / ratio), round(top + (y + rows) / ratio)
            target = QRect(QPoint(round(left), upper), QSize(round(full.width() / ratio), lower - upper))
            painter.drawImage(target, image, QRect(0, 0, full.width(), rows))
