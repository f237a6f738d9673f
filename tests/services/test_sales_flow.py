"""The sale's step map walked without widgets: forward, back, invalidation and persistence."""

from __future__ import annotations

import json

import pytest

from insurup_desk.services.sale_steps import BRANCHES, AssetKind, asset_kind, asset_label, asset_needs
from insurup_desk.services.sales_flow import (
    ASSET,
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


# --- the asset step: what the sale insures depends on the branch --------------------------------------


def test_the_asset_step_asks_for_the_branch_s_asset() -> None:
    flow = SalesFlow.begin("c1", "Ayşe Yılmaz", branch="DASK")
    assert flow.current == ASSET
    assert flow.missing() == ["property_id"]
    with pytest.raises(FlowError, match="property_id"):
        flow.advance(vehicle_id="v1")  # a vehicle does not price an earthquake policy
    assert flow.advance(property_id="prop-1", property_label="Moda Cad. No:12, Kadıköy/İstanbul") == QUOTES
    assert asset_label(flow.data) == "Moda Cad. No:12, Kadıköy/İstanbul"


def test_every_branch_names_what_it_insures() -> None:
    kinds = {branch: asset_kind(branch) for branch in BRANCHES}
    assert kinds == {"TRAFIK": AssetKind.VEHICLE, "KASKO": AssetKind.VEHICLE, "IMM": AssetKind.VEHICLE,
                     "DASK": AssetKind.PROPERTY, "KONUT": AssetKind.PROPERTY, "TSS": AssetKind.HEALTH}
    assert asset_needs(SaleData(branch="TSS")) == ("insured_customer_id",)
    assert asset_needs(SaleData(branch="KONUT")) == ("property_id",)
    assert asset_needs(SaleData(branch="IMM")) == ("vehicle_id",)


def test_a_branch_the_desk_does_not_sell_is_refused() -> None:
    flow = SalesFlow.begin("c1")
    with pytest.raises(FlowError, match="SEYAHAT"):
        flow.update(branch="SEYAHAT")
    assert flow.data.branch == "TRAFIK"


def test_changing_the_property_or_a_konut_value_drops_the_old_proposal() -> None:
    flow = SalesFlow.begin("c1", branch="KONUT")
    flow.advance(property_id="prop-1")
    flow.update(proposal_id="p1", konut_furniture_price=50_000)
    flow.update(konut_furniture_price=80_000)
    assert flow.data.proposal_id is None
    flow.update(proposal_id="p2")
    flow.update(property_id="prop-2")
    assert flow.data.proposal_id is None


def test_changing_the_customer_forgets_every_kind_of_asset() -> None:
    flow = SalesFlow.begin("c1", branch="KONUT")
    flow.advance(property_id="prop-1", property_label="Ev")
    flow.update(insured_customer_id="c1", insured_label="Ayşe", vehicle_id="v1")
    flow.update(customer_id="c2")
    data = flow.data
    assert (data.property_id, data.property_label, data.insured_customer_id, data.vehicle_id) == (None, "", None, None)


def test_a_property_sale_survives_autosave_as_plain_json() -> None:
    flow = SalesFlow.begin("c1", "Ayşe", branch="KONUT")
    flow.advance(property_id="prop-1", property_label="Moda Cad. No:12")
    flow.update(konut_furniture_price=50_000, konut_scope="SADECE_ESYA", konut_vacancy_over_month=True)
    restored = SalesFlow.from_dict(json.loads(json.dumps(flow.to_dict())))
    assert restored.current == QUOTES
    assert restored.data == flow.data
    assert restored.back() == ASSET and restored.data.property_id is None


def test_a_sale_saved_while_the_step_was_called_vehicle_resumes_on_the_asset_step() -> None:
    saved = {"current": "vehicle", "data": {"customer_id": "c1"},
             "history": [{"step": "customer", "data": {}}]}
    restored = SalesFlow.from_dict(saved)
    assert restored.current == ASSET
    assert restored.back() == CUSTOMER
