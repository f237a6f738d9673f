"""Side-by-side offer comparison: on screen, as a PDF for the customer, or on paper."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from insurup_desk import resource_files
from insurup_desk.domain.formats import format_date, format_money
from insurup_desk.services.quote_board import QuoteRow
from insurup_desk.services.sale_steps import BRANCH_STEPS, asset_kind
from insurup_desk.ui.save_dialog import ask_save_path
from insurup_desk.ui.wizard.branch_words import asset_word, branch_names
from insurup_desk.ui.wizard.coverage_text import comparison_table


def _plans_text(row: QuoteRow) -> str:
    parts = []
    for plan in row.plans:
        if plan.installments == 1:
            parts.append(QCoreApplication.translate("Wizard", "Peşin %1").replace(
                "%1", format_money(plan.gross, plan.currency)))
        else:
            each = plan.gross / plan.installments
            parts.append(QCoreApplication.translate("Wizard", "%1 × %2").replace(
                "%1", str(plan.installments)).replace("%2", format_money(each, plan.currency)))
    return "<br>".join(html.escape(p) for p in parts)


@cache
def print_style_sheet() -> str:
    """The printed comparison's CSS (resources/styles/comparison.css): its colours live with the app's."""
    return (resource_files.STYLES_DIR / "comparison.css").read_text(encoding="utf-8")


def comparison_html(customer: str, vehicle: str, branch: str, rows: Sequence[QuoteRow],
                    coverages: Sequence[Mapping[str, Any] | None], today: dt.date | None = None) -> str:
    """A self-contained HTML page (QTextDocument subset) comparing the chosen offers."""
    today = today or dt.date.today()
    esc = html.escape
    head = "".join(f"<th>{esc(r.insurer)}<br><small>{esc(r.product)}</small></th>" for r in rows)
    premium = "".join(f"<td align='right'><b>{esc(format_money(r.gross) if r.gross is not None else '—')}</b>"
                      f"{' ★' if r.best else ''}</td>" for r in rows)
    plans = "".join(f"<td align='right'>{_plans_text(r)}</td>" for r in rows)
    body_rows = "".join(
        f"<tr><td>{esc(label)}</td>" + "".join(f"<td>{esc(v)}</td>" for v in values) + "</tr>"
        for label, values in comparison_table(coverages))
    if branch == "KASKO":
        branch_name = QCoreApplication.translate("Wizard", "Kasko")
    elif branch == "TRAFIK" or branch not in BRANCH_STEPS:
        branch_name = QCoreApplication.translate("Wizard", "Trafik")
    else:
        branch_name = branch_names()[branch]
    title = QCoreApplication.translate("Wizard", "%1 sigortası teklif karşılaştırması").replace("%1", branch_name)
    customer_word = QCoreApplication.translate("Wizard", "Müşteri")
    vehicle_word = asset_word(asset_kind(branch)) if branch in BRANCH_STEPS else QCoreApplication.translate(
        "Wizard", "Araç")
    date_word = QCoreApplication.translate("Wizard", "Tarih")
    coverage_word = QCoreApplication.translate("Wizard", "Teminat")
    gross_word = QCoreApplication.translate("Wizard", "Brüt prim")
    plans_word = QCoreApplication.translate("Wizard", "Ödeme seçenekleri")
    note = QCoreApplication.translate(
        "Wizard", "★ en iyi fiyat. Fiyatlar teklif tarihinde geçerlidir; poliçe düzenlenene kadar "
        "sigorta şirketi tarafından değiştirilebilir.")
    return f"""
<html><head><meta charset="utf-8"><style>
{print_style_sheet()}
</style></head><body>
<h1>{esc(title)}</h1>
<p>{esc(customer_word)}: <b>{esc(customer)}</b> &nbsp; {esc(vehicle_word)}: <b>{esc(vehicle)}</b>
 &nbsp; {esc(date_word)}: {esc(format_date(today))}</p>
<table width="100%" cellspacing="0" cellpadding="4">
<tr><th>{esc(coverage_word)}</th>{head}</tr>
<tr><td><b>{esc(gross_word)}</b></td>{premium}</tr>
<tr><td>{esc(plans_word)}</td>{plans}</tr>
{body_rows}
</table>
<p class="note">{esc(note)}</p>
</body></html>"""


def write_pdf(document_html: str, path: str | Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("Wizard", "Teklif karşılaştırması"))
    doc = QTextDocument()
    doc.setHtml(document_html)
    # No explicit page size: print_() then lays the text out on the writer's page at its resolution.
    doc.print_(writer)


def print_document(document_html: str, parent: QWidget) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        doc = QTextDocument()
        doc.setHtml(document_html)
        doc.print_(printer)


class ComparisonDialog(QDialog):
    """Coverage of one offer, or of several side by side, with PDF and print buttons."""

    def __init__(self, rows: Sequence[QuoteRow], coverages: Sequence[Mapping[str, Any] | None],
                 document_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Teminat karşılaştırması") if len(rows) > 1 else self.tr("Teminatlar"))
        self.resize(900, 560)
        self.document_html = document_html
        plans = [" / ".join(
            (self.tr("Peşin") if p.installments == 1 else self.tr("%1 taksit").replace("%1", str(p.installments)))
            for p in r.plans) for r in rows]
        table_rows = [
            (self.tr("Brüt prim"), [format_money(r.gross) + (" ★" if r.best else "") if r.gross is not None
                                    else "—" for r in rows]),
            (self.tr("Ödeme seçenekleri"), plans),
            *comparison_table(coverages),
        ]
        self.table = QTableWidget(len(table_rows), len(rows), self)
        self.table.setHorizontalHeaderLabels([f"{r.insurer}\n{r.product}" for r in rows])
        self.table.setVerticalHeaderLabels([label for label, _v in table_rows])
        for i, (_label, values) in enumerate(table_rows):
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(self)
        close = QPushButton(self.tr("Kapat"), self)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        self.pdf_button = QPushButton(self.tr("PDF olarak &kaydet"), self)
        self.print_button = QPushButton(self.tr("&Yazdır"), self)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(lambda: print_document(self.document_html, self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def save_pdf(self) -> None:
        path = ask_save_path(self, self.tr("Karşılaştırmayı kaydet"), "teklif-karsilastirma.pdf",
                             self.tr("PDF (*.pdf)"))
        if path:
            write_pdf(self.document_html, path)
