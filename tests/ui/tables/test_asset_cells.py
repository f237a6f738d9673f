"""Where a plate would be, a home's row shows its address (or its UAVT code until the desk has read it) and a
health row the insured person; DASK policies show their DASK policy number."""

from __future__ import annotations

from typing import Any

from insurup_desk.services.export import ExportColumn, typed_value
from insurup_desk.services.list_queries import CellKind
from insurup_desk.services.list_sources import POLICIES, PROPOSALS
from insurup_desk.services.property_text import KNOWN_ADDRESSES
from insurup_desk.ui.pages.policies import policy_spec
from insurup_desk.ui.pages.proposals import proposal_spec
from insurup_desk.ui.tables.formatting import make_formatter


def _row(fields: tuple[str, ...], **values: Any) -> tuple[Any, ...]:
    return tuple(values.get(name) for name in fields)


def test_each_branch_shows_what_it_insures(qapp: Any) -> None:
    spec = policy_spec()
    cell = make_formatter(spec, spec.columns[spec.column_index("vehiclePlateCode")])
    motor = _row(POLICIES.fields, productBranch="KASKO", vehiclePlateCode="ABC123", vehiclePlateCity=34)
    home = _row(POLICIES.fields, productBranch="DASK", propertyId="prop-unread", propertyNumber=1234567890)
    health = _row(POLICIES.fields, productBranch="TSS", insuredCustomerName="Ayşe Yılmaz")
    assert cell(motor) == "34 ABC 123"
    assert cell(home) == "Adres kodu 1234567890"
    assert cell(health) == "Ayşe Yılmaz"
    KNOWN_ADDRESSES.remember("prop-read", 1234567891, "Caferağa Mahallesi Moda Caddesi No: 5 Daire 3, Kadıköy/İstanbul")
    read = _row(POLICIES.fields, productBranch="KONUT", propertyId="prop-read", propertyNumber=1234567891)
    assert cell(read) == "Caferağa Mahallesi Moda Caddesi No: 5 Daire 3, Kadıköy/İstanbul"


def test_a_dask_policy_shows_its_dask_number_and_exports_the_address(qapp: Any) -> None:
    spec = policy_spec()
    KNOWN_ADDRESSES.remember("prop-x", None, "Bahariye Caddesi No: 12, Kadıköy/İstanbul")
    row = _row(POLICIES.fields, productBranch="DASK", propertyId="prop-x", propertyNumber=5768330500,
               daskPolicyNumber="DSK-000123")
    number = make_formatter(spec, spec.columns[spec.column_index("daskPolicyNumber")])
    assert number(row) == "DSK-000123"
    asset = spec.columns[spec.column_index("vehiclePlateCode")]
    exported = ExportColumn(asset.title, asset.kind, spec.index_of(asset.key), text=make_formatter(spec, asset))
    assert typed_value(exported, row) == "Bahariye Caddesi No: 12, Kadıköy/İstanbul"
    assert asset.kind is CellKind.ASSET and asset.title == "Plaka / adres"


def test_a_proposal_of_a_home_names_it_by_its_property_id(qapp: Any) -> None:
    spec = proposal_spec()
    cell = make_formatter(spec, spec.columns[spec.column_index("vehiclePlateCode")])
    KNOWN_ADDRESSES.remember("prop-p", None, "Moda Caddesi No: 5 Daire 5, Kadıköy/İstanbul")
    assert cell(_row(PROPOSALS.fields, productBranch="KONUT", propertyId="prop-p")) == (
        "Moda Caddesi No: 5 Daire 5, Kadıköy/İstanbul")
    assert cell(_row(PROPOSALS.fields, productBranch="KONUT", propertyId="unknown")) == ""
