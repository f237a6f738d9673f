"""Proposals, customers and renewals pages against the sandbox."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from page_helpers import RecordingNavigator, load_all, settle
from PySide6.QtCore import Qt

from insurup_desk.services.export import ExportFormat
from insurup_desk.ui.pages.customers import CustomersPage
from insurup_desk.ui.pages.proposals import ProposalsPage
from insurup_desk.ui.pages.renewals import RenewalsPage


def shown(qtbot: Any, page: Any) -> Any:
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    settle(qtbot, page)
    return page


# --- proposals ------------------------------------------------------------------------------------


def test_proposals_list_filters_and_opens_offers_to_finish_the_sale(
    qtbot: Any, signed_client: Any, demo_nodes: Any, navigator: RecordingNavigator
) -> None:
    page = shown(qtbot, ProposalsPage(signed_client, navigator=navigator))
    nodes = demo_nodes("proposals")
    assert page.total_label.text() == f"{len(nodes)} teklif"
    dates = [page.model.value(r, "createdAt") for r in range(page.model.rowCount())]
    assert dates == sorted(dates, reverse=True), "newest first"

    page.state_filter.set_values(["ACTIVE"])
    active = [n for n in nodes if n["state"] == "ACTIVE"]
    qtbot.waitUntil(lambda: page.model.total_count == len(active) and not page.model.is_loading)
    assert active, "the seed has priced proposals"

    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail.proposal is not None)
    proposal = page.detail.proposal
    assert page.detail.offers.rowCount() == len(proposal.products)
    prices = [page.detail.offers.item(r, 1).text() for r in range(page.detail.offers.rowCount())]
    assert prices[0].startswith("₺"), "cheapest priced offer first"
    assert page.detail.resume_button.isEnabled()
    qtbot.mouseClick(page.detail.resume_button, Qt.MouseButton.LeftButton)
    assert navigator.calls[-1] == ("open_proposal", proposal.proposal_id)
    qtbot.mouseClick(page.detail.new_sale_button, Qt.MouseButton.LeftButton)
    assert navigator.calls[-1] == (
        "open_new_sale", (page.model.value(0, "insuredCustomerId"), page.model.value(0, "vehicleId"))
    )


def test_proposals_search_and_csv_export(qtbot: Any, signed_client: Any, demo_nodes: Any, tmp_path: Path) -> None:
    nodes = demo_nodes("proposals")
    page = shown(qtbot, ProposalsPage(signed_client))
    name = nodes[3]["insuredCustomerName"]
    page.search.setText(name)  # QTest cannot type non-ASCII letters such as “İ”
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    wanted = [n for n in nodes if name in n["insuredCustomerName"]]
    qtbot.waitUntil(lambda: page.model.total_count == len(wanted) and not page.model.is_loading)
    target = tmp_path / "teklifler.csv"
    run = page.export_to(target, ExportFormat.CSV)
    with qtbot.waitSignal(run.finished, timeout=10_000):
        pass
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:2] == ["Tarih", "Sigortalı"]
    assert len(rows) == len(wanted) + 1
    assert {r[1] for r in rows[1:]} == {n["insuredCustomerName"] for n in wanted}


# --- customers ------------------------------------------------------------------------------------


def test_customer_search_first_then_page_with_vehicles_proposals_policies(
    qtbot: Any, signed_client: Any, demo_nodes: Any, navigator: RecordingNavigator
) -> None:
    page = shown(qtbot, CustomersPage(signed_client, navigator=navigator))
    customers = demo_nodes("customers")
    assert page.total_label.text() == f"{len(customers)} müşteri"
    policies = demo_nodes("policies")
    owner = next(c for c in customers if c.get("identityNumber") and any(
        p["insuredCustomerId"] == c["id"] for p in policies))
    page.focus_search()
    qtbot.keyClicks(page.search, owner["identityNumber"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.total_count == 1 and not page.model.is_loading)
    assert page.model.value(0, "id") == owner["id"]

    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    detail = page.detail
    qtbot.waitUntil(lambda: detail.customer is not None)
    assert detail.heading.text() == owner["name"]
    assert detail.form.text("identity") == owner["identityNumber"]
    assert detail.form.text("phone").startswith("+90 5")
    own_policies = [p for p in policies if p["insuredCustomerId"] == owner["id"]]
    qtbot.waitUntil(lambda: detail.policies_model.total_count == len(own_policies))
    assert detail.tabs.tabText(2) == f"Poliçeler ({len(own_policies)})"
    own_proposals = [p for p in demo_nodes("proposals") if p["insuredCustomerId"] == owner["id"]]
    qtbot.waitUntil(lambda: detail.proposals_model.total_count == len(own_proposals))
    assert detail.vehicles.count() >= 1

    qtbot.mouseClick(detail.new_sale_button, Qt.MouseButton.LeftButton)
    assert navigator.calls[-1] == ("open_new_sale", (owner["id"], detail.selected_vehicle_id()))
    assert detail.selected_vehicle_id() is not None


def test_customer_search_by_name_ranks_and_sorts(qtbot: Any, signed_client: Any, demo_nodes: Any) -> None:
    page = shown(qtbot, CustomersPage(signed_client))
    customers = demo_nodes("customers")
    first_name = customers[0]["name"].split()[0]
    typed = first_name.replace("İ", "i").replace("I", "ı").lower()  # as typed on a Turkish keyboard
    page.search.setText(typed)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.query.search is not None and not page.model.is_loading
                    and page.model.total_count is not None)
    assert page.model.query.order[0] == ("searchScore", "DESC")
    names = [page.model.value(r, "name") for r in range(page.model.rowCount())]
    assert names and all(first_name in n for n in names)
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.total_count == len(customers) and not page.model.is_loading)
    page.view.horizontalHeader().sectionClicked.emit(page.spec.column_index("name"))
    qtbot.waitUntil(lambda: page.model.query.order == (("name", "ASC"),) and not page.model.is_loading
                    and page.model.rowCount() > 0)
    load_all(qtbot, page)
    loaded = [page.model.value(r, "name") for r in range(page.model.rowCount())]
    assert len(loaded) == len(customers)


def test_navigator_can_open_a_customer(qtbot: Any, signed_client: Any, demo_nodes: Any) -> None:
    page = shown(qtbot, CustomersPage(signed_client))
    someone = demo_nodes("customers")[5]
    page.show_customer(someone["id"])
    qtbot.waitUntil(lambda: page.detail.customer is not None)
    assert page.detail.customer.id == someone["id"]


# --- renewals -------------------------------------------------------------------------------------


def test_renewals_are_active_policies_ending_soon_soonest_first(
    qtbot: Any, signed_client: Any, demo_nodes: Any, navigator: RecordingNavigator, sandbox: Any, tmp_path: Path
) -> None:
    today = sandbox.config.reference_day()
    page = shown(qtbot, RenewalsPage(signed_client, navigator=navigator, today=lambda: today))
    policies = demo_nodes("policies")

    def due(days: int) -> list[dict[str, Any]]:
        last = today + dt.timedelta(days=days)
        return [p for p in policies
                if p["state"] == "ACTIVE" and today <= dt.date.fromisoformat(p["endDate"]) <= last]

    assert page.days.value() == 30
    assert page.model.total_count == len(due(30))
    ends = [page.model.value(r, "endDate") for r in range(page.model.rowCount())]
    assert ends == sorted(ends)
    page.days.setValue(120)
    qtbot.waitUntil(lambda: page.model.total_count == len(due(120)) and not page.model.is_loading)
    assert len(due(120)) > len(due(30))
    left = page.model.data(page.model.index(0, 1))
    assert left.endswith("gün") or left == "bugün"

    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    kind, target = navigator.calls[-1]
    assert kind == "open_renewal"
    assert (target.policy_id, target.customer_id, target.vehicle_id, target.product_branch) == (
        page.model.value(0, "id"), page.model.value(0, "insuredCustomerId"), page.model.value(0, "vehicleId"),
        page.model.value(0, "productBranch"))
    assert target.insurer == page.model.value(0, "insuranceCompanyName") and target.gross_premium is not None
    assert page.model.value(0, "vehicleId"), "the renewal carries the vehicle"

    target = tmp_path / "yenilemeler.xlsx"
    run = page.export_to(target, ExportFormat.XLSX)
    with qtbot.waitSignal(run.finished, timeout=10_000) as done:
        pass
    assert done.args[0] == len(due(120))


def test_renewal_without_selection_asks_for_one(qtbot: Any, signed_client: Any, navigator: RecordingNavigator) -> None:
    page = shown(qtbot, RenewalsPage(signed_client, navigator=navigator))
    page.start_renewal()
    assert navigator.calls == []
    assert "seçin" in page.status_label.text()
