"""Save screenshots of renewing and revising in the real main window at 1366×768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_revise_renew.py [OUT_DIR]

Signs in to the embedded sandbox, renews a Kasko policy from the renewals list (quotes step with last year's
premium and each offer's change: wizard_12_renewal_quotes.png), opens the one-offer revise dialog
(wizard_13_revise_offer.png), shows the offer priced again (wizard_14_revised_offer.png), opens the coverage
group revise dialog (wizard_15_revise_groups.png), sells the renewal and shows the renewals list naming the new
policy (renewals_renewed.png). A dialog is drawn over the window it belongs to, where the operator sees it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from screenshot_desk import out_dir, run_desk, save, save_over, sign_in, until

from insurup_desk.ui.shell import Shell


async def shoot(shell: Shell, out: Path) -> None:
    await sign_in(shell)
    window = shell.window
    assert window is not None

    window.show_page("renewals")
    renewals: Any = window.page("renewals")
    await until(lambda: renewals.model.total_count is not None and not renewals.model.is_loading
                and renewals.lookups > 0, "renewals")
    model = renewals.model
    row = next(r for r in range(model.rowCount()) if model.value(r, "productBranch") == "KASKO")
    renewals.view.setFocus()
    renewals.view.selectRow(row)
    renewals.start_renewal()

    wizard: Any = window.page("new_sale")
    await until(lambda: wizard.flow.current == "quotes" and wizard.quotes_page.collector is not None, "renewal")
    page = wizard.quotes_page
    await until(lambda: not page.collector.running and page.progress.isHidden()
                and page.model.board.best_row is not None, "renewal quotes", 60)
    save(window, out / "wizard_12_renewal_quotes.png")

    page.revise_product()
    await until(lambda: page.revise_dialog is not None, "revise dialog")
    choices = page.revise_dialog
    choices.choose("onarimServisTuru", "YETKILI_SERVIS")
    choices.choose("kiralikArac", {"$type": "NUMBER", "value": 15})
    choices.adjustSize()
    save_over(window, choices, out / "wizard_13_revise_offer.png")
    revised_id = page.current_row().id
    choices.accept()
    await until(lambda: (r := page.model.board.row(revised_id)) is not None and r.revised and not r.revising
                and r.status == "priced" and not page.collector.running, "revised offer", 60)
    page._measure_columns()  # as when every answer is in: the revised row is priced again
    save(window, out / "wizard_14_revised_offer.png")

    page.revise_groups()
    await until(lambda: page.revise_dialog is not None, "groups dialog")
    groups = page.revise_dialog
    groups.resize(520, 260)
    save_over(window, groups, out / "wizard_15_revise_groups.png")
    groups.reject()

    best = page.model.board.best_row
    await shell.client.purchases.pay_open_account(wizard.flow.data.proposal_id, best.id, 1)
    window.show_page("renewals")
    renewals.view.selectRow(row)
    renewals.open_detail(row)
    before = renewals.lookups
    renewals.look_up_renewals()
    await until(lambda: renewals.lookups > before and renewals.detail.policy is not None, "renewed row")
    save(window, out / "renewals_renewed.png")


def main() -> int:
    out = out_dir()
    return run_desk(lambda shell: shoot(shell, out))


if __name__ == "__main__":
    sys.exit(main())
