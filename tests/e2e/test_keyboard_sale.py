"""A returning customer's Trafik sale by card, keyboard only, in at most eight keys beyond the TCKN and the card."""

from __future__ import annotations

from typing import Any

from desk_shell import run_until_done, sign_in
from keyboard_sale import INSTALLMENTS, TARGET_KEYS, drive

from insurup_desk.ui.shell import Shell
from insurup_desk.ui.wizard.wizard import SaleWizard


def test_returning_customers_trafik_sale_by_card_in_three_installments_by_keyboard(
        qtbot: Any, desk_shell: Shell, sandbox: Any) -> None:
    window = sign_in(qtbot, desk_shell)
    sale = run_until_done(qtbot, drive(window), timeout_ms=60_000)
    print(f"keyboard-only sale: {len(sale.keys)} keys ({' '.join(sale.keys)}), policy {sale.policy_number}")
    assert len(sale.keys) <= TARGET_KEYS, sale.keys
    assert len(sandbox.charges) == 1
    wizard = window.page("new_sale")
    assert isinstance(wizard, SaleWizard)
    assert wizard.flow.data.installment_number == INSTALLMENTS
