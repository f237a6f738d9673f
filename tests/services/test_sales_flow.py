"""The sale's step map walked without widgets: forward, back, invalidation and persistence."""

from __future__ import annotations

import json

import pytest

from insurup_desk.services.sales_flow import (
    CUSTOMER,
    DONE,
    PAYMENT,
    QUOTES,
    VEHICLE,
    FlowError,
    SaleData,
    SalesFlow,
)


def _walk_to_payment() -> SalesFlow:
    flow = SalesFlow.begin()
    flow.advance(customer_id="c1", customer_label="Ayşe Yılmaz")
    flow.advance(vehicle_id="v1", vehicle_label="34 ABC 123")
    flow.advance(proposal_id="p1", proposal_product_id="pp1", installment_number=3)
    return flow


def test_a_full_walk_reaches_done_and_locks_the_way_back() -> None:
    flow = _walk_to_payment()
    assert flow.current == PAYMENT
    flow.advance(payment_method="SYNC_CREDIT_CARD", policy_id="pol1", policy_number="POL-1")
    assert flow.current == DONE
    assert flow.step.last
    assert not flow.can_go_back()
    with pytest.raises(FlowError):
        flow.back()


def test_cannot_leave_a_step_without_its_data() -> None:
    flow = SalesFlow.begin()
    assert flow.missing() == ["customer_id"]
    with pytest.raises(FlowError, match="customer_id"):
        flow.advance()
    assert flow.current == CUSTOMER


def test_back_pops_the_snapshot_taken_before_the_step_was_left() -> None:
    flow = _walk_to_payment()
    assert flow.back() == QUOTES
    assert flow.data.proposal_product_id is None  # the quotes step's own choices are undone
    assert flow.back() == VEHICLE
    assert flow.data.vehicle_id is None
    assert flow.data.customer_id == "c1"
    assert flow.back() == CUSTOMER
    assert not flow.can_go_back()


def test_changing_the_customer_forgets_the_vehicle_and_the_quote() -> None:
    flow = _walk_to_payment()
    flow.update(customer_id="c2")
    assert flow.data.vehicle_id is None
    assert flow.data.proposal_id is None
    assert flow.data.installment_number is None


def test_changing_the_branch_drops_the_old_proposal() -> None:
    flow = SalesFlow.begin("c1")
    flow.advance(vehicle_id="v1")
    flow.update(proposal_id="p1")
    flow.update(branch="KASKO")
    assert flow.data.proposal_id is None


def test_starting_with_a_customer_opens_the_vehicle_step_and_keeps_customer_reachable() -> None:
    flow = SalesFlow.begin("c9", "Mehmet Demir", vehicle_id="v9")
    assert flow.current == VEHICLE
    assert flow.data.vehicle_id == "v9"
    assert flow.back() == CUSTOMER


def test_payment_cannot_go_back_while_a_purchase_outcome_is_unknown() -> None:
    flow = _walk_to_payment()
    flow.update(pending_purchase=True)
    assert not flow.can_go_back()
    flow.update(pending_purchase=False)
    assert flow.can_go_back()


def test_state_round_trips_through_json() -> None:
    flow = _walk_to_payment()
    text = json.dumps(flow.to_dict())
    again = SalesFlow.from_dict(json.loads(text))
    assert again.current == PAYMENT
    assert again.data == flow.data
    assert again.back() == QUOTES
    assert again.back() == VEHICLE


def test_sale_data_holds_no_card_fields() -> None:
    names = set(SaleData().to_dict())
    assert not {n for n in names if "card" in n or "cvc" in n or "expiry" in n}


def test_unknown_fields_are_refused() -> None:
    flow = SalesFlow.begin()
    with pytest.raises(FlowError):
        flow.update(card_number="4242424242424242")


def test_listeners_hear_every_move() -> None:
    seen: list[str] = []
    flow = SalesFlow.begin()
    flow.add_listener(lambda f: seen.append(f.current))
    flow.advance(customer_id="c1")
    flow.back()
    assert seen == [VEHICLE, CUSTOMER]
