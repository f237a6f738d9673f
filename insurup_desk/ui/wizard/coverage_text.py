"""Coverage objects (``$type``-tagged values per named coverage) as Turkish table text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from insurup_desk.domain.formats import format_money
from insurup_desk.ui.wizard.health_texts import branch_value_text, tss_coverage_labels

_SKIP = {"$type", "productBranch", "type"}


def coverage_labels() -> dict[str, str]:
    return {
        "immLimitiAyrimsiz": QCoreApplication.translate("Wizard", "İMM limiti (ayrımsız)"),
        "ferdiKazaVefat": QCoreApplication.translate("Wizard", "Ferdi kaza – vefat"),
        "ferdiKazaSakatlik": QCoreApplication.translate("Wizard", "Ferdi kaza – sakatlık"),
        "ferdiKazaTedaviMasraflari": QCoreApplication.translate("Wizard", "Ferdi kaza – tedavi"),
        "hirsizlik": QCoreApplication.translate("Wizard", "Hırsızlık"),
        "yanma": QCoreApplication.translate("Wizard", "Yanma"),
        "carpisma": QCoreApplication.translate("Wizard", "Çarpışma"),
        "dogalAfetler": QCoreApplication.translate("Wizard", "Doğal afetler"),
        "yolYardim": QCoreApplication.translate("Wizard", "Yol yardım"),
        "onarimServisTuru": QCoreApplication.translate("Wizard", "Onarım servisi"),
        "yedekParcaTuru": QCoreApplication.translate("Wizard", "Yedek parça"),
        "kiralikArac": QCoreApplication.translate("Wizard", "İkame araç"),
        "anahtarKaybi": QCoreApplication.translate("Wizard", "Anahtar kaybı"),
        "maneviTazminat": QCoreApplication.translate("Wizard", "Manevi tazminat"),
        "camKirilmaMuafeyeti": QCoreApplication.translate("Wizard", "Cam kırılma muafiyeti"),
        "muafiyetOrani": QCoreApplication.translate("Wizard", "Muafiyet oranı"),
        "aracBasinaMaddi": QCoreApplication.translate("Wizard", "Araç başına maddi"),
        "kazaBasinaMaddi": QCoreApplication.translate("Wizard", "Kaza başına maddi"),
        "kisiBasinaTedavi": QCoreApplication.translate("Wizard", "Kişi başı tedavi"),
        "kazaBasinaTedavi": QCoreApplication.translate("Wizard", "Kaza başına tedavi"),
        "kisiBasinaSakatlikVeOlum": QCoreApplication.translate("Wizard", "Kişi başı sakatlık ve ölüm"),
        "kisiBasinaSakatlikVefat": QCoreApplication.translate("Wizard", "Kişi başı sakatlık ve vefat"),
        "kazaBasinaSakatlikVefat": QCoreApplication.translate("Wizard", "Kaza başına sakatlık ve vefat"),
        "kazaBasinaSakatlikVeOlum": QCoreApplication.translate("Wizard", "Kaza başına sakatlık ve ölüm"),
        "hukuksalKoruma": QCoreApplication.translate("Wizard", "Hukuksal koruma"),
        "asistansHizmeti": QCoreApplication.translate("Wizard", "Asistans hizmeti"),
    }


def label_for(key: str) -> str:
    known = coverage_labels().get(key) or tss_coverage_labels().get(key)
    if known:
        return known
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", key).split()
    return " ".join(words).capitalize()


def value_text(value: Any) -> str:
    if isinstance(value, Mapping):
        kind = str(value.get("$type") or value.get("type") or "").upper()
        amount = value.get("value")
        if kind == "INCLUDED":
            return QCoreApplication.translate("Wizard", "Dahil")
        if kind == "NOT_INCLUDED":
            return QCoreApplication.translate("Wizard", "Dahil değil")
        if kind == "LIMITLESS":
            return QCoreApplication.translate("Wizard", "Limitsiz")
        if kind == "MARKET_VALUE":
            return QCoreApplication.translate("Wizard", "Rayiç değer")
        if kind == "HIGHEST_LIMIT":
            return QCoreApplication.translate("Wizard", "En yüksek limit")
        if kind == "UNDEFINED":
            return "—"
        if kind == "PERCENT" and amount is not None:
            return f"%{amount}"
        if kind == "DECIMAL" and amount is not None:
            return format_money(Decimal(str(amount)))
        if amount is not None:
            return str(amount)
        return "—"
    if value is None:
        return "—"
    if isinstance(value, str):
        return value.replace("_", " ").capitalize()
    if isinstance(value, list):
        return " / ".join(value_text(v) for v in value)
    return str(value)


def coverage_rows(coverage: Mapping[str, Any] | None) -> list[tuple[str, str, str]]:
    """(key, label, value) for every named coverage in display order."""
    if not coverage:
        return []
    nested = coverage.get("coverage")
    inner: Mapping[str, Any] = nested if isinstance(nested, Mapping) else coverage
    return [(k, label_for(k), branch_value_text(k, v) or value_text(v)) for k, v in inner.items() if k not in _SKIP]


def comparison_table(coverages: Sequence[Mapping[str, Any] | None]) -> list[tuple[str, list[str]]]:
    """Rows of (label, one value per offer) over the union of the offers' coverages."""
    keys: list[str] = []
    per_offer: list[dict[str, str]] = []
    for coverage in coverages:
        values = {k: v for k, _label, v in coverage_rows(coverage)}
        per_offer.append(values)
        keys.extend(k for k in values if k not in keys)
    return [(label_for(k), [values.get(k, "—") for values in per_offer]) for k in keys]
