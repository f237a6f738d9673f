"""The list pages inside the real main window: they hand the operator over to the sales wizard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from page_helpers import run, settle
from PySide6.QtCore import Qt

from insurup_desk.api import ApiConfig, InsurUpClient
from insurup_desk.services.connectivity import ConnectivityMonitor
from insurup_desk.services.paths import app_paths
from insurup_desk.services.sales_flow import QUOTES, VEHICLE
from insurup_desk.services.secrets import MemoryVault
from insurup_desk.services.session import Session
from insurup_desk.services.settings import SettingsStore
from insurup_desk.ui.shell import Shell


@pytest.fixture
def window(qloop_running: Any, qtbot: Any, sandbox_app: Any) -> Iterator[Any]:
    client = InsurUpClient(ApiConfig.for_origin("http://127.0.0.1:9"), transport=httpx.ASGITransport(app=sandbox_app))
    paths = app_paths().ensure()
    store = SettingsStore(paths.settings_file)
    shell = Shell(
        client=client,
        session=Session(client.auth, client.me, MemoryVault(), profile="test"),
        settings_store=store,
        settings=store.load(),
        connectivity=ConnectivityMonitor(),
        paths=paths,
        sandbox=None,
        demo_accounts=(),
    )
    run(qtbot, shell.start())
    dialog = shell.login_dialog
    assert dialog is not None
    dialog.email_edit.setText("gise@demo.acente")
    dialog.password_edit.setText("Demo1234!")
    dialog.submit()
    qtbot.waitUntil(lambda: shell.window is not None, timeout=10_000)
    yield shell.window
    run(qtbot, shell.shutdown())
    run(qtbot, client.aclose())


def test_every_list_page_is_registered(window: Any) -> None:
    from insurup_desk.ui.pages.customers import CustomersPage
    from insurup_desk.ui.pages.policies import PoliciesPage
    from insurup_desk.ui.pages.proposals import ProposalsPage
    from insurup_desk.ui.pages.renewals import RenewalsPage

    assert isinstance(window.page("policies"), PoliciesPage)
    assert isinstance(window.page("proposals"), ProposalsPage)
    assert isinstance(window.page("customers"), CustomersPage)
    assert isinstance(window.page("renewals"), RenewalsPage)


def test_a_proposal_reopens_on_the_quotes_step(qtbot: Any, window: Any) -> None:
    window.show_page("proposals")
    page = window.page("proposals")
    settle(qtbot, page)
    page.state_filter.set_values(["ACTIVE"])
    qtbot.waitUntil(lambda: page.model.query.filter is not None and not page.model.is_loading
                    and page.model.rowCount() > 0)
    page.open_detail(0)
    qtbot.waitUntil(lambda: page.detail.proposal is not None and page.detail.resume_button.isEnabled())
    proposal_id = page.detail.proposal.proposal_id
    qtbot.mouseClick(page.detail.resume_button, Qt.MouseButton.LeftButton)
    wizard = window.page("new_sale")
    qtbot.waitUntil(lambda: wizard.flow.current == QUOTES and wizard.flow.data.proposal_id == proposal_id,
                    timeout=10_000)
    assert window.current_page_key() == "new_sale"


def test_new_sale_for_a_customer_starts_at_the_vehicle_step(qtbot: Any, window: Any) -> None:
    window.show_page("customers")
    page = window.page("customers")
    settle(qtbot, page)
    page.open_detail(0)
    customer_id = page.model.value(0, "id")
    qtbot.waitUntil(lambda: page.detail.customer is not None)
    qtbot.mouseClick(page.detail.new_sale_button, Qt.MouseButton.LeftButton)
    wizard = window.page("new_sale")
    qtbot.waitUntil(lambda: wizard.flow.current == VEHICLE and wizard.flow.data.customer_id == customer_id,
                    timeout=10_000)


def test_renewal_prefills_customer_and_vehicle(qtbot: Any, window: Any) -> None:
    window.show_page("renewals")
    page = window.page("renewals")
    settle(qtbot, page)
    page.days.setValue(365)
    qtbot.waitUntil(lambda: page.model.query.filter is not None and not page.model.is_loading
                    and page.model.rowCount() > 0)
    row = next(r for r in range(page.model.rowCount()) if page.model.value(r, "productBranch") in ("KASKO", "TRAFIK"))
    page.view.setCurrentIndex(page.model.index(row, 0))
    customer_id, vehicle_id = page.model.value(row, "insuredCustomerId"), page.model.value(row, "vehicleId")
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    wizard = window.page("new_sale")
    # Renew in one action: the sale opens on the quotes step for the same customer and vehicle, already asking.
    qtbot.waitUntil(lambda: wizard.flow.current == QUOTES and wizard.flow.data.customer_id == customer_id,
                    timeout=10_000)
    assert wizard.flow.data.vehicle_id == vehicle_id
    assert wizard.flow.data.branch == page.model.value(row, "productBranch")
    assert wizard.flow.data.renewal_of == page.model.value(row, "id")


def test_a_policys_detail_renews_it_in_one_action(qtbot: Any, window: Any) -> None:
    window.show_page("policies")
    page = window.page("policies")
    settle(qtbot, page)
    page.state_filter.set_values(["ACTIVE"])
    page.branch_filter.set_values(["KASKO"])
    qtbot.waitUntil(lambda: page.model.query.filter is not None and not page.model.is_loading
                    and page.model.rowCount() > 0)
    page.open_detail(0)
    button = page.renew_action.button
    qtbot.waitUntil(lambda: page.detail.policy is not None and button.isEnabled(), timeout=10_000)
    policy = page.detail.policy
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = window.page("new_sale")
    qtbot.waitUntil(lambda: wizard.flow.current == QUOTES and wizard.flow.data.renewal_of == policy.id,
                    timeout=10_000)
    data = wizard.flow.data
    assert (data.customer_id, data.branch) == (policy.insured_customer_id, "KASKO")
    assert data.vehicle_id == page.model.value(0, "vehicleId") and data.coverage_group_id
    assert window.current_page_key() == "new_sale"
