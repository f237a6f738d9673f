"""Coverage objects (``$type``-tagged values per named coverage) as Turkish table text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from insurup_desk.domain.formats import format_money
from insurup_desk.ui.wizard.common import tr

_SKIP = {"$type", "productBranch", "type"}


def coverage_labels() -> dict[str, str]:
    return {
        "immLimitiAyrimsiz": tr("İMM limiti (ayrımsız)"),
        "ferdiKazaVefat": tr("Ferdi kaza – vefat"),
        "ferdiKazaSakatlik": tr("Ferdi kaza – sakatlık"),
        "ferdiKazaTedaviMasraflari": tr("Ferdi kaza – tedavi"),
        "hirsizlik": tr("Hırsızlık"),
        "yanma": tr("Yanma"),
        "carpisma": tr("Çarpışma"),
        "dogalAfetler": tr("Doğal afetler"),
        "yolYardim": tr("Yol yardım"),
        "onarimServisTuru": tr("Onarım servisi"),
        "yedekParcaTuru": tr("Yedek parça"),
        "kiralikArac": tr("İkame araç"),
        "anahtarKaybi": tr("Anahtar kaybı"),
        "maneviTazminat": tr("Manevi tazminat"),
        "camKirilmaMuafeyeti": tr("Cam kırılma muafiyeti"),
        "muafiyetOrani": tr("Muafiyet oranı"),
        "aracBasinaMaddi": tr("Araç başına maddi"),
        "kazaBasinaMaddi": tr("Kaza başına maddi"),
        "kisiBasinaTedavi": tr("Kişi başı tedavi"),
        "kazaBasinaTedavi": tr("Kaza başına tedavi"),
        "kisiBasinaSakatlikVeOlum": tr("Kişi başı sakatlık ve ölüm"),
        "kisiBasinaSakatlikVefat": tr("Kişi başı sakatlık ve vefat"),
        "kazaBasinaSakatlikVefat": tr("Kaza başına sakatlık ve vefat"),
        "kazaBasinaSakatlikVeOlum": tr("Kaza başına sakatlık ve ölüm"),
        "hukuksalKoruma": tr("Hukuksal koruma"),
        "asistansHizmeti": tr("Asistans hizmeti"),
    }


def label_for(key: str) -> str:
    known = coverage_labels().get(key)
    if known:
        return known
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", key).split()
    return " ".join(words).capitalize()


def value_text(value: Any) -> str:
    if isinstance(value, Mapping):
        kind = str(value.get("$type") or value.get("type") or "").upper()
        amount = value.get("value")
        if kind == "INCLUDED":
            return tr("Dahil")
        if kind == "NOT_INCLUDED":
            return tr("Dahil değil")
        if kind == "LIMITLESS":
            return tr("Limitsiz")
        if kind == "MARKET_VALUE":
            return tr("Rayiç değer")
        if kind == "HIGHEST_LIMIT":
            return tr("En yüksek limit")
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
    return [(k, label_for(k), value_text(v)) for k, v in inner.items() if k not in _SKIP]


def comparison_table(coverages: Sequence[Mapping[str, Any] | None]) -> list[tuple[str, list[str]]]:
    """Rows of (label, one value per offer) over the union of the offers' coverages."""
    keys: list[str] = []
    per_offer: list[dict[str, str]] = []
    for coverage in coverages:
        values = {k: v for k, _label, v in coverage_rows(coverage)}
        per_offer.append(values)
        keys.extend(k for k in values if k not in keys)
    return [(label_for(k), [values.get(k, "—") for values in per_offer]) for k in keys]
