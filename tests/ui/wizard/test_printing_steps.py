"""Printing the real document from the sale: the chosen offer's document on the quotes step, the issued policy on
the done page (Ctrl+P), each through the system print dialog onto a printer writing a PDF file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from print_checks import matches_source, pdf_printer, printed_ink, source_ink
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from wizard_steps import choose_best, collect_quotes, confirm_payment, enter, run, type_card, wait_done

from insurup_desk.services.sales_flow import VEHICLE
from insurup_desk.ui.printing.print_button import PrintButton, PrintMenu
from insurup_desk.ui.wizard.wizard import SaleWizard


def _accept_print_dialog(qtbot: Any, button: PrintButton | PrintMenu) -> int:
    with qtbot.waitSignal(button.printed, timeout=20_000) as sent:
        qtbot.waitUntil(lambda: button.job is not None and isinstance(button.job.dialog, QPrintDialog))
        assert button.job is not None and button.job.dialog is not None
        assert button.job.dialog.windowTitle().startswith("Yazdır: ")
        button.job.dialog.accept()
    return int(sent.args[0])


def _at_quotes(qtbot: Any, wizard: SaleWizard) -> None:
    customer = run(qtbot, wizard.service.client.customers.get("11111111110"))
    wizard.open_new_sale(customer.id)
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE and wizard.vehicle_page.vehicles.count() > 0)
    enter(qtbot, wizard.vehicle_page.vehicles)
    collect_quotes(qtbot, wizard)


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen menus
def test_the_quotes_step_prints_the_chosen_offers_own_document(
        qtbot: Any, wizard: SaleWizard, tmp_path: Path) -> None:
    _at_quotes(qtbot, wizard)
    page = wizard.quotes_page
    qtbot.waitUntil(lambda: page.current_row() is not None and page.belgeler.print_action.isEnabled())
    row = page.current_row()
    assert row is not None and row.status == "priced"
    pid = wizard.flow.data.proposal_id or ""
    source = source_ink(run(qtbot, wizard.service.offer_document(pid, row.id, "document")), tmp_path / "offer.pdf")
    assert len(source) >= 2

    printing = page.belgeler.printing
    printing.printer = pdf_printer(tmp_path / "printed.pdf")
    # Alt+Z opens the print choices under "Belgeler", as the print button it replaced did.
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(printing.isVisible)
    qtbot.mouseClick(printing, Qt.MouseButton.LeftButton,
                     pos=printing.actionGeometry(printing.print_action).center())  # "Yazdır…"
    assert _accept_print_dialog(qtbot, printing) == len(source)
    assert matches_source(printed_ink(tmp_path / "printed.pdf"), source)


def test_the_done_page_prints_the_issued_policy_with_ctrl_p(qtbot: Any, wizard: SaleWizard, tmp_path: Path) -> None:
    _at_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    policy_id = wizard.flow.data.policy_id or ""
    source = source_ink(run(qtbot, wizard.service.policy_document(policy_id)), tmp_path / "policy.pdf")
    assert len(source) >= 2

    done = wizard.done_page
    done.print_button.printer = pdf_printer(tmp_path / "printed.pdf")
    qtbot.keyClick(done, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert _accept_print_dialog(qtbot, done.print_button) == len(source)
    assert matches_source(printed_ink(tmp_path / "printed.pdf"), source)
    assert done.print_button.job is not None
    assert done.print_button.job.title == f"Poliçe {wizard.flow.data.policy_number}"
