"""What the GraphQL lists add up to: every row of a filtered list, paged through 100 at a time."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from insurup_desk.api import InsurUpClient
from insurup_desk.domain.agency_day import day_start_utc

_POLICIES = """query P($first: Int, $after: String, $filter: filtering_QueryPoliciesResultFilterInput) {
  policiesNew(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    nodes { id state productBranch insuredCustomerId insuranceCompanyName grossPremium commission createdAt
            startDate endDate renewalNumber createdBy { id name } representedBy { id name } }
  }
}"""
_PROPOSALS = """query Q($first: Int, $after: String, $filter: filtering_QueryProposalsResultFilterInput) {
  proposalsNew(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    nodes { id state productBranch insuredCustomerId createdAt }
  }
}"""


async def every_row(client: InsurUpClient, entity: str, filter: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    query, root = (_POLICIES, "policiesNew") if entity == "policies" else (_PROPOSALS, "proposalsNew")
    rows: list[dict[str, Any]] = []
    after: str | None = None
    while True:
        variables: dict[str, Any] = {"first": 100, "after": after}
        if filter:
            variables["filter"] = filter
        page = json.loads(await client.graphql.execute(query, variables))["data"][root]
        rows += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            return rows
        after = page["pageInfo"]["endCursor"]


def created_between(start: dt.date, end: dt.date) -> dict[str, Any]:
    """Created on the agency's days [start, end]."""
    return {"createdAt": {"gte": day_start_utc(start), "lt": day_start_utc(end + dt.timedelta(days=1))}}


def converted(proposal: dict[str, Any], policies: list[dict[str, Any]]) -> bool:
    """Bought, or a policy of that branch issued to the insured customer within 30 days of the proposal."""
    if proposal["state"] == "PURCHASED":
        return True
    made = dt.datetime.fromisoformat(proposal["createdAt"].replace("Z", "+00:00"))
    return any(p["state"] != "CANCELLED" and p["insuredCustomerId"] == proposal["insuredCustomerId"]
               and p["productBranch"] == proposal["productBranch"]
               and made <= dt.datetime.fromisoformat(p["createdAt"].replace("Z", "+00:00"))
               <= made + dt.timedelta(days=30)
               for p in policies)
