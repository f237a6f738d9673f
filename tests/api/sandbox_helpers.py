"""Helpers for running the client against the sandbox."""

from __future__ import annotations

import asyncio
import random

from insurup_desk.api import (
    IndividualCustomerCreate,
    InsurUpClient,
    Plate,
    Proposal,
    ProposalCreate,
    VehicleCreate,
)
from insurup_desk.api.models.proposals import ProposalKind
from insurup_desk.domain.identity import tckn_check_digits

GISE = ("gise@demo.acente", "Demo1234!")
MUDUR = ("mudur@demo.acente", "Demo1234!")
SUCCESS_CARD = "4242424242424242"


def new_tckn(rng: random.Random) -> str:
    first_nine = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return first_nine + tckn_check_digits(first_nine)


async def no_sleep(_: float) -> None:
    await asyncio.sleep(0)


async def create_customer_and_vehicle(client: InsurUpClient, rng: random.Random) -> tuple[str, str]:
    customer_id = await client.customers.create(
        IndividualCustomerCreate(identity_number=new_tckn(rng), full_name="Deneme Müşteri")
    )
    brands = await client.vehicles.brands()
    brand = brands[0].value or ""
    models = await client.vehicles.models(brand, 2021)
    vehicle_id = await client.vehicles.create(
        customer_id,
        VehicleCreate(
            customer_id=customer_id,
            plate=Plate(city=34, code=f"T{rng.randint(1000, 9999)}"),
            model_year=2021,
            brand_reference=brand,
            model_type_reference=models[0].value if models else None,
        ),
    )
    return customer_id, vehicle_id


async def priced_proposal(
    client: InsurUpClient, customer_id: str, vehicle_id: str, kind: ProposalKind = "trafik"
) -> Proposal:
    pid = await client.proposals.create(
        ProposalCreate(
            discriminator=kind,
            insurer_customer_id=customer_id,
            insured_customer_id=customer_id,
            vehicle_id=vehicle_id,
        )
    )
    for _ in range(300):
        proposal = await client.proposals.get(pid)
        if proposal.products and all(p.state != "WAITING" for p in proposal.products):
            return proposal
        await asyncio.sleep(0.02)
    raise AssertionError("pricing did not finish")
