"""In-memory TSS and İMM resources implementing the same ports as the real client (``services.health_sale``),
for the service tests and for the wizard's health and İMM steps."""

from __future__ import annotations

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


def tss_offers() -> list[TssCoverageChoice]:
    """Two insurers whose networks and packages overlap in part, one network a name the desk does not know."""
    return [
        TssCoverageChoice(insurance_company_id=2, product_id=1, coverage_choices=TssCoverageChoices(
            hastane_agi=["GENIS_KAPSAM", "STANDART_KAPSAM"],
            saglik_paketi=[HealthPackage(tedavi_sekli="YATARAK_AYAKTA", ayakta_yillik_tedavi_sayisi=4)])),
        TssCoverageChoice(insurance_company_id=4, product_id=2, coverage_choices=TssCoverageChoices(
            hastane_agi=["BILINMIYOR", "DAR_KAPSAM", "STANDART_KAPSAM"],
            saglik_paketi=[HealthPackage(tedavi_sekli="YATARAK"),
                           HealthPackage(tedavi_sekli="YATARAK_AYAKTA", ayakta_yillik_tedavi_sayisi=4)])),
    ]


def imm_offers() -> list[ImmCoverageChoice]:
    """Two insurers; the second offers only a limit, and one limit of no defined amount."""
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
class FakeHealth:
    infos: dict[str, HealthInfo] = field(default_factory=dict)
    relations: dict[str, list[Relationship]] = field(default_factory=dict)
    # A server without the relationship routes: the relatives are unknown rather than none.
    relationship_routes: bool = True
    saved: list[HealthInfoUpdate] = field(default_factory=list)
    # Customers a relationship may point at: id -> name (identity number = id in these fakes).
    names: dict[str, str] = field(default_factory=dict)
    # Raised by the next save (then cleared): how the server refuses.
    refuse_next: ApiError | None = None
    offers: list[TssCoverageChoice] = field(default_factory=tss_offers)
    choice_reads: int = 0

    async def get(self, customer_id: str) -> HealthInfo | None:
        return self.infos.get(customer_id)

    async def update(self, body: HealthInfoUpdate) -> HealthInfo:
        if self.refuse_next is not None:
            error, self.refuse_next = self.refuse_next, None
            raise error
        self.saved.append(body)
        self.infos[body.customer_id] = body.as_info()
        return body.as_info()

    async def add_relationship(self, customer_id: str, related_customer_id: str, relation_type: str) -> str:
        name = self.names.get(related_customer_id, related_customer_id)
        self.relations.setdefault(customer_id, []).append(
            relation(customer_id, related_customer_id, relation_type, name))
        return f"r-{related_customer_id}"

    async def relationships(self, customer_id: str) -> list[Relationship] | None:
        if not self.relationship_routes:
            return None
        return list(self.relations.get(customer_id, []))

    async def tss_choices(self) -> list[TssCoverageChoice]:
        self.choice_reads += 1
        return list(self.offers)


@dataclass
class FakeImm:
    offers: list[ImmCoverageChoice] = field(default_factory=imm_offers)

    async def choices(self) -> list[ImmCoverageChoice]:
        return list(self.offers)


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
