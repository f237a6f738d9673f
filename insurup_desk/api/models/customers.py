"""Customers: the read model (lenient about ``type``/``$type`` and key casing) and the write bodies."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import model_validator

from .base import ApiModel, WireModel
from .common import ParameterItem, PhoneNumber, UserRef

CustomerKind = Literal["individual", "company", "foreign"]


def _lower_first(key: str) -> str:
    return key[:1].lower() + key[1:] if key[:1].isupper() else key


class Customer(ApiModel):
    id: str
    type: str = "UNKNOWN"
    full_name: str | None = None
    title: str | None = None
    identity_number: str | None = None
    tax_number: str | None = None
    passport_number: str | None = None
    father_name: str | None = None
    birth_date: dt.date | None = None
    gender: str | None = None
    marital_status: str | None = None
    nationality: str | None = None
    education_status: str | None = None
    job: str | None = None
    primary_email: str | None = None
    primary_phone_number: PhoneNumber | None = None
    city: ParameterItem | None = None
    district: ParameterItem | None = None
    created_at: dt.datetime | None = None
    created_by: UserRef | None = None
    represented_by: UserRef | None = None
    creation_channel: str | None = None
    agent_branch_id: str | None = None
    vehicle_count: int | None = None
    policy_count: int | None = None
    proposal_count: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _normalise(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        out = {_lower_first(k): v for k, v in data.items() if k not in ("$type", "$Type")}
        kind = data.get("$type", data.get("$Type", out.get("type")))
        if isinstance(kind, str):
            out["type"] = kind.replace("-", "_").upper()
        for key in ("identityNumber", "taxNumber"):
            if isinstance(out.get(key), int):
                out[key] = str(out[key])
        return out

    @property
    def kind(self) -> str:
        """``individual`` / ``company`` / ``foreign`` (lowercase, as in write bodies)."""
        return self.type.lower()

    @property
    def display_name(self) -> str:
        return self.full_name or self.title or self.identity_number or self.tax_number or self.id

    @property
    def identity(self) -> str | None:
        """TCKN, VKN or foreign id, whichever this customer has."""
        return self.identity_number or self.tax_number or self.passport_number


class _CustomerCreateBase(WireModel):
    email: str | None = None
    phone_number: PhoneNumber | None = None
    city_reference: str | None = None
    district_reference: str | None = None
    fill_missing_fields: bool = False
    agent_branch_id: str | None = None


class _PersonFields(WireModel):
    full_name: str | None = None
    birth_date: dt.date | None = None
    gender: str | None = None
    marital_status: str | None = None
    nationality: str | None = None
    education_status: str | None = None
    job: str | None = None


class IndividualCustomerCreate(_PersonFields, _CustomerCreateBase):
    discriminator: Literal["individual"] = "individual"
    identity_number: str


class ForeignCustomerCreate(_PersonFields, _CustomerCreateBase):
    discriminator: Literal["foreign"] = "foreign"
    identity_number: str


class CompanyCustomerCreate(_CustomerCreateBase):
    discriminator: Literal["company"] = "company"
    title: str
    tax_number: str


CustomerCreate = IndividualCustomerCreate | CompanyCustomerCreate | ForeignCustomerCreate


class CustomerUpdate(_PersonFields):
    """``PUT customers/{id}``. The live contract is unsettled, so both ``$type`` (first) and ``type`` go out."""

    kind: CustomerKind
    id: str
    primary_email: str | None = None
    primary_phone_number: PhoneNumber | None = None
    city_reference: str | None = None
    district_reference: str | None = None
    fill_missing_fields: bool = False
    agent_branch_id: str | None = None
    title: str | None = None
    tax_number: str | None = None

    def to_wire(self) -> dict[str, Any]:
        body = self.model_dump(by_alias=True, exclude_none=True, mode="json", exclude={"discriminator", "kind"})
        return {"$type": self.kind, "type": self.kind.upper(), **body}
