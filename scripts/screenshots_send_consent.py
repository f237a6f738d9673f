"""Save the send dialog and the KVKK / ETK consent screens at 1366×768, offscreen, against an in-process sandbox.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_send_consent.py [OUT_DIR]

Writes consent_customer_step.png (consent on the customer step), send_dialog.png (sending the comparison,
asking first as there is no ETK consent) and consent_history.png (the customer detail with its history); default
OUT_DIR: docs/screenshots.
"""

from __future__ import annotations

import sys

from screenshot_desk import HEIGHT, WIDTH, Shot, run_wizard, save_over, settle, until

from insurup_desk.sandbox import SandboxConfig
from insurup_desk.ui.pages.customer_detail import CustomerDetailPane


async def shoot(shot: Shot) -> None:
    wizard = shot.wizard
    page = wizard.customer_page
    page.search.setText("11111111110")
    page._run_search()
    await until(lambda: page.results.count() > 0 and page.consents.view is not None, "the customer's consents")
    await shot.save("consent_customer_step")

    quotes = await shot.priced_quotes()
    quotes.table.selectAll()
    quotes.documents.send()
    dialog = quotes.documents.send_dialog
    assert dialog is not None
    await until(lambda: dialog.contact is not None, "the customer's contact")
    dialog.send()  # no ETK consent: the dialog asks first
    await until(dialog.consent_box.isVisible, "the ETK question")
    await settle()
    save_over(wizard, dialog, shot.out / "send_dialog.png")
    dialog.reject()
    quotes.leave()

    customer = await shot.ayse()
    pane = CustomerDetailPane(shot.client)
    pane.resize(WIDTH, HEIGHT)
    pane.show()
    pane.show_customer(customer.id, customer.full_name or "")
    pane.tabs.setCurrentWidget(pane.consents)
    await until(lambda: pane.consents.view is not None, "the consent tab")
    panel = pane.consents

    def history_rows() -> int:
        return len(panel.view.history) if panel.view is not None else 0

    for kind in ("ETK", "KVKK", "KVKK"):
        rows = history_rows()
        panel.buttons[kind].click()
        await until(lambda: history_rows() > rows, f"{kind} in the history")  # noqa: B023 - awaited in the iteration
    await until(lambda: pane.customer is not None, "the customer")
    await shot.save("consent_history", pane)
    pane.close()


if __name__ == "__main__":
    sys.exit(run_wizard(shoot, config=SandboxConfig.for_tests()))
