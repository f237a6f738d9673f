"""TSS coverage choices across every insurance product, and the ``TssCoverage`` a chosen pair becomes.

Each product lists its own hospital networks and health packages; the desk offers the union (a product that
lacks the chosen one prices its nearest offer or fails with its own message) and sends one coverage to all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from insurup_desk.api.models.health import HOSPITAL_NETWORKS, TREATMENT_KINDS, HealthPackage, TssCoverageChoice

from .health_form import ordered


@dataclass(frozen=True, slots=True)
class TssOptions:
    networks: tuple[str, ...] = ()
    packages: tuple[HealthPackage, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.networks and not self.packages


def _package_key(package: HealthPackage) -> tuple[int, int]:
    kind = TREATMENT_KINDS.index(package.tedavi_sekli) if package.tedavi_sekli in TREATMENT_KINDS else 99
    return kind, package.ayakta_yillik_tedavi_sayisi or 0


def tss_options(choices: Sequence[TssCoverageChoice]) -> TssOptions:
    networks = ordered((n for c in choices for n in c.coverage_choices.hastane_agi if n != "BILINMIYOR"),
                       HOSPITAL_NETWORKS)
    packages: dict[tuple[str, int | None], HealthPackage] = {}
    for choice in choices:
        for package in choice.coverage_choices.saglik_paketi:
            if package.tedavi_sekli != "BILINMIYOR":
                packages.setdefault((package.tedavi_sekli, package.ayakta_yillik_tedavi_sayisi), package)
    return TssOptions(networks, tuple(sorted(packages.values(), key=_package_key)))


def tss_coverage(network: str | None, package: HealthPackage | None) -> dict[str, Any] | None:
    """The proposal's ``coverage`` (``$type`` first), or ``None`` to let every insurer quote its default."""
    if network is None and package is None:
        return None
    coverage: dict[str, Any] = {"$type": "tss", "productBranch": "TSS"}
    if network is not None:
        coverage["hastaneAgi"] = network
    if package is not None:
        coverage["saglikPaketi"] = package.to_wire()
    return coverage


def package_from_wire(raw: object) -> HealthPackage | None:
    """A package as saved in the sale (its wire form), back as a model."""
    return HealthPackage.model_validate(raw) if isinstance(raw, dict) else None
