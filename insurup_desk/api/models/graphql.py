"""GraphQL list shapes: cursor connections and lean node models (parsed straight from JSON bytes)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

from .base import ApiModel

T = TypeVar("T")


class PageInfo(ApiModel):
    has_next_page: bool = False
    has_previous_page: bool = False
    start_cursor: str | None = None
    end_cursor: str | None = None


class Edge(BaseModel, Generic[T]):
    model_config = ConfigDict(extra="ignore")

    cursor: str | None = None
    node: T


class Connection(BaseModel, Generic[T]):
    """A page. Accepts ``edges { cursor node }`` and ``nodes``; ``nodes`` is always filled."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, extra="allow")

    total_count: int | None = None
    page_info: PageInfo = Field(default_factory=PageInfo)
    edges: list[Edge[T]] | None = None
    nodes: list[T] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _has_rows(cls, data: Any) -> Any:
        # Every field has a default, so without this any object (an error page as JSON) would read as "no rows".
        if isinstance(data, dict) and "nodes" not in data and "edges" not in data:
            raise ValueError("a connection has nodes or edges")
        return data

    @model_validator(mode="after")
    def _nodes_from_edges(self) -> Connection[T]:
        if not self.nodes and self.edges:
            self.nodes = [edge.node for edge in self.edges]
        return self

    @property
    def has_next_page(self) -> bool:
        return self.page_info.has_next_page

    @property
    def end_cursor(self) -> str | None:
        if self.page_info.end_cursor:
            return self.page_info.end_cursor
        if self.edges:
            return self.edges[-1].cursor
        return None


class PolicyNode(ApiModel):
    id: str
    state: str | None = None
    product_branch: str | None = None
    channel: str | None = None
    insurance_company_id: int | None = None
    insurance_company_name: str | None = None
    insurance_company_policy_number: str | None = None
    insurance_company_proposal_number: str | None = None
    product_name: str | None = None
    payment_type: str | None = None
    installment_number: int | None = None
    net_premium: Decimal | None = None
    gross_premium: Decimal | None = None
    commission: Decimal | None = None
    currency: str | None = None
    created_at: dt.datetime | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    insurer_customer_id: str | None = None
    insured_customer_id: str | None = None
    insured_customer_name: str | None = None
    insured_customer_identity_number: str | None = None
    insured_customer_tax_number: str | None = None
    vehicle_plate_city: int | None = None
    vehicle_plate_code: str | None = None
    vehicle_model_brand_text: str | None = None
    vehicle_model_type_text: str | None = None
    vehicle_model_year: int | None = None
    agent_branch_id: str | None = None


class ProposalNode(ApiModel):
    id: str
    state: str | None = None
    product_branch: str | None = None
    channel: str | None = None
    insurer_customer_id: str | None = None
    insured_customer_id: str | None = None
    insured_customer_name: str | None = None
    insured_customer_identity_number: str | None = None
    insured_customer_tax_number: str | None = None
    products_count: int | None = None
    succeed_products_count: int | None = None
    lowest_premium: Decimal | None = None
    highest_premium: Decimal | None = None
    created_at: dt.datetime | None = None
    vehicle_plate_city: int | None = None
    vehicle_plate_code: str | None = None
    vehicle_model_brand_text: str | None = None
    vehicle_model_type_text: str | None = None
    vehicle_model_year: int | None = None
    agent_branch_id: str | None = None


class CustomerNode(ApiModel):
    id: str
    name: str | None = None
    type: str | None = None
    identity_number: str | None = None
    tax_number: str | None = None
    passport_number: str | None = None
    primary_email: str | None = None
    primary_phone_number: str | None = None
    primary_phone_number_country_code: int | None = None
    city_text: str | None = None
    district_text: str | None = None
    birth_date: dt.date | None = None
    created_at: dt.datetime | None = None
    agent_branch_id: str | None = None


class GraphQLErrorItem(BaseModel):
    model_config = ConfigDict(extra="allow")

    message: str | None = None
    extensions: dict[str, Any] | None = None
