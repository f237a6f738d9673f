"""The renewals list: last year's insurer and premium, and which policy renewed a row once it is sold."""

from __future__ import annotations

import datetime as dt
from typing import Any

from page_helpers import RecordingNavigator, run, settle
from PySide6.QtCore import Qt

from insurup_desk.api import InsurUpClient
from insurup_desk.api.models import ProposalCreate
from insurup_desk.ui.pages.renewals import RenewalsPage


def _shown(qtbot: Any, page: RenewalsPage) -> RenewalsPage:
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page)
    return page


def test_a_sold_renewal_shows_on_its_row(qtbot: Any, signed_client: InsurUpClient, navigator: RecordingNavigator,
                                         sandbox: Any) -> None:
    today = sandbox.config.reference_day()
    page = _shown(qtbot, RenewalsPage(signed_client, navigator=navigator, today=lambda: today))
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    # Last year's insurer (the policy in force now) and premium.
    assert {"Mevcut şirket", "Geçen yılki prim", "Yenileme"} <= set(titles)
    renewed_column = titles.index("Yenileme")

    def texts() -> list[str]:
        return [page.model.index(r, renewed_column).data() for r in range(page.model.rowCount())]

    # The look-up after the first page has answered (a seeded vehicle may already have next year's policy).
    qtbot.waitUntil(lambda: page.lookups > 0)
    before = texts()
    row = next(r for r in range(page.model.rowCount()) if page.model.value(r, "productBranch") in ("KASKO", "TRAFIK")
               and not before[r])
    node = {k: page.model.value(row, k) for k in ("id", "insuredCustomerId", "vehicleId", "productBranch", "endDate")}

    async def sell() -> str:
        body = ProposalCreate(discriminator=node["productBranch"].lower(), product_branch=node["productBranch"],
                              insurer_customer_id=node["insuredCustomerId"],
                              insured_customer_id=node["insuredCustomerId"], vehicle_id=node["vehicleId"],
                              channel="MANUAL", policy_start_date=dt.date.fromisoformat(node["endDate"]))
        pid = await signed_client.proposals.create(body)
        sandbox.clock.advance(5)
        proposal = await signed_client.proposals.get(pid)
        product = next(p for p in proposal.products if p.state == "ACTIVE" and p.product_type == "WEB_SERVICE"
                       and "SYNC_OPEN_ACCOUNT" in p.supported_payment_options)
        result = await signed_client.purchases.pay_open_account(pid, product.id, 1)
        return result.policy_number or ""

    number = run(qtbot, sell())
    done = page.lookups
    page.look_up_renewals()
    qtbot.waitUntil(lambda: page.lookups > done)
    qtbot.waitUntil(lambda: bool(page.model.index(row, renewed_column).data()), timeout=10_000)
    text = page.model.index(row, renewed_column).data()
    assert text.startswith("Yenilendi: ") and number and number in text
    after = texts()
    assert [a for i, a in enumerate(after) if i != row] == [b for i, b in enumerate(before) if i != row], \
        "only the renewed row changed"


def test_a_line_the_desk_does_not_sell_is_not_renewed_from_the_list(
        qtbot: Any, signed_client: InsurUpClient, navigator: RecordingNavigator, sandbox: Any) -> None:
    today = sandbox.config.reference_day()
    page = _shown(qtbot, RenewalsPage(signed_client, navigator=navigator, today=lambda: today))
    page.days.setValue(365)
    qtbot.waitUntil(lambda: not page.model.is_loading and page.model.rowCount() > 0)
    other = next(r for r in range(page.model.rowCount())
                 if page.model.value(r, "productBranch") not in ("KASKO", "TRAFIK"))
    page.view.setCurrentIndex(page.model.index(other, 0))
    page.start_renewal()
    assert navigator.calls == [] and "yalnızca Trafik ve Kasko" in page.status_label.text()
