"""The words the sale's steps name a branch and what it insures by (the asset step, quotes, payment, receipts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from insurup_desk.services.sale_steps import BRANCH_STEPS, AssetKind
from insurup_desk.services.sales_flow import SaleData


def branch_names() -> dict[str, str]:
    return {
        "TRAFIK": QCoreApplication.translate("AssetPage", "Trafik"),
        "KASKO": QCoreApplication.translate("AssetPage", "Kasko"),
        "IMM": QCoreApplication.translate("AssetPage", "İMM (ihtiyari mali mesuliyet)"),
        "DASK": QCoreApplication.translate("AssetPage", "DASK (zorunlu deprem)"),
        "KONUT": QCoreApplication.translate("AssetPage", "Konut"),
        "TSS": QCoreApplication.translate("AssetPage", "Tamamlayıcı sağlık (TSS)"),
    }


def asset_word(kind: AssetKind) -> str:
    """How the chosen asset is named on the later steps ('Araç: 34 ABC 123', 'Konut: Moda Cad. …')."""
    return {AssetKind.VEHICLE: QCoreApplication.translate("AssetPage", "Araç"),
            AssetKind.PROPERTY: QCoreApplication.translate("AssetPage", "Konut"),
            AssetKind.HEALTH: QCoreApplication.translate("AssetPage", "Sigortalı")}[kind]


def asset_line(sale: SaleData) -> tuple[str, str]:
    """(word, label) of what the sale insures: ('Araç', '34 ABC 123'), ('Konut', 'Moda Caddesi …')."""
    steps = BRANCH_STEPS.get(sale.branch)
    kind = steps.asset if steps is not None else AssetKind.VEHICLE
    label = {AssetKind.VEHICLE: sale.vehicle_label, AssetKind.PROPERTY: sale.property_label,
             AssetKind.HEALTH: sale.insured_label}[kind]
    return asset_word(kind), label
