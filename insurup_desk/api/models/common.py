"""Small value shapes used across resources."""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field, field_validator

from .base import ApiModel


def _id_text(value: object) -> object:
    # Ids are strings in the contract; some deployments send a bare number, which is read as its digits.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


#: The id of a record the server just created: a non-empty string (a number is taken as its digits).
CreatedId = Annotated[str, BeforeValidator(_id_text), Field(min_length=1)]


class PhoneNumber(ApiModel):
    """``{countryCode: 90, number: "5321234567"}``; the country code is a number on the wire."""

    country_code: int = 90
    number: str

    @field_validator("country_code", mode="before")
    @classmethod
    def _code_as_int(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lstrip("+").isdigit():
            return int(value.strip().lstrip("+"))
        return value


class ParameterItem(ApiModel):
    """An entry of a reference list (brands, models, cities): ``{value, text, reference?}``."""

    value: str | None = None
    text: str | None = None
    reference: str | None = None

    @field_validator("value", "reference", mode="before")
    @classmethod
    def _as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value


class UserRef(ApiModel):
    id: str | None = None
    name: str | None = None
    role: str | None = None
    email: str | None = None


class IdResponse(ApiModel):
    id: CreatedId


class ProposalCreated(ApiModel):
    proposal_id: CreatedId


class UrlResponse(ApiModel):
    url: str = Field(min_length=1)


class AgentUser(ApiModel):
    """The signed-in agent user (``GET agent-users/me``)."""

    id: str
    email: str | None = None
    full_name: str | None = None
    name: str | None = None
    agent_id: str | None = None
    agent_branch_ids: list[str] | None = None
    branches: list[ParameterItem] | None = None
    is_service_account: bool | None = None

    @property
    def display_name(self) -> str:
        return self.full_name or self.name or self.email or self.id
