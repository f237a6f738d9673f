"""One search box for TCKN, VKN, name or phone: decide what was typed and ask GraphQL customersNew."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from insurup_desk.api.models import CustomerNode
from insurup_desk.domain.phone import parse_mobile

MIN_NAME_CHARS = 2
# Enough rows that a common name still shows the wanted customer; the rest is counted, not listed.
SEARCH_ROWS = 50
# Without an order the API answers in storage order, so the best match could fall off the page.
BY_RELEVANCE: list[dict[str, Any]] = [{"searchScore": "DESC"}]


@dataclass(frozen=True, slots=True)
class CustomerMatches:
    nodes: list[CustomerNode]
    total: int  # every customer the search matched, listed or not

    @property
    def more(self) -> int:
        """How many matches did not fit on the page."""
        return max(0, self.total - len(self.nodes))


def search_input(text: str) -> dict[str, Any] | None:
    """The ``search`` argument for customersNew, or None when there is nothing worth asking yet."""
    text = " ".join(text.split())
    digits = re.sub(r"\D", "", text)
    looks_numeric = bool(digits) and not re.search(r"[^\d\s+()\-]", text)
    if looks_numeric:
        ors: list[dict[str, Any]] = []
        if len(digits) == 11 and not digits.startswith("0"):
            ors.append({"identityNumber": {"eq": {"value": digits}}})
        if len(digits) == 10:
            ors.append({"taxNumber": {"eq": {"value": digits}}})
        mobile = parse_mobile(text)
        if mobile:
            ors.append({"primaryPhoneNumber": {"contains": {"value": mobile}}})
        if not ors and len(digits) >= 4:
            ors = [{"identityNumber": {"startsWith": {"value": digits}}},
                   {"taxNumber": {"startsWith": {"value": digits}}},
                   {"primaryPhoneNumber": {"contains": {"value": digits}}}]
        if not ors:
            return None
        return ors[0] if len(ors) == 1 else {"or": ors}
    if len(text) < MIN_NAME_CHARS:
        return None
    return {"name": {"contains": {"value": text}}}


async def search_customers(graphql: Any, text: str, limit: int = SEARCH_ROWS) -> CustomerMatches:
    search = search_input(text)
    if search is None:
        return CustomerMatches([], 0)
    connection = await graphql.customers(first=limit, search=search, order=BY_RELEVANCE)
    nodes = list(connection.nodes)
    total = connection.total_count if connection.total_count is not None else len(nodes)
    return CustomerMatches(nodes, max(total, len(nodes)))
