"""One search box for TCKN, VKN, name or phone: decide what was typed and ask GraphQL customersNew."""

from __future__ import annotations

import re
from typing import Any

from insurup_desk.api.models import CustomerNode
from insurup_desk.domain.phone import parse_mobile

MIN_NAME_CHARS = 2


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


async def search_customers(graphql: Any, text: str, limit: int = 10) -> list[CustomerNode]:
    search = search_input(text)
    if search is None:
        return []
    connection = await graphql.customers(first=limit, search=search)
    return list(connection.nodes)
