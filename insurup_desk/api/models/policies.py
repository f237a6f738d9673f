"""Policy detail (REST)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from .base import ApiModel
from .common import UserRef


class Policy(ApiModel):
    id: str
    proposal_id: str | None = None
    proposal_product_id: str | None = None
    insurer_customer_id: str | None = None
    insured_customer_id: str | None = None
    product_id: int | None = None
    insurance_company_id: int | None = None
    insurance_company_name: str | None = None
    product_branch: str | None = None
    state: str | None = None
    installment_number: int | None = None
    payment_type: str | None = None
    currency: str | None = None
    exchange_rate: Decimal | None = None
    net_premium: Decimal | None = None
    gross_premium: Decimal | None = None
    commission: Decimal | None = None
    insurance_company_proposal_number: str | None = None
    insurance_company_policy_number: str | None = None
    # DASK policies also carry the number DASK itself gave the policy (REF §8).
    dask_policy_number: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    arrangement_date: dt.date | None = None
    created_at: dt.datetime | None = None
    created_by: UserRef | None = None
    channel: str | None = None
    agent_branch_id: str | None = None
    current_version: int | None = None
    coverage: dict[str, Any] | None = None
    snapshot: dict[str, Any] | None = None
    metadata: dict[str, Any] | None = None
