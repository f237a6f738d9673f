"""İMM coverage choices across every insurance product, and the ``ImmCoverage`` the chosen values become.

Values are kept as the server's JSON objects (``{"$type": "DECIMAL", "value": 1000000}``, ``{"$type": "NONE"}``)
so a chosen one goes back exactly as it was offered.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from insurup_desk.api.models.imm import LOADS, ImmCoverageChoice

from .health_form import ordered

Value = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ImmOptions:
    limits: tuple[Value, ...] = ()
    rental_cars: tuple[Value, ...] = ()
    loads: tuple[str, ...] = ()
    assistance: tuple[Value, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.limits or self.rental_cars or self.loads or self.assistance)


def _key(value: Value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _limit_order(value: Value) -> tuple[int, float]:
    """Amounts ascending; 'limitless' and 'highest limit' after every amount."""
    kind = str(value.get("$type") or "").upper()
    amount = value.get("value")
    if isinstance(amount, int | float) and not isinstance(amount, bool):
        return 0, float(amount)
    return (1 if kind in ("LIMITLESS", "HIGHEST_LIMIT") else 2), 0.0


def _union(lists: Sequence[Sequence[Value]], skip: tuple[str, ...] = ("UNDEFINED",)) -> list[Value]:
    seen: dict[str, Value] = {}
    for values in lists:
        for value in values:
            if isinstance(value, Mapping) and str(value.get("$type") or "").upper() not in skip:
                seen.setdefault(_key(value), value)
    return list(seen.values())


def imm_options(choices: Sequence[ImmCoverageChoice]) -> ImmOptions:
    sets = [c.coverage_choices for c in choices]
    limits = sorted(_union([s.imm_limiti_ayrimsiz for s in sets]), key=_limit_order)
    rentals = _union([s.kiralik_arac for s in sets])
    loads = ordered((v for s in sets for v in s.tasinan_yuk if v != "BELIRSIZ"), LOADS)
    assistance = _union([s.asistans_hizmeti for s in sets])
    return ImmOptions(tuple(limits), tuple(rentals), loads, tuple(assistance))


def imm_coverage(limit: Value | None = None, rental_car: Value | None = None, load: str | None = None,
                 assistance: Value | None = None) -> dict[str, Any] | None:
    """The proposal's ``coverage`` (``$type`` first), or ``None`` to let every insurer quote its default."""
    picked: dict[str, Any] = {"immLimitiAyrimsiz": limit, "kiralikArac": rental_car, "tasinanYuk": load,
                              "asistansHizmeti": assistance}
    chosen = {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in picked.items() if v is not None}
    if not chosen:
        return None
    return {"$type": "imm", "productBranch": "IMM", **chosen}
