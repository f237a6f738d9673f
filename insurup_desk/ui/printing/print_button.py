"""The "Yazdır" button of a pane that shows a policy or an offer: download its PDF, then print, preview or set up
pages. Every entry point uses this one, so printing looks and fails the same everywhere."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from insurup_desk.ui.background import BusyBar, ErrorBanner, run_op
from insurup_desk.ui.printing.pdf_pages import DamagedDocument, PdfPages
from insurup_desk.ui.printing.print_job import PdfPrintJob

Fetch = Callable[[], Awaitable[bytes]]

_PRINTER: QPrinter | None = None


def shared_printer() -> QPrinter:
    """One printer for the session: the printer, paper and margins chosen once are used for the next document."""
    global _PRINTER
    if _PRINTER is None:
        _PRINTER = QPrinter(QPrinter.PrinterMode.HighResolution)
    return _PRINTER


class PrintWay(StrEnum):
    PRINT = "print"
    PREVIEW = "preview"
    PAGE_SETUP = "page_setup"


def damaged_text() -> str:
    return QCoreApplication.translate(
        "PrintButton", "Sunucudan gelen belge açılamadı (bozuk ya da eksik indirilmiş); yazdırılmadı. Belgeyi "
        "biraz sonra yeniden yazdırmayı deneyin; sorun sürerse sigorta şirketinden belgeyi yeniden isteyin.")


class PrintMenu(QMenu):
    """Print, preview or set up pages for one document: the menu of a "Yazdır" button, or a submenu of a wider
    menu (the quotes step's "Belgeler"). ``owner`` is the pane the document belongs to: its window parents the
    print dialogs, and ``disable`` (the menu itself unless given) is off while the document downloads."""

    printed = Signal(int)  # pages sent

    def __init__(self, fetch: Callable[[], Fetch | None], title: Callable[[], str], *, banner: ErrorBanner,
                 busy: BusyBar, owner: QWidget, text: str = "", disable: Sequence[QWidget] | None = None) -> None:
        super().__init__(text, owner)
        self._fetch = fetch  # None while there is nothing to print (no policy or offer chosen)
        self._title = title
        self._banner = banner
        self._busy = busy
        self._owner = owner
        self._disable = disable
        self.printer = shared_printer()
        self.job: PdfPrintJob | None = None
        # The button's own words, whichever widget shows them.
        self.print_action = self._add(QCoreApplication.translate("PrintButton", "&Yazdır…"), PrintWay.PRINT)
        self.preview_action = self._add(QCoreApplication.translate("PrintButton", "Baskı ö&nizleme…"),
                                        PrintWay.PREVIEW)
        self.page_setup_action = self._add(QCoreApplication.translate("PrintButton", "&Sayfa yapısı…"),
                                           PrintWay.PAGE_SETUP)

    def _add(self, text: str, way: PrintWay) -> QAction:
        action = self.addAction(text)
        action.triggered.connect(lambda _checked=False, w=way: self.start(w))
        return action

    def start(self, way: PrintWay) -> None:
        fetch = self._fetch()
        if fetch is None:
            return
        title = self._title()

        def downloaded(content: bytes) -> None:
            try:
                pages = PdfPages(content)
            except DamagedDocument:
                self._banner.show_message(damaged_text())
                return
            if self.job is not None and self.job.dialog is not None:
                self.job.dialog.close()
            job = PdfPrintJob(pages, self.printer, title, self._owner.window())
            job.failed.connect(self._banner.show_message)
            job.printed.connect(self.printed)
            self.job = job
            if way is PrintWay.PRINT:
                job.print_dialog()
            elif way is PrintWay.PREVIEW:
                job.preview()
            else:
                job.page_setup()

        run_op(self._owner, fetch(), on_success=downloaded, banner=self._banner, busy=self._busy,
               caption=QCoreApplication.translate("PrintButton", "Belge yazdırmak için indiriliyor…"),
               disable=[self] if self._disable is None else self._disable)


class PrintButton(QPushButton):
    """A push button opening a ``PrintMenu``; the menu's actions, printer and job are reached through it."""

    printed = Signal(int)  # pages sent

    def __init__(self, fetch: Callable[[], Fetch | None], title: Callable[[], str], *, banner: ErrorBanner,
                 busy: BusyBar, parent: QWidget, text: str | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("PrintButton", "Ya&zdır"), parent)
        self.setToolTip(self.tr("Belgenin kendisini (PDF) yazdırır: önizleme, sayfa yapısı ve yazıcı seçimiyle"))
        self.print_menu = PrintMenu(fetch, title, banner=banner, busy=busy, owner=self, disable=[self])
        self.print_menu.printed.connect(self.printed)
        self.print_action = self.print_menu.print_action
        self.preview_action = self.print_menu.preview_action
        self.page_setup_action = self.print_menu.page_setup_action
        self.setMenu(self.print_menu)

    @property
    def printer(self) -> QPrinter:
        return self.print_menu.printer

    @printer.setter
    def printer(self, printer: QPrinter) -> None:
        self.print_menu.printer = printer

    @property
    def job(self) -> PdfPrintJob | None:
        return self.print_menu.job

    def start(self, way: PrintWay) -> None:
        self.print_menu.start(way)
