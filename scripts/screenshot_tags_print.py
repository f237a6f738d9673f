"""Save the payment step with its campaign tag and the print preview of a policy, at 1366×768, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_tags_print.py [OUT_DIR]

Runs a sale on the in-process sandbox to the payment step (wizard_8b_payment_tag.png, the tag refused for a
character it cannot carry in wizard_8c_payment_tag_error.png), buys it, then opens the policy's print preview
(print_preview.png). Qt's own Turkish catalogue is loaded, as the desk does.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrintPreviewWidget
from screenshot_desk import HEIGHT, WIDTH, Shot, run_wizard, type_card, until

from insurup_desk.ui.pages.policy_detail import PolicyDetailPane


async def shoot(shot: Shot) -> None:
    wizard = shot.wizard
    pay = await shot.pay_best(await shot.priced_quotes())
    type_card(pay)
    pay.tag.edit.setText("Bahar;2026")
    pay.primary()
    await shot.save("wizard_8c_payment_tag_error")
    pay.tag.edit.setText("BAHAR-2026 Öğrenci")
    pay.tag.checked()
    await shot.save("wizard_8b_payment_tag")
    pay.primary()
    pay.primary()
    await until(lambda: wizard.flow.current == "done", "the policy")
    policy_id = wizard.flow.data.policy_id or ""

    pane = PolicyDetailPane(shot.client)
    pane.resize(WIDTH, HEIGHT)
    pane.show()
    pane.show_policy(policy_id)
    await until(lambda: pane.policy is not None and pane.print_button.isEnabled(), "the policy pane")
    pane.print_button.printer.setOutputFileName(str(Path(tempfile.mkdtemp()) / "onizleme.pdf"))
    pane.print_button.preview_action.trigger()
    await until(lambda: pane.print_button.job is not None and pane.print_button.job.dialog is not None, "preview")
    job = pane.print_button.job
    assert job is not None and job.dialog is not None
    job.dialog.resize(WIDTH, HEIGHT)
    preview = job.dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    await until(lambda: preview.pageCount() >= 2, "the policy's pages")
    preview.setViewMode(QPrintPreviewWidget.ViewMode.AllPagesView)
    preview.fitInView()
    await shot.save("print_preview", job.dialog)
    job.dialog.close()
    pane.close()


if __name__ == "__main__":
    sys.exit(run_wizard(shoot, turkish_qt=True))
