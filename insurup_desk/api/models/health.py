"""TSS (complementary health): the insured person's health info, relatives, coverage choices and proposal body."""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from pydantic import Field, field_validator

from .base import ApiModel, WireModel
from .proposals import ProposalCreate

#: ``Surgery`` values of the contract, in the order the form asks them (unknown values from the server are kept).
SURGERIES: Final = ("ORGAN_TRANSPLANT", "BONE_MARROW_TRANSPLANT", "HEART_SURGERY", "BRAIN_SURGERY", "OTHER")
#: ``Disease`` values of the contract.
DISEASES: Final = ("KIDNEY_FAILURE", "CANCER", "LIVER_DISEASE", "HEART_FAILURE",
                   "HEART_RHYTHM_AND_CONDUCTION_DISORDERS", "IMMUNE_SYSTEM_DISORDERS", "OTHER")

#: ``HastaneAgi`` (hospital network) values; ``BILINMIYOR`` means "not stated".
HOSPITAL_NETWORKS: Final = ("DAR_KAPSAM", "STANDART_KAPSAM", "GENIS_KAPSAM")
#: ``SaglikPaketi.tedaviSekli`` values: in-patient only, or in- and out-patient.
TREATMENT_KINDS: Final = ("YATARAK", "YATARAK_AYAKTA")

#: Relation types a desk may create; ``PARENT`` and ``SIBLING`` links are made by the server itself.
RELATION_TYPES: Final = ("SPOUSE", "CHILD", "PARENT", "SIBLING")


def _number(value: object) -> object:
    # Height and weight are integers on the wire; a value with a measure wrapper (``{value}``) is unwrapped.
    if isinstance(value, dict):
        return value.get("value")
    return value


class HealthInfo(ApiModel):
    """``GET customers/{id}/health-info``: height (cm), weight (kg), past surgeries and diseases."""

    height: int | None = None
    weight: int | None = None
    surgeries: list[str] = Field(default_factory=list)
    diseases: list[str] = Field(default_factory=list)

    @field_validator("height", "weight", mode="before")
    @classmethod
    def _whole(cls, value: object) -> object:
        value = _number(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    @field_validator("surgeries", "diseases", mode="before")
    @classmethod
    def _list(cls, value: object) -> object:
        return [] if value is None else value

    @property
    def complete(self) -> bool:
        """Height and weight both known: what a TSS proposal needs of every insured person."""
        return self.height is not None and self.weight is not None


class HealthInfoUpdate(WireModel):
    """``PUT customers/{id}/health-info``; the arrays go out even when empty (they are required)."""

    customer_id: str
    height: int
    weight: int
    surgeries: list[str] = Field(default_factory=list)
    diseases: list[str] = Field(default_factory=list)

    def as_info(self) -> HealthInfo:
        return HealthInfo(height=self.height, weight=self.weight, surgeries=list(self.surgeries),
                          diseases=list(self.diseases))


class Relationship(ApiModel):
    """``GET customers/{id}/relationships`` (documented by the family TSS guide, not by the SDK)."""

    id: str
    customer_id: str | None = None
    related_customer_id: str
    related_customer_type: str | None = None
    relation_type: str = "UNKNOWN"
    related_customer_name: str | None = None
    related_customer_email: str | None = None
    related_customer_phone_number: str | None = None
    created_at: dt.datetime | None = None

    @field_validator("relation_type", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value


class HealthPackage(ApiModel):
    """``SaglikPaketi``: in-patient only or in- and out-patient, with the yearly out-patient visits."""

    tedavi_sekli: str = "BILINMIYOR"
    ayakta_yillik_tedavi_sayisi: int | None = None

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"tedaviSekli": self.tedavi_sekli}
        if self.ayakta_yillik_tedavi_sayisi is not None:
            out["ayaktaYillikTedaviSayisi"] = self.ayakta_yillik_tedavi_sayisi
        return out


class TssCoverageChoices(ApiModel):
    hastane_agi: list[str] = Field(default_factory=list)
    saglik_paketi: list[HealthPackage] = Field(default_factory=list)


class TssCoverageChoice(ApiModel):
    """One entry of ``coverage-choices:tss`` per insurance *product* (older servers omit ``productId``)."""

    insurance_company_id: int
    product_type: str | None = None
    product_id: int | None = None
    coverage_choices: TssCoverageChoices = Field(default_factory=TssCoverageChoices)


class TssProposalCreate(ProposalCreate):
    """The TSS proposal: no asset; family members ride along as a plain list of customer ids."""

    additional_insured_customers: list[str] | None = None
