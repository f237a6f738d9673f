"""Each branch's proposal body, as the SDK contract spells it (``$type`` first, ``productBranch`` always sent)."""

from __future__ import annotations

import pytest

from insurup_desk.services.sale_proposals import IncompleteSale, proposal_body
from insurup_desk.services.sales_flow import SaleData


def test_a_dask_proposal_names_the_property_and_nothing_else() -> None:
    sale = SaleData(customer_id="c1", branch="DASK", property_id="prop-1")
    wire = proposal_body(sale, "CALL_CENTER", None).to_wire()
    assert list(wire)[:2] == ["$type", "productBranch"]
    assert wire == {"$type": "dask", "productBranch": "DASK", "insurerCustomerId": "c1", "insuredCustomerId": "c1",
                    "channel": "CALL_CENTER", "propertyId": "prop-1"}


def test_a_konut_proposal_carries_the_item_values_options_and_scope() -> None:
    sale = SaleData(customer_id="c1", branch="KONUT", property_id="prop-1", konut_furniture_price=50_000,
                    konut_electronics_price=10_000, konut_insulation_price=1_000, konut_window_price=5_000,
                    konut_earthquake=False, konut_vacancy_over_month=True, konut_scope="SADECE_ESYA")
    wire = proposal_body(sale, "MANUAL", "br-1").to_wire()
    assert wire["$type"] == "konut" and wire["productBranch"] == "KONUT"
    assert (wire["furniturePrice"], wire["electronicDevicePrice"], wire["insulationPrice"], wire["windowPrice"]) == (
        50_000, 10_000, 1_000, 5_000)
    assert (wire["earthquakeCoverageOption"], wire["vacancyDurationOption"]) == (0, 1)
    assert wire["coverage"] == {"$type": "konut", "productBranch": "KONUT", "sigortaKapsami": "SADECE_ESYA"}
    assert next(iter(wire["coverage"])) == "$type"
    assert wire["agentBranchId"] == "br-1" and "vehicleId" not in wire


def test_a_konut_proposal_without_a_scope_leaves_the_coverage_to_the_insurer() -> None:
    sale = SaleData(customer_id="c1", branch="KONUT", property_id="prop-1")
    wire = proposal_body(sale, "MANUAL", None).to_wire()
    assert "coverage" not in wire and wire["earthquakeCoverageOption"] == 1 and wire["furniturePrice"] == 0


def test_motor_proposals_are_unchanged() -> None:
    sale = SaleData(customer_id="c1", branch="KASKO", vehicle_id="v1", coverage_group_id="g1",
                    policy_start_date="2026-12-10")
    wire = proposal_body(sale, "MANUAL", None).to_wire()
    assert wire == {"$type": "kasko", "productBranch": "KASKO", "insurerCustomerId": "c1", "insuredCustomerId": "c1",
                    "channel": "MANUAL", "vehicleId": "v1", "coverageGroupIds": ["g1"], "policyStartDate": "2026-12-10"}


def test_a_tss_proposal_insures_the_chosen_person() -> None:
    sale = SaleData(customer_id="c1", branch="TSS", insured_customer_id="c2")
    wire = proposal_body(sale, "MANUAL", None).to_wire()
    assert (wire["$type"], wire["insurerCustomerId"], wire["insuredCustomerId"]) == ("tss", "c1", "c2")


@pytest.mark.parametrize("sale", [SaleData(customer_id="c1", branch="DASK"),
                                  SaleData(customer_id="c1", branch="TRAFIK"),
                                  SaleData(branch="KONUT", property_id="p")])
def test_a_sale_missing_its_asset_cannot_become_a_proposal(sale: SaleData) -> None:
    with pytest.raises(IncompleteSale):
        proposal_body(sale, "MANUAL", None)
