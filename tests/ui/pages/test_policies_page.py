"""The policy list against the sandbox: totals, search, filters, server sort, detail, export, columns, keys."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
from page_helpers import load_all, settle
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from insurup_desk.services.export import ExportFormat
from insurup_desk.ui.pages.policies import PoliciesPage


def make_page(qtbot: Any, client: Any, settings: QSettings | None = None, **kw: Any) -> PoliciesPage:
    page = PoliciesPage(client, settings=settings, profile="gise@demo.acente", **kw)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def column_texts(page: PoliciesPage, key: str) -> list[str]:
    c = page.spec.column_index(key)
    return [page.model.data(page.model.index(r, c)) for r in range(page.model.rowCount())]


def test_total_and_lazy_paging_give_every_policy_once(qtbot: Any, signed_client: Any, demo_nodes: Any) -> None:
    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    expected = demo_nodes("policies")
    assert page.total_label.text() == f"{len(expected)} poliçe"
    assert page.model.rowCount() == 100, "only the first page is loaded before scrolling"
    load_all(qtbot, page)
    ids = [page.model.value(r, "id") for r in range(page.model.rowCount())]
    assert sorted(ids) == sorted(n["id"] for n in expected)
    assert len(set(ids)) == len(ids)


def test_search_by_policy_number_tckn_and_plate(qtbot: Any, signed_client: Any, demo_nodes: Any) -> None:
    nodes = demo_nodes("policies")
    target = nodes[7]
    page = make_page(qtbot, signed_client)
    settle(qtbot, page)

    qtbot.keyClicks(page.search, target["insuranceCompanyPolicyNumber"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.total_count == 1 and not page.model.is_loading)
    assert page.model.value(0, "id") == target["id"]

    page.search.clear()
    qtbot.keyClicks(page.search, target["insuredCustomerIdentityNumber"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    same_person = [n for n in nodes if n["insuredCustomerIdentityNumber"] == target["insuredCustomerIdentityNumber"]]
    qtbot.waitUntil(lambda: page.model.total_count == len(same_person) and not page.model.is_loading)

    page.search.clear()
    typed = f"{target['vehiclePlateCity']} {target['vehiclePlateCode'].lower()}"  # typed loosely
    qtbot.keyClicks(page.search, typed)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    same_plate = [
        n for n in nodes
        if n["vehiclePlateCode"] == target["vehiclePlateCode"] and n["vehiclePlateCity"] == target["vehiclePlateCity"]
    ]
    qtbot.waitUntil(lambda: page.model.total_count == len(same_plate) and not page.model.is_loading)
    plates = set(column_texts(page, "vehiclePlateCode"))
    assert len(plates) == 1 and plates.pop().startswith(f"{target['vehiclePlateCity']:02d} ")


def test_state_branch_and_end_date_filters(qtbot: Any, signed_client: Any, demo_nodes: Any) -> None:
    nodes = demo_nodes("policies")
    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    page.state_filter.set_values(["ACTIVE"])
    page.branch_filter.set_values(["KASKO"])
    wanted = [n for n in nodes if n["state"] == "ACTIVE" and n["productBranch"] == "KASKO"]
    qtbot.waitUntil(lambda: page.model.total_count == len(wanted) and not page.model.is_loading)
    assert set(column_texts(page, "state")) == {"Yürürlükte"}
    assert set(column_texts(page, "productBranch")) == {"Kasko"}

    ends = sorted(dt.date.fromisoformat(n["endDate"]) for n in wanted)
    cut = ends[len(ends) // 2]
    page.end_range.set_values(None, cut)
    later = [n for n in wanted if dt.date.fromisoformat(n["endDate"]) <= cut]
    qtbot.waitUntil(lambda: page.model.total_count == len(later) and not page.model.is_loading)


def test_header_click_sorts_on_the_server_and_unsortable_columns_say_so(
    qtbot: Any, signed_client: Any, demo_nodes: Any
) -> None:
    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    header = page.view.horizontalHeader()
    premium = page.spec.column_index("grossPremium")
    header.sectionClicked.emit(premium)
    qtbot.waitUntil(lambda: page.model.query.order == (("grossPremium", "ASC"),) and not page.model.is_loading
                    and page.model.rowCount() > 0)
    all_premiums = sorted(Decimal(str(n["grossPremium"])) for n in demo_nodes("policies"))
    loaded = [Decimal(str(page.model.value(r, "grossPremium"))) for r in range(page.model.rowCount())]
    assert loaded == all_premiums[: len(loaded)], "the server's cheapest policies come first"
    header.sectionClicked.emit(premium)
    qtbot.waitUntil(lambda: page.model.query.order == (("grossPremium", "DESC"),) and not page.model.is_loading
                    and page.model.rowCount() > 0)
    assert Decimal(str(page.model.value(0, "grossPremium"))) == all_premiums[-1]
    assert header.sortIndicatorSection() == premium
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    page.notice_timer.setInterval(50)  # the notice's life, shortened for the test
    header.sectionClicked.emit(page.spec.column_index("insuredCustomerName"))
    assert "sıralanamıyor" in page.status_label.text()
    assert header.sortIndicatorSection() == premium
    qtbot.waitUntil(lambda: page.status_label.text() == "")  # a passing notice goes by itself


def test_enter_opens_the_detail_from_rest(qtbot: Any, signed_client: Any) -> None:
    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(2, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    number = page.model.value(2, "insuranceCompanyPolicyNumber")
    qtbot.waitUntil(lambda: page.detail.policy is not None and page.detail.policy.id == page.model.value(2, "id"))
    assert number in page.detail.heading.text()
    assert page.detail.form.text("gross").startswith("₺")
    assert page.detail.form.text("dates").count(".") == 4  # dd.MM.yyyy – dd.MM.yyyy
    assert page.detail.versions.count() >= 1
    assert page.detail.email_button.isEnabled()


def test_policy_pdf_save_and_email(qtbot: Any, signed_client: Any, tmp_path: Path, sandbox: Any) -> None:
    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    page.open_detail(0)
    qtbot.waitUntil(lambda: page.detail.policy is not None)
    target = tmp_path / "police.pdf"
    page.detail.save_pdf_to(target)
    qtbot.waitUntil(lambda: target.exists() and "Kaydedildi" in page.detail.message.text())
    assert target.read_bytes().startswith(b"%PDF")

    page.detail.open_send()
    dialog = page.detail.send_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.send_button.isEnabled())
    dialog.by_email.setChecked(True)
    dialog.email.setText("yanlis-adres")
    dialog.send()
    assert "Geçerli bir e-posta" in dialog.field_error.text()
    dialog.email.setText("musteri@example.com")
    with qtbot.waitSignal(page.detail.documentSent, timeout=10_000) as sent:
        dialog.send()
    assert sent.args == ["musteri@example.com"] and "gönderildi" in page.detail.message.text()
    assert sandbox.messages[-1]["to"] == "musteri@example.com"
    assert sandbox.messages[-1]["customerId"] == page.detail.policy.insured_customer_id  # type: ignore[union-attr]


def test_export_xlsx_holds_all_matching_rows_not_only_loaded(
    qtbot: Any, signed_client: Any, demo_nodes: Any, tmp_path: Path
) -> None:
    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    assert page.model.rowCount() == 100
    target = tmp_path / "policeler.xlsx"
    run = page.export_to(target, ExportFormat.XLSX)
    with qtbot.waitSignal(run.finished, timeout=20_000) as done:
        pass
    total = len(demo_nodes("policies"))
    assert done.args[0] == total
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    visible_titles = [c.title for c in page.spec.columns if c.visible]
    assert list(rows[0]) == visible_titles
    assert len(rows) == total + 1
    numbers = {r[0] for r in rows[1:]}
    assert numbers == {n["insuranceCompanyPolicyNumber"] for n in demo_nodes("policies")}
    assert f"{total} satır kaydedildi" in page.status_label.text()


def test_export_can_be_cancelled(qtbot: Any, signed_client: Any, tmp_path: Path, sandbox: Any) -> None:
    from PySide6.QtWidgets import QPushButton

    from insurup_desk.sandbox.faults import FaultRule

    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    sandbox.faults.rules.append(FaultRule(route="*graphql", latency_s=5.0))  # a slow line: time to change one's mind
    target = tmp_path / "iptal.csv"
    run = page.export_to(target, ExportFormat.CSV)
    qtbot.waitUntil(run.dialog.isVisible)
    with qtbot.waitSignal(run.cancelled, timeout=3_000):
        qtbot.mouseClick(run.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []
    assert "iptal" in page.status_label.text()


def test_column_choice_is_remembered_per_user(qtbot: Any, signed_client: Any, qsettings: QSettings) -> None:
    page = make_page(qtbot, signed_client, qsettings)
    plate = page.spec.column_index("vehiclePlateCode")
    assert not page.view.isColumnHidden(plate)
    page.columns.set_visible("vehiclePlateCode", False)
    assert page.view.isColumnHidden(plate)
    again = make_page(qtbot, signed_client, qsettings)
    assert again.view.isColumnHidden(plate)
    other_user = PoliciesPage(signed_client, settings=qsettings, profile="mudur@demo.acente")
    qtbot.addWidget(other_user)
    assert not other_user.view.isColumnHidden(plate)
    menu = again.columns.build_menu()
    titles = {a.text(): a.isChecked() for a in menu.actions() if a.isCheckable()}
    assert titles["Plaka / adres"] is False and titles["Sigortalı"] is True


def test_ctrl_f_focuses_search_and_f5_reloads(qtbot: Any, signed_client: Any) -> None:
    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    page.activateWindow()
    page.view.setFocus()
    generation = page.model.generation
    qtbot.keyClick(page.view, Qt.Key.Key_F5)
    assert page.model.generation == generation + 1
    settle(qtbot, page)
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)


def test_insurer_and_agency_branch_filters(qtbot: Any, signed_client: Any, demo_nodes: Any) -> None:
    nodes = demo_nodes("policies")
    branch_id = next(n["agentBranchId"] for n in nodes if n.get("agentBranchId"))
    page = make_page(qtbot, signed_client, branches=[(branch_id, "Merkez şube")])
    settle(qtbot, page)
    qtbot.waitUntil(lambda: len(page.insurer_filter.menu().actions()) > 2)  # names came from the server
    insurer = nodes[0]["insuranceCompanyName"]
    page.insurer_filter.set_values([insurer])
    wanted = [n for n in nodes if n["insuranceCompanyName"] == insurer]
    qtbot.waitUntil(lambda: page.model.total_count == len(wanted) and not page.model.is_loading)
    assert page.insurer_filter.text() == f"Şirket: {insurer}"

    assert page.agency_branch.isVisibleTo(page)
    page.agency_branch.setCurrentIndex(page.agency_branch.findData(branch_id))
    both = [n for n in wanted if n.get("agentBranchId") == branch_id]
    qtbot.waitUntil(lambda: page.model.total_count == len(both) and not page.model.is_loading)


def test_server_failure_shows_problem_and_f5_recovers(qtbot: Any, signed_client: Any, sandbox: Any) -> None:
    from insurup_desk.sandbox.faults import FaultRule

    page = make_page(qtbot, signed_client)
    settle(qtbot, page)
    sandbox.faults.rules.append(FaultRule(route="*graphql", status=403, count=1))
    page.refresh()
    qtbot.waitUntil(lambda: page.banner.isVisible())
    assert page.banner.text().startswith("Hata:")
    assert "F5" in page.status_label.text()
    page.refresh()
    settle(qtbot, page)
    assert page.model.rowCount() == 100
