"""Shared helpers for the send and consent service tests: a priced proposal and a bought policy for a customer."""

from __future__ import annotations

import datetime as dt
from typing import Any

from insurup_desk.api import InsurUpClient
from insurup_desk.services.sale_service import SaleService
from insurup_desk.services.sales_flow import SaleData

AYSE = "11111111110"


async def priced_proposal(client: InsurUpClient, sandbox: Any,
                          identity: str = AYSE) -> tuple[str, str, tuple[str, ...]]:
    """(customer id, proposal id, ids of its priced offers) for the customer's first vehicle."""
    service = SaleService(client)
    customer = await client.customers.get(identity)
    vehicle = (await client.vehicles.list(customer.id))[0]
    start = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    pid = await service.create_proposal(SaleData(customer_id=customer.id, vehicle_id=vehicle.id,
                                                 policy_start_date=start))
    sandbox.clock.advance(sandbox.config.latency_max_s + 0.01)
    proposal = await client.proposals.get(pid)
    return customer.id, pid, tuple(p.id for p in proposal.products if p.state == "ACTIVE")


def policy_of(sandbox: Any, customer_id: str) -> str:
    return str(next(p.id for p in sandbox.policies.values() if p.node["insuredCustomerId"] == customer_id))
