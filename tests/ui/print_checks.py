"""Printing checks without a printer: a QPrinter writing a PDF file, and that file read back with Qt PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, qAlpha, qGray
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from insurup_desk.api import InsurUpClient
from insurup_desk.services.list_queries import ListQuery
from insurup_desk.services.list_sources import POLICIES, client_fetcher


def pdf_printer(path: Path, dpi: int = 96) -> QPrinter:
    """A printer in PDF output mode; a low resolution keeps the tests quick (the desk renders at what it says)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    return printer


def ink(image: QImage) -> float:
    """Share of opaque dark pixels: 0 for a blank page."""
    dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixel(x, y)
            if qAlpha(pixel) > 128 and qGray(pixel) < 128:
                dark += 1
    return dark / ((image.width() // 2) * (image.height() // 2))


def printed_ink(path: Path) -> list[float]:
    """The ink of every page of a PDF (the printed file, or the server's document), read back with Qt PDF."""
    document = QPdfDocument()
    assert document.load(str(path)) is QPdfDocument.Error.None_, f"unreadable PDF: {path}"
    shares = [ink(document.render(i, QSize(420, 594))) for i in range(document.pageCount())]
    document.close()
    return shares


def source_ink(content: bytes, path: Path) -> list[float]:
    """The ink of every page of the server's document (so a printed page can be held against its source)."""
    path.write_bytes(content)
    return printed_ink(path)


def matches_source(printed: list[float], source: list[float]) -> bool:
    """Same pages, in order, none blank: each printed page carries most of its source page's ink (the print is
    fitted inside the printer's margins, so a little less)."""
    return len(printed) == len(source) and all(0.5 * s < p < 1.5 * s for p, s in zip(printed, source, strict=True))


async def a_policy_pdf(client: InsurUpClient) -> tuple[str, bytes]:
    """The newest policy the signed-in agent sees and its document, as the sandbox serves it."""
    page = await client_fetcher(client, POLICIES)(ListQuery(order=(("createdAt", "DESC"),)), 1, None)
    policy_id = str(page.rows[0][0])
    content = await client.proposals.download(await client.policies.document_url(policy_id))
    return policy_id, content
