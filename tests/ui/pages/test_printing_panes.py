"""Printing the real document from the policy and proposal detail panes: the sandbox's PDF goes through Qt's print
dialog, preview and page setup onto a printer writing a PDF file, which is read back page by page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from page_helpers import run, settle
from print_checks import a_policy_pdf, matches_source, pdf_printer, printed_ink, source_ink
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QRadioButton, QSpinBox

from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.ui.pages.policy_detail import PolicyDetailPane
from insurup_desk.ui.pages.proposals import ProposalsPage
from insurup_desk.ui.printing.print_button import PrintButton, PrintWay


def _pane(qtbot: Any, client: Any, policy_id: str) -> PolicyDetailPane:
    pane = PolicyDetailPane(client)
    qtbot.addWidget(pane)
    pane.resize(700, 700)
    pane.show()
    pane.show_policy(policy_id)
    qtbot.waitUntil(lambda: pane.policy is not None and pane.print_button.isEnabled())
    return pane


def _print_through_dialog(qtbot: Any, button: PrintButton, printer: QPrinter,
                          choose: Callable[[QPrintDialog], None] = lambda _d: None) -> int:
    """Choose "Yazdır…", fill in the system print dialog (``choose``), accept it, wait for the pages to be sent."""
    button.printer = printer
    with qtbot.waitSignal(button.printed, timeout=20_000) as sent:
        button.print_action.trigger()
        qtbot.waitUntil(lambda: button.job is not None and isinstance(button.job.dialog, QPrintDialog))
        assert button.job is not None and isinstance(button.job.dialog, QPrintDialog)
        choose(button.job.dialog)
        button.job.dialog.accept()
    return int(sent.args[0])


def _second_page_twice(dialog: QPrintDialog) -> None:
    """What an operator does in the dialog: "Sayfalar 2 – 2", 2 copies."""
    page_range = dialog.findChild(QRadioButton, "printRange")
    first, last, copies = (dialog.findChild(QSpinBox, name) for name in ("from", "to", "copies"))
    assert page_range is not None and first is not None and last is not None and copies is not None
    page_range.setChecked(True)
    last.setValue(2)
    first.setValue(2)
    copies.setValue(2)


def test_the_policy_pdf_itself_is_printed_page_by_page(qtbot: Any, signed_client: Any, tmp_path: Path) -> None:
    policy_id, content = run(qtbot, a_policy_pdf(signed_client))
    source = source_ink(content, tmp_path / "source.pdf")
    assert len(source) >= 2 and min(source) > 0  # the sandbox's policy runs over pages, as an insurer's does
    pane = _pane(qtbot, signed_client, policy_id)

    out = tmp_path / "printed.pdf"
    assert _print_through_dialog(qtbot, pane.print_button, pdf_printer(out)) == len(source)
    assert matches_source(printed_ink(out), source)


def test_the_range_and_copies_chosen_in_the_dialog_are_respected(
        qtbot: Any, signed_client: Any, tmp_path: Path) -> None:
    policy_id, content = run(qtbot, a_policy_pdf(signed_client))
    source = source_ink(content, tmp_path / "source.pdf")
    pages = len(source)
    pane = _pane(qtbot, signed_client, policy_id)
    printer = pdf_printer(tmp_path / "second-page.pdf")
    assert _print_through_dialog(qtbot, pane.print_button, printer, _second_page_twice) == 2
    # page 2, twice (a PDF file cannot make copies itself, so the desk sends both)
    assert matches_source(printed_ink(tmp_path / "second-page.pdf"), [source[1], source[1]])

    # The dialog bounds the range to the document; a range beyond it (set by a driver) is refused, not printed blank.
    printer = pdf_printer(tmp_path / "beyond.pdf")
    pane.print_button.printer = printer
    pane.print_button.start(PrintWay.PRINT)
    qtbot.waitUntil(lambda: pane.print_button.job is not None and pane.print_button.job.dialog is not None)
    job = pane.print_button.job
    assert job is not None
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(pages + 1, pages + 2)
    assert job.print_now() == 0 and not (tmp_path / "beyond.pdf").exists()
    assert f"belge {pages} sayfa" in pane.banner.text()


def test_the_preview_shows_every_page_of_the_document(qtbot: Any, signed_client: Any, tmp_path: Path) -> None:
    policy_id, content = run(qtbot, a_policy_pdf(signed_client))
    pages = len(source_ink(content, tmp_path / "source.pdf"))
    pane = _pane(qtbot, signed_client, policy_id)
    pane.print_button.printer = pdf_printer(tmp_path / "unused.pdf")
    pane.print_button.preview_action.trigger()
    qtbot.waitUntil(lambda: pane.print_button.job is not None
                    and isinstance(pane.print_button.job.dialog, QPrintPreviewDialog))
    job = pane.print_button.job
    assert job is not None and job.dialog is not None
    preview = job.dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == pages)
    assert job.dialog.windowTitle().startswith("Baskı önizleme: Poliçe ")
    job.dialog.close()


# The test machine has no printer: Qt's page setup says so for a PDF-file printer and still works.
@pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")
def test_page_setup_changes_how_the_next_print_is_laid_out(qtbot: Any, signed_client: Any, tmp_path: Path) -> None:
    policy_id, _content = run(qtbot, a_policy_pdf(signed_client))
    pane = _pane(qtbot, signed_client, policy_id)
    printer = pdf_printer(tmp_path / "landscape.pdf")
    pane.print_button.printer = printer
    pane.print_button.page_setup_action.trigger()
    qtbot.waitUntil(lambda: pane.print_button.job is not None
                    and isinstance(pane.print_button.job.dialog, QPageSetupDialog))
    job = pane.print_button.job
    assert job is not None and job.dialog is not None
    printer.setPageOrientation(printer.pageLayout().Orientation.Landscape)  # what the operator picks there
    job.dialog.accept()
    assert job.print_now() >= 2
    assert printed_ink(tmp_path / "landscape.pdf")[0] > 0


def test_a_damaged_pdf_from_the_server_is_said_and_nothing_is_printed(
        qtbot: Any, signed_client: Any, sandbox: Any, tmp_path: Path) -> None:
    policy_id, _content = run(qtbot, a_policy_pdf(signed_client))
    pane = _pane(qtbot, signed_client, policy_id)
    pane.print_button.printer = pdf_printer(tmp_path / "never.pdf")
    sandbox.faults.add(FaultRule(route="/_sandbox/documents/*", damage_body=True, count=1))
    pane.print_button.print_action.trigger()
    qtbot.waitUntil(lambda: pane.banner.isVisible())
    assert "belge açılamadı (bozuk ya da eksik indirilmiş)" in pane.banner.text()
    assert pane.print_button.job is None and not (tmp_path / "never.pdf").exists()


def test_the_proposal_detail_prints_the_chosen_offer_document(qtbot: Any, signed_client: Any, tmp_path: Path) -> None:
    page = ProposalsPage(signed_client, profile="gise@demo.acente")
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    settle(qtbot, page)
    detail = page.detail
    for row in range(page.model.rowCount()):
        page.open_detail(row)
        qtbot.waitUntil(lambda: detail.proposal is not None)
        if detail.print_button.isEnabled():
            break
    assert detail.print_button.isEnabled(), "no seeded proposal with a priced offer"
    out = tmp_path / "offer.pdf"
    assert _print_through_dialog(qtbot, detail.print_button, pdf_printer(out)) >= 2
    ink = printed_ink(out)
    assert len(ink) >= 2 and min(ink) > 0
