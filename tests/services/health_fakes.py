"""In-memory TSS and İMM resources implementing the same ports as the real client (``services.health_sale``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from insurup_desk.api.errors import ValidationFailed
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
class FakeHealth:
    infos: dict[str, HealthInfo] = field(default_factory=dict)
    relations: dict[str, list[Relationship]] | None = field(default_factory=dict)
    saved: list[HealthInfoUpdate] = field(default_factory=list)
    # Customers a relationship may point at: id -> name (identity number = id in these fakes).
    names: dict[str, str] = field(default_factory=dict)
    refuse_with: ValidationFailed | None = None
    choice_reads: int = 0

    async def get(self, customer_id: str) -> HealthInfo | None:
        return self.infos.get(customer_id)

    async def update(self, body: HealthInfoUpdate) -> HealthInfo:
        if self.refuse_with is not None:
            raise self.refuse_with
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
        if self.relations is None:
            return None
        return list(self.relations.get(customer_id, []))

    async def tss_choices(self) -> list[TssCoverageChoice]:
        self.choice_reads += 1
        return [
            TssCoverageChoice(insurance_company_id=2, product_id=1, coverage_choices=TssCoverageChoices(
                hastane_agi=["GENIS_KAPSAM", "STANDART_KAPSAM"],
                saglik_paketi=[HealthPackage(tedavi_sekli="YATARAK_AYAKTA", ayakta_yillik_tedavi_sayisi=4)])),
            TssCoverageChoice(insurance_company_id=4, product_id=2, coverage_choices=TssCoverageChoices(
                hastane_agi=["BILINMIYOR", "DAR_KAPSAM", "STANDART_KAPSAM"],
                saglik_paketi=[HealthPackage(tedavi_sekli="YATARAK"),
                               HealthPackage(tedavi_sekli="YATARAK_AYAKTA", ayakta_yillik_tedavi_sayisi=4)])),
        ]


@dataclass
class FakeImm:
    async def choices(self) -> list[ImmCoverageChoice]:
        return [
            ImmCoverageChoice(insurance_company_id=12, product_id=7, coverage_choices=ImmCoverageChoices(
                imm_limiti_ayrimsiz=[{"$type": "LIMITLESS"}, {"$type": "DECIMAL", "value": 5_000_000},
                                     {"$type": "DECIMAL", "value": 1_000_000}],
                kiralik_arac=[{"$type": "NONE"}, {"$type": "DEFINED", "tekSeferlikGunSayisi": 7}],
                tasinan_yuk=["AKARYAKIT", "YOK", "BELIRSIZ"],
                asistans_hizmeti=[{"$type": "INCLUDED"}])),
            ImmCoverageChoice(insurance_company_id=1, product_id=8, coverage_choices=ImmCoverageChoices(
                imm_limiti_ayrimsiz=[{"$type": "DECIMAL", "value": 1_000_000}, {"$type": "UNDEFINED"}])),
        ]


@dataclass
class FakeHealthClient:
    health_api: FakeHealth = field(default_factory=FakeHealth)
    imm_api: FakeImm = field(default_factory=FakeImm)

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


def relation(customer_id: str, related: str, kind: str, name: str) -> Relationship:
    return Relationship(id=f"r-{related}", customer_id=customer_id, related_customer_id=related,
                        relation_type=kind, related_customer_name=name)
