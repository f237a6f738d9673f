"""Save the TSS and İMM sale screenshots in the real main window over the embedded sandbox.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_health_imm.py [OUT_DIR]

Signs in as gise@demo.acente and, for Ayşe Yılmaz (seeded with her husband and daughter), writes at 1366×768:
wizard_tss_1_health_form.png (the health step with a family member's missing height pointed out),
wizard_tss_2_quotes.png (TSS quotes priced for the family) and wizard_imm_coverage.png (İMM's coverage choice
above its priced quotes). Default OUT_DIR: docs/screenshots.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from screenshot_desk import AYSE, out_dir, quotes_in, run_desk, save, settle, sign_in, until

from insurup_desk.services.sales_flow import ASSET, QUOTES
from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard


async def ask_and_wait(wizard: SaleWizard) -> None:
    wizard.quotes_page.ask()
    await quotes_in(wizard.quotes_page)
    await settle()


async def shoot(shell: Shell, out: Path) -> None:
    await sign_in(shell)
    window = shell.window
    assert window is not None
    ayse = await shell.client.customers.get(AYSE)
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)

    shell.navigator.open_new_sale(customer_id=ayse.id)
    await until(lambda: wizard.flow.current == ASSET, "the asset step")
    wizard.asset_page.branch.setCurrentIndex(wizard.asset_page.branch.findData("TSS"))
    health = wizard.asset_page.health_page
    await until(lambda: health.loaded_for == ayse.id and health.choice.network.count() > 1, "the health step")
    form = health.form
    form.surgery.no.click()
    form.disease.no.click()
    health.choice.network.setCurrentIndex(health.choice.network.count() - 1)
    for row in form.relatives:
        row.take.setChecked(True)
    # The daughter's height is left out, to show how the step points at what is missing.
    child = next(row for row in form.relatives if row.relative.relation == "CHILD")
    kept = child.height_edit.text()
    child.height_edit.clear()
    form.validate(ayse.id)
    await asyncio.sleep(0.3)
    save(window, out / "wizard_tss_1_health_form.png")
    child.height_edit.setText(kept or "128")
    health.primary()
    await until(lambda: wizard.flow.current == QUOTES, "the TSS quotes step")
    await ask_and_wait(wizard)
    save(window, out / "wizard_tss_2_quotes.png")

    shell.navigator.open_new_sale(customer_id=ayse.id)
    await until(lambda: wizard.flow.current == ASSET and wizard.flow.data.proposal_id is None, "a new sale")
    wizard.asset_page.branch.setCurrentIndex(wizard.asset_page.branch.findData("IMM"))
    vehicles = wizard.vehicle_page
    await until(lambda: vehicles.vehicles.count() > 0, "Ayşe's vehicles")
    vehicles.primary()
    await until(lambda: wizard.flow.current == QUOTES, "the İMM quotes step")
    choice = wizard.quotes_page.imm_choice
    await until(lambda: choice.loaded, "İMM's choices")
    choice.choice.limit.setCurrentIndex(choice.choice.limit.count() - 1)
    choice.choice.load.setCurrentIndex(1)
    await ask_and_wait(wizard)
    save(window, out / "wizard_imm_coverage.png")


def main() -> int:
    out = out_dir()
    return run_desk(lambda shell: shoot(shell, out))


if __name__ == "__main__":
    sys.exit(main())
