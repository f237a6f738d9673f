"""An in-memory health resource for the TSS widget tests (the same ports as the real client's)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from insurup_desk.api.errors import ApiError
from insurup_desk.api.models import Customer
from insurup_desk.api.models.health import (
    HealthInfo,
    HealthInfoUpdate,
    HealthPackage,
    Relationship,
    TssCoverageChoice,
    TssCoverageChoices,
)
from insurup_desk.api.models.imm import ImmCoverageChoice, ImmCoverageChoices
from insurup_desk.services.health_sale import HealthPort, IdentityLookup, ImmPort


@dataclass
class MemoryHealth:
    infos: dict[str, HealthInfo] = field(default_factory=dict)
    relations: dict[str, list[Relationship]] = field(default_factory=dict)
    saved: list[HealthInfoUpdate] = field(default_factory=list)
    # Customers a relationship may point at: id -> name (identity number = id in these fakes).
    names: dict[str, str] = field(default_factory=dict)
    # Raised by the next save (then cleared): how the server refuses.
    refuse_next: ApiError | None = None
    saves_started: asyncio.Event = field(default_factory=asyncio.Event)

    async def get(self, customer_id: str) -> HealthInfo | None:
        return self.infos.get(customer_id)

    async def update(self, body: HealthInfoUpdate) -> HealthInfo:
        self.saves_started.set()
        if self.refuse_next is not None:
            error, self.refuse_next = self.refuse_next, None
            raise error
        self.saved.append(body)
        self.infos[body.customer_id] = body.as_info()
        return body.as_info()

    async def add_relationship(self, customer_id: str, related_customer_id: str, relation_type: str) -> str:
        links = self.relations.setdefault(customer_id, []) if self.relations is not None else []
        links.append(Relationship(id=f"r-{related_customer_id}", customer_id=customer_id,
                                  related_customer_id=related_customer_id, relation_type=relation_type,
                                  related_customer_name=self.names.get(related_customer_id, related_customer_id)))
        return f"r-{related_customer_id}"

    async def relationships(self, customer_id: str) -> list[Relationship] | None:
        return list(self.relations.get(customer_id, []))

    async def tss_choices(self) -> list[TssCoverageChoice]:
        return [TssCoverageChoice(insurance_company_id=2, product_id=1, coverage_choices=TssCoverageChoices(
            hastane_agi=["STANDART_KAPSAM", "GENIS_KAPSAM"],
            saglik_paketi=[HealthPackage(tedavi_sekli="YATARAK"),
                           HealthPackage(tedavi_sekli="YATARAK_AYAKTA", ayakta_yillik_tedavi_sayisi=4)]))]


@dataclass
class MemoryImm:
    async def choices(self) -> list[ImmCoverageChoice]:
        return [ImmCoverageChoice(insurance_company_id=12, product_id=7, coverage_choices=ImmCoverageChoices(
            imm_limiti_ayrimsiz=[{"$type": "DECIMAL", "value": 1_000_000}, {"$type": "DECIMAL", "value": 5_000_000},
                                 {"$type": "LIMITLESS"}],
            kiralik_arac=[{"$type": "NONE"}], tasinan_yuk=["YOK", "AKARYAKIT"],
            asistans_hizmeti=[{"$type": "INCLUDED"}]))]


@dataclass
class MemoryHealthClient:
    health_api: MemoryHealth = field(default_factory=MemoryHealth)
    imm_api: MemoryImm = field(default_factory=MemoryImm)

    @property
    def health(self) -> HealthPort:
        return self.health_api

    @property
    def imm(self) -> ImmPort:
        return self.imm_api

    @property
    def customers(self) -> IdentityLookup:
        return self

    async def find_by_identity(self, number: str) -> Customer | None:
        name = self.health_api.names.get(number)
        return Customer(id=number, full_name=name) if name is not None else None
