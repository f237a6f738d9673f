"""Searching customers by name when more match than one page shows: best matches first, the rest counted."""

from __future__ import annotations

import pytest

from insurup_desk.api import InsurUpClient
from insurup_desk.api.models import IndividualCustomerCreate
from insurup_desk.domain.identity import tckn_check_digits
from insurup_desk.services.customer_search import SEARCH_ROWS, search_customers


def tckn(n: int) -> str:
    first = f"{700000000 + n:09d}"
    return first + tckn_check_digits(first)


@pytest.mark.asyncio
async def test_many_matches_list_a_page_and_count_the_rest(client: InsurUpClient) -> None:
    extra = 7
    for n in range(SEARCH_ROWS + extra):
        await client.customers.create(IndividualCustomerCreate(identity_number=tckn(n), full_name=f"Nehir Oyaz {n}"))
    found = await search_customers(client.graphql, "Nehir Oyaz")
    assert len(found.nodes) == SEARCH_ROWS and found.total == SEARCH_ROWS + extra and found.more == extra
    assert all((node.name or "").startswith("Nehir Oyaz") for node in found.nodes)


@pytest.mark.asyncio
async def test_few_matches_leave_nothing_more(client: InsurUpClient) -> None:
    found = await search_customers(client.graphql, "Ayşe Yılmaz")
    assert [n.name for n in found.nodes] == ["Ayşe Yılmaz"] and found.more == 0
