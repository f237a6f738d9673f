"""Sales that do not go smoothly: every insurer failing, a lost purchase answer, server field errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from wizard_steps import (
    FAST_POLL,
    choose_best,
    choose_open_account_offer,
    collect_quotes,
    confirm_payment,
    enter,
    run,
    to_quotes,
    type_card,
    wait_done,
)

from insurup_desk.api.errors import ValidationFailed
from insurup_desk.sandbox import SandboxConfig
from insurup_desk.sandbox.catalog import INSURERS
from insurup_desk.sandbox.faults import FaultRule
from insurup_desk.services.purchase_guard import PurchaseState
from insurup_desk.services.sales_flow import QUOTES, VEHICLE
from insurup_desk.ui.wizard.payment_page import CHECKING
from insurup_desk.ui.wizard.wizard import SaleWizard


class TestAllInsurersFailing:
    @pytest.fixture
    def sandbox_config(self) -> SandboxConfig:
        config = SandboxConfig.for_tests()
        config.failing_insurers = tuple(i.id for i in INSURERS)
        config.robot_products = ()
        config.retry_succeeds = False
        return config

    def test_all_failing_says_so_and_offers_no_way_forward(self, qtbot: Any, wizard: SaleWizard) -> None:
        to_quotes(qtbot, wizard)
        collect_quotes(qtbot, wizard)
        page = wizard.quotes_page
        assert page.model.board.all_failed
        assert "Hiçbir sigorta şirketi fiyat veremedi" in page.outcome_line.text()
        assert not page.continue_button.isEnabled()
        enter(qtbot, page.table)
        assert wizard.flow.current == QUOTES


def test_lost_purchase_answer_is_reconciled_into_one_policy(qtbot: Any, wizard: SaleWizard, sandbox: Any) -> None:
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    rule = FaultRule(route="/api/proposals/*/purchase/sync", lose_response=True, count=1)
    sandbox.faults.add(rule)
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    assert rule.hits == 1  # the answer really was lost
    assert len(sandbox.charges) == 1
    assert wizard.flow.data.policy_id
    assert wizard.payment_page.guard is not None and wizard.payment_page.guard.attempts == 1
    assert not wizard.flow.data.pending_purchase


def test_server_field_errors_land_on_their_fields(qtbot: Any, wizard: SaleWizard) -> None:
    page = wizard.customer_page
    page._open_form()
    error = ValidationFailed("Geçersiz", field_errors={"identityNumber": ["Kimlik numarası kullanılamaz."],
                                                      "primaryEmail": ["E-posta alan adı bulunamadı."]})
    assert page._server_problems(error)
    assert page.form.errors.message("identityNumber") == "Kimlik numarası kullanılamaz."
    assert page.form.errors.message("email") == "E-posta alan adı bulunamadı."
    stray = ValidationFailed("Geçersiz", field_errors={"agentBranchId": ["Şube yok."]})
    assert not page._server_problems(stray)  # unplaced errors go to the banner instead


def test_resumed_sale_with_a_lost_answer_reconciles_instead_of_paying_again(
        qtbot: Any, wizard: SaleWizard, sandbox: Any) -> None:
    """The desk paid, the answer was lost and so was every check; the next session reopens the saved sale."""
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    choose_best(qtbot, wizard)
    # The purchase goes through at the insurer but its answer never arrives; then every check is refused
    # (a status that is not retried keeps the test quick; what matters is that nothing can be told).
    sandbox.faults.add(FaultRule(route="/api/proposals/*/purchase/*", lose_response=True, count=1))
    sandbox.faults.add(FaultRule(route="/api/proposals/*", method="GET", status=403))
    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    page = wizard.payment_page
    qtbot.waitUntil(lambda: page.payment is not None and page.payment.state is PurchaseState.UNKNOWN, timeout=10_000)
    assert page.stack.currentIndex() == CHECKING and len(sandbox.charges) == 1
    saved = json.loads(json.dumps(wizard.snapshot()))
    assert saved["data"]["pending_purchase"] and "4242" not in json.dumps(saved)

    # A later session, with the line back: the saved sale is checked, never paid again.
    sandbox.faults.clear()
    later = SaleWizard(wizard.tools, schedule=FAST_POLL)
    qtbot.addWidget(later)
    later.restore(saved)
    wait_done(qtbot, later)
    assert len(sandbox.charges) == 1
    assert later.flow.data.policy_id == sandbox.charges[0]["policyId"] and not later.flow.data.pending_purchase


def test_restored_sale_opens_on_its_step_and_back_still_works(qtbot: Any, wizard: SaleWizard) -> None:
    to_quotes(qtbot, wizard)
    saved = wizard.snapshot()
    wizard.open_new_sale()
    assert wizard.flow.current == "customer"
    wizard.restore(saved)
    assert wizard.flow.current == QUOTES
    wizard.go_back()
    assert wizard.flow.current == VEHICLE


def test_an_already_purchased_answer_shows_the_policy_instead_of_a_decline(
        qtbot: Any, wizard: SaleWizard, sandbox: Any) -> None:
    """Another desk (or a lost answer of this one) already bought the offer: the server says 409."""
    to_quotes(qtbot, wizard)
    collect_quotes(qtbot, wizard)
    choose_open_account_offer(qtbot, wizard)
    data = wizard.flow.data
    assert data.proposal_id and data.proposal_product_id
    bought = run(qtbot, wizard.service.client.purchases.pay_open_account(
        data.proposal_id, data.proposal_product_id, data.installment_number or 1))
    charges = len(sandbox.charges)

    type_card(qtbot, wizard)
    confirm_payment(qtbot, wizard)
    wait_done(qtbot, wizard)
    assert wizard.flow.data.policy_id == bought.policy_id  # the policy that exists, not an error
    assert not wizard.payment_page.banner.isVisible()
    assert len(sandbox.charges) == charges  # nothing charged again
