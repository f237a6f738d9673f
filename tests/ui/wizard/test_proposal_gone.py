"""A resumed sale whose proposal the server no longer has (a restarted training sandbox) asks again, not dead-ends."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from wizard_steps import collect_quotes, to_quotes

from insurup_desk.services.sales_flow import QUOTES
from insurup_desk.ui.wizard.wizard import SaleWizard


def test_a_vanished_proposal_offers_new_quotes_for_the_saved_customer_and_vehicle(
        qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    state = wizard.snapshot()
    customer, vehicle = state["data"]["customer_id"], state["data"]["vehicle_id"]
    state["data"]["proposal_id"] = "0000000000000000000000ff"  # as if the sandbox had restarted
    wizard.restore(state)
    page = wizard.quotes_page
    assert wizard.flow.current == QUOTES
    qtbot.waitUntil(lambda: "artık sunucuda yok" in page.outcome_line.text(), timeout=5_000)
    assert wizard.flow.data.proposal_id is None and not wizard.banner.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.collector is not None and not page.collector.running
                    and page.model.board.total > 0, timeout=10_000)
    data = wizard.flow.data
    assert data.proposal_id and (data.customer_id, data.vehicle_id) == (customer, vehicle)
