"""Save each step of a sale at 1366×768, offscreen, against a sandbox whose insurers answer over a few seconds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_wizard.py [OUT_DIR]

Writes wizard_1 … wizard_11 (customer search and form, vehicles, quotes arriving and priced, the "Belgeler" menu
open, the comparison and its PDF, the card form, declined, confirmation, checking, the issued policy); default
OUT_DIR: docs/screenshots.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from screenshot_desk import ARRIVING, Shot, quotes_in, run_wizard, type_card, until

from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.sales_flow import QUOTES, VEHICLE
from insurup_desk.ui.wizard.payment_page import CHECKING
from insurup_desk.ui.wizard.quotes_page import QuotesPage
from insurup_desk.ui.wizard.wizard import SaleWizard


async def save_documents_menu(wizard: SaleWizard, quotes: QuotesPage, path: Path) -> None:
    """The "Belgeler" menu open over the step, its print choices beside it. Offscreen popups are placed on a
    small virtual screen, so both are drawn where a 768-px-high screen shows them: above the button."""
    belgeler = quotes.belgeler
    belgeler.menu.popup(QPoint(0, 0))
    belgeler.menu.setActiveAction(belgeler.print_action)
    belgeler.printing.popup(QPoint(0, 0))
    await asyncio.sleep(0.2)
    picture = wizard.grab()
    button = belgeler.button.mapTo(wizard, QPoint(0, 0))
    menu_at = QPoint(button.x(), button.y() - belgeler.menu.height())
    entry = belgeler.menu.actionGeometry(belgeler.print_action)
    painter = QPainter(picture)
    painter.drawPixmap(menu_at, belgeler.menu.grab())
    painter.drawPixmap(QPoint(menu_at.x() + belgeler.menu.width(), menu_at.y() + entry.y()), belgeler.printing.grab())
    painter.end()
    belgeler.printing.close()
    belgeler.menu.close()
    if not picture.save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path)


async def shoot(shot: Shot) -> None:
    wizard, out = shot.wizard, shot.out
    page = wizard.customer_page
    page.search.setText("Ay")
    page._run_search()
    await until(lambda: page.results.count() > 0, "search results")
    await shot.save("wizard_1_customer_search")

    page._open_form()
    form = page.form
    form.identity.setText("12345678901")
    form.full_name.setText("Deniz Kaya")
    form.birth_date.setText("14.03.1988")
    form.phone.setText("0532 111 22 33")
    form.email.setText("deniz@ornek")
    form.city.setCurrentIndex(form.city.findData("34"))
    form.validate()
    await shot.save("wizard_2_customer_form_errors")

    customer = await shot.ayse()
    wizard.open_new_sale(customer.id)
    await until(lambda: wizard.flow.current == VEHICLE and wizard.vehicle_page.vehicles.count() > 0, "vehicles")
    await shot.save("wizard_3_vehicle_list")
    vpage = wizard.vehicle_page
    vpage._open_form()
    await until(lambda: vpage.form.brand.count() > 0, "brands")
    vpage.form.plate.setText("06 XYZ 42")
    vpage.form.serial.setText("AZ 654321")
    vpage._lookup()
    await until(lambda: bool(vpage.form.model.reference()), "the registry's answer")
    await shot.save("wizard_4_vehicle_form_lookup")
    vpage._close_form()
    vpage._pick()
    await until(lambda: wizard.flow.current == QUOTES, "the quotes step")

    quotes = wizard.quotes_page
    quotes.ask()
    await until(lambda: 3 <= quotes.model.board.answered < quotes.model.board.total, "the first answers")
    await shot.save("wizard_5_quotes_arriving")
    await quotes_in(quotes)
    await shot.save("wizard_6_quotes_priced")
    await save_documents_menu(wizard, quotes, out / "wizard_6c_quotes_documents_menu.png")
    priced = [r for r in quotes.model.board.rows if r.payable][:3]
    selection = quotes.table.selectionModel()
    for row in priced:
        for r in range(quotes.proxy.rowCount()):
            if quotes.model.row_at(quotes.proxy.mapToSource(quotes.proxy.index(r, 0))) is row:
                selection.select(quotes.proxy.index(r, 0), selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)
    quotes.documents.show_comparison()
    await until(lambda: quotes.documents.comparison_dialog is not None, "the comparison")
    dialog = quotes.documents.comparison_dialog
    assert dialog is not None
    await shot.save("wizard_7_comparison", dialog)
    dialog.close()
    pdf = Path(tempfile.mkdtemp()) / "karsilastirma.pdf"
    quotes.documents.save_comparison_pdf(str(pdf))
    await until(pdf.exists, "the comparison PDF")
    if shutil.which("pdftoppm"):
        target = out / "wizard_7b_comparison_pdf"
        command = ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(target)]
        await asyncio.to_thread(subprocess.run, command, check=True)
        print(f"{target}.png")
    pay = await shot.pay_best(quotes, plan_index=1)
    type_card(pay, "4000 0000 0000 9995")  # declined by the sandbox's bank
    pay.primary()
    pay.primary()
    await until(lambda: pay.banner.isVisible(), "the decline")
    await shot.save("wizard_8a_payment_declined")
    pay.banner.hide()  # the operator closes the decline ("Kapat") and types another card
    type_card(pay)
    await shot.save("wizard_8_payment_card")
    pay.primary()
    await shot.save("wizard_9_payment_confirm")
    shot.sandbox.faults.add(FaultRule(route="/api/proposals/*/purchase/sync", lose_response=True, count=1))
    shot.sandbox.faults.add(FaultRule(route="/api/proposals/*", latency_s=2.5, count=2))
    pay.primary()
    await until(lambda: pay.stack.currentIndex() == CHECKING, "checking with the insurer")
    await shot.save("wizard_10_payment_checking")
    await until(lambda: wizard.flow.current == "done" and wizard.done_page.policy is not None, "the policy")
    await shot.save("wizard_11_policy_done")


if __name__ == "__main__":
    sys.exit(run_wizard(shoot, config=ARRIVING))
